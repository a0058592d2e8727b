import { sql } from 'kysely';
import type { Database } from '../../db/connect.ts';
import type { JobRow, JobRunRow } from '../../db/schema.ts';

type Db = Database['db'];

/**
 * Creates a job unless one with this id exists. Scheduled kinds pass their slot id, so however
 * many instances tick in the same slot, one row (and so one run) results. True when it was new.
 */
export async function insertJob(
  db: Db,
  job: { id: string; kind: string; runAt: Date; maxAttempts: number },
): Promise<boolean> {
  const result = await db
    .insertInto('jobs')
    .values({ id: job.id, kind: job.kind, run_at: job.runAt, max_attempts: job.maxAttempts })
    .onConflict((conflict) => conflict.column('id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/**
 * Claims up to `limit` due jobs of the given kinds for one worker, in one short transaction:
 * pending jobs whose time has come, and running jobs whose lease ran out (their worker stopped).
 * SKIP LOCKED lets several instances claim at once without waiting for or taking each other's
 * rows. Each claim counts as an attempt and opens a run record; a run left open by a worker that
 * stopped is closed as failed.
 */
export function claimDueJobs(
  db: Db,
  options: { kinds: string[]; now: Date; worker: string; limit: number; leaseMs: Record<string, number> },
): Promise<JobRow[]> {
  if (options.kinds.length === 0) return Promise.resolve([]);
  const leases = sql.join(
    options.kinds.map((kind) => sql`(${kind}::text, ${options.leaseMs[kind] ?? 300_000}::integer)`),
  );
  return db.transaction().execute(async (trx) => {
    const { rows } = await sql<JobRow>`
      UPDATE jobs SET
        status = 'running',
        attempts = jobs.attempts + 1,
        locked_by = ${options.worker},
        locked_until = ${options.now}::timestamptz + lease.ms * interval '1 millisecond'
      FROM (VALUES ${leases}) AS lease (kind, ms)
      WHERE lease.kind = jobs.kind AND jobs.id IN (
        SELECT id FROM jobs
        WHERE kind = ANY(${options.kinds}::text[])
          AND ((status = 'pending' AND run_at <= ${options.now})
            OR (status = 'running' AND locked_until <= ${options.now}))
        ORDER BY run_at
        LIMIT ${options.limit}
        FOR UPDATE SKIP LOCKED
      )
      RETURNING jobs.*`.execute(trx);
    if (rows.length === 0) return rows;
    const ids = rows.map((row) => row.id);
    await trx
      .updateTable('job_runs')
      .set({
        outcome: 'failed',
        finished_at: options.now,
        error: 'The worker running it stopped before it finished; taken again',
      })
      .where('job_id', 'in', ids)
      .where('outcome', '=', 'running')
      .execute();
    await trx
      .insertInto('job_runs')
      .values(
        rows.map((row) => ({
          job_id: row.id,
          kind: row.kind,
          attempt: row.attempts,
          worker: options.worker,
          started_at: options.now,
        })),
      )
      .execute();
    return rows;
  });
}

/** Moves a running job's claim on to `until`, if this worker still holds this attempt. */
export async function extendJobLease(
  db: Db,
  job: { id: string; attempt: number; worker: string },
  until: Date,
): Promise<boolean> {
  const updated = await db
    .updateTable('jobs')
    .set({ locked_until: until })
    .where('id', '=', job.id)
    .where('locked_by', '=', job.worker)
    .where('attempts', '=', job.attempt)
    .where('status', '=', 'running')
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) > 0;
}

/**
 * Records how a claimed attempt ended: succeeded, failed for good, or back to pending for a retry
 * at `retryAt`. Only the worker that still holds the claim (same worker, same attempt) may record
 * it; a worker whose lease ran out and whose job was taken again records nothing. True if recorded.
 */
export function finishJob(
  db: Db,
  job: { id: string; attempt: number; worker: string },
  outcome: {
    status: 'succeeded' | 'failed' | 'pending';
    at: Date;
    durationMs: number;
    error: string | null;
    summary: string | null;
    retryAt?: Date;
  },
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('jobs')
      .set({
        status: outcome.status,
        locked_by: null,
        locked_until: null,
        last_error: outcome.error,
        finished_at: outcome.status === 'pending' ? null : outcome.at,
        ...(outcome.retryAt ? { run_at: outcome.retryAt } : {}),
      })
      .where('id', '=', job.id)
      .where('locked_by', '=', job.worker)
      .where('attempts', '=', job.attempt)
      .where('status', '=', 'running')
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) return false;
    await trx
      .updateTable('job_runs')
      .set({
        outcome: outcome.status === 'succeeded' ? 'succeeded' : 'failed',
        finished_at: outcome.at,
        duration_ms: Math.round(outcome.durationMs),
        error: outcome.error,
        summary: outcome.summary,
      })
      .where('job_id', '=', job.id)
      .where('attempt', '=', job.attempt)
      .where('worker', '=', job.worker)
      .where('outcome', '=', 'running')
      .execute();
    return true;
  });
}

/** The newest runs of each kind (up to `perKind`), newest first. */
export async function listRecentRuns(db: Db, kinds: string[], perKind: number): Promise<JobRunRow[]> {
  const { rows } = await sql<JobRunRow>`
    SELECT r.* FROM unnest(${kinds}::text[]) AS k (kind)
    CROSS JOIN LATERAL (
      SELECT * FROM job_runs WHERE job_runs.kind = k.kind ORDER BY started_at DESC, attempt DESC LIMIT ${perKind}
    ) r
    ORDER BY r.started_at DESC, r.attempt DESC`.execute(db);
  return rows;
}

/** The next unfinished job of each kind: when it is due, and whether it is running now. */
export function listNextJobs(db: Db) {
  return db
    .selectFrom('jobs')
    .select(['kind', 'id', 'status', 'run_at', 'attempts'])
    .distinctOn('kind')
    .where('status', 'in', ['pending', 'running'])
    .orderBy('kind')
    .orderBy('run_at')
    .execute();
}

/** Jobs that failed for good, newest first. */
export function listFailedJobs(db: Db, limit: number) {
  return db
    .selectFrom('jobs')
    .selectAll()
    .where('status', '=', 'failed')
    .orderBy('finished_at', 'desc')
    .limit(limit)
    .execute();
}

export function findJob(db: Db, id: string) {
  return db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Puts a failed job back in the queue, due now, with `extraAttempts` more attempts. */
export function requeueFailedJob(db: Db, id: string, now: Date, extraAttempts: number) {
  return db
    .updateTable('jobs')
    .set((eb) => ({
      status: 'pending',
      run_at: now,
      finished_at: null,
      max_attempts: eb('attempts', '+', extraAttempts),
    }))
    .where('id', '=', id)
    .where('status', '=', 'failed')
    .returningAll()
    .executeTakeFirst();
}

/**
 * Forgets succeeded jobs (and their runs) that finished before `before`, of the given kinds or of
 * every kind; unfinished and failed ones stay.
 */
export async function deleteFinishedJobs(db: Db, before: Date, kinds?: string[]): Promise<number> {
  let query = db.deleteFrom('jobs').where('status', '=', 'succeeded').where('finished_at', '<', before);
  if (kinds) query = query.where('kind', 'in', kinds.length ? kinds : ['']);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}
