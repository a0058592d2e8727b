import Papa from 'papaparse';
import { quarterOf, weekEnds } from '../../../shared/okrs.ts';
import type { Role } from '../../../shared/roles.ts';
import {
  type Insights,
  type Measure,
  measures,
  type OutsideKind,
  type OutsideNumberInput,
  outsideKindLabels,
  outsideKinds,
} from '../../../shared/schemas/insights.ts';
import type { Database } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import { listDemos } from '../demos/demos.service.ts';
import { engagementEvents } from '../metrics/metrics.registry.ts';
import {
  assetsByKeys,
  type EngagementScope,
  type EngagementValues,
  engagementByTerm,
  engagementDays,
  engagementSummary,
  insertEventsWithRollups,
  insertEventWithRollups,
  linkActivity,
  listOutsideNumbers,
  lockOutsideNumbers,
  type MeasureRow,
  rebuildRollups,
  replaceOutsideNumber,
  topAssets,
} from './insights.repository.ts';
import { budgetUse, measureSeries, requestsByTeam } from './measures.repository.ts';

type Db = Database['db'];

export type { EngagementValues };

/**
 * The one way into the engagement model: every module (share links, views in Showcase, short
 * links, click-through sessions, outside numbers) records an event here, and the event and its
 * rollups are written in one transaction — the caller's when it is in one.
 */
export async function recordEngagement(db: Db, values: EngagementValues) {
  const row = db.isTransaction
    ? await insertEventWithRollups(db, values)
    : await db.transaction().execute((trx) => insertEventWithRollups(trx, values));
  engagementEvents.inc({ source: values.source, kind: values.kind });
  return row;
}

/** Many events at once (sample data, benchmarks), with their rollups, in one transaction (the caller's when it is in one). */
export async function recordEngagementBatch(db: Db, values: EngagementValues[]) {
  const written = db.isTransaction
    ? await insertEventsWithRollups(db, values)
    : await db.transaction().execute((trx) => insertEventsWithRollups(trx, values));
  for (const value of values) engagementEvents.inc({ source: value.source, kind: value.kind });
  return written;
}

/**
 * Builds both rollups again from every stored event, in one transaction: for events written
 * straight into the table (the benchmark's generated year), or to check the rollups by hand.
 */
export async function rebuildEngagementRollups(db: Db) {
  await db.transaction().execute((trx) => rebuildRollups(trx));
}

const DAY_MS = 86_400_000;
/** The longest range insights read at once. */
const MAX_RANGE_DAYS = 731;

/** A date range from the query, defaulting to the last 90 days up to today (UTC). */
export function engagementRange(query: { from?: string; to?: string }, now: Date) {
  const to = query.to ?? now.toISOString().slice(0, 10);
  const from = query.from ?? new Date(Date.parse(to) - 89 * DAY_MS).toISOString().slice(0, 10);
  if (from > to)
    throw new AppError('validation_failed', 'The range ends before it starts', {
      fields: { from: 'must be on or before "to"' },
    });
  if ((Date.parse(to) - Date.parse(from)) / DAY_MS >= MAX_RANGE_DAYS)
    throw new AppError('validation_failed', 'The range is too long', {
      fields: { from: `must be within ${MAX_RANGE_DAYS} days of "to"` },
    });
  return { from, to };
}

const zero = (): MeasureRow =>
  Object.assign(Object.fromEntries(measures.map((measure) => [measure, 0])), {
    timeOnPageSeconds: 0,
  }) as MeasureRow;

/** Adds up the days of a series into totals. */
function totalsOf(days: MeasureRow[]) {
  const totals = zero();
  for (const day of days)
    for (const key of Object.keys(totals) as (keyof MeasureRow)[]) totals[key] += day[key];
  const { timeOnPageSeconds, ...counts } = totals;
  return { totals: counts as Record<Measure, number>, timeOnPageSeconds };
}

const withoutTime = ({ timeOnPageSeconds: _time, ...point }: MeasureRow & { day: string }) => point;

/** One asset's engagement over a range (the caller has checked the asset is theirs to see). */
export async function getAssetEngagement(options: {
  db: Db;
  assetId: string;
  range: { from: string; to: string };
  statuses: readonly string[];
}) {
  const scope: EngagementScope = { ...options.range, statuses: options.statuses, assetId: options.assetId };
  const [days, outside] = await Promise.all([
    engagementDays(options.db, scope),
    listOutsideNumbers(options.db, options.assetId, 500),
  ]);
  return {
    ...options.range,
    ...totalsOf(days),
    days: days.map(withoutTime),
    outside: outside.map((row) => ({
      kind: row.kind as OutsideKind,
      date: row.occurred_at.toISOString().slice(0, 10),
      value: row.quantity,
    })),
  };
}

