import { type RawBuilder, sql } from 'kysely';
import type { OkrFilters, OkrMeasure } from '../../../shared/okrs.ts';
import { weekOfQuarter, weekOfQuarterEnd, wholeWeeksWithin } from '../../../shared/okrs.ts';
import { chargedStates } from '../../../shared/requests.ts';
import type { Measure } from '../../../shared/schemas/insights.ts';
import type { Database } from '../../db/connect.ts';
import { dayList, wideCountOf } from './insights.repository.ts';

type Db = Database['db'];

/**
 * Live measures over Showcase's own data — the library, requests, demos and the engagement
 * rollups — each read "as of" a list of days: the value counting from `from` to the end of each
 * day. A key result's value now is the last day; its history by week is the same query at each
 * week's end, so history and value can never disagree.
 */
export type LiveMeasure = Exclude<OkrMeasure, 'manual'>;

/** Which assets `a` the filters keep. */
function assetFilters(filters: OkrFilters) {
  const hasTerm = (id: string | undefined) =>
    id ? sql`AND EXISTS (SELECT 1 FROM asset_terms t WHERE t.asset_id = a.id AND t.term_id = ${id})` : sql``;
  return sql`${filters.formatId ? sql`AND a.format_id = ${filters.formatId}` : sql``}
    ${filters.visibility ? sql`AND a.visibility = ${filters.visibility}` : sql``}
    ${hasTerm(filters.solutionId)} ${hasTerm(filters.personaId)}`;
}

const teamFilter = (filters: OkrFilters) => (filters.teamId ? sql`AND r.team_id = ${filters.teamId}` : sql``);

/** The value of one measure for day `w.day`, from `from` (both inclusive; `w.cutoff` is the next midnight UTC). */
function valueAt(measure: LiveMeasure, filters: OkrFilters, from: string): RawBuilder<number | null> {
  const start = sql`(${from}::date::timestamp AT TIME ZONE 'UTC')`;
  switch (measure) {
    case 'published_assets':
      return sql`(SELECT count(*) FROM assets a
        WHERE a.status IN ('published', 'archived') AND a.published_on BETWEEN ${from}::date AND w.day
        ${assetFilters(filters)})`;
    case 'engagement':
      return sql`(SELECT coalesce(sum(${wideCountOf(filters.engagement as Measure | undefined)}), 0)
        FROM engagement_daily_wide d JOIN assets a ON a.id = d.asset_id
        WHERE d.day BETWEEN ${from}::date AND w.day
        ${assetFilters(filters)})`;
    case 'requests_received':
      return sql`(SELECT count(*) FROM requests r
        WHERE r.kind = 'content' AND r.created_at >= ${start} AND r.created_at < w.cutoff ${teamFilter(filters)})`;
    case 'requests_answered_with_existing':
      return sql`(SELECT count(*) FROM requests r
        WHERE r.kind = 'content' AND r.reuse AND r.created_at >= ${start} AND r.created_at < w.cutoff
        ${teamFilter(filters)})`;
    case 'requests_reviewed_in_sla':
      // Of the requests whose review was due by then or already done, those reviewed by the deadline.
      return sql`(SELECT round(100.0 * count(*) FILTER (WHERE r.reviewed_at < w.cutoff AND r.reviewed_at <= r.review_due_at)
          / nullif(count(*), 0), 1)
        FROM requests r
        WHERE r.kind = 'content' AND r.created_at >= ${start} AND r.created_at < w.cutoff
          AND (r.review_due_at < w.cutoff OR r.reviewed_at < w.cutoff) ${teamFilter(filters)})`;
    case 'requests_delivered':
      return sql`(SELECT count(DISTINCT e.request_id) FROM request_events e JOIN requests r ON r.id = e.request_id
        WHERE e.kind = 'transition' AND e.to_state = 'completed' AND e.created_at >= ${start}
          AND e.created_at < w.cutoff ${teamFilter(filters)})`;
    case 'demos_fresh':
      // A flag made a demo stale from when it was raised until it was resolved or dismissed.
      return sql`(SELECT round(100.0 * count(*) FILTER (WHERE NOT EXISTS (
            SELECT 1 FROM demo_flags f
            WHERE f.demo_id = a.id AND f.state <> 'quiet' AND f.created_at < w.cutoff
              AND coalesce(f.resolved_at, CASE WHEN f.state = 'dismissed' THEN f.updated_at END, 'infinity') >= w.cutoff))
          / nullif(count(*), 0), 1)
        FROM demos dm JOIN assets a ON a.id = dm.asset_id
        WHERE a.status = 'published' AND (a.published_on IS NULL OR a.published_on <= w.day)
          ${assetFilters(filters)})`;
  }
}

/** The measure's value at the end of each of `days` (YYYY-MM-DD), counting from `from`; null where there is nothing to divide. */
export async function measureSeries(
  db: Db,
  options: { measure: LiveMeasure; filters: OkrFilters; from: string; days: string[] },
): Promise<(number | null)[]> {
  if (options.days.length === 0) return [];
  const days = sql`(SELECT day::date AS day, ((day::date + 1)::timestamp AT TIME ZONE 'UTC') AS cutoff, n
      FROM unnest(${sql.val(options.days)}::text[]) WITH ORDINALITY AS u(day, n)) w`;
  if (options.measure === 'engagement') return engagementSeries(db, options, days);
  const { rows } = await sql<{ value: number | null }>`
    SELECT (${valueAt(options.measure, options.filters, options.from)})::float8 AS value
    FROM ${days}
    ORDER BY w.n`.execute(db);
  return rows.map((row) => row.value);
}

