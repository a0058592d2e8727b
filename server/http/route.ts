import { createRoute, type RouteConfig } from '@hono/zod-openapi';

type Security = NonNullable<RouteConfig['security']>;

import type { MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import { can, type Permission, permissions } from '../../shared/roles.ts';
import { errorResponseSchema } from '../../shared/schemas/common.ts';
import { tokenScopeRefusal } from '../../shared/tokens.ts';
import { AppError } from '../errors.ts';
import type { AppEnv, Principal } from './context.ts';

/** Who may call a route: anyone, anyone signed in, or the roles holding a permission. */
export type Access = 'public' | 'signed-in' | Permission;

/**
 * Refuses (403 forbidden) a caller whose role lacks the permission, then one whose API token's
 * scopes do not reach it (shared/tokens.ts): a scope only narrows what the role allows.
 */
export function assertAccess(principal: Principal, access: 'signed-in' | Permission, method: string): void {
  if (access !== 'signed-in' && !can(principal.role, access)) {
    throw new AppError('forbidden', `Your role (${principal.role}) may not do this`);
  }
  const refusal = principal.scopes?.length ? tokenScopeRefusal(principal.scopes, access, method) : undefined;
  if (refusal) throw new AppError('forbidden', refusal);
}

/**
 * For a public route that shows more to a caller who may read more (an internal demo's player):
 * the caller, if the role and the token's scopes allow `access` with this method; else nobody.
 */
export function callerWith(
  c: { get(key: 'principal'): Principal | undefined; req: { method: string } },
  access: Permission,
): Principal | undefined {
  const principal = c.get('principal');
  if (!principal) return undefined;
  try {
    assertAccess(principal, access, c.req.method);
    return principal;
  } catch {
    return undefined;
  }
}

export function authorize(access: Access): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (access !== 'public') {
      const principal = c.get('principal');
      if (!principal) throw new AppError('unauthenticated', 'Sign in or send an API token');
      assertAccess(principal, access, c.req.method);
    }
    await next();
  };
}

const errorContent = { 'application/json': { schema: errorResponseSchema } };
const errorResponses = {
  400: { description: 'Malformed request', content: errorContent },
  401: { description: 'Not signed in', content: errorContent },
  403: {
    description: "Role may not do this, the API token's scopes do not reach it, or CSRF token missing",
    content: errorContent,
  },
  404: { description: 'No such record', content: errorContent },
  409: { description: 'Conflicts with a stored record, or in use', content: errorContent },
  422: { description: 'Invalid fields', content: errorContent },
  429: { description: 'Too many attempts', content: errorContent },
};

/**
 * Declares an API route: its access rule runs before input validation, and both end up in the
 * OpenAPI document (`x-access` and the roles that hold it).
 */
export function defineRoute<const R extends Omit<RouteConfig, 'middleware'>>(access: Access, config: R) {
  const allowed = access === 'public' || access === 'signed-in' ? access : permissions[access].join(', ');
  return createRoute({
    ...config,
    description: [config.description, `Access: ${allowed}.`].filter(Boolean).join('\n\n'),
    security: (access === 'public' ? [] : [{ session: [] }, { token: [] }]) as Security,
    responses: { ...errorResponses, ...config.responses },
    middleware: [authorize(access)] as const,
    'x-access': access,
  });
}

/** A required JSON request body. */
export function jsonBody<S extends z.ZodType>(schema: S) {
  return { content: { 'application/json': { schema } }, required: true } as const;
}

/** A JSON response. */
export function jsonResponse<S extends z.ZodType>(schema: S, description: string) {
  return { content: { 'application/json': { schema } }, description } as const;
}
