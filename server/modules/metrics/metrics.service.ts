import { createHash, timingSafeEqual } from 'node:crypto';
import type { Database } from '../../db/connect.ts';
import { jobAttemptsLastHour, jobsUnfinished, poolConnections, registry } from './metrics.registry.ts';
import { countRecentJobAttempts, countUnfinishedJobs } from './metrics.repository.ts';

/**
 * Whether an Authorization header carries the metrics token. Both sides are hashed first, so the
 * comparison is constant-time whatever the lengths.
 */
export function isMetricsToken(authorization: string | undefined, token: string): boolean {
  const given = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1] ?? '';
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(token)) && given.length > 0;
}

/**
 * Reads the pool's current numbers and the job queue (from the database, so jobs run by the import
 * worker process and by other instances count too) into their gauges, then every metric of the process.
 */
export async function collectMetrics(database: Database, now: Date) {
  const [unfinished, attempts] = await Promise.all([
    countUnfinishedJobs(database.db),
    countRecentJobAttempts(database.db, new Date(now.getTime() - 3_600_000)),
  ]);
  jobsUnfinished.reset();
  for (const row of unfinished) jobsUnfinished.set({ kind: row.kind, status: row.status }, row.count);
  jobAttemptsLastHour.reset();
  for (const row of attempts) jobAttemptsLastHour.set({ kind: row.kind, outcome: row.outcome }, row.count);
  const pool = database.poolStats?.();
  if (pool) {
    poolConnections.set({ state: 'total' }, pool.total);
    poolConnections.set({ state: 'idle' }, pool.idle);
    poolConnections.set({ state: 'waiting' }, pool.waiting);
  }
  return { contentType: registry.contentType, text: await registry.metrics() };
}
