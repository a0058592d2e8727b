import type { MiddlewareHandler } from 'hono';
import { withAuditActor } from '../modules/audit/audit.context.ts';
import { clientIp } from './client.ts';
import type { AppEnv } from './context.ts';

/**
 * Starts the request's audit context: anonymous, with its address, user agent and request id.
 * authenticate() names the caller in it once resolved; sign-in names the user it signs in.
 */
export function auditScope(): MiddlewareHandler<AppEnv> {
  return (c, next) =>
    withAuditActor(
      {
        actorId: null,
        actorLabel: 'anonymous',
        via: 'anonymous',
        ip: clientIp(c) ?? null,
        userAgent: c.req.header('user-agent') ?? null,
        requestId: c.get('requestId') ?? null,
      },
      () => next(),
    );
}
