/**
 * OKRs: the measures a key result can be computed from, quarters and their weeks, progress.
 * Pure rules shared by the server (which computes) and the web app (which offers the choices).
 */
import { quarterOf } from './requests.ts';
import { type Measure, measureLabels } from './schemas/insights.ts';

export { quarterOf };

/** What a key result counts: a live query over Showcase's data, or a number entered by hand. */
export const okrMeasures = [
  'published_assets',
  'engagement',
  'requests_received',
  'requests_reviewed_in_sla',
  'requests_answered_with_existing',
  'requests_delivered',
  'demos_fresh',
  'manual',
] as const;
export type OkrMeasure = (typeof okrMeasures)[number];

/** The filters a key result can narrow its measure by. */
export const okrFilterKeys = [
  'formatId',
  'solutionId',
  'personaId',
  'visibility',
  'engagement',
  'teamId',
] as const;
export type OkrFilterKey = (typeof okrFilterKeys)[number];
export type OkrFilters = Partial<Record<OkrFilterKey, string>>;

export interface OkrMeasureInfo {
  label: string;
  description: string;
  /** A count adds up over the quarter; a percentage is a share at the moment it is read. */
  unit: 'count' | 'percent' | 'number';
  filters: readonly OkrFilterKey[];
}

export const okrMeasureInfo: Record<OkrMeasure, OkrMeasureInfo> = {
  published_assets: {
    label: 'Assets published',
    description: 'Library assets first published this quarter (still published or since archived)',
    unit: 'count',
    filters: ['formatId', 'solutionId', 'personaId', 'visibility'],
  },
  engagement: {
    label: 'Engagement',
    description:
      'Share-link visits, views in Showcase, downloads and numbers from outside this quarter, or one of them',
    unit: 'count',
    filters: ['engagement', 'formatId', 'solutionId', 'personaId'],
  },
  requests_received: {
    label: 'Requests received',
    description: 'Content requests filed this quarter',
    unit: 'count',
    filters: ['teamId'],
  },
  requests_reviewed_in_sla: {
    label: 'Requests reviewed within the SLA',
    description:
      'Of this quarter’s requests whose review was due or done, the share reviewed by their review deadline',
    unit: 'percent',
    filters: ['teamId'],
  },
  requests_answered_with_existing: {
    label: 'Requests answered with existing content',
    description: 'Requests filed this quarter that were met by content the library already had',
    unit: 'count',
    filters: ['teamId'],
  },
  requests_delivered: {
    label: 'Requests delivered',
    description: 'Requests completed this quarter',
    unit: 'count',
    filters: ['teamId'],
  },
  demos_fresh: {
    label: 'Demos fresh',
    description: 'The share of published demos with no open freshness flag (no release has made them stale)',
    unit: 'percent',
    filters: ['solutionId', 'personaId'],
  },
  manual: {
    label: 'A number entered by hand',
    description:
      'For what Showcase does not see; each entry is kept, so its history is what was entered when',
    unit: 'number',
    filters: [],
  },
};

export const okrFilterLabels: Record<OkrFilterKey, string> = {
  formatId: 'Format',
  solutionId: 'Solution',
  personaId: 'Persona',
  visibility: 'Visibility',
  engagement: 'Which engagement',
  teamId: 'Requesting team',
};

export const engagementChoiceLabel = (measure: Measure) => measureLabels[measure];

const quarterPattern = /^(\d{4})-Q([1-4])$/;

export function isQuarter(value: string): boolean {
  return quarterPattern.test(value);
}

/** The first and last day (UTC, YYYY-MM-DD) of a quarter like "2026-Q4". */
export function quarterDays(quarter: string): { from: string; to: string } {
  const match = quarterPattern.exec(quarter);
  if (!match) throw new Error(`not a quarter: ${quarter}`);
  const year = Number(match[1]);
  const first = (Number(match[2]) - 1) * 3;
  const from = new Date(Date.UTC(year, first, 1));
  const to = new Date(Date.UTC(year, first + 3, 0));
  return { from: iso(from), to: iso(to) };
}

