import { type Kysely, sql } from 'kysely';

/**
 * Numbers from outside Showcase name what they count: video views, blog views, webinar
 * registrations and attendance are kinds of their own in the one engagement model (source
 * `outside`), so insights can tell a YouTube view from a webinar seat. One number per asset, kind
 * and day: entering it again or re-importing a spreadsheet replaces it instead of adding to it
 * (the unique index, and the service keeps the rollups equal to the events).
 */
const kinds = `'visit', 'beat', 'download', 'view', 'click', 'session', 'step', 'cta', 'complete', 'outside'`;
const outside = `'video_view', 'blog_view', 'registration', 'attendance'`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(`
    ALTER TABLE engagement_events DROP CONSTRAINT engagement_events_kind_check;
    ALTER TABLE engagement_events ADD CONSTRAINT engagement_events_kind_check
      CHECK (kind IN (${kinds}, ${outside}));
    CREATE UNIQUE INDEX engagement_events_outside_idx ON engagement_events (asset_id, kind, occurred_at)
      WHERE source = 'outside';
    CREATE INDEX engagement_events_asset_time_idx ON engagement_events (asset_id, occurred_at DESC);
  `)
    .execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(`
    DROP INDEX engagement_events_asset_time_idx;
    DROP INDEX engagement_events_outside_idx;
    DELETE FROM engagement_daily WHERE kind IN (${outside});
    DELETE FROM engagement_events WHERE kind IN (${outside});
    ALTER TABLE engagement_events DROP CONSTRAINT engagement_events_kind_check;
    ALTER TABLE engagement_events ADD CONSTRAINT engagement_events_kind_check CHECK (kind IN (${kinds}));
  `)
    .execute(db);
}
