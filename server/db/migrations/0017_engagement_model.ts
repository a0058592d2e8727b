import { type Kysely, sql } from 'kysely';

/**
 * One engagement model: `engagement_events` holds every source (share links, views in Showcase,
 * short links, click-through sessions, numbers from outside), and two rollups are kept in the
 * same transaction as each event — per asset, source, kind and day, and per link, recipient, kind
 * and day — so insights read rollups, never raw events. An anonymous link event has the nil uuid
 * as its recipient in the link rollup (the rollup has no foreign key to recipients).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE engagement_events DROP CONSTRAINT IF EXISTS engagement_events_source_check;
    ALTER TABLE engagement_events DROP CONSTRAINT IF EXISTS engagement_events_kind_check;
    ALTER TABLE engagement_events ADD CONSTRAINT engagement_events_source_check
      CHECK (source IN ('share_link', 'showcase', 'short_link', 'click_through', 'outside'));
    ALTER TABLE engagement_events ADD CONSTRAINT engagement_events_kind_check
      CHECK (kind IN ('visit', 'beat', 'download', 'view', 'click', 'session', 'step', 'cta',
        'complete', 'outside'));
    ALTER TABLE engagement_events ADD COLUMN quantity integer NOT NULL DEFAULT 1
      CHECK (quantity >= 0);

    CREATE TABLE engagement_daily (
      asset_id uuid NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
      source text NOT NULL,
      kind text NOT NULL,
      day date NOT NULL,
      events bigint NOT NULL DEFAULT 0,
      seconds bigint NOT NULL DEFAULT 0,
      PRIMARY KEY (asset_id, source, kind, day)
    );
    CREATE INDEX engagement_daily_day_idx ON engagement_daily (day, source);

    CREATE TABLE engagement_link_daily (
      link_id uuid NOT NULL REFERENCES share_links (id) ON DELETE CASCADE,
      recipient_id uuid NOT NULL,
      kind text NOT NULL,
      day date NOT NULL,
      events bigint NOT NULL DEFAULT 0,
      seconds bigint NOT NULL DEFAULT 0,
      PRIMARY KEY (link_id, recipient_id, kind, day)
    );
    CREATE INDEX engagement_link_daily_day_idx ON engagement_link_daily (day);

    INSERT INTO engagement_daily (asset_id, source, kind, day, events, seconds)
      SELECT asset_id, source, kind, (occurred_at AT TIME ZONE 'UTC')::date, sum(quantity), sum(seconds)
      FROM engagement_events GROUP BY 1, 2, 3, 4;
    INSERT INTO engagement_link_daily (link_id, recipient_id, kind, day, events, seconds)
      SELECT link_id, coalesce(recipient_id, '00000000-0000-0000-0000-000000000000'), kind,
        (occurred_at AT TIME ZONE 'UTC')::date, sum(quantity), sum(seconds)
      FROM engagement_events WHERE link_id IS NOT NULL GROUP BY 1, 2, 3, 4;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE engagement_link_daily, engagement_daily;
    DELETE FROM engagement_events WHERE source <> 'share_link';
    ALTER TABLE engagement_events DROP COLUMN quantity;
    ALTER TABLE engagement_events DROP CONSTRAINT engagement_events_source_check;
    ALTER TABLE engagement_events DROP CONSTRAINT engagement_events_kind_check;
    ALTER TABLE engagement_events ADD CONSTRAINT engagement_events_source_check
      CHECK (source IN ('share_link'));
    ALTER TABLE engagement_events ADD CONSTRAINT engagement_events_kind_check
      CHECK (kind IN ('visit', 'beat', 'download'));
  `.execute(db);
}
