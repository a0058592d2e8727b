import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { errorResponseSchema } from '../../../shared/schemas/common.ts';
import { AppError } from '../../errors.ts';
import type { AppEnv } from '../../http/context.ts';
import { defineRoute, jsonResponse } from '../../http/route.ts';
import { presentHealth, presentReadiness } from './system.presenter.ts';
import { checkReadiness } from './system.service.ts';

const tags = ['System'];
const statusSchema = z.object({ status: z.literal('ok') });
const readySchema = z.object({ status: z.literal('ready'), database: z.enum(['embedded', 'postgres']) });

const healthRoute = defineRoute('public', {
  method: 'get',
  path: '/healthz',
  tags,
  summary: 'The process is up',
  responses: { 200: jsonResponse(statusSchema, 'Up') },
});

const readyRoute = defineRoute('public', {
  method: 'get',
  path: '/readyz',
  tags,
  summary: 'The database is reachable, every migration is applied and the process is not shutting down',
  responses: {
    200: jsonResponse(readySchema, 'Ready'),
    503: jsonResponse(
      errorResponseSchema,
      'Not ready: the database is unreachable, migrations are pending or the process is shutting down',
    ),
  },
});

const swaggerDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

const docsPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Showcase API reference</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head>
<body><div id="reference"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script></body></html>`;

const docsInit = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#reference', deepLinking: true,
  withCredentials: true, requestInterceptor: (req) => { const t = sessionStorage.getItem('showcase.csrf'); if (t) req.headers['X-CSRF-Token'] = t; return req; } });`;

export function systemRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  /** Once migrations are seen applied they stay applied for this process's lifetime. */
  let migrated = false;

  app.openapi(healthRoute, (c) => c.json(presentHealth(), 200));

  app.openapi(readyRoute, async (c) => {
    const { database, draining } = c.get('deps');
    if (draining?.())
      throw new AppError('not_ready', 'Showcase is shutting down; send requests to another instance', {
        headers: { connection: 'close' },
      });
    migrated = await checkReadiness({ db: database.db, migrated });
    return c.json(presentReadiness(database.kind), 200);
  });

  app.get('/api/docs', (c) => c.html(docsPage));
  app.get('/api/docs/init.js', (c) =>
    c.body(docsInit, 200, { 'content-type': 'text/javascript; charset=utf-8' }),
  );
  app.use(
    '/api/docs/assets/*',
    serveStatic({ root: swaggerDir, rewriteRequestPath: (path) => path.replace('/api/docs/assets', '') }),
  );
  return app;
}
