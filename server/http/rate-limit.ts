import type { Context, MiddlewareHandler } from 'hono';
import { limitKey, type RateLimit, rateLimit } from '../modules/limits/limits.service.ts';
import { clientIp } from './client.ts';
import type { AppEnv } from './context.ts';

/**
 * Counts this call against `limit` under the key made of `parts` (digested together: an account
 * id, a link token, a client address) and throws `too_many_requests` (429, Retry-After in seconds)
 * once the window is full. The count lives in PostgreSQL, shared by every instance.
 * SHOWCASE_RATE_LIMITS=off (load tests) counts nothing.
 */
export async function limitCall(
  c: Context<AppEnv>,
  limit: RateLimit,
  parts: (string | null | undefined)[],
): Promise<void> {
  const deps = c.get('deps');
  if (deps.env.SHOWCASE_RATE_LIMITS === 'off') return;
  await rateLimit(deps.database.db, { ...limit, key: limitKey(...parts), now: deps.now() });
}

/**
 * A route's rate limit as middleware, keyed by `keyOf(c)` (by default the client address).
 * For example, the click-through player's events per demo and client:
 * `app.use('/api/play/:id/events', rateLimited(rateLimits.playerEvents, (c) => [c.req.param('id'), clientIp(c)]))`.
 */
export function rateLimited(
  limit: RateLimit,
  keyOf: (c: Context<AppEnv>) => (string | null | undefined)[] = (c) => [clientIp(c)],
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await limitCall(c, limit, keyOf(c));
    await next();
  };
}
