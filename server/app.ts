import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import { routePath } from 'hono/route';
import { MAX_IMPORT_BYTES } from '../shared/schemas/imports.ts';
import { AppError, errorBody, handleError, urlParamsError, validationError } from './errors.ts';
import { auditScope } from './http/audit-scope.ts';
import { compress } from './http/compress.ts';
import type { AppDeps, AppEnv } from './http/context.ts';
import { requestMetrics } from './http/metrics.ts';
import { accessLog, authenticate, securityHeaders } from './http/middleware.ts';
import { createMailer } from './mail.ts';
import { assetFileRoutes } from './modules/asset-files/asset-files.routes.ts';
import { attachmentRoutes } from './modules/attachments/attachments.routes.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { clickThroughEventRoutes } from './modules/clickthrough/clickthrough.events.routes.ts';
import { clickThroughRoutes } from './modules/clickthrough/clickthrough.routes.ts';
import { demoRoutes } from './modules/demos/demos.routes.ts';
import { distributionRoutes, shortLinkRedirect } from './modules/distribution/distribution.routes.ts';
import { importRoutes } from './modules/imports/imports.routes.ts';
import { insightRoutes } from './modules/insights/insights.routes.ts';
import { okrRoutes } from './modules/insights/okrs.routes.ts';
import { jobRoutes } from './modules/jobs/jobs.routes.ts';
import { libraryRoutes } from './modules/library/library.routes.ts';
import { metricsRoutes } from './modules/metrics/metrics.routes.ts';
import { notificationRoutes } from './modules/notifications/notifications.routes.ts';
import { planRoutes } from './modules/plan/plan.routes.ts';
import { requestRoutes } from './modules/requests/requests.routes.ts';
import { settingsRoutes } from './modules/settings/settings.routes.ts';
import { sharedRoutes, sharingRoutes } from './modules/sharing/sharing.routes.ts';
import { systemRoutes } from './modules/system/system.routes.ts';
import { userRoutes } from './modules/users/users.routes.ts';
import { webhookRoutes } from './modules/webhooks/webhooks.routes.ts';
import { MAX_UPLOAD_BYTES } from './uploads.ts';

export const API_VERSION = '0.1.0';
const MAX_JSON_BYTES = 1024 * 1024;

