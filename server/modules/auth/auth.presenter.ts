import type { ApiToken } from '../../../shared/schemas/account.ts';
import type { ApiTokenRow } from '../../db/schema.ts';

/** A token as its owner sees it later: never the secret or its hash. */
export function presentApiToken(row: ApiTokenRow): ApiToken {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.created_at.toISOString(),
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
    expiresAt: row.expires_at?.toISOString() ?? null,
  };
}
