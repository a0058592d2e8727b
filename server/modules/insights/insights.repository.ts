import { randomUUID } from 'node:crypto';
import { type RawBuilder, type Selectable, sql } from 'kysely';
import { assetStatuses } from '../../../shared/library.ts';
import { wholeWeeksWithin } from '../../../shared/okrs.ts';
import { type Measure, measures, type OutsideKind } from '../../../shared/schemas/insights.ts';
import type { Database } from '../../db/connect.ts';
import type { EngagementEventsTable, EngagementKind, EngagementSource } from '../../db/schema.ts';

type Db = Database['db'];

export const NIL_RECIPIENT = '00000000-0000-0000-0000-000000000000';

export interface EngagementValues {
  /** Given only when later events of the batch name this one as their visit. */
  id?: string;
  asset_id: string;
  link_id?: string | null;
  /** The short link clicked (source short_link). */
  short_link_id?: string | null;
  recipient_id?: string | null;
  source: EngagementSource;
  kind: EngagementKind;
  visit_id?: string | null;
  visitor_hash?: string | null;
  seconds?: number;
  quantity?: number;
  occurred_at: Date;
}

/** The columns of an engagement event as inserted (defaults filled). */
const eventColumns = sql`asset_id, link_id, short_link_id, recipient_id, source, kind, visit_id, visitor_hash,
  seconds, quantity, occurred_at`;

/**
 * Adds the event and bumps every rollup (rollupUpserts), in one statement; the caller gives a
 * transaction when it writes more alongside.
 */
export async function insertEventWithRollups(trx: Db, values: EngagementValues) {
  const { rows } = await sql<Selectable<EngagementEventsTable>>`
    WITH event AS (
      INSERT INTO engagement_events (${eventColumns})
      VALUES (${values.asset_id}, ${values.link_id ?? null}, ${values.short_link_id ?? null},
        ${values.recipient_id ?? null}, ${values.source}, ${values.kind}, ${values.visit_id ?? null},
        ${values.visitor_hash ?? null}, ${values.seconds ?? 0}, ${values.quantity ?? 1}, ${values.occurred_at})
      RETURNING *
    ), ${rollupUpserts(sql`SELECT ${eventRowColumns} FROM event e`)}
    SELECT * FROM event`.execute(trx);
  return rows[0] as Selectable<EngagementEventsTable>;
}

/** An event `e` as a rollup row: asset_id, link_id, recipient_id (NIL_RECIPIENT when anonymous), source, kind, day, events, seconds. */
const eventRowColumns = sql`e.asset_id, e.link_id, coalesce(e.recipient_id, ${NIL_RECIPIENT}::uuid) AS recipient_id,
  e.source, e.kind, (e.occurred_at AT TIME ZONE 'UTC')::date AS day, e.quantity::bigint AS events,
  e.seconds::bigint AS seconds`;

/**
 * Every rollup's upsert of a batch of events, as data-modifying CTEs of one statement (one round
 * trip, whichever statement they are part of). `rows` selects event-like rows — asset_id,
 * link_id (or null), recipient_id (NIL_RECIPIENT when anonymous), source, kind, day (UTC), events
 * (the quantity) and seconds — not yet in the rollups. Each rollup gets the rows summed to its
 * grain, so a batch of any size is one upsert per rollup:
 * - engagement_daily (asset, source, kind, day) and engagement_link_daily (link, recipient, kind, day);
 * - engagement_daily_wide (asset, day: a column per measure, measureWhere) and
 *   engagement_link_daily_wide (link, recipient, day: visits, downloads, seconds);
 * - their weeks of the quarter, engagement_weekly_wide and engagement_link_weekly_wide (0029).
 * Every row makes its asset and day (and week) a wide row, even one no measure counts (a beat), so
 * a day has a wide row exactly when it has narrow ones. A new rollup is one more CTE here.
 */
