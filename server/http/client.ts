import { getConnInfo } from '@hono/node-server/conninfo';

/** The caller's address as the socket saw it (undefined in tests that call app.request directly). */
export function clientIp(c: Parameters<typeof getConnInfo>[0]): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}
