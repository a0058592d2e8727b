import { type Permission, permissions, type Role } from './roles.ts';

/**
 * What an API token may do, within its owner's role (a scope only ever narrows the role):
 * - no scopes: full access, everything the owner may do (tokens made before scopes existed);
 * - `read`: read only: only safe methods (GET, HEAD), in every area the role may read;
 * - one or more areas: only routes whose permission is in those areas (`plan.read`, `plan.edit`
 *   are the `plan` area), with every method the role allows there;
 * - `read` with areas: only reads in those areas.
 * A token limited in any way cannot manage the account (make tokens, change the password or the
 * name) except that a read-only token of every area may still list the account's tokens.
 */

/** The area of a permission: what comes before the dot (`library.edit` → `library`). */
export type PermissionArea = Permission extends `${infer Area}.${string}` ? Area : never;
/** The areas a token can be limited to: every permission area but the account itself. */
export type TokenArea = Exclude<PermissionArea, 'account'>;

/** Every area a token can be limited to, as people call it (a new permission area must be named here). */
export const tokenAreaLabels = {
  library: 'Library',
  requests: 'Requests',
  demos: 'Demos and product catalogue',
  plan: 'Content plan',
  okrs: 'Objectives and key results',
  insights: 'Insights',
  settings: 'Workspace settings',
  users: 'People',
  audit: 'Audit log',
  jobs: 'Background jobs',
  notifications: 'Notifications',
} as const satisfies Record<TokenArea, string>;

export const tokenAreas = Object.keys(tokenAreaLabels) as TokenArea[];

/** Every scope a token may carry: `read`, or an area. */
export type TokenScope = 'read' | TokenArea;
export const tokenScopes: readonly [TokenScope, ...TokenScope[]] = ['read', ...tokenAreas];

export const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

export function permissionArea(permission: Permission): PermissionArea {
  return permission.slice(0, permission.indexOf('.')) as PermissionArea;
}

/** The areas in which a role holds at least one permission: the ones worth offering it. */
export function tokenAreasOfRole(role: Role): TokenArea[] {
  return tokenAreas.filter((area) =>
    (Object.keys(permissions) as Permission[]).some(
      (permission) =>
        permissionArea(permission) === area && (permissions[permission] as readonly Role[]).includes(role),
    ),
  );
}

/** The same scopes in one order, each once: `read` first, then the areas as listed above. */
export function normaliseTokenScopes(scopes: readonly TokenScope[]): TokenScope[] {
  return tokenScopes.filter((scope) => scopes.includes(scope));
}

/**
 * Why a token with these scopes may not call a route needing `access` with this HTTP method, or
 * undefined when it may. The role is checked separately, first: scopes never add to it.
 */
export function tokenScopeRefusal(
  scopes: readonly TokenScope[],
  access: 'signed-in' | Permission,
  method: string,
): string | undefined {
  if (scopes.length === 0) return undefined;
  const readOnly = scopes.includes('read');
  const areas = scopes.filter((scope): scope is TokenArea => scope !== 'read');
  if (readOnly && !SAFE_METHODS.has(method.toUpperCase()))
    return 'This API token is read only (scope "read"): it may not make changes';
  if (areas.length === 0 || access === 'signed-in') return undefined;
  const area = permissionArea(access);
  if (area === 'account')
    return 'This API token is limited to some areas: managing the account needs a token with full access';
  // An account made with a token could sign in with every right its role has: a limited token
  // never makes or changes accounts, whatever its areas.
  if (access === 'users.manage')
    return 'This API token is limited to some areas: creating accounts and changing roles needs a token with full access';
  if (!(areas as string[]).includes(area))
    return `This API token lacks the "${area}" scope (${tokenAreaLabels[area as TokenArea]})`;
  return undefined;
}

/** The scopes in words: "Full access", "Read only", "Library, Content plan", "Read only: Library". */
export function describeTokenScopes(scopes: readonly TokenScope[]): string {
  if (scopes.length === 0) return 'Full access';
  const areas = scopes
    .filter((scope): scope is TokenArea => scope !== 'read')
    .map((area) => tokenAreaLabels[area]);
  const readOnly = scopes.includes('read');
  if (areas.length === 0) return 'Read only';
  return readOnly ? `Read only: ${areas.join(', ')}` : areas.join(', ');
}