export function rollupUpserts(rows: RawBuilder<unknown>) {
  const assetColumns = sql`${sql.join(measures.map((m) => sql`coalesce(sum(d.events) FILTER (WHERE ${measureWhere[m]}), 0)`))},
      coalesce(sum(d.seconds) FILTER (WHERE d.source = 'share_link'), 0)`;
  const addUp = (table: string) =>
    sql.join(
      wideColumns.map((c) => sql`${sql.ref(c)} = ${sql.ref(`${table}.${c}`)} + ${sql.ref(`excluded.${c}`)}`),
    );
  const wideNames = sql.join(wideColumns.map((c) => sql.ref(c)));
  return sql`rollup_rows AS MATERIALIZED (${rows}),
    rollup_daily AS (
      INSERT INTO engagement_daily (asset_id, source, kind, day, events, seconds)
      SELECT d.asset_id, d.source, d.kind, d.day, sum(d.events), sum(d.seconds)
      FROM rollup_rows d GROUP BY 1, 2, 3, 4
      ON CONFLICT (asset_id, source, kind, day) DO UPDATE SET
        events = engagement_daily.events + EXCLUDED.events,
        seconds = engagement_daily.seconds + EXCLUDED.seconds),
    rollup_link_daily AS (
      INSERT INTO engagement_link_daily (link_id, recipient_id, kind, day, events, seconds)
      SELECT d.link_id, d.recipient_id, d.kind, d.day, sum(d.events), sum(d.seconds)
      FROM rollup_rows d WHERE d.link_id IS NOT NULL GROUP BY 1, 2, 3, 4
      ON CONFLICT (link_id, recipient_id, kind, day) DO UPDATE SET
        events = engagement_link_daily.events + EXCLUDED.events,
        seconds = engagement_link_daily.seconds + EXCLUDED.seconds),
    rollup_daily_wide AS (
      INSERT INTO engagement_daily_wide (asset_id, day, ${wideNames})
      SELECT d.asset_id, d.day, ${assetColumns}
      FROM rollup_rows d GROUP BY d.asset_id, d.day
      ON CONFLICT (asset_id, day) DO UPDATE SET ${addUp('engagement_daily_wide')}),
    rollup_weekly_wide AS (
      INSERT INTO engagement_weekly_wide (asset_id, week, ${wideNames})
      SELECT d.asset_id, engagement_week(d.day), ${assetColumns}
      FROM rollup_rows d GROUP BY 1, 2
      ON CONFLICT (asset_id, week) DO UPDATE SET ${addUp('engagement_weekly_wide')}),
    rollup_link_daily_wide AS (
      INSERT INTO engagement_link_daily_wide (link_id, recipient_id, day, visits, downloads, seconds)
      SELECT d.link_id, d.recipient_id, d.day, ${linkColumns}
      FROM rollup_rows d WHERE d.link_id IS NOT NULL GROUP BY 1, 2, 3
      ON CONFLICT (link_id, recipient_id, day) DO UPDATE SET
        visits = engagement_link_daily_wide.visits + EXCLUDED.visits,
        downloads = engagement_link_daily_wide.downloads + EXCLUDED.downloads,
        seconds = engagement_link_daily_wide.seconds + EXCLUDED.seconds),
    rollup_link_weekly_wide AS (
      ${linkWeeklyInsert(sql`rollup_rows d WHERE d.link_id IS NOT NULL`)})`;
}

/** A link's visits, downloads and seconds summed over rows `d` (link_id, recipient_id, kind, day, events, seconds). */
const linkColumns = sql`coalesce(sum(d.events) FILTER (WHERE d.kind = 'visit'), 0),
  coalesce(sum(d.events) FILTER (WHERE d.kind = 'download'), 0), coalesce(sum(d.seconds), 0)`;

/** Adds rows `d` (as linkColumns reads them) to the per-link weekly rollup, keeping each week's last day. */
const linkWeeklyInsert = (rows: RawBuilder<unknown>) => sql`
  INSERT INTO engagement_link_weekly_wide (link_id, recipient_id, week, visits, downloads, seconds, last_day)
  SELECT d.link_id, d.recipient_id, engagement_week(d.day), ${linkColumns}, max(d.day)
  FROM ${rows} GROUP BY 1, 2, 3
  ON CONFLICT (link_id, recipient_id, week) DO UPDATE SET
    visits = engagement_link_weekly_wide.visits + EXCLUDED.visits,
    downloads = engagement_link_weekly_wide.downloads + EXCLUDED.downloads,
    seconds = engagement_link_weekly_wide.seconds + EXCLUDED.seconds,
    last_day = greatest(engagement_link_weekly_wide.last_day, EXCLUDED.last_day)`;