/** The workspace's engagement over a range: series, rankings and share-link activity. */
export async function getInsights(options: {
  db: Db;
  scope: EngagementScope;
  measure?: Measure;
}): Promise<Insights> {
  const { db, scope, measure } = options;
  // Two scans of the rollups in the scope (per asset and day, per link and recipient), at once;
  // the rankings are then made from the asset totals.
  const [{ days, assets }, { accounts, recipients }] = await Promise.all([
    engagementSummary(db, scope, measure),
    linkActivity(db, scope, 20),
  ]);
  const [top, bySolution, byFormat, byPersona] = await Promise.all([
    topAssets(db, assets, 10),
    engagementByTerm(db, assets, 'solution', 12),
    engagementByTerm(db, assets, 'format', 12),
    engagementByTerm(db, assets, 'persona', 12),
  ]);
  return {
    from: scope.from,
    to: scope.to,
    ...totalsOf(days),
    days: days.map(withoutTime),
    topAssets: top,
    bySolution,
    byFormat,
    byPersona,
    accounts,
    recipients,
  };
}

type Outcome = 'created' | 'updated' | 'unchanged' | 'removed';
const tally = (outcomes: Outcome[]) => ({
  created: outcomes.filter((o) => o === 'created').length,
  updated: outcomes.filter((o) => o === 'updated').length,
  unchanged: outcomes.filter((o) => o === 'unchanged').length,
  removed: outcomes.filter((o) => o === 'removed').length,
});

/** Two writers setting the same number at once: the second is told to try again. */
function raced(error: unknown): never {
  if ((error as { code?: string }).code === '23505')
    throw new AppError('conflict', 'Someone else set this number at the same moment; try again');
  throw error;
}

/**
 * Sets an asset's numbers from outside (video views, blog views, webinar registrations and
 * attendance), one per kind and day: a number given again replaces the stored one, 0 removes it.
 * All in one transaction.
 */
export async function setOutsideNumbers(options: { db: Db; assetId: string; numbers: OutsideNumberInput[] }) {
  const outcomes = await options.db
    .transaction()
    .execute(async (trx) => {
      const done: Outcome[] = [];
      // In one order (day, then kind) whatever the caller's: two writes at once then lock the
      // same rows in the same order and wait for each other instead of deadlocking.
      const ordered = [...options.numbers].sort(
        (a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind),
      );
      await lockOutsideNumbers(trx, [options.assetId]);
      for (const number of ordered)
        done.push(
          await replaceOutsideNumber(trx, {
            assetId: options.assetId,
            kind: number.kind,
            day: number.date,
            value: number.value,
          }),
        );
      return done;
    })
    .catch(raced);
  return tally(outcomes);
}

const kindWords = new Map<string, OutsideKind>(
  outsideKinds.flatMap((kind) => {
    const label = outsideKindLabels[kind].toLowerCase();
    return [
      [kind, kind],
      [label, kind],
      [label.replace(/^webinar /, ''), kind],
      [kind.replace('_', ' '), kind],
      [`${kind.replace('_', ' ')}s`, kind],
    ] as [string, OutsideKind][];
  }),
);

const MAX_IMPORT_ROWS = 20_000;

/**
 * Imports numbers from outside from CSV: columns `asset` (id, primary URL or external key),
 * `date` (YYYY-MM-DD), `kind` (`video_view` or its words, "Video views") and `value`. Every row is
 * checked first; with any problem nothing is written and each problem names its line and column.
 * Only assets the importer may see are found.
 */
