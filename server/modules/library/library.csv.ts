import Papa from 'papaparse';
import type { AssetStatus } from '../../../shared/library.ts';
import { type CreateAssetInput, createAssetSchema } from '../../../shared/schemas/library.ts';
import type { Database } from '../../db/connect.ts';
import type { TermRow } from '../../db/schema.ts';
import { fieldErrorsFrom } from '../../errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { getAllTerms } from '../settings/settings.service.ts';
import { getAllUsers } from '../users/users.service.ts';
import type { ImportItem } from './library.import.ts';
import { listListNames } from './library.repository.ts';
import { type AssetState, assetState, getExportAssets, type termFields } from './library.service.ts';

type Db = Database['db'];

/** The CSV columns, in order. Multi-value cells separate values with "; "; links are JSON. */
export const csvColumns = [
  'id',
  'external_key',
  'title',
  'summary',
  'body',
  'format',
  'deliverable_type',
  'buyer_stage',
  'solutions',
  'use_cases',
  'personas',
  'regions',
  'segments',
  'industries',
  'value_drivers',
  'owner_email',
  'contributor_emails',
  'primary_url',
  'links',
  'duration_minutes',
  'slide_count',
  'word_count',
  'step_count',
  'key_takeaway',
  'safe_to_share',
  'visibility',
  'status',
  'published_on',
  'expires_on',
  'last_verified_on',
  'tags',
  'lists',
] as const;

export type CsvColumn = (typeof csvColumns)[number];

/**
 * The columns of an outsider export (`audience=external`), decided here and nowhere else: what
 * describes a published, external asset to someone outside the company. Left out on purpose:
 * people (owner and contributor emails), curation (internal list names, tags, deliverable types,
 * value drivers), the free text written for colleagues (body, key takeaway), our bookkeeping
 * (id, external_key, safe_to_share, visibility, status, expiry and verification dates).
 */
export const outsiderCsvColumns = [
  'title',
  'summary',
  'format',
  'buyer_stage',
  'solutions',
  'use_cases',
  'personas',
  'regions',
  'segments',
  'industries',
  'primary_url',
  'links',
  'duration_minutes',
  'slide_count',
  'word_count',
  'step_count',
  'published_on',
] as const satisfies readonly CsvColumn[];

/**
 * Spreadsheet formula injection (OWASP "CSV Injection"): a cell starting with = + - @, a tab or a
 * carriage return is run as a formula by Excel, LibreOffice and Google Sheets. The export prefixes
 * such a cell with a single quote, which spreadsheets show as text; a cell that already starts
 * with quotes before one of those characters gets one more, so the import can drop exactly one
 * quote and read back what was exported, whatever the value.
 */
const formulaStart = /^'*[=+\-@\t\r]/;
export function escapeCsvCell(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}
/** Undoes escapeCsvCell: drops the one quote the export put before a formula character. */
export function unescapeCsvCell(value: string): string {
  return value.startsWith("'") && formulaStart.test(value) ? value.slice(1) : value;
}

const multiTermColumns: Record<string, { field: keyof typeof termFields; kind: string }> = {
  solutions: { field: 'solutionIds', kind: 'solution' },
  use_cases: { field: 'useCaseIds', kind: 'use_case' },
  personas: { field: 'personaIds', kind: 'persona' },
  regions: { field: 'regionIds', kind: 'region' },
  segments: { field: 'segmentIds', kind: 'segment' },
  industries: { field: 'industryIds', kind: 'industry' },
  value_drivers: { field: 'valueDriverIds', kind: 'value_driver' },
};
const singleTermColumns: Record<
  string,
  { field: 'formatId' | 'deliverableTypeId' | 'buyerStageId'; kind: string }
> = {
  format: { field: 'formatId', kind: 'format' },
  deliverable_type: { field: 'deliverableTypeId', kind: 'deliverable_type' },
  buyer_stage: { field: 'buyerStageId', kind: 'buyer_stage' },
};
const numberColumns = {
  duration_minutes: 'durationMinutes',
  slide_count: 'slideCount',
  word_count: 'wordCount',
  step_count: 'stepCount',
} as const;
const dateColumns = {
  published_on: 'publishedOn',
  expires_on: 'expiresOn',
  last_verified_on: 'lastVerifiedOn',
} as const;