/** Applies a batch of event-like rows (as rollupUpserts takes them) to every rollup: one statement. */
export async function applyToRollups(trx: Db, rows: RawBuilder<unknown>) {
  await sql`WITH ${rollupUpserts(rows)} SELECT 1`.execute(trx);
}

/** Which rollup rows `d` each measure counts (shared/schemas/insights.ts `measures`). */
const measureWhere: Record<Measure, RawBuilder<unknown>> = {
  shareVisits: sql`d.source = 'share_link' AND d.kind = 'visit'`,
  showcaseViews: sql`d.source = 'showcase' AND d.kind = 'view'`,
  downloads: sql`d.kind = 'download'`,
  shortLinkClicks: sql`d.source = 'short_link' AND d.kind = 'click'`,
  clickThroughSessions: sql`d.source = 'click_through' AND d.kind = 'session'`,
  videoViews: sql`d.source = 'outside' AND d.kind = 'video_view'`,
  blogViews: sql`d.source = 'outside' AND d.kind = 'blog_view'`,
  registrations: sql`d.source = 'outside' AND d.kind = 'registration'`,
  attendance: sql`d.source = 'outside' AND d.kind = 'attendance'`,
};

/** The wide rollup's column for each measure (0026_engagement_wide_rollups): what measureWhere counts. */
const measureColumn: Record<Measure, string> = {
  shareVisits: 'share_visits',
  showcaseViews: 'showcase_views',
  downloads: 'downloads',
  shortLinkClicks: 'short_link_clicks',
  clickThroughSessions: 'click_through_sessions',
  videoViews: 'video_views',
  blogViews: 'blog_views',
  registrations: 'registrations',
  attendance: 'attendance',
};

/** The outside numbers' columns in the wide rollup. */
const outsideColumn: Record<OutsideKind, string> = {
  video_view: 'video_views',
  blog_view: 'blog_views',
  registration: 'registrations',
  attendance: 'attendance',
};

/**
 * What a wide rollup row `d` (engagement_daily_wide) counts of the measure, or of every measure
 * together when none: what the measure's `measureWhere` counts of the narrow rows of that asset and day.
 */
export const wideCountOf = (measure: Measure | undefined) =>
  measure
    ? sql.ref(`d.${measureColumn[measure]}`)
    : sql`(${sql.join(
        measures.map((m) => sql.ref(`d.${measureColumn[m]}`)),
        sql` + `,
      )})`;

/** One column per measure (named as the measure), and the share pages' time, summed over wide rollup rows `d`. */
const wideMeasureColumns = sql.join([
  ...measures.map(
    (measure) =>
      sql`coalesce(sum(${sql.ref(`d.${measureColumn[measure]}`)}::float8), 0) AS ${sql.ref(measure)}`,
  ),
  sql`coalesce(sum(d.share_seconds::float8), 0) AS "timeOnPageSeconds"`,
]);

const wideColumns = [...measures.map((measure) => measureColumn[measure]), 'share_seconds'];

/**
 * Builds the per-asset wide rollups, daily and weekly, from narrow rollup rows `d` (asset_id,
 * source, kind, day, events, seconds): the rebuild's second step, into empty tables.
 */
async function buildAssetWide(trx: Db, rows: RawBuilder<unknown>) {
  const assetColumns = sql`${sql.join(measures.map((m) => sql`coalesce(sum(d.events) FILTER (WHERE ${measureWhere[m]}), 0)`))},
      coalesce(sum(d.seconds) FILTER (WHERE d.source = 'share_link'), 0)`;
  const wideNames = sql.join(wideColumns.map((c) => sql.ref(c)));
  await sql`INSERT INTO engagement_daily_wide (asset_id, day, ${wideNames})
    SELECT d.asset_id, d.day, ${assetColumns} FROM ${rows} GROUP BY d.asset_id, d.day`.execute(trx);
  await sql`INSERT INTO engagement_weekly_wide (asset_id, week, ${wideNames})
    SELECT d.asset_id, d.week, ${sql.join(wideColumns.map((c) => sql`sum(${sql.ref(`d.${c}`)})`))}
    FROM (SELECT engagement_week(w.day) AS week, w.* FROM engagement_daily_wide w) d GROUP BY 1, 2`.execute(
    trx,
  );
}

