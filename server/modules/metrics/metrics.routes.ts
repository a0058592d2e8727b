import { Hono } from 'hono';
import { AppError } from '../../errors.ts';
import type { AppEnv } from '../../http/context.ts';
import { presentMetrics } from './metrics.presenter.ts';
import { collectMetrics, isMetricsToken } from './metrics.service.ts';

/**
 * GET /metrics for Prometheus. Not part of the API document: it answers 404, like any unknown
 * path, unless SHOWCASE_METRICS_TOKEN is set, and then only to `Authorization: Bearer <token>`.
 */
export function metricsRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/metrics', async (c) => {
    const { env, database, now } = c.get('deps');
    const token = env.SHOWCASE_METRICS_TOKEN;
    if (!token) return c.notFound();
    if (!isMetricsToken(c.req.header('authorization'), token))
      throw new AppError(
        'unauthenticated',
        'Send the metrics token as Authorization: Bearer <SHOWCASE_METRICS_TOKEN>',
      );
    const { body, headers } = presentMetrics(await collectMetrics(database, now()));
    return c.body(body, 200, { ...headers, 'cache-control': 'no-store' });
  });
  return app;
}
