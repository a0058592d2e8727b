import { randomBytes } from 'node:crypto';
import type { Database } from '../../db/connect.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import {
  findJob,
  insertJob,
  listFailedJobs,
  listNextJobs,
  listRecentRuns,
  requeueFailedJob,
} from './jobs.repository.ts';
import { DEFAULT_MAX_ATTEMPTS, type JobKind, slotStart } from './jobs.runner.ts';

type Db = Database['db'];

const RUNS_PER_KIND = 10;
const FAILURES_SHOWN = 50;

function kindOf(kinds: readonly JobKind[], key: string): JobKind {
  const kind = kinds.find((candidate) => candidate.kind === key);
  if (!kind)
    throw new AppError('validation_failed', 'Background job not found', {
      fields: { kind: 'is not a job kind' },
    });
  return kind;
}

/** Every job kind with its schedule, last and recent runs, when it is next due, and the failures. */
export async function getJobsOverview(options: { db: Db; kinds: readonly JobKind[]; now: Date }) {
  const [runs, next, failed] = await Promise.all([
    listRecentRuns(
      options.db,
      options.kinds.map((kind) => kind.kind),
      RUNS_PER_KIND,
    ),
    listNextJobs(options.db),
    listFailedJobs(options.db, FAILURES_SHOWN),
  ]);
  const kinds = options.kinds.map((kind) => {
    const recentRuns = runs.filter((run) => run.kind === kind.kind);
    const queued = next.find((row) => row.kind === kind.kind);
    // A scheduled kind is due at its next slot unless a job of it is already waiting or running.
    const nextSlot = kind.everyMs
      ? new Date(slotStart(kind.everyMs, options.now).getTime() + kind.everyMs)
      : null;
    const queuedAt = queued && queued.run_at < options.now ? options.now : queued?.run_at;
    // Due now when a job waits past its time (no runner has had it yet).
    const nextDueAt = queuedAt && (!nextSlot || queuedAt < nextSlot) ? queuedAt : nextSlot;
    return { kind, recentRuns, running: queued?.status === 'running', nextDueAt };
  });
  const failures = failed.map((job) => ({
    job,
    name: options.kinds.find((kind) => kind.kind === job.kind)?.name,
  }));
  return { kinds, failures };
}

/** Queues a job of the kind, due now: the runner picks it up at its next poll. */
export async function runJobNow(options: { db: Db; kinds: readonly JobKind[]; kind: string; now: Date }) {
  const kind = kindOf(options.kinds, options.kind);
  // A kind that runs one job per record (an import) is queued by whoever starts that record.
  if (kind.perRecord)
    throw new AppError('validation_failed', `“${kind.name}” runs only when someone starts one`, {
      fields: { kind: 'has no schedule to run now' },
    });
  const id = `${kind.kind}:on-demand:${options.now.toISOString()}:${randomBytes(3).toString('hex')}`;
  await inTransaction(options.db, async (db) => {
    await insertJob(db, {
      id,
      kind: kind.kind,
      runAt: options.now,
      maxAttempts: kind.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    });
    await recordAudit(db, { action: 'job.run_now', target: { type: 'job', id, label: kind.name } });
  });
  return { id, kind: kind.kind, runAt: options.now };
}

/** Queues one job under a given id, due now (once: the same id again is ignored). */
export async function enqueueJob(options: {
  db: Db;
  id: string;
  kind: string;
  now: Date;
  maxAttempts?: number;
}) {
  return insertJob(options.db, {
    id: options.id,
    kind: options.kind,
    runAt: options.now,
    maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
  });
}

/** Gives a failed job another full set of attempts, the first one due now. */
export async function retryFailedJob(options: { db: Db; kinds: readonly JobKind[]; id: string; now: Date }) {
  const job = await findJob(options.db, options.id);
  if (!job) throw new AppError('not_found', 'Background job not found');
  const kind = options.kinds.find((candidate) => candidate.kind === job.kind);
  if (!kind) throw new AppError('conflict', 'This kind of job no longer exists, so it cannot run again');
  const queued = await inTransaction(options.db, async (db) => {
    const row = await requeueFailedJob(db, job.id, options.now, kind.maxAttempts ?? DEFAULT_MAX_ATTEMPTS);
    if (!row) throw new AppError('conflict', 'Only a failed job can be retried; this one has not failed');
    await recordAudit(db, { action: 'job.retried', target: { type: 'job', id: row.id, label: kind.name } });
    return row;
  });
  return { id: queued.id, kind: queued.kind, runAt: queued.run_at };
}
