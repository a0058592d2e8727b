import { type Kysely, sql } from 'kysely';

/**
 * Click-through demos (modules/clickthrough): a demo (a `demos` row of an asset of the
 * click-through format) gets its steps, one screenshot each, in `click_through_steps` — the draft.
 * Step ids are stable: a publish freezes the draft into a `PlayerDocument` in
 * `click_through_versions`, with each step's screenshot copied to a storage key of the version's
 * own (`click_through_version_images`), so a later edit, redaction or delete never changes what a
 * published version shows. `redactions` records the boxes burned into the stored image (the
 * original pixels are gone from storage). `click_through_settings` holds the personalisation
 * tokens' fallbacks and the draft's version counter (the builder's ETag).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE click_through_steps (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      demo_id uuid NOT NULL REFERENCES demos (asset_id) ON DELETE CASCADE,
      position integer NOT NULL CHECK (position >= 1),
      kind text NOT NULL DEFAULT 'step' CHECK (kind IN ('intro', 'step', 'closing')),
      image_key text UNIQUE,
      image_version integer NOT NULL DEFAULT 0,
      width integer CHECK (width > 0),
      height integer CHECK (height > 0),
      hotspot jsonb,
      title text NOT NULL DEFAULT '',
      body text NOT NULL DEFAULT '',
      chapter text,
      category_id uuid REFERENCES product_categories (id) ON DELETE RESTRICT,
      feature_id uuid REFERENCES product_features (id) ON DELETE RESTRICT,
      advance text NOT NULL DEFAULT 'hotspot' CHECK (advance IN ('hotspot', 'next', 'timer')),
      timer_seconds integer CHECK (timer_seconds BETWEEN 1 AND 600),
      cta_text text,
      cta_url text,
      redactions jsonb NOT NULL DEFAULT '[]'::jsonb,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT click_through_steps_position_key UNIQUE (demo_id, position) DEFERRABLE INITIALLY DEFERRED
    );
    CREATE INDEX click_through_steps_category_idx ON click_through_steps (category_id)
      WHERE category_id IS NOT NULL;
    CREATE INDEX click_through_steps_feature_idx ON click_through_steps (feature_id)
      WHERE feature_id IS NOT NULL;

    CREATE TABLE click_through_settings (
      demo_id uuid PRIMARY KEY REFERENCES demos (asset_id) ON DELETE CASCADE,
      tokens jsonb NOT NULL DEFAULT '{}'::jsonb,
      version integer NOT NULL DEFAULT 1,
      updated_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE click_through_versions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      demo_id uuid NOT NULL REFERENCES demos (asset_id) ON DELETE CASCADE,
      number integer NOT NULL CHECK (number >= 1),
      document jsonb NOT NULL,
      published_at timestamptz NOT NULL,
      published_by uuid REFERENCES users (id) ON DELETE SET NULL,
      UNIQUE (demo_id, number)
    );

    CREATE TABLE click_through_version_images (
      version_id uuid NOT NULL REFERENCES click_through_versions (id) ON DELETE CASCADE,
      step_id uuid NOT NULL,
      storage_key text NOT NULL UNIQUE,
      content_type text NOT NULL,
      PRIMARY KEY (version_id, step_id)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE click_through_version_images;
    DROP TABLE click_through_versions;
    DROP TABLE click_through_settings;
    DROP TABLE click_through_steps;
  `.execute(db);
}