const split = (cell: string) =>
  cell
    .split(';')
    .map((value) => value.trim())
    .filter(Boolean);
const norm = (value: string) => value.trim().toLowerCase();

/** Name lookups for one import: terms by kind and name, users by email and id. */
export async function loadCsvLookups(db: Db) {
  const [terms, users] = await Promise.all([getAllTerms({ db }), getAllUsers({ db })]);
  const termsByName = new Map(terms.map((term) => [`${term.kind}:${norm(term.name)}`, term]));
  return {
    term: (kind: string, name: string): TermRow | undefined => termsByName.get(`${kind}:${norm(name)}`),
    termById: new Map(terms.map((term) => [term.id, term])),
    userByEmail: new Map(users.map((user) => [norm(user.email), user.id])),
    userById: new Map(users.map((user) => [user.id, user.email])),
  };
}
type CsvLookups = Awaited<ReturnType<typeof loadCsvLookups>>;

/** Turns CSV rows into import items; a column left out leaves that field of an existing asset alone. */
export function itemsFromCsv(
  rows: Record<string, string>[],
  lookups: CsvLookups,
  firstRowNumber = 2,
): ImportItem[] {
  return rows.map((cells, index) => {
    const row = firstRowNumber + index;
    const errors: string[] = [];
    const input: Record<string, unknown> = {};
    const has = (column: string) => Object.hasOwn(cells, column);
    // Cells as they were before the export escaped formula characters (see escapeCsvCell).
    const cell = (column: string) => unescapeCsvCell(cells[column] ?? '');
    const text = (column: string) => cell(column).trim();
    const unknownColumns = Object.keys(cells).filter(
      (column) => !(csvColumns as readonly string[]).includes(column),
    );
    if (unknownColumns.length) errors.push(`unknown column(s): ${unknownColumns.join(', ')}`);

    for (const [column, field] of [
      ['external_key', 'externalKey'],
      ['primary_url', 'primaryUrl'],
    ] as const) {
      if (has(column)) input[field] = text(column) || null;
    }
    for (const [column, field] of [
      ['title', 'title'],
      ['summary', 'summary'],
      ['body', 'body'],
      ['key_takeaway', 'keyTakeaway'],
    ] as const) {
      if (has(column)) input[field] = column === 'body' ? cell(column) : text(column);
    }
    for (const [column, { field, kind }] of Object.entries(singleTermColumns)) {
      if (!has(column)) continue;
      const name = text(column);
      const term = name ? lookups.term(kind, name) : undefined;
      if (name && !term) errors.push(`${column}: unknown ${kind.replace('_', ' ')} “${name}”`);
      input[field] = term?.id ?? null;
    }
    for (const [column, { field, kind }] of Object.entries(multiTermColumns)) {
      if (!has(column)) continue;
      input[field] = split(text(column)).flatMap((name) => {
        const term = lookups.term(kind, name);
        if (!term) errors.push(`${column}: unknown ${kind.replace('_', ' ')} “${name}”`);
        return term ? [term.id] : [];
      });
    }
    if (has('owner_email')) {
      const email = text('owner_email');
      const id = email ? lookups.userByEmail.get(norm(email)) : undefined;
      if (email && !id) errors.push(`owner_email: no user “${email}”`);
      input.ownerId = id ?? null;
    }
    if (has('contributor_emails')) {
      input.contributorIds = split(text('contributor_emails')).flatMap((email) => {
        const id = lookups.userByEmail.get(norm(email));
        if (!id) errors.push(`contributor_emails: no user “${email}”`);
        return id ? [id] : [];
      });
    }
    if (has('links')) {
      try {
        input.links = text('links') ? JSON.parse(text('links')) : [];
      } catch {
        errors.push('links: must be a JSON list of {"kind","url","label"}');
      }
    }
    for (const [column, field] of Object.entries(numberColumns)) {
      if (!has(column)) continue;
      const value = text(column);
      input[field] = value === '' ? null : Number(value);
    }
    for (const [column, field] of Object.entries(dateColumns))
      if (has(column)) input[field] = text(column) || null;
    if (has('safe_to_share')) input.safeToShare = /^(true|yes|1)$/i.test(text('safe_to_share'));
    if (has('visibility')) input.visibility = text('visibility') || 'internal';
    if (has('status')) input.status = text('status') || 'draft';
    if (has('tags')) input.tags = split(text('tags'));

    const notes: string[] = [];
    if (!text('id') && !text('external_key') && !text('primary_url')) {
      notes.push('no id, external_key or primary_url: importing this row again will create another asset');
    }
    const parsed = createAssetSchema.safeParse(input);
    if (!parsed.success) {
      for (const [field, message] of Object.entries(fieldErrorsFrom(parsed.error)))
        errors.push(`${field} ${message}`);
    }
    return {
      row,
      matchId: /^[0-9a-f-]{36}$/i.test(text('id')) ? text('id') : undefined,
      title: text('title') || '(no title)',
      input: parsed.success ? parsed.data : undefined,
      listNames: has('lists') ? split(text('lists')) : undefined,
      errors,
      notes,
    };
  });
}

