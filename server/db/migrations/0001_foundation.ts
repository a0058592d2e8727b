import { type Kysely, sql } from 'kysely';

/** Accounts, sessions, API tokens and the workspace settings every other module refers to by id. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE EXTENSION IF NOT EXISTS pg_trgm;

    CREATE TABLE workspace (
      id integer PRIMARY KEY DEFAULT 1 CHECK (id = 1),
      name text NOT NULL,
      settings jsonb NOT NULL DEFAULT '{}'::jsonb,
      updated_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE users (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      email text NOT NULL,
      name text NOT NULL,
      role text NOT NULL CHECK (role IN ('admin', 'tmm', 'requester', 'viewer')),
      password_hash text,
      active boolean NOT NULL DEFAULT true,
      last_sign_in_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX users_email_key ON users (lower(email));

    CREATE TABLE sessions (
      id text PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      csrf_token text NOT NULL,
      user_agent text,
      ip text,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_seen_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL
    );
    CREATE INDEX sessions_user_idx ON sessions (user_id);

    CREATE TABLE sign_in_failures (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      email text NOT NULL,
      ip text,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX sign_in_failures_email_idx ON sign_in_failures (lower(email), created_at);

    CREATE TABLE api_tokens (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      name text NOT NULL,
      token_hash text NOT NULL UNIQUE,
      prefix text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_used_at timestamptz,
      expires_at timestamptz,
      revoked_at timestamptz
    );
    CREATE INDEX api_tokens_user_idx ON api_tokens (user_id);

    CREATE TABLE terms (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      kind text NOT NULL,
      name text NOT NULL,
      description text NOT NULL DEFAULT '',
      parent_id uuid REFERENCES terms (id) ON DELETE RESTRICT,
      position integer NOT NULL DEFAULT 0,
      archived_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX terms_kind_name_key ON terms (kind, lower(name));
    CREATE INDEX terms_kind_position_idx ON terms (kind, position);

    CREATE TABLE deliverable_type_formats (
      deliverable_type_id uuid NOT NULL REFERENCES terms (id) ON DELETE CASCADE,
      format_id uuid NOT NULL REFERENCES terms (id) ON DELETE RESTRICT,
      PRIMARY KEY (deliverable_type_id, format_id)
    );
    CREATE INDEX deliverable_type_formats_format_idx ON deliverable_type_formats (format_id);

    CREATE TABLE teams (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL,
      quarterly_budget integer NOT NULL DEFAULT 15 CHECK (quarterly_budget >= 0),
      archived_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX teams_name_key ON teams (lower(name));

    CREATE TABLE team_members (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL UNIQUE REFERENCES users (id) ON DELETE RESTRICT,
      title text NOT NULL DEFAULT '',
      quarterly_capacity integer NOT NULL DEFAULT 6 CHECK (quarterly_capacity >= 0),
      archived_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE team_member_areas (
      team_member_id uuid NOT NULL REFERENCES team_members (id) ON DELETE CASCADE,
      term_id uuid NOT NULL REFERENCES terms (id) ON DELETE RESTRICT,
      PRIMARY KEY (team_member_id, term_id)
    );
    CREATE INDEX team_member_areas_term_idx ON team_member_areas (term_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE team_member_areas, team_members, teams, deliverable_type_formats, terms,
      api_tokens, sign_in_failures, sessions, users, workspace;
  `.execute(db);
}
