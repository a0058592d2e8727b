import type { MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import { httpDuration, httpRequests } from '../modules/metrics/metrics.registry.ts';
import type { AppEnv } from './context.ts';

/**
 * The route pattern that answered (`/api/assets/:id`), for metric labels: the handler the request
 * ended at. A request only middleware answered with an error (an unknown path) is `unmatched`, so
 * a scan of random paths cannot add label values.
 */
export function routeLabel(c: Parameters<MiddlewareHandler<AppEnv>>[0]): string {
  const route = matchedRoutes(c)[c.req.routeIndex];
  if (!route) return 'unmatched';
  if (route.method === 'ALL' && c.res.status >= 400) return 'unmatched';
  return route.path;
}

/** Counts every request and times it, by method and route pattern (see /metrics). */
export function requestMetrics(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      const route = routeLabel(c);
      const method = c.req.method;
      httpRequests.inc({ method, route, status: String(c.res.status) });
      httpDuration.observe({ method, route }, (performance.now() - started) / 1000);
    }
  };
}
