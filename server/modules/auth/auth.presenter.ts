import type { ApiToken, SignInMethods } from '../../../shared/schemas/account.ts';
import { normaliseTokenScopes, type TokenScope } from '../../../shared/tokens.ts';
import type { ApiTokenRow, UserRow } from '../../db/schema.ts';
import type { Principal } from '../../http/context.ts';
import { presentUser } from '../users/users.presenter.ts';
import { OIDC_START_PATH, type OidcSettings } from './auth.oidc.ts';

/** A token as its owner sees it later: never the secret or its hash. */
export function presentApiToken(row: ApiTokenRow): ApiToken {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.created_at.toISOString(),
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
    expiresAt: row.expires_at?.toISOString() ?? null,
    scopes: normaliseTokenScopes(row.scopes as TokenScope[]),
  };
}

/** The signed-in session: the account, the CSRF token cookie writes must send, and how it came. */
export function presentSession(principal: Principal, user: UserRow) {
  return { user: presentUser(user), csrfToken: principal.csrfToken ?? '', via: principal.via };
}

/** How the sign-in page offers to sign in: never the provider's settings beyond its name. */
export function presentSignInMethods(settings: OidcSettings | undefined, ssoOnly: boolean): SignInMethods {
  return {
    password: settings && ssoOnly ? 'break-glass' : 'on',
    sso: settings ? { name: settings.name, startUrl: OIDC_START_PATH } : null,
  };
}
