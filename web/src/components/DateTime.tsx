import { Text, type TextProps } from '@mantine/core';

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];
const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const exactMoment = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const exactDay = new Intl.DateTimeFormat(undefined, { dateStyle: 'full' });
const mediumDay = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DAYS_IN_TEXT = /\b\d{4}-\d{2}-\d{2}\b/g;

/** A calendar day ("2026-12-03") as local midnight, so "today" is the reader's today. */
function localDay(value: string): Date {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day);
}

/**
 * A sentence from the server with its calendar days written as the reader writes dates: "Due
 * date: 2026-12-22" reads "Due date: 22 Dec 2026" (or "Dec 22, 2026", by the browser's locale).
 */
export function daysInWords(text: string): string {
  return text.replace(DAYS_IN_TEXT, (value) => {
    const day = localDay(value);
    return Number.isNaN(day.getTime()) || day.getDate() !== Number(value.slice(8))
      ? value
      : mediumDay.format(day);
  });
}

/**
 * How a date reads everywhere in the app: relative ("3 days ago", "in 2 hours", "tomorrow"), with
 * the exact date (and time, for a moment) on hover. A calendar day (`YYYY-MM-DD`, like a due date)
 * is counted in whole days; a moment (an ISO timestamp) down to the minute.
 */
export function relativeText(value: string, now: Date = new Date()): { text: string; exact: string } {
  if (DAY_ONLY.test(value)) {
    const day = localDay(value);
    const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
    const days = Math.round((day.getTime() - today.getTime()) / 86_400_000);
    const text =
      Math.abs(days) < 7
        ? relative.format(days, 'day')
        : Math.abs(days) < 30
          ? relative.format(Math.round(days / 7), 'week')
          : Math.abs(days) < 365
            ? relative.format(Math.round(days / 30), 'month')
            : relative.format(Math.round(days / 365), 'year');
    return { text, exact: exactDay.format(day) };
  }
  const at = new Date(value);
  const delta = at.getTime() - now.getTime();
  const found = units.find(([, ms]) => Math.abs(delta) >= ms);
  const text = found ? relative.format(Math.round(delta / found[1]), found[0]) : 'just now';
  return { text, exact: exactMoment.format(at) };
}

/** A date or moment, relative, with the exact date and time on hover (see relativeText). */
export function DateTime({
  value,
  prefix,
  size = 'sm',
  c,
  empty = '—',
}: {
  value: string | null | undefined;
  /** Words before the date, inside the same element: "Due" → "Due in 3 days". */
  prefix?: string;
  size?: TextProps['size'];
  c?: TextProps['c'];
  /** Shown when there is no date. */
  empty?: string;
}) {
  if (!value) {
    return (
      <Text span size={size} c={c}>
        {empty}
      </Text>
    );
  }
  const { text, exact } = relativeText(value);
  // A native title, not Mantine's Tooltip: dates are in the shell (notifications) and on the
  // library page, and the Tooltip would bring floating-ui's hooks (~7 KB gzip) into the entry.
  return (
    <Text component="time" dateTime={value} title={exact} size={size} c={c} span>
      {prefix ? `${prefix} ${text}` : text}
    </Text>
  );
}
