import { type Kysely, sql } from 'kysely';

/**
 * The down of 0004_demos, kept apart so the landed migration file stays as it ran (migrate.ts pairs
 * them). Back to the state after 0003. Demo upkeep requests have no team and cannot exist without this
 * migration's columns, so they go first; then `team_id` is required again.
 */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DELETE FROM requests WHERE kind = 'demo_update';
    ALTER TABLE requests
      DROP CONSTRAINT requests_team_unless_upkeep,
      DROP COLUMN demo_id,
      DROP COLUMN kind,
      ALTER COLUMN team_id SET NOT NULL;
    DROP TABLE demo_flags, release_changes, releases, demo_steps, demos, product_features, product_categories,
      product_stages;
  `.execute(db);
}
