import { createHash, timingSafeEqual } from 'node:crypto';
import type { Database } from '../../db/connect.ts';
import { poolConnections, registry } from './metrics.registry.ts';

/**
 * Whether an Authorization header carries the metrics token. Both sides are hashed first, so the
 * comparison is constant-time whatever the lengths.
 */
export function isMetricsToken(authorization: string | undefined, token: string): boolean {
  const given = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1] ?? '';
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(token)) && given.length > 0;
}

/** Reads the pool's current numbers into their gauges, then every metric of the process. */
export async function collectMetrics(database: Database) {
  const pool = database.poolStats?.();
  if (pool) {
    poolConnections.set({ state: 'total' }, pool.total);
    poolConnections.set({ state: 'idle' }, pool.idle);
    poolConnections.set({ state: 'waiting' }, pool.waiting);
  }
  return { contentType: registry.contentType, text: await registry.metrics() };
}
