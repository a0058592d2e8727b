import { addDays, eventKindLabels, planDisplayName, planStatusLabels } from '../../../shared/plan.ts';
import type { PlanEntryRow, PlanEventRow } from './plan.repository.ts';

/**
 * The iCalendar (RFC 5545) text of a feed: one VCALENDAR of VEVENTs, CRLF line ends, content
 * lines folded at 75 octets (never inside a UTF-8 character), TEXT values escaped. Every event's
 * UID is its record's id, so a calendar client moves an entry that moved instead of adding a
 * second one; SEQUENCE is the record's version, so clients take the newer one.
 */
export function buildCalendar(options: {
  name: string;
  baseUrl: string;
  entries: PlanEntryRow[];
  events: PlanEventRow[];
  now: Date;
  /** Whether the feed's owner may see every request (TMMs, admins): only then does an entry name its request. */
  showRequests: boolean;
}): string {
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Showcase//Content plan//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
  ];
  const stamp = dateTime(options.now);
  for (const entry of options.entries) {
    const name = planDisplayName({
      title: entry.title,
      ownerName: entry.owner_name,
      dueDate: entry.due_date,
    });
    const details = [
      `Status: ${planStatusLabels[entry.status]}`,
      entry.format_name ? `Format: ${entry.format_name}` : '',
      entry.solution_name ? `Solution: ${entry.solution_name}` : '',
      options.showRequests && entry.request_number ? `Request #${entry.request_number}` : '',
      entry.notes,
    ].filter(Boolean);
    lines.push(
      'BEGIN:VEVENT',
      `UID:plan-entry-${entry.id}@showcase`,
      `DTSTAMP:${stamp}`,
      `SEQUENCE:${entry.version}`,
      `LAST-MODIFIED:${dateTime(new Date(entry.updated_at))}`,
      `DTSTART;VALUE=DATE:${date(entry.start_date)}`,
      // DTEND of an all-day event is the day after the last one.
      `DTEND;VALUE=DATE:${date(addDays(entry.due_date, 1))}`,
      `SUMMARY:${escapeText(name)}`,
      `DESCRIPTION:${escapeText(details.join('\n'))}`,
      `URL:${options.baseUrl}/plan/entries/${entry.id}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  for (const event of options.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:plan-event-${event.id}@showcase`,
      `DTSTAMP:${stamp}`,
      `SEQUENCE:${event.version}`,
      `LAST-MODIFIED:${dateTime(new Date(event.updated_at))}`,
      `DTSTART:${dateTime(event.starts_at)}`,
      `DTEND:${dateTime(event.ends_at)}`,
      `SUMMARY:${escapeText(`${eventKindLabels[event.kind]}: ${event.title}`)}`,
      `DESCRIPTION:${escapeText([event.description, event.owner_name ? `Owner: ${event.owner_name}` : ''].filter(Boolean).join('\n'))}`,
      ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
      ...(event.registration_url ? [`URL:${uriValue(event.registration_url)}`] : []),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma, and line breaks as \n. */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are not allowed in TEXT
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
  );
}

/** A URI value has no escapes: control characters and spaces (which a valid URL never holds) go. */
function uriValue(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: neither belongs in a URI value
  return value.replace(/[\u0000-\u0020\u007f]/g, '');
}

/**
 * Folds a content line so no line is longer than 75 octets (RFC 5545 3.1): a CRLF and a space
 * before the 76th octet, counted in UTF-8 and never splitting a character.
 */
export function foldLine(line: string): string {
  if (line.length <= 75 && Buffer.byteLength(line, 'utf8') <= 75) return line;
  const parts: string[] = [];
  let from = 0;
  let size = 0;
  let limit = 75;
  let index = 0;
  for (const char of line) {
    const point = char.codePointAt(0) ?? 0;
    const bytes = point < 0x80 ? 1 : point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;
    if (size + bytes > limit) {
      parts.push(line.slice(from, index));
      from = index;
      size = 0;
      limit = 74; // a continuation line starts with the space
    }
    size += bytes;
    index += char.length;
  }
  parts.push(line.slice(from));
  return parts.join('\r\n ');
}

const pad = (value: number) => String(value).padStart(2, '0');

function dateTime(value: Date): string {
  return `${value.getUTCFullYear()}${pad(value.getUTCMonth() + 1)}${pad(value.getUTCDate())}T${pad(value.getUTCHours())}${pad(value.getUTCMinutes())}${pad(value.getUTCSeconds())}Z`;
}

function date(day: string): string {
  return day.replaceAll('-', '');
}
