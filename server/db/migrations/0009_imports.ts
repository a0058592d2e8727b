import { type Kysely, sql } from 'kysely';

/**
 * Imports run in the background: `imports` is one row per import a person started, with its
 * progress (`done` of `total` entries) while it runs and its report when it ends. `input` holds
 * the uploaded file only until the import has run.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE imports (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      kind text NOT NULL CHECK (kind IN ('csv', 'gitlab-resources', 'gitlab-webcasts')),
      dry_run boolean NOT NULL,
      file_name text,
      actor_id uuid REFERENCES users (id) ON DELETE SET NULL,
      state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'succeeded', 'failed')),
      done integer NOT NULL DEFAULT 0,
      total integer,
      input text,
      result jsonb,
      error text,
      created_at timestamptz NOT NULL DEFAULT now(),
      started_at timestamptz,
      finished_at timestamptz
    );
    CREATE INDEX imports_actor_idx ON imports (actor_id, created_at DESC);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE imports`.execute(db);
}