/** Builds the per-link wide rollups, daily and weekly, from narrow rows `d` (link_id, recipient_id, kind, day, events, seconds), into empty tables. */
async function buildLinkWide(trx: Db, rows: RawBuilder<unknown>) {
  await sql`
    INSERT INTO engagement_link_daily_wide (link_id, recipient_id, day, visits, downloads, seconds)
    SELECT d.link_id, d.recipient_id, d.day, ${linkColumns}
    FROM ${rows} GROUP BY d.link_id, d.recipient_id, d.day`.execute(trx);
  await sql`
    INSERT INTO engagement_link_weekly_wide (link_id, recipient_id, week, visits, downloads, seconds, last_day)
    SELECT d.link_id, d.recipient_id, engagement_week(d.day), sum(d.visits), sum(d.downloads), sum(d.seconds), max(d.day)
    FROM engagement_link_daily_wide d GROUP BY 1, 2, 3`.execute(trx);
}

export interface EngagementScope {
  from: string;
  to: string;
  /** The statuses of assets the caller may see. */
  statuses: readonly string[];
  assetId?: string;
  solutionId?: string;
  formatId?: string;
  personaId?: string;
}

/** Which assets `a` of the scope the caller may see, with its filters. */
function assetsInScope(scope: EngagementScope) {
  const hasTerm = (id: string | undefined) =>
    id ? sql`AND EXISTS (SELECT 1 FROM asset_terms t WHERE t.asset_id = a.id AND t.term_id = ${id})` : sql``;
  return sql`a.status = ANY(${sql.val([...scope.statuses])}::text[])
    ${scope.assetId ? sql`AND a.id = ${scope.assetId}` : sql``}
    ${scope.formatId ? sql`AND a.format_id = ${scope.formatId}` : sql``}
    ${hasTerm(scope.solutionId)} ${hasTerm(scope.personaId)}`;
}

/** Which rollup rows `d` (of assets `a`) are in the scope: its days, within the caller's view. */
function inScope(scope: EngagementScope) {
  return sql`d.day BETWEEN ${scope.from}::date AND ${scope.to}::date AND ${assetsInScope(scope)}`;
}

export type MeasureRow = Record<Measure, number> & { timeOnPageSeconds: number };

/** Every measure per day of the scope (days with no engagement left out). */
export async function engagementDays(db: Db, scope: EngagementScope) {
  const { rows } = await sql<MeasureRow & { day: string }>`
    SELECT d.day::text AS day, ${wideMeasureColumns}
    FROM engagement_daily_wide d JOIN assets a ON a.id = d.asset_id
    WHERE ${inScope(scope)}
    GROUP BY d.day ORDER BY d.day`.execute(db);
  return rows;
}

export interface Ranked {
  id: string;
  name: string;
  total: number;
}

/** One asset's total of the measure ranked by, over the scope. */
export interface AssetTotal {
  id: string;
  total: number;
}

/** Whether the scope narrows the assets at all (a caller who sees every status, no filters: it does not). */
function narrowsAssets(scope: EngagementScope) {
  return (
    assetStatuses.some((status) => !scope.statuses.includes(status)) ||
    Boolean(scope.assetId || scope.formatId || scope.solutionId || scope.personaId)
  );
}

/**
 * Every measure per day of the scope, and each asset's total of `measure` (every measure together
 * when none; only assets with some of it), from one scan of the wide rollup rows in the scope (an
 * index-only scan of its covering day index, joined to assets only when the scope narrows them):
 * the rows are summed by day and by asset at once (GROUPING SETS, a few hundred groups). The
 * rankings are then made from the asset totals alone.
 */
export async function engagementSummary(db: Db, scope: EngagementScope, measure: Measure | undefined) {
  const assets = narrowsAssets(scope)
    ? sql`JOIN assets a ON a.id = d.asset_id WHERE ${inScope(scope)}`
    : sql`WHERE d.day BETWEEN ${scope.from}::date AND ${scope.to}::date`;
  const { rows } = await sql<MeasureRow & { day: string | null; assetId: string | null; ranked: number }>`
    SELECT d.day::text AS day, d.asset_id AS "assetId", ${wideMeasureColumns},
      coalesce(sum(${wideCountOf(measure)}::float8), 0) AS ranked
    FROM engagement_daily_wide d ${assets}
    GROUP BY GROUPING SETS ((d.day), (d.asset_id))`.execute(db);
  const days: (MeasureRow & { day: string })[] = [];
  const totals: AssetTotal[] = [];
  for (const { day, assetId, ranked, ...row } of rows) {
    if (day !== null) days.push({ ...row, day });
    else if (assetId !== null && ranked > 0) totals.push({ id: assetId, total: ranked });
  }
  days.sort((x, y) => (x.day < y.day ? -1 : x.day > y.day ? 1 : 0));
  return { days, assets: totals };
}