/** One asset as a CSV row, using names so the file reads well and imports back unchanged. */
export function csvRowOf(
  id: string,
  state: AssetState,
  lookups: CsvLookups,
  listNames: Map<string, string>,
): Record<string, string> {
  const name = (termId: string | null) => (termId ? (lookups.termById.get(termId)?.name ?? '') : '');
  const names = (ids: string[]) => ids.map((termId) => name(termId)).join('; ');
  return {
    id,
    external_key: state.externalKey ?? '',
    title: state.title,
    summary: state.summary,
    body: state.body,
    format: name(state.formatId),
    deliverable_type: name(state.deliverableTypeId),
    buyer_stage: name(state.buyerStageId),
    solutions: names(state.solutionIds),
    use_cases: names(state.useCaseIds),
    personas: names(state.personaIds),
    regions: names(state.regionIds),
    segments: names(state.segmentIds),
    industries: names(state.industryIds),
    value_drivers: names(state.valueDriverIds),
    owner_email: state.ownerId ? (lookups.userById.get(state.ownerId) ?? '') : '',
    contributor_emails: state.contributorIds.map((id) => lookups.userById.get(id) ?? '').join('; '),
    primary_url: state.primaryUrl ?? '',
    links: state.links.length ? JSON.stringify(state.links) : '',
    duration_minutes: state.durationMinutes?.toString() ?? '',
    slide_count: state.slideCount?.toString() ?? '',
    word_count: state.wordCount?.toString() ?? '',
    step_count: state.stepCount?.toString() ?? '',
    key_takeaway: state.keyTakeaway,
    safe_to_share: String(state.safeToShare),
    visibility: state.visibility,
    status: state.status,
    published_on: state.publishedOn ?? '',
    expires_on: state.expiresOn ?? '',
    last_verified_on: state.lastVerifiedOn ?? '',
    tags: state.tags.join('; '),
    lists: state.listIds.map((id) => listNames.get(id) ?? '').join('; '),
  };
}

/**
 * The library as CSV, the one export behind the API and the CLI: `internal` every column of the
 * assets of these statuses, `external` only published, external assets and only the outsider
 * columns. Every cell is escaped against formula injection (escapeCsvCell).
 */
export async function exportAssetsCsv(options: {
  db: Db;
  audience: 'internal' | 'external';
  statuses: AssetStatus[];
}): Promise<string> {
  const { db } = options;
  const rows = await getExportAssets(options);
  const columns: readonly CsvColumn[] = options.audience === 'external' ? outsiderCsvColumns : csvColumns;
  const lookups = await loadCsvLookups(db);
  const lists = new Map((await listListNames(db)).map((list) => [list.id, list.name]));
  const records: string[][] = [];
  for (const row of rows) {
    const record = csvRowOf(row.id, await assetState(db, row), lookups, lists);
    records.push(columns.map((column) => escapeCsvCell(record[column] ?? '')));
  }
  await recordAudit(db, {
    action: 'library.exported',
    details: { audience: options.audience, assets: rows.length },
  });
  return Papa.unparse({ fields: [...columns], data: records });
}

export function parseCsv(text: string): { rows: Record<string, string>[]; errors: string[] } {
  const result = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy' });
  return {
    rows: result.data,
    errors: result.errors.map((error) => `line ${(error.row ?? 0) + 2}: ${error.message}`),
  };
}

export type { CreateAssetInput };
