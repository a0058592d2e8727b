import { type Kysely, sql } from 'kysely';

/**
 * Weekly grain of the wide engagement rollups (0026), for the insights and OKR reads of whole
 * weeks. A week here is a week of the quarter: seven days counted from the quarter's first day
 * (`engagement_week(day)`, the week's first day), the quarter's last week one or two days long, so
 * a quarter's weeks are exactly the weeks an OKR's history is read at (shared/okrs.ts weekEnds)
 * and no week crosses a quarter. `engagement_weekly_wide` is engagement_daily_wide summed per
 * asset and week; `engagement_link_weekly_wide` is engagement_link_daily_wide summed per link,
 * recipient and week, with the week's last day that had a row (`last_day`, for "last visit").
 * Every writer keeps them with the daily rows in the same statement; both are backfilled from
 * the daily wide rollups. The week indexes cover every column a range read uses.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE FUNCTION engagement_week(day date) RETURNS date
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT date_trunc('quarter', day::timestamp)::date
        + ((day - date_trunc('quarter', day::timestamp)::date) / 7) * 7 $$;

    CREATE TABLE engagement_weekly_wide (
      asset_id uuid NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
      week date NOT NULL,
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
      PRIMARY KEY (asset_id, week)
    );
    INSERT INTO engagement_weekly_wide (asset_id, week, share_visits, showcase_views, downloads,
      short_link_clicks, click_through_sessions, video_views, blog_views, registrations, attendance,
      share_seconds)
    SELECT asset_id, engagement_week(day), sum(share_visits), sum(showcase_views), sum(downloads),
      sum(short_link_clicks), sum(click_through_sessions), sum(video_views), sum(blog_views),
      sum(registrations), sum(attendance), sum(share_seconds)
    FROM engagement_daily_wide GROUP BY 1, 2;
    CREATE INDEX engagement_weekly_wide_week_idx ON engagement_weekly_wide (week)
      INCLUDE (asset_id, share_visits, showcase_views, downloads, short_link_clicks,
        click_through_sessions, video_views, blog_views, registrations, attendance, share_seconds);

    CREATE TABLE engagement_link_weekly_wide (
      link_id uuid NOT NULL REFERENCES share_links (id) ON DELETE CASCADE,
      recipient_id uuid NOT NULL,
      week date NOT NULL,
      visits bigint NOT NULL DEFAULT 0,
      downloads bigint NOT NULL DEFAULT 0,
      seconds bigint NOT NULL DEFAULT 0,
      last_day date NOT NULL,
      PRIMARY KEY (link_id, recipient_id, week)
    );
    INSERT INTO engagement_link_weekly_wide (link_id, recipient_id, week, visits, downloads, seconds, last_day)
    SELECT link_id, recipient_id, engagement_week(day), sum(visits), sum(downloads), sum(seconds), max(day)
    FROM engagement_link_daily_wide GROUP BY 1, 2, 3;
    CREATE INDEX engagement_link_weekly_wide_week_idx ON engagement_link_weekly_wide (week)
      INCLUDE (link_id, recipient_id, visits, downloads, seconds, last_day);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE engagement_link_weekly_wide, engagement_weekly_wide;
    DROP FUNCTION engagement_week(date);
  `.execute(db);
}
