import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import {
  apiTokenListSchema,
  changePasswordSchema,
  createApiTokenSchema,
  createdApiTokenSchema,
  sessionSchema,
  signInMethodsSchema,
  signInSchema,
  updateProfileSchema,
} from '../../../shared/schemas/account.ts';
import { idParams, okSchema } from '../../../shared/schemas/common.ts';
import { userSchema } from '../../../shared/schemas/users.ts';
import { AppError } from '../../errors.ts';
import { clientIp } from '../../http/client.ts';
import { type AppEnv, principalOf } from '../../http/context.ts';
import { SESSION_COOKIE } from '../../http/middleware.ts';
import { limitCall } from '../../http/rate-limit.ts';
import { defineRoute, jsonBody, jsonResponse } from '../../http/route.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { rateLimits } from '../limits/limits.service.ts';
import { presentUser } from '../users/users.presenter.ts';
import { findUser, updateOwnProfile } from '../users/users.service.ts';
import {
  beginOidcSignIn,
  completeOidcSignIn,
  OIDC_CALLBACK_PATH,
  OIDC_FLOW_COOKIE,
  OIDC_FLOW_SECONDS,
  OIDC_START_PATH,
  oidcSettings,
  SsoRefusal,
} from './auth.oidc.ts';
import { presentApiToken, presentSession, presentSignInMethods } from './auth.presenter.ts';
import {
  changePassword,
  createApiToken,
  getApiTokens,
  revokeToken,
  signIn,
  signOut,
} from './auth.service.ts';

const tags = ['Account'];

const signInRoute = defineRoute('public', {
  method: 'post',
  path: '/api/auth/sign-in',
  tags,
  summary: 'Sign in with email and password',
  description:
    'Sets an httpOnly session cookie. Repeated failures for one email are slowed down (429 with Retry-After).',
  request: { body: jsonBody(signInSchema) },
  responses: { 200: jsonResponse(sessionSchema, 'Signed in') },
});

const methodsRoute = defineRoute('public', {
  method: 'get',
  path: '/api/auth/methods',
  tags,
  summary: 'How one may sign in: password, single sign-on, or both',
  responses: { 200: jsonResponse(signInMethodsSchema, 'The sign-in methods') },
});

const redirect = (description: string) => ({
  description,
  headers: z.object({ Location: z.string().describe('Where the browser goes next') }),
});

const oidcStartRoute = defineRoute('public', {
  method: 'get',
  path: OIDC_START_PATH,
  tags,
  summary: 'Start single sign-on (open in the browser)',
  description:
    'Redirects to the OpenID Connect provider (authorization code flow with PKCE); state, nonce and the PKCE verifier travel in a signed, HttpOnly cookie that lives ten minutes.',
  request: {
    query: z.object({
      next: z.string().max(2000).optional().describe('A path of this site to open after signing in'),
    }),
  },
  responses: {
    302: redirect('To the provider, or to /sign-in?sso_error=<code> when single sign-on cannot start'),
  },
});

const oidcCallbackRoute = defineRoute('public', {
  method: 'get',
  path: OIDC_CALLBACK_PATH,
  tags,
  summary: 'Where the OpenID Connect provider sends the browser back',
  description:
    'Register this address at the provider as the redirect URI. Signs in with the normal session cookie and redirects into the app, or to /sign-in?sso_error=<code>.',
  request: {
    query: z.object({
      code: z.string().optional(),
      state: z.string().optional(),
      iss: z.string().optional(),
      error: z.string().optional(),
      error_description: z.string().optional(),
    }),
  },
  responses: { 302: redirect('Into the app when signed in, else to the sign-in page with the reason') },
});

const signOutRoute = defineRoute('signed-in', {
  method: 'post',
  path: '/api/auth/sign-out',
  tags,
  summary: 'Sign out of this browser session',
  responses: { 200: jsonResponse(okSchema, 'Signed out') },
});

const sessionRoute = defineRoute('signed-in', {
  method: 'get',
  path: '/api/auth/session',
  tags,
  summary: 'Who is signed in, and the CSRF token for writes',
  responses: { 200: jsonResponse(sessionSchema, 'The current session') },
});

