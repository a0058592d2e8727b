import { getConnInfo } from '@hono/node-server/conninfo';
import { OpenAPIHono } from '@hono/zod-openapi';
import { deleteCookie, setCookie } from 'hono/cookie';
import {
  apiTokenListSchema,
  changePasswordSchema,
  createApiTokenSchema,
  createdApiTokenSchema,
  sessionSchema,
  signInSchema,
  updateProfileSchema,
} from '../../../shared/schemas/account.ts';
import { idParams, okSchema } from '../../../shared/schemas/common.ts';
import { userSchema } from '../../../shared/schemas/users.ts';
import { AppError } from '../../errors.ts';
import { type AppEnv, principalOf } from '../../http/context.ts';
import { SESSION_COOKIE } from '../../http/middleware.ts';
import { defineRoute, jsonBody, jsonResponse } from '../../http/route.ts';
import { presentUser } from '../users/users.presenter.ts';
import { findUser, updateOwnProfile } from '../users/users.service.ts';
import { presentApiToken, presentSession } from './auth.presenter.ts';
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
  description: 'The token acts with your role. The secret is returned once and stored only as a hash.',
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

function clientIp(c: Parameters<typeof getConnInfo>[0]): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}

export function authRoutes() {
  const app = new OpenAPIHono<AppEnv>();

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
    });
    setCookie(c, SESSION_COOKIE, result.token, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: cookieIsSecure(c, env.SHOWCASE_SECURE_COOKIES),
      path: '/',
      maxAge: env.SHOWCASE_SESSION_DAYS * 86_400,
    });
    return c.json(
      { user: presentUser(result.user), csrfToken: result.csrfToken, via: 'session' as const },
      200,
    );
  });

  app.openapi(signOutRoute, async (c) => {
    const principal = principalOf(c);
    if (principal.sessionId) await signOut({ db: c.get('deps').database.db, sessionId: principal.sessionId });
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
    await changePassword({
      db: c.get('deps').database.db,
      principal: principalOf(c),
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
    const { token, row } = await createApiToken({
      db: database.db,
      userId: principalOf(c).userId,
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