/** The quarter before or after `quarter` by `step` quarters. */
export function shiftQuarter(quarter: string, step: number): string {
  const { from } = quarterDays(quarter);
  const date = new Date(`${from}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + step * 3);
  return quarterOf(date);
}

const iso = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The days a key result's history is read at: the end of each week of the quarter (its 7th,
 * 14th, … day) up to `today`, and the last day so far (today, or the quarter's end). Empty for a
 * quarter that has not begun.
 */
export function historyDays(quarter: string, today: string): string[] {
  const { from, to } = quarterDays(quarter);
  return weekEnds(from, today < to ? today : to);
}

/** The 7th, 14th, … day from `from` before `last`, and `last` itself; empty when `last` is before `from`. */
export function weekEnds(from: string, last: string): string[] {
  if (last < from) return [];
  const days: string[] = [];
  const day = new Date(`${from}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 6);
  while (iso(day) < last) {
    days.push(iso(day));
    day.setUTCDate(day.getUTCDate() + 7);
  }
  days.push(last);
  return days;
}

const DAY = 86_400_000;
const addDays = (day: string, n: number) => iso(new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY));

/**
 * The first day of the week of the quarter `day` (YYYY-MM-DD) is in: weeks are seven days counted
 * from the quarter's first day, the quarter's last one shorter (what weekEnds reads a quarter's
 * history at, and what the weekly engagement rollups of 0029 group by: SQL engagement_week).
 */
export function weekOfQuarter(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const start = Date.UTC(date.getUTCFullYear(), Math.floor(date.getUTCMonth() / 3) * 3, 1);
  return iso(new Date(start + Math.floor((date.getTime() - start) / DAY / 7) * 7 * DAY));
}

/** The last day of the week of the quarter that starts on `week`. */
export function weekOfQuarterEnd(week: string): string {
  const date = new Date(`${week}T00:00:00Z`);
  const quarterEnd = iso(
    new Date(Date.UTC(date.getUTCFullYear(), Math.floor(date.getUTCMonth() / 3) * 3 + 3, 0)),
  );
  const seventh = addDays(week, 6);
  return [seventh, quarterEnd].sort()[0] ?? seventh;
}

/**
 * The days from `from` to `to` (inclusive) covered by whole weeks of the quarter, as one span
 * (weeks follow each other without gaps), and the days of the range outside it (at most six at
 * each end), in order. `weeks` is null when no whole week fits.
 */
export function wholeWeeksWithin(
  from: string,
  to: string,
): { weeks: { first: string; last: string } | null; rest: string[] } {
  const startWeek = weekOfQuarter(from);
  const first = startWeek === from ? from : addDays(weekOfQuarterEnd(startWeek), 1);
  const endWeek = weekOfQuarter(to);
  const last = weekOfQuarterEnd(endWeek) === to ? to : addDays(endWeek, -1);
  const rest: string[] = [];
  if (first > last) {
    for (let day = from; day <= to; day = addDays(day, 1)) rest.push(day);
    return { weeks: null, rest };
  }
  for (let day = from; day < first; day = addDays(day, 1)) rest.push(day);
  for (let day = addDays(last, 1); day <= to; day = addDays(day, 1)) rest.push(day);
  return { weeks: { first, last }, rest };
}

/** Progress towards a target, 0 to 1 (a value past the target is complete, not more). */
export function progressOf(value: number, target: number): number {
  if (!(target > 0)) return 0;
  return Math.max(0, Math.min(1, value / target));
}

/**
 * Where a key result stands against the time gone: on track when its progress is at least the
 * share of the quarter elapsed (less a tenth), at risk below that, done at the target.
 */
export function okrStatus(progress: number, elapsed: number): 'done' | 'on_track' | 'at_risk' {
  if (progress >= 1) return 'done';
  return progress >= elapsed - 0.1 ? 'on_track' : 'at_risk';
}

export const okrStatusLabels = { done: 'Done', on_track: 'On track', at_risk: 'At risk' } as const;

/** How much of the quarter has gone by on `today`, 0 to 1. */
export function quarterElapsed(quarter: string, today: string): number {
  const { from, to } = quarterDays(quarter);
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`) + 86_400_000;
  const now = Date.parse(`${today}T00:00:00Z`) + 86_400_000;
  return Math.max(0, Math.min(1, (now - start) / (end - start)));
}
