import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Logger } from 'pino';
import type { Database, DatabaseKind } from '../../db/connect.ts';
import type { Env } from '../../env.ts';
import type { Storage } from '../../storage/storage.ts';
import { recordJobRun } from '../metrics/metrics.registry.ts';
import { claimDueJobs, extendJobLease, finishJob, insertJob } from './jobs.repository.ts';

type Db = Database['db'];

/** What a handler gets: the database (no open transaction), the runner's clock and a logger. */
export interface JobContext {
  db: Db;
  now: Date;
  logger: Logger;
  /** The attempt this is, from 1. */
  attempt: number;
  /** The job's id: a kind that runs one job per record (an import) finds its record by it. */
  jobId: string;
  /** File storage, for kinds that move or clean up files (absent where a runner has none). */
  storage?: Storage;
  /** The settings and the engine the server runs with (absent where a runner has none): the backup reads them. */
  env?: Env;
  databaseKind?: DatabaseKind;
}

/** A named kind of background work and how the runner treats it. */
export interface JobKind {
  /** Stable key stored with each job; never shown to people. */
  kind: string;
  /** What admins read on the jobs page. */
  name: string;
  description: string;
  /** Jobs of this kind are queued for one record each (an import): "run now" means nothing. */
  perRecord?: boolean;
  /** Scheduled kinds run once per slot of this length, slots aligned to the epoch (UTC). */
  everyMs?: number;
  /** Attempts before a job is marked failed (default 5). */
  maxAttempts?: number;
  /** Delay before the first retry, doubling after each further failure (default 30 s). */
  retryBaseMs?: number;
  /**
   * How long a claim lasts without news from its worker (default 5 min). A running job renews it
   * every third of that, so a long import keeps its claim; a worker that died stops renewing, and
   * its job is taken again when the claim runs out.
   */
  leaseMs?: number;
  /** Does the work. The returned text (for example "3 assets archived") is kept with the run. */
  run(context: JobContext): Promise<string | undefined>;
}

export const DEFAULT_MAX_ATTEMPTS = 5;
export const DEFAULT_RETRY_BASE_MS = 30_000;
export const DEFAULT_LEASE_MS = 5 * 60_000;
const MAX_RETRY_DELAY_MS = 3_600_000;

/** Delay before the attempt after `attempt` failed ones: base, 2 × base, 4 × base … up to an hour. */
export function retryDelayMs(kind: JobKind, attempt: number): number {
  return Math.min((kind.retryBaseMs ?? DEFAULT_RETRY_BASE_MS) * 2 ** (attempt - 1), MAX_RETRY_DELAY_MS);
}

/** Start of the schedule slot holding `now`. */
export function slotStart(everyMs: number, now: Date): Date {
  return new Date(Math.floor(now.getTime() / everyMs) * everyMs);
}

/**
 * The deterministic id of a scheduled kind's slot, as precise as the slot length needs:
 * `expire-sessions:2026-12-02T10` for an hourly kind, `…:2026-12-02` daily, to the second below
 * a minute. Every instance computes the same id, so the slot's job is created once.
 */
export function slotId(kind: string, everyMs: number, now: Date): string {
  const iso = slotStart(everyMs, now).toISOString();
  const length =
    everyMs % 86_400_000 === 0 ? 10 : everyMs % 3_600_000 === 0 ? 13 : everyMs % 60_000 === 0 ? 16 : 19;
  return `${kind}:${iso.slice(0, length)}`;
}

export interface JobRunnerOptions {
  db: Db;
  logger: Logger;
  kinds: readonly JobKind[];
  /** File storage handed to every job. */
  storage?: Storage;
  /** Settings and engine handed to every job. */
  env?: Env;
  databaseKind?: DatabaseKind;
  /** The clock (tests pass their own). */
  now?: () => Date;
  /** Names this instance in run records; defaults to host, process id and a random suffix. */
  worker?: string;
  /** Pause between polls when there was nothing to do (default 5 s). */
  pollMs?: number;
  /** Jobs claimed per poll (default 5). */
  batch?: number;
  /** How often a running job's claim is renewed, in real milliseconds (default: a third of its lease). */
  renewEveryMs?: number;
}

export interface JobRunner {
  /** Creates the current slot of every scheduled kind, then claims and runs what is due. */
  tick(): Promise<{ ran: number; succeeded: number; failed: number }>;
  start(): void;
  /** Polls now instead of at the next interval (a job was just queued); a no-op while busy. */
  wake(): void;
  /** Stops polling and waits for the jobs in hand to finish. */
  stop(): Promise<void>;
}

