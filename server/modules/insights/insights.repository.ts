import { randomUUID } from 'node:crypto';
import { type RawBuilder, sql } from 'kysely';
import { assetStatuses } from '../../../shared/library.ts';
import { type Measure, measures, type OutsideKind } from '../../../shared/schemas/insights.ts';
import type { Database } from '../../db/connect.ts';
import type { EngagementKind, EngagementSource } from '../../db/schema.ts';

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

/** Adds the event and bumps both rollups; the caller gives a transaction. */
export async function insertEventWithRollups(trx: Db, values: EngagementValues) {
  const row = await trx
    .insertInto('engagement_events')
    .values({
      asset_id: values.asset_id,
      link_id: values.link_id ?? null,
      short_link_id: values.short_link_id ?? null,
      recipient_id: values.recipient_id ?? null,
      source: values.source,
      kind: values.kind,
      visit_id: values.visit_id ?? null,
      visitor_hash: values.visitor_hash ?? null,
      seconds: values.seconds ?? 0,
      quantity: values.quantity ?? 1,
      occurred_at: values.occurred_at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const day = row.occurred_at.toISOString().slice(0, 10);
  await sql`
    INSERT INTO engagement_daily (asset_id, source, kind, day, events, seconds)
    VALUES (${row.asset_id}, ${row.source}, ${row.kind}, ${day}, ${row.quantity}, ${row.seconds})
    ON CONFLICT (asset_id, source, kind, day) DO UPDATE SET
      events = engagement_daily.events + EXCLUDED.events,
      seconds = engagement_daily.seconds + EXCLUDED.seconds
  `.execute(trx);
  if (row.link_id) {
    await sql`
      INSERT INTO engagement_link_daily (link_id, recipient_id, kind, day, events, seconds)
      VALUES (${row.link_id}, ${row.recipient_id ?? NIL_RECIPIENT}, ${row.kind}, ${day},
        ${row.quantity}, ${row.seconds})
      ON CONFLICT (link_id, recipient_id, kind, day) DO UPDATE SET
        events = engagement_link_daily.events + EXCLUDED.events,
        seconds = engagement_link_daily.seconds + EXCLUDED.seconds
    `.execute(trx);
  }
  await addToWideRollups(
    trx,
    sql`(VALUES (${row.asset_id}::uuid, ${row.link_id}::uuid, ${row.recipient_id ?? NIL_RECIPIENT}::uuid,
      ${row.source}::text, ${row.kind}::text, ${day}::date, ${row.quantity}::bigint, ${row.seconds}::bigint))
      AS d(asset_id, link_id, recipient_id, source, kind, day, events, seconds)`,
  );
  return row;
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
 * Adds rows `d` — narrow rollup rows or single events, with asset_id, source, kind, day, events
 * and seconds — to the per-asset wide rollup, summed per asset and day into the measure columns
 * (measureWhere) and the share pages' seconds. Every row makes its asset and day a wide row, even
 * one no measure counts (a beat): a day has a wide row exactly when it has narrow ones.
 */
async function addToAssetWide(trx: Db, rows: RawBuilder<unknown>) {
  await assetWideInsert(rows).execute(trx);
}

/** The INSERT of addToAssetWide, to run alone or as a data-modifying CTE of a larger statement. */
function assetWideInsert(rows: RawBuilder<unknown>) {
  return sql`
    INSERT INTO engagement_daily_wide (asset_id, day, ${sql.join(wideColumns.map((c) => sql.ref(c)))})
    SELECT d.asset_id, d.day,
      ${sql.join(measures.map((m) => sql`coalesce(sum(d.events) FILTER (WHERE ${measureWhere[m]}), 0)`))},
      coalesce(sum(d.seconds) FILTER (WHERE d.source = 'share_link'), 0)
    FROM ${rows} GROUP BY d.asset_id, d.day
    ON CONFLICT (asset_id, day) DO UPDATE SET
      ${sql.join(wideColumns.map((c) => sql`${sql.ref(c)} = ${sql.ref(`engagement_daily_wide.${c}`)} + ${sql.ref(`excluded.${c}`)}`))}
  `;
}

/** Adds rows `d` (link_id, recipient_id, kind, day, events, seconds) to the per-link wide rollup. */
async function addToLinkWide(trx: Db, rows: RawBuilder<unknown>) {
  await sql`
    INSERT INTO engagement_link_daily_wide (link_id, recipient_id, day, visits, downloads, seconds)
    SELECT d.link_id, d.recipient_id, d.day,
      coalesce(sum(d.events) FILTER (WHERE d.kind = 'visit'), 0),
      coalesce(sum(d.events) FILTER (WHERE d.kind = 'download'), 0),
      coalesce(sum(d.seconds), 0)
    FROM ${rows} WHERE d.link_id IS NOT NULL GROUP BY d.link_id, d.recipient_id, d.day
    ON CONFLICT (link_id, recipient_id, day) DO UPDATE SET
      visits = engagement_link_daily_wide.visits + EXCLUDED.visits,
      downloads = engagement_link_daily_wide.downloads + EXCLUDED.downloads,
      seconds = engagement_link_daily_wide.seconds + EXCLUDED.seconds
  `.execute(trx);
}

/**
 * Adds event-like rows `d` (asset_id, link_id, recipient_id — NIL_RECIPIENT when anonymous —,
 * source, kind, day, events, seconds) to both wide rollups.
 */
async function addToWideRollups(trx: Db, rows: RawBuilder<unknown>) {
  await addToAssetWide(trx, rows);
  await addToLinkWide(trx, rows);
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

/**
 * Share-link activity, from one scan of the per-link wide rollup rows in the range: summed per link
 * and recipient first (a small set), which is then joined to the links, their assets (the
 * caller's view and filters) and recipients, and grouped two ways —
 * - per company: the link's company, else the recipient's email domain, else the link's name,
 *   with its visits in the last 7 days of the range ("hot this week"), hottest first;
 * - per named recipient (one person across every link sent to them, by email), most visits first.
 */
export async function linkActivity(db: Db, scope: EngagementScope, limit: number) {
  const { rows } = await sql<{ accounts: AccountActivity[] | null; recipients: RecipientActivity[] | null }>`
    WITH per_link AS MATERIALIZED (
      SELECT d.link_id, d.recipient_id,
        coalesce(sum(d.visits::float8), 0) AS visits,
        coalesce(sum(d.seconds::float8), 0) AS seconds,
        coalesce(sum(d.downloads::float8), 0) AS downloads,
        max(d.day) AS last_day,
        coalesce(sum(d.visits::float8) FILTER (WHERE d.day > ${scope.to}::date - 7), 0) AS this_week
      FROM engagement_link_daily_wide d
      WHERE d.day BETWEEN ${scope.from}::date AND ${scope.to}::date
      GROUP BY d.link_id, d.recipient_id),
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
    const which = sql`e.id = ANY(${sql.val(batch.map((row) => row.id))}::uuid[])`;
    await addToRollups(trx, which);
    await addToWideRollups(trx, eventRows(which));
  }
  return rows.length;
}

/**
 * Adds the events `e` that `which` selects to both rollups, grouped by day in SQL: what
 * insertEventWithRollups would have added event by event. The caller gives a transaction and
 * makes sure no selected event is in the rollups already.
 */
async function addToRollups(trx: Db, which: RawBuilder<unknown>) {
  await sql`
    INSERT INTO engagement_daily (asset_id, source, kind, day, events, seconds)
    SELECT e.asset_id, e.source, e.kind, (e.occurred_at AT TIME ZONE 'UTC')::date, sum(e.quantity), sum(e.seconds)
    FROM engagement_events e WHERE ${which} GROUP BY 1, 2, 3, 4
    ON CONFLICT (asset_id, source, kind, day) DO UPDATE SET
      events = engagement_daily.events + EXCLUDED.events,
      seconds = engagement_daily.seconds + EXCLUDED.seconds
  `.execute(trx);
  await sql`
    INSERT INTO engagement_link_daily (link_id, recipient_id, kind, day, events, seconds)
    SELECT e.link_id, coalesce(e.recipient_id, ${NIL_RECIPIENT}::uuid), e.kind,
      (e.occurred_at AT TIME ZONE 'UTC')::date, sum(e.quantity), sum(e.seconds)
    FROM engagement_events e WHERE (${which}) AND e.link_id IS NOT NULL GROUP BY 1, 2, 3, 4
    ON CONFLICT (link_id, recipient_id, kind, day) DO UPDATE SET
      events = engagement_link_daily.events + EXCLUDED.events,
      seconds = engagement_link_daily.seconds + EXCLUDED.seconds
  `.execute(trx);
}

/** The events `e` that `which` selects as rows `d` for addToWideRollups. */
const eventRows = (which: RawBuilder<unknown>) => sql`(
  SELECT e.asset_id, e.link_id, coalesce(e.recipient_id, ${NIL_RECIPIENT}::uuid) AS recipient_id, e.source, e.kind,
    (e.occurred_at AT TIME ZONE 'UTC')::date AS day, e.quantity AS events, e.seconds
  FROM engagement_events e WHERE ${which}) d`;

/**
 * Builds both rollups again from every stored event (the backfill 0017 ran once; events written
 * straight into the table, as the benchmark does, get their rollups this way). The caller gives a
 * transaction: readers see the old rollups until it commits.
 */
export async function rebuildRollups(trx: Db) {
  await sql`DELETE FROM engagement_link_daily_wide`.execute(trx);
  await sql`DELETE FROM engagement_daily_wide`.execute(trx);
  await sql`DELETE FROM engagement_link_daily`.execute(trx);
  await sql`DELETE FROM engagement_daily`.execute(trx);
  await addToRollups(trx, sql`true`);
  // The wide rollups from the narrow ones just built: ~10 times fewer rows to read than the events.
  await addToAssetWide(trx, sql`engagement_daily d`);
  await addToLinkWide(trx, sql`engagement_link_daily d`);
}