/** The given asset totals as rows `t` (id, total). */
const totalsTable = (totals: AssetTotal[]) => sql`unnest(${sql.val(totals.map((t) => t.id))}::uuid[],
  ${sql.val(totals.map((t) => t.total))}::float8[]) AS t(id, total)`;

/** The assets with the most engagement, from their totals (engagementSummary). */
export async function topAssets(db: Db, totals: AssetTotal[], limit: number) {
  if (totals.length === 0) return [];
  const { rows } = await sql<Ranked & { formatName: string | null }>`
    SELECT a.id, a.title AS name, f.name AS "formatName", t.total
    FROM ${totalsTable(totals)} JOIN assets a ON a.id = t.id LEFT JOIN terms f ON f.id = a.format_id
    ORDER BY t.total DESC, a.title LIMIT ${limit}`.execute(db);
  return rows;
}

/** Engagement per term of one kind (solution, persona) the assets carry, or per format, from the asset totals. */
export async function engagementByTerm(
  db: Db,
  totals: AssetTotal[],
  kind: 'solution' | 'persona' | 'format',
  limit: number,
) {
  if (totals.length === 0) return [];
  const join =
    kind === 'format'
      ? sql`JOIN terms term ON term.id = a.format_id`
      : sql`JOIN asset_terms at ON at.asset_id = a.id JOIN terms term ON term.id = at.term_id AND term.kind = ${kind}`;
  const { rows } = await sql<Ranked>`
    SELECT term.id, term.name, sum(t.total)::float8 AS total
    FROM ${totalsTable(totals)} JOIN assets a ON a.id = t.id ${join}
    GROUP BY term.id, term.name
    ORDER BY total DESC, term.name LIMIT ${limit}`.execute(db);
  return rows;
}

export interface AccountActivity {
  name: string;
  visits: number;
  seconds: number;
  downloads: number;
  lastDay: string;
  thisWeek: number;
}

export interface RecipientActivity {
  name: string;
  email: string;
  account: string;
  visits: number;
  seconds: number;
  lastDay: string;
}

/** The given days (YYYY-MM-DD) as a date[] parameter. */
export const dayList = (days: string[]) => sql`${sql.val(days)}::date[]`;

/**
 * Share-link activity over the range, summed per link and recipient first (a small set) from
 * the weekly rollup for the range's whole weeks of the quarter and the daily one for the days
 * outside them and the range's last 7 days (at most ~19 days, each read by an index probe of its
 * day); that set is then joined to the links, their assets (the caller's view and filters) and
 * recipients, and grouped two ways —
 * - per company: the link's company, else the recipient's email domain, else the link's name,
 *   with its visits in the last 7 days of the range ("hot this week"), hottest first;
 * - per named recipient (one person across every link sent to them, by email), most visits first.
 */
