import { type Kysely, sql } from 'kysely';

/**
 * Distribution (modules/distribution): the channels a published piece goes out on, each asset's
 * distribution checklist (one row per channel), saved UTM templates per channel, short links
 * served at /s/<code> whose clicks are engagement events (`short_link_id`), and the publishing
 * checklists per format with what each asset has ticked and every override of an open item.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE distribution_channels (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL,
      utm_source text NOT NULL DEFAULT '',
      utm_medium text NOT NULL DEFAULT '',
      position integer NOT NULL DEFAULT 0,
      archived boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX distribution_channels_name_idx ON distribution_channels (lower(name));

    CREATE TABLE utm_templates (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      channel_id uuid NOT NULL REFERENCES distribution_channels (id) ON DELETE CASCADE,
      name text NOT NULL,
      campaign text NOT NULL DEFAULT '',
      source text NOT NULL DEFAULT '',
      medium text NOT NULL DEFAULT '',
      content text NOT NULL DEFAULT '',
      created_by uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX utm_templates_channel_idx ON utm_templates (channel_id, name);

    CREATE TABLE asset_distributions (
      asset_id uuid NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
      channel_id uuid NOT NULL REFERENCES distribution_channels (id) ON DELETE CASCADE,
      status text NOT NULL DEFAULT 'todo' CHECK (status IN ('todo', 'done', 'skipped')),
      url text,
      done_on date,
      done_by uuid REFERENCES users (id) ON DELETE SET NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (asset_id, channel_id)
    );

    CREATE TABLE short_links (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code text NOT NULL CHECK (code ~ '^[A-Za-z0-9_-]{1,32}$'),
      target_url text NOT NULL CHECK (target_url ~* '^https?://'),
      asset_id uuid NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
      channel_id uuid REFERENCES distribution_channels (id) ON DELETE SET NULL,
      created_by uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL
    );
    CREATE UNIQUE INDEX short_links_code_idx ON short_links (lower(code));
    CREATE INDEX short_links_asset_idx ON short_links (asset_id, created_at);
    ALTER TABLE engagement_events ADD COLUMN short_link_id uuid
      REFERENCES short_links (id) ON DELETE SET NULL;
    CREATE INDEX engagement_events_short_link_idx ON engagement_events (short_link_id, visitor_hash, occurred_at DESC)
      WHERE short_link_id IS NOT NULL;

    CREATE TABLE checklist_items (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      format_id uuid NOT NULL REFERENCES terms (id) ON DELETE CASCADE,
      label text NOT NULL,
      required boolean NOT NULL DEFAULT true,
      position integer NOT NULL DEFAULT 0
    );
    CREATE INDEX checklist_items_format_idx ON checklist_items (format_id, position);

    CREATE TABLE asset_checklist_ticks (
      asset_id uuid NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
      item_id uuid NOT NULL REFERENCES checklist_items (id) ON DELETE CASCADE,
      done_by uuid REFERENCES users (id) ON DELETE SET NULL,
      done_at timestamptz NOT NULL,
      PRIMARY KEY (asset_id, item_id)
    );

    CREATE TABLE publish_overrides (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      asset_id uuid NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
      reason text NOT NULL,
      open_items jsonb NOT NULL,
      overridden_by uuid REFERENCES users (id) ON DELETE SET NULL,
      overridden_at timestamptz NOT NULL
    );
    CREATE INDEX publish_overrides_asset_idx ON publish_overrides (asset_id, overridden_at DESC);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE publish_overrides, asset_checklist_ticks, checklist_items;
    DELETE FROM engagement_events WHERE source = 'short_link';
    DELETE FROM engagement_daily WHERE source = 'short_link';
    ALTER TABLE engagement_events DROP COLUMN short_link_id;
    DROP TABLE short_links, asset_distributions, utm_templates, distribution_channels;
  `.execute(db);
}
