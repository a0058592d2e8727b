import { type Measure, measureLabels, measures } from '@shared/schemas/insights.ts';
import Papa from 'papaparse';

const DAY_MS = 86_400_000;

/** A UTC day as YYYY-MM-DD. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The range presets of the insights page, each a from/to pair ending today (UTC). */
export function rangePresets(today: Date) {
  const to = isoDay(today);
  const back = (days: number) => isoDay(new Date(today.getTime() - days * DAY_MS));
  const quarterStart = new Date(Date.UTC(today.getUTCFullYear(), Math.floor(today.getUTCMonth() / 3) * 3, 1));
  return [
    { value: '30', label: 'Last 30 days', from: back(29), to },
    { value: '90', label: 'Last 90 days', from: back(89), to },
    { value: 'quarter', label: 'This quarter', from: isoDay(quarterStart), to },
    { value: '365', label: 'Last 12 months', from: back(364), to },
  ];
}

type Point = Record<Measure, number> & { day: string };

/** Every day of the range, with zeros where nothing happened, so a chart's time axis is even. */
export function everyDay(from: string, to: string, days: Point[]): Point[] {
  const byDay = new Map(days.map((point) => [point.day, point]));
  const filled: Point[] = [];
  for (let at = Date.parse(`${from}T00:00:00Z`); at <= Date.parse(`${to}T00:00:00Z`); at += DAY_MS) {
    const day = isoDay(new Date(at));
    filled.push(
      byDay.get(day) ?? ({ ...Object.fromEntries(measures.map((m) => [m, 0])), day } as unknown as Point),
    );
  }
  return filled;
}

/** The measures that counted anything in the totals, in their fixed order. */
export const measuresWithData = (totals: Record<Measure, number>) =>
  measures.filter((measure) => totals[measure] > 0);

const colors: Record<Measure, string> = {
  shareVisits: 'indigo.6',
  showcaseViews: 'teal.6',
  downloads: 'grape.6',
  shortLinkClicks: 'cyan.7',
  clickThroughSessions: 'pink.6',
  videoViews: 'red.7',
  blogViews: 'orange.7',
  registrations: 'lime.8',
  attendance: 'yellow.8',
};
export const measureColor = (measure: Measure) => colors[measure];
export const measureLabel = (measure: Measure) => measureLabels[measure];

/** Seconds as "2 h 5 min", "4 min 10 s" or "45 s". */
export function duration(seconds: number): string {
  if (seconds >= 3600) return `${Math.floor(seconds / 3600)} h ${Math.round((seconds % 3600) / 60)} min`;
  if (seconds >= 60) return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
  return `${Math.round(seconds)} s`;
}

/**
 * Downloads a chart's data as CSV. Cells that a spreadsheet would run as a formula (= + - @) are
 * prefixed with a quote, as the library export does.
 */
export function downloadCsv(name: string, rows: Record<string, string | number>[]) {
  const safe = rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([key, value]) => [
        key,
        typeof value === 'string' && /^'*[=+\-@\t\r]/.test(value) ? `'${value}` : value,
      ]),
    ),
  );
  const blob = new Blob([Papa.unparse(safe)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${name}.csv`;
  link.click();
  URL.revokeObjectURL(url);
}
