import { type Kysely, sql } from 'kysely';

/**
 * API token scopes (shared/tokens.ts). `scopes` holds `read` and/or area names; the empty array
 * means full access as the token's user, which is what every token made before this migration
 * had, so they keep working unchanged. The values are checked by the API's schema, not here, so a
 * new permission area needs no migration.
 *
 * `use_audited_at` is when the token's use last went into the audit log: the first use, then at
 * most one "token used" entry an hour however busy the token is (`last_used_at` is touched every
 * minute and says nothing of what was recorded).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE api_tokens ADD COLUMN scopes text[] NOT NULL DEFAULT '{}';
    ALTER TABLE api_tokens ADD COLUMN use_audited_at timestamptz;
    UPDATE api_tokens SET use_audited_at = last_used_at;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE api_tokens DROP COLUMN use_audited_at;
    ALTER TABLE api_tokens DROP COLUMN scopes;
  `.execute(db);
}