const profileRoute = defineRoute('account.manage', {
  method: 'patch',
  path: '/api/account',
  tags,
  summary: 'Change your display name',
  request: { body: jsonBody(updateProfileSchema) },
  responses: { 200: jsonResponse(userSchema, 'Updated') },
});

const passwordRoute = defineRoute('account.manage', {
  method: 'post',
  path: '/api/account/password',
  tags,
  summary: 'Change your password',
  description: 'Signs out every other session of the account.',
  request: { body: jsonBody(changePasswordSchema) },
  responses: { 200: jsonResponse(okSchema, 'Changed') },
});

const listTokensRoute = defineRoute('account.manage', {
  method: 'get',
  path: '/api/account/tokens',
  tags,
  summary: 'Your personal API tokens',
  responses: { 200: jsonResponse(apiTokenListSchema, 'Tokens (secrets are never shown again)') },
});

const createTokenRoute = defineRoute('account.manage', {
  method: 'post',
  path: '/api/account/tokens',
  tags,
  summary: 'Create a personal API token',
  description:
    'The token acts with your role, narrowed by its scopes (read only, or some areas). The secret is returned once and stored only as a hash. A token limited by scopes cannot manage the account.',
  request: { body: jsonBody(createApiTokenSchema) },
  responses: { 201: jsonResponse(createdApiTokenSchema, 'Created') },
});

const revokeTokenRoute = defineRoute('account.manage', {
  method: 'delete',
  path: '/api/account/tokens/{id}',
  tags,
  summary: 'Revoke a personal API token',
  request: { params: idParams },
  responses: { 200: jsonResponse(okSchema, 'Revoked') },
});

function cookieIsSecure(c: { req: { url: string } }, setting: string): boolean {
  if (setting === 'auto') return new URL(c.req.url).protocol === 'https:';
  return setting === 'true';
}

function setSessionCookie(c: Context<AppEnv>, token: string) {
  const { env } = c.get('deps');
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: cookieIsSecure(c, env.SHOWCASE_SECURE_COOKIES),
    path: '/',
    maxAge: env.SHOWCASE_SESSION_DAYS * 86_400,
  });
}

/** A refused single sign-on lands on the sign-in page with a code it turns into a sentence. */
function signInPageWith(code: string): string {
  return `/sign-in?${new URLSearchParams({ sso_error: code })}`;
}

