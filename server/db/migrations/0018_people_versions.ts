import { type Kysely, sql } from 'kysely';

/**
 * Accounts and team members join the records with optimistic concurrency (0013_record_versions):
 * two admins changing one person's role, or a capacity edited in two tabs, no longer overwrite
 * each other silently. `version` counts edits of the row by people (and a role a sign-on gives).
 */
const tables = ['users', 'team_members'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of tables)
    await sql`ALTER TABLE ${sql.table(table)} ADD COLUMN version integer NOT NULL DEFAULT 1`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of tables) await sql`ALTER TABLE ${sql.table(table)} DROP COLUMN version`.execute(db);
}
