import Papa from 'papaparse';
import { isQuarter, type PlanStatus, planStatuses, publishWeek, quarterOf } from '../../../shared/plan.ts';
import { can } from '../../../shared/roles.ts';
import type { PlanImportField, PlanImportInput, PlanImportResult } from '../../../shared/schemas/plan.ts';
import type { Database } from '../../db/connect.ts';
import { withSavepoint } from '../../db/savepoint.ts';
import { bumpVersion } from '../../db/versions.ts';
import { AppError } from '../../errors.ts';
import type { Principal } from '../../http/context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { getAllTerms } from '../settings/settings.service.ts';
import { getAllUsers } from '../users/users.service.ts';
import {
  entriesOfQuarterByTitle,
  findImportMapping,
  insertPlanEntry,
  saveImportMapping,
  updatePlanEntryRow,
} from './plan.repository.ts';

type Db = Database['db'];
type Mapping = Record<string, PlanImportField | 'ignore'>;

class Rollback extends Error {}

/** Headings a content-plan spreadsheet tends to use, per field (lower case, spaces squeezed). */
const guesses: [PlanImportField, RegExp][] = [
  ['title', /^(title|name|content|piece|topic|content title)$/],
  ['format', /^(format|type|content type|asset type)$/],
  ['owner', /^(owner|author|dri|assignee|tmm|who)$/],
  ['solution', /^(solution|product area|area)$/],
  ['quarter', /^(quarter|qtr|fy quarter)$/],
  ['startDate', /^(start|start date|starts)$/],
  ['dueDate', /^(due|due date|publish date|publish week|date|target date)$/],
  ['status', /^(status|state|progress)$/],
  ['notes', /^(notes|comments|description)$/],
];

export function guessMapping(columns: string[]): Mapping {
  const taken = new Set<string>();
  const mapping: Mapping = {};
  for (const column of columns) {
    const key = column.trim().toLowerCase().replace(/\s+/g, ' ');
    const found = guesses.find(([field, pattern]) => !taken.has(field) && pattern.test(key));
    mapping[column] = found ? found[0] : 'ignore';
    if (found) taken.add(found[0]);
  }
  return mapping;
}

export async function getImportMapping(options: { db: Db; userId: string }) {
  return (await findImportMapping(options.db, options.userId)) ?? {};
}

/** A spreadsheet date: 2026-10-05, 10/5/2026 (US order, as Google Sheets exports it), or 5 Oct 2026. */
function readDay(value: string): string | undefined {
  const text = value.trim();
  const isoMatch = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const usMatch = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  let year: number;
  let month: number;
  let day: number;
  if (isoMatch) [year, month, day] = [Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3])];
  else if (usMatch) [year, month, day] = [Number(usMatch[3]), Number(usMatch[1]), Number(usMatch[2])];
  else {
    const parsed = Date.parse(`${text} UTC`);
    if (Number.isNaN(parsed) || !/[a-z]/i.test(text)) return undefined;
    const date = new Date(parsed);
    [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || year < 2000 || year > 2099) return undefined;
  return date.toISOString().slice(0, 10);
}

const statusWords: Record<string, PlanStatus> = {
  planned: 'planned',
  'not started': 'planned',
  todo: 'planned',
  'to do': 'planned',
  'in progress': 'in_progress',
  in_progress: 'in_progress',
  wip: 'in_progress',
  drafting: 'in_progress',
  published: 'published',
  done: 'published',
  live: 'published',
  dropped: 'dropped',
  cancelled: 'dropped',
  canceled: 'dropped',
};

/** "Q4 2026", "2026-Q4", "FY26 Q4" (calendar years only: a fiscal year is read as the year it names). */
function readQuarter(value: string): string | undefined {
  const text = value.trim().toUpperCase();
  if (isQuarter(text)) return text;
  const match = /^(?:Q([1-4])\s*[-/ ]?\s*(?:FY)?(\d{2,4})|(?:FY)?(\d{2,4})\s*[-/ ]?\s*Q([1-4]))$/.exec(text);
  if (!match) return undefined;
  const quarter = match[1] ?? match[4];
  const yearText = match[2] ?? match[3] ?? '';
  const year = yearText.length === 2 ? `20${yearText}` : yearText;
  return year.length === 4 ? `${year}-Q${quarter}` : undefined;
}

