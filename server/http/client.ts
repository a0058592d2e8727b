import { getConnInfo } from '@hono/node-server/conninfo';

/** The caller's address as the socket saw it (undefined in tests that call app.request directly). */
export function clientIp(c: Parameters<typeof getConnInfo>[0]): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}

/** The caller's address and user agent, for the services that tell visitors apart without storing either. */
export function clientOf(c: Parameters<typeof getConnInfo>[0]): { ip?: string; userAgent?: string } {
  return { ip: clientIp(c), userAgent: c.req.header('user-agent') };
}
