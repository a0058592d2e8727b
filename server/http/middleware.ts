import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { secureHeaders } from 'hono/secure-headers';
import { AppError } from '../errors.ts';
import { identifyAuditActor } from '../modules/audit/audit.context.ts';
import { resolvePrincipal } from '../modules/auth/auth.service.ts';
import type { AppEnv } from './context.ts';

export const SESSION_COOKIE = 'showcase_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves who is calling (session cookie or bearer token) and, for cookie-authenticated writes,
 * requires the session's CSRF token in the X-CSRF-Token header.
 */
export function authenticate(options: { csrfHeader?: string } = {}): MiddlewareHandler<AppEnv> {
  const csrfHeader = options.csrfHeader ?? 'x-csrf-token';
  return async (c, next) => {
    const deps = c.get('deps');
    const authorization = c.req.header('authorization');
    const bearerToken = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
    const principal = await resolvePrincipal({
      db: deps.database.db,
      now: deps.now(),
      sessionDays: deps.env.SHOWCASE_SESSION_DAYS,
      bearerToken,
      sessionToken: bearerToken ? undefined : getCookie(c, SESSION_COOKIE),
    });
    if (authorization && !principal)
      throw new AppError('unauthenticated', 'The API token is invalid, expired or revoked');
    if (principal) {
      if (
        principal.via === 'session' &&
        !SAFE_METHODS.has(c.req.method) &&
        c.req.header(csrfHeader) !== principal.csrfToken
      ) {
        throw new AppError(
          'csrf_failed',
          'Missing or wrong X-CSRF-Token header; reload the page and try again',
        );
      }
      c.set('principal', principal);
      identifyAuditActor({
        actorId: principal.userId,
        actorLabel: principal.email,
        via: principal.via,
        tokenId: principal.tokenId ?? null,
      });
    }
    await next();
  };
}

/** Structured access log line per request, carrying the request id. */
export function accessLog(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const logger = c.get('logger');
    logger.info(
      {
        requestId: c.get('requestId'),
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
        userId: c.get('principal')?.userId,
      },
      'request',
    );
  };
}

/** HSTS for two years, sent only on requests that came over TLS (plain HTTP cannot be trusted with it). */
export const HSTS = 'max-age=63072000; includeSubDomains';

/** Whether the request came over TLS: to this server, or to the proxy in front (X-Forwarded-Proto). */
export function cameOverTls(c: Context): boolean {
  return (
    new URL(c.req.url).protocol === 'https:' ||
    c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https'
  );
}

/** Where embedded players on asset pages come from (frames and their fullscreen permission). */
const embedOrigins = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'];

/**
 * Security headers of every response: a CSP that also pins `<base>`, form targets and plugins, a
 * Permissions-Policy that turns off device APIs, `Cache-Control: no-store` on API answers (the
 * session answer carries the CSRF token) and HSTS only when the request came over HTTPS.
 */
export function securityHeaders(): MiddlewareHandler<AppEnv> {
  const headers = secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      objectSrc: ["'none'"],
      imgSrc: ["'self'", 'data:', 'https:'],
      styleSrc: ["'self'", "'unsafe-inline'"],
      scriptSrc: ["'self'"],
      frameSrc: ["'self'", ...embedOrigins],
      connectSrc: ["'self'"],
      // Only the web app itself may frame its pages (X-Frame-Options: SAMEORIGIN says it to old
      // browsers); the player page below replaces this with `*`.
      frameAncestors: ["'self'"],
    },
    permissionsPolicy: {
      camera: [],
      microphone: [],
      geolocation: [],
      payment: [],
      usb: [],
      serial: [],
      bluetooth: [],
      hid: [],
      midi: [],
      accelerometer: [],
      gyroscope: [],
      magnetometer: [],
      displayCapture: [],
      fullscreen: ['self', ...embedOrigins],
    },
    strictTransportSecurity: false,
  });
  return async (c, next) => {
    await headers(c, next);
    if (cameOverTls(c)) c.header('Strict-Transport-Security', HSTS);
    if (c.req.path.startsWith('/api/') && !c.res.headers.has('Cache-Control'))
      c.header('Cache-Control', 'no-store');
    // A click-through demo's player page is made to be embedded on any site (an iframe); every
    // other page stays unframable by other origins (X-Frame-Options: SAMEORIGIN), the share
    // link's player (/api/shared/{token}/play, framed by the link's page) too. A player page's
    // per-request nonce (playerNonce) joins script-src.
    const framable = /^\/play\/[^/]+\/?$/.test(c.req.path);
    const nonce = c.get('playerNonce');
    const policy = c.res.headers.get('Content-Security-Policy');
    if (framable) c.res.headers.delete('X-Frame-Options');
    if (policy && (framable || nonce)) {
      let changed = nonce
        ? policy.replace(/script-src 'self'/, `script-src 'self' 'nonce-${nonce}'`)
        : policy;
      if (framable) changed = changed.replace(/frame-ancestors 'self'/, 'frame-ancestors *');
      c.res.headers.set('Content-Security-Policy', changed);
    }
  };
}
