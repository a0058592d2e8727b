import { type Kysely, sql } from 'kysely';

/**
 * Every record people edit counts its edits, for optimistic concurrency (`If-Match` / `ETag`,
 * server/db/versions.ts). Only user edits bump it: view counts, flags and jobs leave it alone.
 * Assets already have `version`, the number of their newest history entry, which the expiry job
 * also moves (it records an entry when it archives); their edit count is `edit_version`.
 */
const tables = [
  'workspace',
  'terms',
  'teams',
  'requests',
  'demos',
  'product_stages',
  'product_categories',
  'product_features',
  'webhooks',
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE assets ADD COLUMN edit_version integer NOT NULL DEFAULT 1`.execute(db);
  for (const table of tables)
    await sql`ALTER TABLE ${sql.table(table)} ADD COLUMN version integer NOT NULL DEFAULT 1`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of tables) await sql`ALTER TABLE ${sql.table(table)} DROP COLUMN version`.execute(db);
  await sql`ALTER TABLE assets DROP COLUMN edit_version`.execute(db);
}
