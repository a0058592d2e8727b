import { type Kysely, sql } from 'kysely';

/**
 * OKRs per quarter. An objective holds key results; a key result is either a live measure over
 * Showcase's own data (its `measure` and `filters`, computed when it is read, so it is never
 * stale and its history by week is the same query at each week's end) or a number entered by
 * hand, each entry kept in key_result_entries so its history is what was entered when.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE objectives (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      quarter text NOT NULL CHECK (quarter ~ '^[0-9]{4}-Q[1-4]$'),
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      description text NOT NULL DEFAULT '',
      owner_id uuid REFERENCES users (id) ON DELETE SET NULL,
      position integer NOT NULL DEFAULT 0,
      version integer NOT NULL DEFAULT 1,
      created_by uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX objectives_quarter_idx ON objectives (quarter, position);

    CREATE TABLE key_results (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      objective_id uuid NOT NULL REFERENCES objectives (id) ON DELETE CASCADE,
      position integer NOT NULL DEFAULT 0,
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      measure text NOT NULL,
      filters jsonb NOT NULL DEFAULT '{}',
      target double precision NOT NULL CHECK (target > 0),
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX key_results_objective_idx ON key_results (objective_id, position);

    CREATE TABLE key_result_entries (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      key_result_id uuid NOT NULL REFERENCES key_results (id) ON DELETE CASCADE,
      value double precision NOT NULL,
      entered_by uuid REFERENCES users (id) ON DELETE SET NULL,
      entered_at timestamptz NOT NULL
    );
    CREATE INDEX key_result_entries_idx ON key_result_entries (key_result_id, entered_at DESC);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE key_result_entries, key_results, objectives;
  `.execute(db);
}