export async function importOutsideNumbers(options: {
  db: Db;
  csv: string;
  dryRun: boolean;
  statuses: readonly string[];
}) {
  const parsed = Papa.parse<Record<string, string>>(options.csv.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim().toLowerCase(),
  });
  const problems: { line: number; column: string; message: string }[] = [];
  for (const error of parsed.errors)
    problems.push({ line: (error.row ?? 0) + 2, column: '', message: error.message });
  const columns = parsed.meta.fields ?? [];
  for (const column of ['asset', 'date', 'kind', 'value'])
    if (!columns.includes(column))
      problems.push({ line: 1, column, message: 'is missing: the columns are asset, date, kind and value' });
  if (parsed.data.length > MAX_IMPORT_ROWS)
    problems.push({
      line: MAX_IMPORT_ROWS + 2,
      column: '',
      message: `at most ${MAX_IMPORT_ROWS} rows at once`,
    });
  const result = {
    dryRun: options.dryRun,
    rows: parsed.data.length,
    created: 0,
    updated: 0,
    unchanged: 0,
    removed: 0,
  };
  if (problems.length) return { ...result, problems };

  const keys = [...new Set(parsed.data.map((row) => (row.asset ?? '').trim()).filter(Boolean))];
  const found = (await assetsByKeys(options.db, keys)).filter((asset) =>
    options.statuses.includes(asset.status),
  );
  const byKey = new Map<string, string>();
  for (const asset of found)
    for (const key of [asset.id, asset.primary_url, asset.external_key]) if (key) byKey.set(key, asset.id);
  const entries: { assetId: string; kind: OutsideKind; day: string; value: number }[] = [];
  const seen = new Map<string, number>();
  parsed.data.forEach((row, index) => {
    const line = index + 2;
    const problem = (column: string, message: string) => problems.push({ line, column, message });
    const assetKey = (row.asset ?? '').trim();
    const assetId = byKey.get(assetKey);
    if (!assetKey) problem('asset', 'is empty: give the asset’s id, primary URL or external key');
    else if (!assetId)
      problem('asset', `no asset has the id, primary URL or external key "${assetKey.slice(0, 200)}"`);
    const day = (row.date ?? '').trim();
    const valid =
      /^\d{4}-\d{2}-\d{2}$/.test(day) &&
      !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) &&
      new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);
    if (!valid) problem('date', 'must be a date (YYYY-MM-DD)');
    else if (day < '1900-01-01') problem('date', 'must be in 1900 or later');
    const kind = kindWords.get((row.kind ?? '').trim().toLowerCase());
    if (!kind) problem('kind', 'must be video views, blog views, registrations or attendance');
    const text = (row.value ?? '').trim().replace(/[,_ ]/g, '');
    const value = /^\d{1,10}$/.test(text) ? Number(text) : Number.NaN;
    if (!Number.isInteger(value) || value > 1_000_000_000)
      problem('value', 'must be a whole number from 0 to 1,000,000,000');
    if (!assetId || !valid || day < '1900-01-01' || !kind || Number.isNaN(value)) return;
    const key = `${assetId} ${kind} ${day}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) problem('date', `repeats line ${earlier}: one number per asset, kind and day`);
    seen.set(key, line);
    entries.push({ assetId, kind, day, value });
  });
  if (problems.length) return { ...result, problems };
  const work = async (trx: Db) => {
    const outcomes: Outcome[] = [];
    // In one order, like setOutsideNumbers: imports at the same moment wait instead of deadlocking.
    const ordered = [...entries].sort(
      (a, b) =>
        a.assetId.localeCompare(b.assetId) || a.day.localeCompare(b.day) || a.kind.localeCompare(b.kind),
    );
    await lockOutsideNumbers(
      trx,
      ordered.map((entry) => entry.assetId),
    );
    for (const entry of ordered) outcomes.push(await replaceOutsideNumber(trx, entry));
    if (options.dryRun) throw new DryRun(outcomes);
    return outcomes;
  };
  const outcomes = await options.db
    .transaction()
    .execute(work)
    .catch((error: unknown) => {
      if (error instanceof DryRun) return error.outcomes;
      return raced(error);
    });
  return { ...result, ...tally(outcomes), problems };
}

/** Ends a dry run's transaction (rolled back) with what it would have done. */
class DryRun extends Error {
  readonly outcomes: Outcome[];
  constructor(outcomes: Outcome[]) {
    super('dry run');
    this.outcomes = outcomes;
  }
}

/**
 * The team's work over a range: requests filed per requesting team (reviewed within the SLA or
 * not, answered with existing content, delivered), budget use in the quarter the range ends in,
 * and the freshness of the demo catalogue — now, and the share fresh at the end of each week.
 */
export async function getWork(options: {
  db: Db;
  range: { from: string; to: string };
  role: Role;
  now: Date;
}) {
  const { db, range, now } = options;
  const quarter = quarterOf(new Date(`${range.to}T00:00:00Z`));
  const days = weekEnds(range.from, range.to);
  const [requests, budget, demos, fresh] = await Promise.all([
    requestsByTeam(db, range, now),
    budgetUse(db, quarter),
    listDemos({ db, role: options.role, query: { sort: 'title' }, now }),
    measureSeries(db, { measure: 'demos_fresh', filters: {}, from: range.from, days }),
  ]);
  return {
    ...range,
    quarter,
    requests,
    budget,
    demos: demos.counts,
    freshByWeek: days.map((day, index) => ({ day, value: fresh[index] ?? null })),
  };
}
