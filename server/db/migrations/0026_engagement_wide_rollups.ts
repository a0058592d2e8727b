import { type Kysely, sql } from 'kysely';

/**
 * Wide engagement rollups for the insights reads at scale (`npm run bench -- insights`, 10 million
 * events): one row per asset and UTC day with one column per insights measure, and one row per
 * share link, recipient (nil uuid when anonymous) and day with visits, downloads and seconds. A
 * quarter is then ~37,000 asset rows instead of ~244,000 (asset × source/kind × day) and ~3× fewer
 * link rows. Each measure column is what `measureWhere` (insights.repository.ts) counts:
 * share_visits (share_link visit), showcase_views (showcase view), downloads (any source),
 * short_link_clicks, click_through_sessions, and the outside numbers video_views, blog_views,
 * registrations, attendance; share_seconds is the time on share pages (every share_link event's
 * seconds). Every event writes its row (adding 0 to the columns it does not count), so a day has
 * a wide row exactly when it has a narrow one. Both are backfilled from the narrow rollups of 0017,
 * which stay as the full per-(source, kind) record. The day indexes cover every column a range
 * read uses (index-only scans); the primary keys serve one asset's or one link's days.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE engagement_daily_wide (
      asset_id uuid NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
      day date NOT NULL,
      share_visits bigint NOT NULL DEFAULT 0,
      showcase_views bigint NOT NULL DEFAULT 0,
      downloads bigint NOT NULL DEFAULT 0,
      short_link_clicks bigint NOT NULL DEFAULT 0,
      click_through_sessions bigint NOT NULL DEFAULT 0,
      video_views bigint NOT NULL DEFAULT 0,
      blog_views bigint NOT NULL DEFAULT 0,
      registrations bigint NOT NULL DEFAULT 0,
      attendance bigint NOT NULL DEFAULT 0,
      share_seconds bigint NOT NULL DEFAULT 0,
      PRIMARY KEY (asset_id, day)
    );
    INSERT INTO engagement_daily_wide (asset_id, day, share_visits, showcase_views, downloads,
      short_link_clicks, click_through_sessions, video_views, blog_views, registrations, attendance,
      share_seconds)
    SELECT asset_id, day,
      coalesce(sum(events) FILTER (WHERE source = 'share_link' AND kind = 'visit'), 0),
      coalesce(sum(events) FILTER (WHERE source = 'showcase' AND kind = 'view'), 0),
      coalesce(sum(events) FILTER (WHERE kind = 'download'), 0),
      coalesce(sum(events) FILTER (WHERE source = 'short_link' AND kind = 'click'), 0),
      coalesce(sum(events) FILTER (WHERE source = 'click_through' AND kind = 'session'), 0),
      coalesce(sum(events) FILTER (WHERE source = 'outside' AND kind = 'video_view'), 0),
      coalesce(sum(events) FILTER (WHERE source = 'outside' AND kind = 'blog_view'), 0),
      coalesce(sum(events) FILTER (WHERE source = 'outside' AND kind = 'registration'), 0),
      coalesce(sum(events) FILTER (WHERE source = 'outside' AND kind = 'attendance'), 0),
      coalesce(sum(seconds) FILTER (WHERE source = 'share_link'), 0)
    FROM engagement_daily GROUP BY asset_id, day;
    CREATE INDEX engagement_daily_wide_day_idx ON engagement_daily_wide (day)
      INCLUDE (asset_id, share_visits, showcase_views, downloads, short_link_clicks,
        click_through_sessions, video_views, blog_views, registrations, attendance, share_seconds);

    CREATE TABLE engagement_link_daily_wide (
      link_id uuid NOT NULL REFERENCES share_links (id) ON DELETE CASCADE,
      recipient_id uuid NOT NULL,
      day date NOT NULL,
      visits bigint NOT NULL DEFAULT 0,
      downloads bigint NOT NULL DEFAULT 0,
      seconds bigint NOT NULL DEFAULT 0,
      PRIMARY KEY (link_id, recipient_id, day)
    );
    INSERT INTO engagement_link_daily_wide (link_id, recipient_id, day, visits, downloads, seconds)
    SELECT link_id, recipient_id, day,
      coalesce(sum(events) FILTER (WHERE kind = 'visit'), 0),
      coalesce(sum(events) FILTER (WHERE kind = 'download'), 0),
      sum(seconds)
    FROM engagement_link_daily GROUP BY link_id, recipient_id, day;
    CREATE INDEX engagement_link_daily_wide_day_idx ON engagement_link_daily_wide (day)
      INCLUDE (link_id, recipient_id, visits, downloads, seconds);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE engagement_link_daily_wide, engagement_daily_wide`.execute(db);
}
