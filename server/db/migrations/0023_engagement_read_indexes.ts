import { type Kysely, sql } from 'kysely';

/**
 * Indexes the engagement reads need at scale (`npm run bench -- insights`, 10 million events):
 * - The rollups are read by day range: covering indexes on `day` with every column those reads
 *   use, so a quarter is an index-only scan instead of one heap page per rollup row (a day's
 *   rows are spread over the whole table). They replace the day indexes of 0017.
 * - A share-page visit looks up the visitor's latest visit on the link: by recipient, or by
 *   anonymous visitor hash. The (link, kind, time) index made that walk every earlier visit of
 *   the link for a visitor who had none; two small partial indexes over visits go straight to it.
 * - engagement_events_asset_time_idx (0019) was the same index as engagement_events_asset_idx
 *   (0014): one less index for every event to write.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE INDEX engagement_daily_day_covering_idx ON engagement_daily (day)
      INCLUDE (asset_id, source, kind, events, seconds);
    DROP INDEX engagement_daily_day_idx;
    CREATE INDEX engagement_link_daily_day_covering_idx ON engagement_link_daily (day)
      INCLUDE (link_id, recipient_id, kind, events, seconds);
    DROP INDEX engagement_link_daily_day_idx;
    CREATE INDEX engagement_events_anonymous_visit_idx ON engagement_events (link_id, visitor_hash, occurred_at DESC)
      WHERE kind = 'visit' AND recipient_id IS NULL;
    CREATE INDEX engagement_events_recipient_visit_idx ON engagement_events (link_id, recipient_id, occurred_at DESC)
      WHERE kind = 'visit' AND recipient_id IS NOT NULL;
    DROP INDEX engagement_events_asset_time_idx;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE INDEX engagement_events_asset_time_idx ON engagement_events (asset_id, occurred_at DESC);
    DROP INDEX engagement_events_recipient_visit_idx;
    DROP INDEX engagement_events_anonymous_visit_idx;
    CREATE INDEX engagement_link_daily_day_idx ON engagement_link_daily (day);
    DROP INDEX engagement_link_daily_day_covering_idx;
    CREATE INDEX engagement_daily_day_idx ON engagement_daily (day, source);
    DROP INDEX engagement_daily_day_covering_idx;
  `.execute(db);
}
