import { type Kysely, sql } from 'kysely';

/**
 * Demos and freshness: the product catalogue (stages → categories → features), each demo's
 * target persona, feature trail and storyboard, releases with their changes, and the freshness
 * flags impact analysis raises when a release touches a demo's trail.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE product_stages (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      key text NOT NULL UNIQUE CHECK (key ~ '^[a-z0-9][a-z0-9_-]*$'),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      description text NOT NULL DEFAULT '',
      position integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE product_categories (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      key text NOT NULL UNIQUE CHECK (key ~ '^[a-z0-9][a-z0-9_-]*$'),
      stage_id uuid NOT NULL REFERENCES product_stages (id) ON DELETE RESTRICT,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      description text NOT NULL DEFAULT '',
      documentation_url text,
      maturity text,
      tiers text[] NOT NULL DEFAULT '{}',
      position integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX product_categories_stage_idx ON product_categories (stage_id, position);
    CREATE INDEX product_categories_name_idx ON product_categories (lower(name));

    CREATE TABLE product_features (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      category_id uuid NOT NULL REFERENCES product_categories (id) ON DELETE RESTRICT,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
      description text NOT NULL DEFAULT '',
      documentation_url text,
      tiers text[] NOT NULL DEFAULT '{}',
      introduced_in text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX product_features_name_key ON product_features (category_id, lower(name));
    CREATE INDEX product_features_lower_name_idx ON product_features (lower(name));

    CREATE TABLE demos (
      asset_id uuid PRIMARY KEY REFERENCES assets (id) ON DELETE CASCADE,
      persona_id uuid REFERENCES terms (id) ON DELETE RESTRICT,
      product_version text,
      environment text NOT NULL DEFAULT '',
      storyboard jsonb NOT NULL DEFAULT '{}'::jsonb,
      derived_from_id uuid REFERENCES assets (id) ON DELETE SET NULL,
      persona_override_reason text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE demo_steps (
      demo_id uuid NOT NULL REFERENCES demos (asset_id) ON DELETE CASCADE,
      position integer NOT NULL CHECK (position >= 1),
      category_id uuid NOT NULL REFERENCES product_categories (id) ON DELETE RESTRICT,
      feature_id uuid REFERENCES product_features (id) ON DELETE RESTRICT,
      core boolean NOT NULL DEFAULT true,
      note text NOT NULL DEFAULT '',
      PRIMARY KEY (demo_id, position)
    );
    CREATE INDEX demo_steps_category_idx ON demo_steps (category_id);
    CREATE INDEX demo_steps_feature_idx ON demo_steps (feature_id) WHERE feature_id IS NOT NULL;

    CREATE TABLE releases (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      version text NOT NULL UNIQUE CHECK (length(version) BETWEEN 1 AND 40),
      version_key integer[] NOT NULL,
      released_on date,
      source text NOT NULL DEFAULT 'api',
      report jsonb NOT NULL DEFAULT '[]'::jsonb,
      created_by uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      analysed_at timestamptz
    );
    CREATE INDEX releases_version_key_idx ON releases (version_key DESC);

    CREATE TABLE release_changes (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      release_id uuid NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
      position integer NOT NULL,
      name text NOT NULL,
      significance text NOT NULL CHECK (significance IN ('primary', 'secondary', 'deprecation', 'removal')),
      stage_id uuid REFERENCES product_stages (id) ON DELETE SET NULL,
      category_ids uuid[] NOT NULL DEFAULT '{}',
      feature_id uuid REFERENCES product_features (id) ON DELETE SET NULL,
      unknown_categories text[] NOT NULL DEFAULT '{}',
      tiers text[] NOT NULL DEFAULT '{}',
      description text NOT NULL DEFAULT '',
      documentation_url text,
      source_file text NOT NULL DEFAULT ''
    );
    CREATE INDEX release_changes_release_idx ON release_changes (release_id, position);

    CREATE TABLE demo_flags (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      demo_id uuid NOT NULL REFERENCES demos (asset_id) ON DELETE CASCADE,
      release_id uuid NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
      score real NOT NULL,
      reasons jsonb NOT NULL DEFAULT '[]'::jsonb,
      state text NOT NULL CHECK (state IN ('open', 'quiet', 'dismissed', 'requested', 'resolved')),
      dismiss_reason text,
      request_id uuid REFERENCES requests (id) ON DELETE SET NULL,
      actor_id uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      resolved_at timestamptz,
      UNIQUE (demo_id, release_id)
    );
    CREATE INDEX demo_flags_state_idx ON demo_flags (state, score DESC);

    ALTER TABLE requests
      ADD COLUMN kind text NOT NULL DEFAULT 'content' CHECK (kind IN ('content', 'demo_update')),
      ADD COLUMN demo_id uuid REFERENCES assets (id) ON DELETE SET NULL,
      ALTER COLUMN team_id DROP NOT NULL,
      ADD CONSTRAINT requests_team_unless_upkeep CHECK (team_id IS NOT NULL OR kind = 'demo_update');
  `.execute(db);
}