export function authRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(methodsRoute, (c) => {
    const { env } = c.get('deps');
    return c.json(presentSignInMethods(oidcSettings(env), env.SHOWCASE_SSO_ONLY === 'true'), 200);
  });

  app.openapi(oidcStartRoute, async (c) => {
    const { env, now, logger } = c.get('deps');
    const settings = oidcSettings(env);
    if (!settings) return c.redirect(signInPageWith('not_configured'), 302);
    try {
      const { url, cookie } = await beginOidcSignIn({
        settings,
        next: c.req.valid('query').next,
        now: now(),
      });
      setCookie(c, OIDC_FLOW_COOKIE, cookie, {
        httpOnly: true,
        // Lax: the browser brings it back on the provider's top-level redirect to the callback.
        sameSite: 'Lax',
        secure: cookieIsSecure(c, env.SHOWCASE_SECURE_COOKIES),
        path: OIDC_CALLBACK_PATH,
        maxAge: OIDC_FLOW_SECONDS,
      });
      return c.redirect(url.href, 302);
    } catch (error) {
      const code = error instanceof SsoRefusal ? error.code : 'failed';
      logger.warn(
        { requestId: c.get('requestId'), reason: code, err: error },
        'single sign-on could not start',
      );
      return c.redirect(signInPageWith(code), 302);
    }
  });

  app.openapi(oidcCallbackRoute, async (c) => {
    const { env, now, database, logger } = c.get('deps');
    const settings = oidcSettings(env);
    const flowCookie = getCookie(c, OIDC_FLOW_COOKIE);
    deleteCookie(c, OIDC_FLOW_COOKIE, { path: OIDC_CALLBACK_PATH });
    if (!settings) return c.redirect(signInPageWith('not_configured'), 302);
    try {
      // The address the provider redirected to, rebuilt from the configured redirect URI (never
      // from the Host header), with the parameters it added.
      const callbackUrl = new URL(settings.redirectUri);
      callbackUrl.search = new URL(c.req.url).search;
      const result = await completeOidcSignIn({
        db: database.db,
        settings,
        callbackUrl,
        flowCookie,
        now: now(),
        sessionDays: env.SHOWCASE_SESSION_DAYS,
        userAgent: c.req.header('user-agent'),
        ip: clientIp(c),
      });
      setSessionCookie(c, result.token);
      return c.redirect(result.next, 302);
    } catch (error) {
      const refusal = error instanceof SsoRefusal;
      const code = refusal ? error.code : 'failed';
      const log = { requestId: c.get('requestId'), reason: code, detail: (error as Error).message };
      await recordAudit(
        database.db,
        { action: 'auth.sso_refused', details: { reason: code, detail: log.detail } },
        now(),
      );
      if (refusal) logger.warn(log, 'single sign-on refused');
      else logger.error({ ...log, err: error }, 'single sign-on failed');
      return c.redirect(signInPageWith(code), 302);
    }
  });

  app.openapi(signInRoute, async (c) => {
    const input = c.req.valid('json');
    const { env, database, now } = c.get('deps');
    const result = await signIn({
      db: database.db,
      input,
      now: now(),
      sessionDays: env.SHOWCASE_SESSION_DAYS,
      userAgent: c.req.header('user-agent'),
      ip: clientIp(c),
      breakGlassEmail:
        env.SHOWCASE_SSO_ONLY === 'true' && oidcSettings(env) ? env.SHOWCASE_BREAK_GLASS_EMAIL : undefined,
    });
    setSessionCookie(c, result.token);
    return c.json(
      { user: presentUser(result.user), csrfToken: result.csrfToken, via: 'session' as const },
      200,
    );
  });

  app.openapi(signOutRoute, async (c) => {
    const principal = principalOf(c);
    if (principal.sessionId)
      await signOut({
        db: c.get('deps').database.db,
        sessionId: principal.sessionId,
        now: c.get('deps').now(),
      });
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.json({ ok: true as const }, 200);
  });

  app.openapi(sessionRoute, async (c) => {
    const principal = principalOf(c);
    const user = await findUser({ db: c.get('deps').database.db, id: principal.userId });
    if (!user) throw new AppError('unauthenticated', 'Sign in again');
    return c.json(presentSession(principal, user), 200);
  });

  app.openapi(profileRoute, async (c) => {
    const input = c.req.valid('json');
    const principal = principalOf(c);
    const user = await updateOwnProfile({
      db: c.get('deps').database.db,
      userId: principal.userId,
      name: input.name,
    });
    return c.json(presentUser(user), 200);
  });

  app.openapi(passwordRoute, async (c) => {
    const input = c.req.valid('json');
    const principal = principalOf(c);
    await limitCall(c, rateLimits.passwordChange, [principal.userId]);
    await changePassword({
      db: c.get('deps').database.db,
      principal,
      input,
      now: c.get('deps').now(),
    });
    return c.json({ ok: true as const }, 200);
  });

  app.openapi(listTokensRoute, async (c) => {
    const rows = await getApiTokens({ db: c.get('deps').database.db, userId: principalOf(c).userId });
    return c.json({ tokens: rows.map(presentApiToken) }, 200);
  });

  app.openapi(createTokenRoute, async (c) => {
    const input = c.req.valid('json');
    const { database, now } = c.get('deps');
    const principal = principalOf(c);
    const { token, row } = await createApiToken({
      db: database.db,
      userId: principal.userId,
      role: principal.role,
      input,
      now: now(),
    });
    return c.json({ token, apiToken: presentApiToken(row) }, 201);
  });

  app.openapi(revokeTokenRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { database, now } = c.get('deps');
    await revokeToken({ db: database.db, userId: principalOf(c).userId, id, now: now() });
    return c.json({ ok: true as const }, 200);
  });

  return app;
}
