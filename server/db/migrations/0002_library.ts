import { type Kysely, sql } from 'kysely';

/** The content library: assets with taxonomy, versions, curated lists, and in-app notifications. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE terms ADD COLUMN key text;
    CREATE UNIQUE INDEX terms_kind_key_key ON terms (kind, key) WHERE key IS NOT NULL;
    UPDATE terms SET key = regexp_replace(regexp_replace(lower(name), '[^a-z0-9]+', '_', 'g'), '^_|_$', '', 'g')
      WHERE kind IN ('format', 'buyer_stage');

    CREATE TABLE assets (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
      summary text NOT NULL DEFAULT '',
      body text NOT NULL DEFAULT '',
      format_id uuid REFERENCES terms (id) ON DELETE RESTRICT,
      deliverable_type_id uuid REFERENCES terms (id) ON DELETE RESTRICT,
      buyer_stage_id uuid REFERENCES terms (id) ON DELETE RESTRICT,
      owner_id uuid REFERENCES users (id) ON DELETE RESTRICT,
      primary_url text,
      links jsonb NOT NULL DEFAULT '[]'::jsonb,
      image_url text,
      duration_minutes integer,
      slide_count integer,
      word_count integer,
      step_count integer,
      key_takeaway text NOT NULL DEFAULT '',
      safe_to_share boolean NOT NULL DEFAULT false,
      visibility text NOT NULL DEFAULT 'internal' CHECK (visibility IN ('internal', 'external')),
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'in_review', 'published', 'archived')),
      published_on date,
      expires_on date,
      last_verified_on date,
      archived_reason text,
      tags text[] NOT NULL DEFAULT '{}',
      external_key text UNIQUE,
      view_count integer NOT NULL DEFAULT 0,
      version integer NOT NULL DEFAULT 1,
      created_by uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', title), 'A') ||
        setweight(to_tsvector('english', summary), 'B') ||
        setweight(to_tsvector('english', left(body, 200000)), 'C')
      ) STORED
    );
    CREATE INDEX assets_search_idx ON assets USING gin (search);
    CREATE INDEX assets_title_trgm_idx ON assets USING gin (title gin_trgm_ops);
    CREATE INDEX assets_status_updated_idx ON assets (status, updated_at DESC);
    -- Facet counts read only these columns: an index-only scan instead of the wide rows.
    CREATE INDEX assets_facets_idx ON assets (status) INCLUDE (id, format_id, buyer_stage_id, owner_id, visibility, expires_on);
    CREATE INDEX assets_expires_idx ON assets (expires_on) WHERE status = 'published';
    CREATE INDEX assets_owner_idx ON assets (owner_id);
    CREATE INDEX assets_format_idx ON assets (format_id);
    CREATE INDEX assets_primary_url_idx ON assets (primary_url);

    CREATE TABLE asset_terms (
      asset_id uuid NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
      term_id uuid NOT NULL REFERENCES terms (id) ON DELETE RESTRICT,
      PRIMARY KEY (asset_id, term_id)
    );
    CREATE INDEX asset_terms_term_idx ON asset_terms (term_id, asset_id);

    CREATE TABLE asset_contributors (
      asset_id uuid NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
      PRIMARY KEY (asset_id, user_id)
    );

    CREATE TABLE asset_versions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      asset_id uuid NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
      version integer NOT NULL,
      snapshot jsonb NOT NULL,
      changes text[] NOT NULL DEFAULT '{}',
      note text NOT NULL DEFAULT '',
      actor_id uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (asset_id, version)
    );

    CREATE TABLE lists (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL,
      description text NOT NULL DEFAULT '',
      owner_id uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX lists_name_key ON lists (lower(name));

    CREATE TABLE list_items (
      list_id uuid NOT NULL REFERENCES lists (id) ON DELETE CASCADE,
      asset_id uuid NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
      position integer NOT NULL DEFAULT 0,
      PRIMARY KEY (list_id, asset_id)
    );
    CREATE INDEX list_items_asset_idx ON list_items (asset_id);

    CREATE TABLE notifications (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      kind text NOT NULL,
      title text NOT NULL,
      body text NOT NULL DEFAULT '',
      link text,
      read_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE notifications, list_items, lists, asset_versions, asset_contributors, asset_terms, assets;
    DROP INDEX terms_kind_key_key;
    ALTER TABLE terms DROP COLUMN key;
  `.execute(db);
}