/**
 * Engagement as of each day: the rollup summed into pieces from `from` to the last day asked —
 * one per whole week of the quarter (the weekly rollup, 0029) and one per day outside them (the
 * daily one) — then added up to each day, a piece counting when it ends by then. The weekly
 * pieces are used only when every day asked that falls within them is the end of a week (an
 * OKR's history: weekEnds from the quarter's first day), else the days are read one by one; the
 * same sums either way as valueAt's engagement case.
 */
async function engagementSeries(
  db: Db,
  options: { filters: OkrFilters; from: string; days: string[] },
  days: RawBuilder<unknown>,
) {
  const last = [options.from, ...options.days].sort().at(-1) ?? options.from;
  let { weeks, rest } = wholeWeeksWithin(options.from, last);
  const aligned = (day: string) =>
    !weeks || day < weeks.first || day >= weeks.last || weekOfQuarterEnd(weekOfQuarter(day)) === day;
  if (!options.days.every(aligned)) {
    weeks = null;
    rest = daysFrom(options.from, last);
  }
  const counted = wideCountOf(options.filters.engagement as Measure | undefined);
  const { rows } = await sql<{ value: number }>`
    WITH pieces AS MATERIALIZED (
      SELECT least(d.week + 6, (date_trunc('quarter', d.week::timestamp) + interval '3 months')::date - 1) AS day,
        sum(${counted}::float8) AS n
      FROM engagement_weekly_wide d JOIN assets a ON a.id = d.asset_id
      WHERE ${weeks ? sql`d.week BETWEEN ${weeks.first}::date AND ${weeks.last}::date` : sql`false`}
        ${assetFilters(options.filters)}
      GROUP BY d.week
      UNION ALL
      SELECT d.day, sum(${counted}::float8) AS n
      FROM engagement_daily_wide d JOIN assets a ON a.id = d.asset_id
      WHERE d.day = ANY(${dayList(rest)}) ${assetFilters(options.filters)}
      GROUP BY d.day)
    SELECT (SELECT coalesce(sum(p.n), 0) FROM pieces p WHERE p.day <= w.day)::float8 AS value
    FROM ${days}
    ORDER BY w.n`.execute(db);
  return rows.map((row) => row.value);
}

/** Every day from `from` to `to`, inclusive. */
function daysFrom(from: string, to: string) {
  const days: string[] = [];
  for (let at = Date.parse(`${from}T00:00:00Z`); at <= Date.parse(`${to}T00:00:00Z`); at += 86_400_000)
    days.push(new Date(at).toISOString().slice(0, 10));
  return days;
}

/**
 * Requests filed in the range per requesting team: received, reviewed within the SLA, late
 * (reviewed after the deadline, or unreviewed past it), awaiting review, answered with existing
 * content, delivered.
 */
export async function requestsByTeam(db: Db, range: { from: string; to: string }, now: Date) {
  const { rows } = await sql<{
    teamId: string | null;
    team: string;
    received: number;
    reviewedInSla: number;
    late: number;
    awaitingReview: number;
    answeredWithExisting: number;
    delivered: number;
  }>`
    SELECT t.id AS "teamId", coalesce(t.name, 'No team') AS team,
      count(*)::int AS received,
      count(*) FILTER (WHERE r.reviewed_at <= r.review_due_at)::int AS "reviewedInSla",
      count(*) FILTER (WHERE r.reviewed_at > r.review_due_at
        OR (r.reviewed_at IS NULL AND r.review_due_at < ${now}))::int AS late,
      count(*) FILTER (WHERE r.reviewed_at IS NULL AND r.review_due_at >= ${now})::int AS "awaitingReview",
      count(*) FILTER (WHERE r.reuse)::int AS "answeredWithExisting",
      count(*) FILTER (WHERE r.state IN ('completed', 'closed'))::int AS delivered
    FROM requests r LEFT JOIN teams t ON t.id = r.team_id
    WHERE r.kind = 'content'
      AND r.created_at >= (${range.from}::date::timestamp AT TIME ZONE 'UTC')
      AND r.created_at < ((${range.to}::date + 1)::timestamp AT TIME ZONE 'UTC')
    GROUP BY t.id, t.name
    ORDER BY received DESC, team`.execute(db);
  return rows;
}

/** Each active team's budget for a quarter and what its requests have used of it. */
export async function budgetUse(db: Db, quarter: string) {
  const { rows } = await sql<{
    teamId: string;
    team: string;
    budget: number;
    spent: number;
    requests: number;
  }>`
    SELECT t.id AS "teamId", t.name AS team, t.quarterly_budget::float8 AS budget,
      coalesce(sum(r.cost), 0)::float8 AS spent, count(r.id)::int AS requests
    FROM teams t
    LEFT JOIN requests r ON r.team_id = t.id AND r.quarter = ${quarter}
      AND r.state = ANY(${sql.val([...chargedStates])}::text[])
    WHERE t.archived_at IS NULL
    GROUP BY t.id, t.name, t.quarterly_budget
    ORDER BY spent DESC, t.name`.execute(db);
  return rows;
}