/**
 * Imports a content-plan spreadsheet. Each row becomes a plan entry (or updates the entry of the
 * same title in the same quarter), through one transaction with a savepoint per row; a dry run,
 * or any refused row, rolls everything back, so a failed import changes nothing. Errors name the
 * spreadsheet's column.
 */
export async function importPlan(options: { db: Db; input: PlanImportInput; principal: Principal }) {
  const { input, principal } = options;
  const parsed = Papa.parse<Record<string, string>>(input.content.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
  });
  const columns = (parsed.meta.fields ?? []).filter((column) => column.trim() !== '');
  if (columns.length === 0)
    throw new AppError('validation_failed', 'The file has no heading row', {
      fields: { content: 'has no heading row' },
    });
  const remembered = (await findImportMapping(options.db, principal.userId)) as Mapping | undefined;
  const base = guessMapping(columns);
  const mapping: Mapping = {};
  for (const column of columns)
    mapping[column] = input.mapping?.[column] ?? remembered?.[column] ?? base[column] ?? 'ignore';
  for (const column of Object.keys(input.mapping ?? {}))
    if (!columns.includes(column))
      throw new AppError('validation_failed', `No column “${column}” in the file`, {
        fields: { [`mapping.${column}`]: 'is not a column of the file' },
      });
  const columnOf = new Map<PlanImportField, string>();
  for (const [column, field] of Object.entries(mapping)) {
    if (field === 'ignore') continue;
    if (columnOf.has(field))
      throw new AppError('validation_failed', `Two columns fill ${field}`, {
        fields: { [`mapping.${column}`]: `${field} is already filled by “${columnOf.get(field)}”` },
      });
    columnOf.set(field, column);
  }
  if (!columnOf.has('title') || !columnOf.has('dueDate'))
    throw new AppError('validation_failed', 'Map a column to the title and one to the due (publish) date', {
      fields: {
        mapping: `needs ${['title', 'dueDate'].filter((field) => !columnOf.has(field as PlanImportField)).join(' and ')}`,
      },
    });

  const [terms, users, existing] = await Promise.all([
    getAllTerms({ db: options.db }),
    getAllUsers({ db: options.db }),
    entriesOfQuarterByTitle(options.db),
  ]);
  const termByName = (kind: string) =>
    new Map(
      terms
        .filter((term) => term.kind === kind && !term.archived_at)
        .map((term) => [term.name.toLowerCase(), term.id]),
    );
  const formats = termByName('format');
  const solutions = termByName('solution');
  const owners = new Map<string, string>();
  for (const user of users)
    if (user.active && can(user.role, 'plan.edit')) {
      owners.set(user.email.toLowerCase(), user.id);
      owners.set(user.name.toLowerCase(), user.id);
    }
  const entryByKey = new Map(
    existing.map((entry) => [`${entry.quarter}|${entry.title.toLowerCase()}`, entry.id]),
  );

  const rows: PlanImportResult['rows'] = [];
  const items: { index: number; values: Parameters<typeof insertPlanEntry>[1]; matchId?: string }[] = [];
  const seen = new Set<string>();
  for (const [index, record] of parsed.data.entries()) {
    const cell = (field: PlanImportField) => {
      const column = columnOf.get(field);
      return column ? (record[column] ?? '').trim() : '';
    };
    const errors: Record<string, string> = {};
    const fail = (field: PlanImportField, message: string) => {
      errors[columnOf.get(field) ?? field] = message;
    };
    const title = cell('title');
    if (!title) fail('title', 'is empty');
    else if (title.length > 200) fail('title', 'must be at most 200 characters');
    const due = readDay(cell('dueDate'));
    if (!due) fail('dueDate', cell('dueDate') ? `“${cell('dueDate')}” is not a date` : 'is empty');
    const week = due ? publishWeek(due) : undefined;
    let startDate = week?.startDate;
    if (cell('startDate')) {
      startDate = readDay(cell('startDate'));
      if (!startDate) fail('startDate', `“${cell('startDate')}” is not a date`);
      else if (due && startDate > due) fail('startDate', 'is after the due date');
    }
    let quarter = due ? quarterOf(new Date(`${due}T00:00:00Z`)) : undefined;
    if (cell('quarter')) {
      quarter = readQuarter(cell('quarter'));
      if (!quarter) fail('quarter', `“${cell('quarter')}” is not a quarter like 2026-Q4`);
    }
    const lookup = (field: PlanImportField, names: Map<string, string>, what: string) => {
      const value = cell(field);
      if (!value) return null;
      const id = names.get(value.toLowerCase());
      if (!id) fail(field, `“${value}” is not ${what}`);
      return id ?? null;
    };
    const formatId = lookup('format', formats, 'a format of the workspace');
    const solutionId = lookup('solution', solutions, 'a solution of the workspace');
    const ownerId = lookup('owner', owners, 'an active TMM or admin (name or email)');
    let status: PlanStatus = 'planned';
    if (cell('status')) {
      const found = statusWords[cell('status').toLowerCase()];
      if (!found) fail('status', `“${cell('status')}” is not one of ${planStatuses.join(', ')}`);
      else status = found;
    }
    const notes = cell('notes');
    if (notes.length > 5000) fail('notes', 'must be at most 5000 characters');
    if ([...title, ...notes].some((char) => char === '\u0000'))
      fail('title', 'must not contain a NUL character');
    const key = `${quarter}|${title.toLowerCase()}`;
    if (title && quarter && seen.has(key)) fail('title', `is on an earlier row too, in ${quarter}`);
    seen.add(key);
    const refused = Object.keys(errors).length > 0;
    const matchId = entryByKey.get(key);
    rows.push({ row: index + 2, action: refused ? 'refuse' : matchId ? 'update' : 'create', title, errors });
    if (!refused && due && startDate && quarter)
      items.push({
        index,
        matchId,
        values: {
          title,
          format_id: formatId,
          solution_id: solutionId,
          owner_id: ownerId,
          quarter,
          start_date: startDate,
          due_date: due,
          status,
          notes,
          created_by: principal.userId,
        },
      });
  }
  const refused = rows.filter((row) => row.action === 'refuse').length;
  const apply = !input.dryRun && refused === 0;
  try {
    await options.db.transaction().execute(async (trx) => {
      for (const item of items) {
        const row = rows[rows.findIndex((candidate) => candidate.row === item.index + 2)];
        try {
          await withSavepoint(trx, `plan_row_${item.index}`, async () => {
            if (item.matchId) {
              await bumpVersion(trx, 'plan_entries', item.matchId, undefined);
              const { created_by: _, ...changes } = item.values;
              await updatePlanEntryRow(trx, item.matchId, changes);
            } else await insertPlanEntry(trx, item.values);
          });
        } catch (error) {
          if (!row) throw error;
          row.action = 'refuse';
          row.errors[columnOf.get('title') ?? 'title'] =
            error instanceof Error ? error.message : 'could not be stored';
        }
      }
      if (!apply || rows.some((row) => row.action === 'refuse')) throw new Rollback();
      await saveImportMapping(trx, principal.userId, mapping);
      await recordAudit(trx, {
        action: 'plan.imported',
        details: {
          rows: rows.length,
          created: rows.filter((row) => row.action === 'create').length,
          updated: rows.filter((row) => row.action === 'update').length,
        },
      });
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  const count = (action: string) => rows.filter((row) => row.action === action).length;
  const finalRefused = count('refuse');
  return {
    dryRun: input.dryRun,
    applied: apply && finalRefused === 0,
    columns,
    mapping,
    created: count('create'),
    updated: count('update'),
    refused: finalRefused,
    rows,
  } satisfies PlanImportResult;
}