/**
 * Runs background jobs from the `jobs` table. Claiming, and recording each outcome, are short
 * transactions of their own; a handler runs between them with no transaction open, so it may call
 * outside services for as long as its lease allows.
 */
export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const clock = options.now ?? (() => new Date());
  const worker = options.worker ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const byKind = new Map(options.kinds.map((kind) => [kind.kind, kind]));
  const leaseMs = Object.fromEntries(
    options.kinds.map((kind) => [kind.kind, kind.leaseMs ?? DEFAULT_LEASE_MS]),
  );
  const known = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  let stopped = true;

  async function schedule(now: Date) {
    for (const kind of options.kinds) {
      if (!kind.everyMs) continue;
      const id = slotId(kind.kind, kind.everyMs, now);
      if (known.has(id)) continue;
      await insertJob(options.db, {
        id,
        kind: kind.kind,
        runAt: slotStart(kind.everyMs, now),
        maxAttempts: kind.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
      });
      known.add(id);
      if (known.size > 1_000) known.clear();
    }
  }

  async function tick() {
    const tally = { ran: 0, succeeded: 0, failed: 0 };
    await schedule(clock());
    const claimed = await claimDueJobs(options.db, {
      kinds: [...byKind.keys()],
      now: clock(),
      worker,
      limit: options.batch ?? 5,
      leaseMs,
    });
    for (const job of claimed) {
      const kind = byKind.get(job.kind);
      if (!kind) continue;
      tally.ran++;
      const started = performance.now();
      let summary: string | null = null;
      let error: string | null = null;
      const lease = leaseMs[job.kind] ?? DEFAULT_LEASE_MS;
      const renewal = setInterval(
        () => {
          const claim = { id: job.id, attempt: job.attempts, worker };
          extendJobLease(options.db, claim, new Date(clock().getTime() + lease)).catch((caught: unknown) =>
            options.logger.warn({ job: job.id, err: caught }, 'could not renew a running job’s claim'),
          );
        },
        options.renewEveryMs ?? Math.max(1_000, lease / 3),
      );
      renewal.unref();
      try {
        summary =
          (await kind.run({
            db: options.db,
            now: clock(),
            logger: options.logger,
            attempt: job.attempts,
            jobId: job.id,
            storage: options.storage,
            env: options.env,
            databaseKind: options.databaseKind,
          })) || null;
      } catch (caught) {
        error = (caught instanceof Error ? caught.message : String(caught)).slice(0, 1_000) || 'failed';
      } finally {
        clearInterval(renewal);
      }
      const at = clock();
      const durationMs = performance.now() - started;
      const lastAttempt = job.attempts >= job.max_attempts;
      recordJobRun(job.kind, error !== null, durationMs / 1000);
      if (error === null) tally.succeeded++;
      else tally.failed++;
      const recorded = await finishJob(
        options.db,
        { id: job.id, attempt: job.attempts, worker },
        error === null
          ? { status: 'succeeded', at, durationMs, error, summary }
          : lastAttempt
            ? { status: 'failed', at, durationMs, error, summary }
            : {
                status: 'pending',
                at,
                durationMs,
                error,
                summary,
                retryAt: new Date(at.getTime() + retryDelayMs(kind, job.attempts)),
              },
      );
      const log = { job: job.id, attempt: job.attempts, durationMs: Math.round(durationMs) };
      if (!recorded) options.logger.warn(log, 'job finished after its lease ran out; outcome not recorded');
      else if (error) options.logger.warn({ ...log, error, willRetry: !lastAttempt }, 'job failed');
      // Kinds that run more than once a minute log their successes at debug level only.
      else if ((kind.everyMs ?? Number.POSITIVE_INFINITY) < 60_000)
        options.logger.debug({ ...log, summary }, 'job done');
      else options.logger.info({ ...log, summary }, 'job done');
    }
    return tally;
  }

  const loop = () => {
    if (stopped) return;
    const current = tick()
      .catch((error) => {
        options.logger.warn({ err: error }, 'job runner poll failed');
        return { ran: 0 };
      })
      .then((tally) => {
        running = undefined;
        // Straight on while there is work; otherwise wait for the next poll.
        if (!stopped) timer = setTimeout(loop, tally.ran > 0 ? 0 : (options.pollMs ?? 5_000));
        timer?.unref();
      });
    running = current;
  };

  return {
    tick,
    start() {
      if (!stopped) return;
      stopped = false;
      loop();
    },
    wake() {
      if (stopped || running) return;
      if (timer) clearTimeout(timer);
      loop();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}

/** Creates a runner and starts polling. */
export function startJobRunner(options: JobRunnerOptions): JobRunner {
  const runner = createJobRunner(options);
  runner.start();
  return runner;
}
