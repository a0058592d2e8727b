import { isQuarter, quarterDays, quarterOf, shiftQuarter } from './okrs.ts';

/**
 * Plan rules shared by the server and the web app: the plan entry's display name ("Plan naming"
 * in the product brief), publish weeks, moves on the roadmap, and the warnings an owner's load
 * and an entry's dates raise. Pure functions: dates are UTC days, YYYY-MM-DD.
 */
export { isQuarter, quarterDays, quarterOf, shiftQuarter };

export const planStatuses = ['planned', 'in_progress', 'published', 'dropped'] as const;
export type PlanStatus = (typeof planStatuses)[number];
export const planStatusLabels: Record<PlanStatus, string> = {
  planned: 'Planned',
  in_progress: 'In progress',
  published: 'Published',
  dropped: 'Dropped',
};

export const eventKinds = ['webinar', 'workshop', 'conference', 'other'] as const;
export type EventKind = (typeof eventKinds)[number];
export const eventKindLabels: Record<EventKind, string> = {
  webinar: 'Webinar',
  workshop: 'Workshop',
  conference: 'Conference',
  other: 'Other event',
};

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const toDate = (day: string) => new Date(`${day}T00:00:00Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);

/** `day` moved by `days` days. */
export function addDays(day: string, days: number): string {
  const date = toDate(day);
  date.setUTCDate(date.getUTCDate() + days);
  return iso(date);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toDate(to).getTime() - toDate(from).getTime()) / 86_400_000);
}

/** The Monday of the week `day` falls in (ISO weeks start on Monday). */
export function weekOf(day: string): string {
  const weekday = (toDate(day).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

/** The publish week of a day: its Monday to its Friday, the start and due dates of a plan entry. */
export function publishWeek(day: string): { startDate: string; dueDate: string } {
  const monday = weekOf(day);
  return { startDate: monday, dueDate: addDays(monday, 4) };
}

/**
 * "Content: <Title> - <Author> - <Publish Month>, <Publish Year>": the publish month and year are
 * the due date's; an entry nobody owns yet reads "Unassigned".
 */
export function planDisplayName(entry: { title: string; ownerName: string | null; dueDate: string }): string {
  const due = toDate(entry.dueDate);
  const author = entry.ownerName?.trim() || 'Unassigned';
  return `Content: ${entry.title.trim()} - ${author} - ${monthNames[due.getUTCMonth()]}, ${due.getUTCFullYear()}`;
}

/** The Mondays of every week that touches the quarter, first to last. */
export function quarterWeeks(quarter: string): string[] {
  const { from, to } = quarterDays(quarter);
  const weeks: string[] = [];
  for (let week = weekOf(from); week <= to; week = addDays(week, 7)) weeks.push(week);
  return weeks;
}

/**
 * An entry moved to another week keeps its weekday and its length: the start moves to the same
 * weekday of the week of `toWeek`, the due date follows.
 */
export function moveToWeek(
  entry: { startDate: string; dueDate: string },
  toWeek: string,
): { startDate: string; dueDate: string } {
  const shift = daysBetween(weekOf(entry.startDate), weekOf(toWeek));
  return { startDate: addDays(entry.startDate, shift), dueDate: addDays(entry.dueDate, shift) };
}

/** What is wrong with an entry's dates, if anything: a due date outside its quarter. */
export function entryWarnings(entry: { quarter: string; dueDate: string; status: PlanStatus }): string[] {
  if (entry.status === 'dropped' || !isQuarter(entry.quarter)) return [];
  const { from, to } = quarterDays(entry.quarter);
  if (entry.dueDate < from || entry.dueDate > to)
    return [`Due ${entry.dueDate}, outside ${entry.quarter} (${from} to ${to})`];
  return [];
}

/** Entries that count towards an owner's load: everything but dropped ones. */
export const countsTowardsLoad = (status: PlanStatus) => status !== 'dropped';

/** An owner's load against their capacity for the quarter, and the warning when it is over. */
export function capacityCheck(options: { name: string; load: number; capacity: number | null }): {
  overCapacity: boolean;
  warning: string | null;
} {
  if (options.capacity === null) return { overCapacity: false, warning: null };
  const over = options.load > options.capacity;
  return {
    overCapacity: over,
    warning: over
      ? `${options.name} has ${options.load} pieces planned against a capacity of ${options.capacity}`
      : null,
  };
}