export async function linkActivity(db: Db, scope: EngagementScope, limit: number) {
  const { weeks, rest } = wholeWeeksWithin(scope.from, scope.to);
  const lastWeek: string[] = [];
  for (let n = 6; n >= 0; n--) {
    const day = new Date(Date.parse(`${scope.to}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
    if (day >= scope.from) lastWeek.push(day);
  }
  const daily = [...new Set([...rest, ...lastWeek])];
  const { rows } = await sql<{ accounts: AccountActivity[] | null; recipients: RecipientActivity[] | null }>`
    WITH per_link AS MATERIALIZED (
      SELECT p.link_id, p.recipient_id, sum(p.visits) AS visits, sum(p.seconds) AS seconds,
        sum(p.downloads) AS downloads, max(p.last_day) AS last_day, sum(p.this_week) AS this_week
      FROM (
        SELECT w.link_id, w.recipient_id, w.visits::float8 AS visits, w.seconds::float8 AS seconds,
          w.downloads::float8 AS downloads, w.last_day, 0::float8 AS this_week
        FROM engagement_link_weekly_wide w
        WHERE ${weeks ? sql`w.week BETWEEN ${weeks.first}::date AND ${weeks.last}::date` : sql`false`}
        UNION ALL
        SELECT d.link_id, d.recipient_id, counted * d.visits::float8, counted * d.seconds::float8,
          counted * d.downloads::float8, d.day,
          CASE WHEN d.day > ${scope.to}::date - 7 THEN d.visits::float8 ELSE 0 END
        FROM engagement_link_daily_wide d,
          LATERAL (SELECT (d.day = ANY(${dayList(rest)}))::int AS counted) c
        WHERE d.day = ANY(${dayList(daily)})) p
      GROUP BY p.link_id, p.recipient_id),
    seen AS MATERIALIZED (
      SELECT p.*, s.account_name, s.name AS link_name, r.id AS rid, r.name AS person, r.email
      FROM per_link p JOIN share_links s ON s.id = p.link_id JOIN assets a ON a.id = s.asset_id
        LEFT JOIN share_link_recipients r ON r.id = p.recipient_id
      WHERE ${assetsInScope(scope)})
    SELECT
      (SELECT json_agg(x) FROM (
        SELECT coalesce(nullif(account_name, ''), nullif(split_part(email, '@', 2), ''), link_name) AS name,
          sum(visits)::float8 AS visits, sum(seconds)::float8 AS seconds, sum(downloads)::float8 AS downloads,
          max(last_day)::text AS "lastDay", sum(this_week)::float8 AS "thisWeek"
        FROM seen GROUP BY 1
        ORDER BY "thisWeek" DESC, visits DESC, name LIMIT ${limit}) x) AS accounts,
      (SELECT json_agg(y) FROM (
        SELECT max(person) AS name, lower(email) AS email,
          coalesce(max(nullif(account_name, '')), split_part(lower(email), '@', 2)) AS account,
          sum(visits)::float8 AS visits, sum(seconds)::float8 AS seconds, max(last_day)::text AS "lastDay"
        FROM seen WHERE rid IS NOT NULL GROUP BY lower(email)
        ORDER BY visits DESC, seconds DESC, email LIMIT ${limit}) y) AS recipients`.execute(db);
  return { accounts: rows[0]?.accounts ?? [], recipients: rows[0]?.recipients ?? [] };
}

/** An asset's numbers from outside, newest first. */
export function listOutsideNumbers(db: Db, assetId: string, limit: number) {
  return db
    .selectFrom('engagement_events')
    .select(['kind', 'occurred_at', 'quantity'])
    .where('asset_id', '=', assetId)
    .where('source', '=', 'outside')
    .orderBy('occurred_at', 'desc')
    .orderBy('kind')
    .limit(limit)
    .execute();
}

/**
 * Sets one number from outside (asset, kind, day) to `value`, keeping the rollup equal to the
 * events: the old event, if any, leaves (and its quantity leaves the rollup), the new one comes in
 * through insertEventWithRollups. `value` 0 only removes. Answers what it did.
 */
/**
 * Holds, until the transaction ends, each asset's lock for numbers from outside (in id order): two
 * writes to one asset's numbers then run one after the other instead of deadlocking on its rollups.
 */
export async function lockOutsideNumbers(trx: Db, assetIds: string[]) {
  for (const id of [...new Set(assetIds)].sort())
    await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`outside-numbers ${id}`}, 0))`.execute(trx);
}

export async function replaceOutsideNumber(
  trx: Db,
  entry: { assetId: string; kind: OutsideKind; day: string; value: number },
): Promise<'created' | 'updated' | 'unchanged' | 'removed'> {
  const at = new Date(`${entry.day}T00:00:00Z`);
  const old = await trx
    .selectFrom('engagement_events')
    .select(['id', 'quantity'])
    .where('asset_id', '=', entry.assetId)
    .where('source', '=', 'outside')
    .where('kind', '=', entry.kind)
    .where('occurred_at', '=', at)
    .forUpdate()
    .executeTakeFirst();
  if (old?.quantity === entry.value || (!old && entry.value === 0)) return 'unchanged';
  if (old) {
    await trx.deleteFrom('engagement_events').where('id', '=', old.id).execute();
    await sql`
      UPDATE engagement_daily SET events = events - ${old.quantity}
      WHERE asset_id = ${entry.assetId} AND source = 'outside' AND kind = ${entry.kind} AND day = ${entry.day}::date
    `.execute(trx);
    const column = sql.ref(outsideColumn[entry.kind]);
    await sql`
      UPDATE engagement_daily_wide SET ${column} = ${column} - ${old.quantity}
      WHERE asset_id = ${entry.assetId} AND day = ${entry.day}::date
    `.execute(trx);
    await sql`
      UPDATE engagement_weekly_wide SET ${column} = ${column} - ${old.quantity}
      WHERE asset_id = ${entry.assetId} AND week = engagement_week(${entry.day}::date)
    `.execute(trx);
  }
  if (entry.value > 0)
    await insertEventWithRollups(trx, {
      asset_id: entry.assetId,
      source: 'outside',
      kind: entry.kind,
      quantity: entry.value,
      occurred_at: at,
    });
  return !old ? 'created' : entry.value === 0 ? 'removed' : 'updated';
}

/** Assets an import names, by id, primary URL or external key (each key as given). */
export async function assetsByKeys(db: Db, keys: string[]) {
  const ids = keys.filter((key) =>
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(key),
  );
  if (keys.length === 0) return [];
  return db
    .selectFrom('assets')
    .select(['id', 'primary_url', 'external_key', 'status'])
    .where((eb) =>
      eb.or([
        ...(ids.length ? [eb('id', 'in', ids)] : []),
        eb('primary_url', 'in', keys),
        eb('external_key', 'in', keys),
      ]),
    )
    .execute();
}

/**
 * Many events at once with their rollups (sample data, benchmarks): per batch, one insert of the
 * events and one grouped upsert per rollup over the rows just inserted — the same sums as
 * insertEventWithRollups, event by event, would give.
 */
export async function insertEventsWithRollups(trx: Db, values: EngagementValues[]) {
  const rows = values.map((value) => ({
    id: value.id ?? randomUUID(),
    asset_id: value.asset_id,
    link_id: value.link_id ?? null,
    short_link_id: value.short_link_id ?? null,
    recipient_id: value.recipient_id ?? null,
    source: value.source,
    kind: value.kind,
    visit_id: value.visit_id ?? null,
    visitor_hash: value.visitor_hash ?? null,
    seconds: value.seconds ?? 0,
    quantity: value.quantity ?? 1,
    occurred_at: value.occurred_at,
  }));
  for (let at = 0; at < rows.length; at += 2000) {
    const batch = rows.slice(at, at + 2000);
    await trx.insertInto('engagement_events').values(batch).execute();
    await applyToRollups(
      trx,
      sql`SELECT ${eventRowColumns} FROM engagement_events e
        WHERE e.id = ANY(${sql.val(batch.map((row) => row.id))}::uuid[])`,
    );
  }
  return rows.length;
}

/**
 * Builds both rollups again from every stored event (the backfill 0017 ran once; events written
 * straight into the table, as the benchmark does, get their rollups this way). The caller gives a
 * transaction: readers see the old rollups until it commits.
 */
export async function rebuildRollups(trx: Db) {
  for (const table of [
    'engagement_link_weekly_wide',
    'engagement_weekly_wide',
    'engagement_link_daily_wide',
    'engagement_daily_wide',
    'engagement_link_daily',
    'engagement_daily',
  ])
    await sql`DELETE FROM ${sql.table(table)}`.execute(trx);
  await sql`
    INSERT INTO engagement_daily (asset_id, source, kind, day, events, seconds)
    SELECT e.asset_id, e.source, e.kind, (e.occurred_at AT TIME ZONE 'UTC')::date, sum(e.quantity), sum(e.seconds)
    FROM engagement_events e GROUP BY 1, 2, 3, 4`.execute(trx);
  await sql`
    INSERT INTO engagement_link_daily (link_id, recipient_id, kind, day, events, seconds)
    SELECT e.link_id, coalesce(e.recipient_id, ${NIL_RECIPIENT}::uuid), e.kind,
      (e.occurred_at AT TIME ZONE 'UTC')::date, sum(e.quantity), sum(e.seconds)
    FROM engagement_events e WHERE e.link_id IS NOT NULL GROUP BY 1, 2, 3, 4`.execute(trx);
  // The wide rollups from the narrow ones just built (~10 times fewer rows to read than the
  // events), and their weeks from the daily wide ones.
  await buildAssetWide(trx, sql`engagement_daily d`);
  await buildLinkWide(trx, sql`engagement_link_daily d`);
}