/** Builds the whole HTTP application. It never listens: main.ts serves it, tests call app.request(). */
export function createApp(given: AppDeps) {
  const deps: AppDeps = { ...given, mailer: given.mailer ?? createMailer(given.env) };
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return;
      throw result.target === 'param'
        ? urlParamsError(result.error, routePath(c))
        : validationError(result.error);
    },
  });

  // Short links first, on a lean path: /s/<code> of a link made in Showcase redirects before any
  // other middleware runs; anything else falls through to the whole chain and the web app (whose
  // /s/<token> is a share link's page).
  app.get('/s/:code', shortLinkRedirect(deps));
  app.use('*', requestId({ headerName: 'X-Request-Id' }));
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    c.set('logger', deps.logger);
    await next();
  });
  app.use('*', accessLog());
  app.use('*', requestMetrics());
  app.use('*', compress());
  app.use('*', securityHeaders());
  const tooLarge = (limit: number) => () => {
    throw new AppError('payload_too_large', `The request body is larger than ${limit / 1024} KiB`);
  };
  const jsonLimit = bodyLimit({ maxSize: MAX_JSON_BYTES, onError: tooLarge(MAX_JSON_BYTES) });
  // The synchronous imports take whole files in a JSON body.
  const fileLimit = bodyLimit({
    maxSize: MAX_UPLOAD_BYTES + 64 * 1024,
    onError: tooLarge(MAX_UPLOAD_BYTES),
  });
  // A background import carries the whole file, JSON-escaped (a quarter more for escapes).
  const importLimit = bodyLimit({
    maxSize: Math.ceil(MAX_IMPORT_BYTES * 1.25),
    onError: tooLarge(MAX_IMPORT_BYTES),
  });
  app.use('/api/*', (c, next) => {
    if (c.req.method !== 'POST') return jsonLimit(c, next);
    // File uploads stream through receiveFile (server/http/multipart.ts), which enforces their
    // limit as they arrive; bodyLimit would buffer a body sent without Content-Length.
    if (
      c.req.path.endsWith('/attachments') ||
      /^\/api\/assets\/[^/]+\/files$/.test(c.req.path) ||
      /^\/api\/demos\/[^/]+\/click-through\/screenshots$/.test(c.req.path)
    )
      return next();
    if (c.req.path === '/api/imports') return importLimit(c, next);
    return c.req.path.includes('/import') ? fileLimit(c, next) : jsonLimit(c, next);
  });
  // Shared links are for outsiders: no workspace caller is resolved there (a signed-in browser
  // opening a link is a visitor like any other, and needs no CSRF token). The same for a
  // player's events: sendBeacon sends the cookie but cannot send a CSRF header, and they need no caller.
  // Every audit entry a request writes names its caller, address and request id (audit-scope.ts).
  app.use('*', auditScope());
  const auth = authenticate();
  const outsiders = (path: string) =>
    path.startsWith('/api/shared/') || /^\/api\/play\/[^/]+\/events$/.test(path);
  app.use('/api/*', (c, next) => (outsiders(c.req.path) ? next() : auth(c, next)));
  // The player page and its images: internal demos play for signed-in users only.
  app.use('/play/*', auth);

  app.route('/', systemRoutes());
  app.route('/', metricsRoutes());
  app.route('/', authRoutes());
  app.route('/', userRoutes());
  app.route('/', auditRoutes());
  app.route('/', settingsRoutes());
  app.route('/', libraryRoutes());
  app.route('/', assetFileRoutes());
  app.route('/', notificationRoutes());
  app.route('/', requestRoutes());
  app.route('/', attachmentRoutes());
  app.route('/', demoRoutes());
  app.route('/', clickThroughRoutes());
  app.route('/', clickThroughEventRoutes());
  app.route('/', webhookRoutes());
  app.route('/', jobRoutes());
  app.route('/', importRoutes());
  app.route('/', sharingRoutes());
  app.route('/', sharedRoutes());
  app.route('/', insightRoutes());
  app.route('/', okrRoutes());
  app.route('/', planRoutes());
  app.route('/', distributionRoutes());

  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'showcase_session',
    description: 'Browser session; writes also need the X-CSRF-Token header from /api/auth/session',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'token', {
    type: 'http',
    scheme: 'bearer',
    description: 'Personal API token (create one under Account → API tokens)',
  });
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Showcase API',
      version: API_VERSION,
      description:
        'Everything the Showcase web app does goes through this API. Authenticate with a personal API token (`Authorization: Bearer …`) or a browser session. Errors always have the shape `{ error: { code, message, fields?, requestId } }`.',
    },
  });

  if (deps.webDist && existsSync(join(deps.webDist, 'index.html'))) {
    const indexHtml = readFileSync(join(deps.webDist, 'index.html'), 'utf8');
    // Files under assets/ carry a content hash in their name: a changed file is a new URL, so they
    // may be cached for good. Everything else (index.html, the SPA fallback, public/ files) is
    // revalidated on every load so a new release is picked up at once. The build writes .br and
    // .gz next to each text file (vite.config.ts), served as the client's Accept-Encoding allows.
    app.use('/assets/*', staticFiles(deps.webDist, 'public, max-age=31536000, immutable'));
    // A file missing from assets/ is an old build's chunk: a 404, never index.html in its place.
    app.get('/assets/*', (c) => c.notFound());
    app.use('*', staticFiles(deps.webDist, 'no-cache'));
    app.get('*', (c) => {
      if (c.req.path.startsWith('/api/')) return c.notFound();
      c.header('Cache-Control', 'no-cache');
      return c.html(indexHtml);
    });
  }

  app.notFound((c) =>
    c.json(
      errorBody(new AppError('not_found', `No route for ${c.req.method} ${c.req.path}`), c.get('requestId')),
      404,
    ),
  );
  app.onError(handleError);
  return app;
}

export type App = ReturnType<typeof createApp>;

/**
 * Files of the built web app with their Cache-Control. (serveStatic's `onFound` runs after the
 * response is built, so a header set there is lost: it is set on the response here instead.)
 */
function staticFiles(root: string, cacheControl: string): MiddlewareHandler<AppEnv> {
  const serve = serveStatic<AppEnv>({ root, precompressed: true });
  return async (c, next) => {
    // Found: the file's response. Not found: serveStatic called next(), the rest answers.
    const response = await serve(c, next);
    if (response instanceof Response) {
      response.headers.set('Cache-Control', cacheControl);
      return response;
    }
  };
}
