import { type Kysely, sql } from 'kysely';

/**
 * The content plan (issue 14, "Plan"): plan entries (one per request at most: accepting a request
 * into the backlog or assigning it makes its entry), calendar events (webinars, workshops,
 * conferences), the secret iCal feed URLs (only a digest of each secret is kept), and the
 * column mapping the last plan CSV import used.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE plan_entries (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      format_id uuid REFERENCES terms (id) ON DELETE RESTRICT,
      solution_id uuid REFERENCES terms (id) ON DELETE RESTRICT,
      owner_id uuid REFERENCES users (id) ON DELETE SET NULL,
      quarter text NOT NULL CHECK (quarter ~ '^[0-9]{4}-Q[1-4]$'),
      start_date date NOT NULL,
      due_date date NOT NULL,
      status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'published', 'dropped')),
      request_id uuid UNIQUE REFERENCES requests (id) ON DELETE SET NULL,
      asset_id uuid REFERENCES assets (id) ON DELETE SET NULL,
      notes text NOT NULL DEFAULT '',
      external_key text UNIQUE,
      version integer NOT NULL DEFAULT 1,
      created_by uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (due_date >= start_date)
    );
    CREATE INDEX plan_entries_quarter_idx ON plan_entries (quarter, owner_id);
    CREATE INDEX plan_entries_dates_idx ON plan_entries (due_date);
    CREATE INDEX plan_entries_owner_idx ON plan_entries (owner_id, due_date);

    CREATE TABLE plan_events (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      kind text NOT NULL CHECK (kind IN ('webinar', 'workshop', 'conference', 'other')),
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL,
      location text NOT NULL DEFAULT '',
      registration_url text,
      description text NOT NULL DEFAULT '',
      owner_id uuid REFERENCES users (id) ON DELETE SET NULL,
      version integer NOT NULL DEFAULT 1,
      created_by uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (ends_at >= starts_at)
    );
    CREATE INDEX plan_events_starts_idx ON plan_events (starts_at);

    CREATE TABLE calendar_feeds (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      scope text NOT NULL CHECK (scope IN ('mine', 'team')),
      token_hash text NOT NULL UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_read_at timestamptz,
      UNIQUE (user_id, scope)
    );

    CREATE TABLE plan_import_mappings (
      user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
      mapping jsonb NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE plan_import_mappings, calendar_feeds, plan_events, plan_entries;`.execute(db);
}
