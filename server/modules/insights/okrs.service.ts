import type { z } from 'zod';
import {
  historyDays,
  type OkrFilterKey,
  type OkrFilters,
  type OkrMeasure,
  okrFilterLabels,
  okrMeasureInfo,
  okrStatus,
  progressOf,
  quarterDays,
  quarterElapsed,
  quarterOf,
} from '../../../shared/okrs.ts';
import { measureLabels } from '../../../shared/schemas/insights.ts';
import type {
  createKeyResultSchema,
  createObjectiveSchema,
  updateKeyResultSchema,
  updateObjectiveSchema,
} from '../../../shared/schemas/okrs.ts';
import type { Database } from '../../db/connect.ts';
import { bumpVersion, type ExpectedVersion } from '../../db/versions.ts';
import { AppError, type FieldErrors } from '../../errors.ts';
import type { Principal } from '../../http/context.ts';
import { deleteRecorded } from '../audit/audit.service.ts';
import { measureSeries } from './measures.repository.ts';
import * as repo from './okrs.repository.ts';

type Db = Database['db'];
type CreateObjectiveInput = z.infer<typeof createObjectiveSchema>;
type UpdateObjectiveInput = z.infer<typeof updateObjectiveSchema>;
type CreateKeyResultInput = z.infer<typeof createKeyResultSchema>;
type UpdateKeyResultInput = z.infer<typeof updateKeyResultSchema>;

const today = (now: Date) => now.toISOString().slice(0, 10);

/** A key result as computed now: its value, progress, status against the time gone, history by week. */
export interface ComputedKeyResult {
  row: repo.KeyResultRow;
  value: number | null;
  progress: number;
  status: 'done' | 'on_track' | 'at_risk';
  history: { day: string; value: number | null }[];
  filterSummary: string;
}

export interface ComputedObjective {
  row: repo.ObjectiveRow;
  keyResults: ComputedKeyResult[];
  progress: number;
}

/** A manual key result's value on each day: the last entry made by the end of that day. */
function manualSeries(entries: { value: number; entered_at: Date }[], days: string[]) {
  return days.map((day) => {
    const cutoff = Date.parse(`${day}T00:00:00Z`) + 86_400_000;
    let value: number | null = null;
    for (const entry of entries) if (entry.entered_at.getTime() < cutoff) value = entry.value;
    return value;
  });
}

async function filterSummaries(db: Db, rows: repo.KeyResultRow[]) {
  const termIds = new Set<string>();
  const teamIds = new Set<string>();
  for (const row of rows)
    for (const [key, value] of Object.entries(row.filters))
      if (key === 'teamId') teamIds.add(value);
      else if (key.endsWith('Id')) termIds.add(value);
  const names = await repo.namesOf(db, [...termIds], [...teamIds]);
  return (filters: OkrFilters) =>
    (Object.entries(filters) as [OkrFilterKey, string][])
      .map(([key, value]) => {
        const shown =
          key === 'engagement'
            ? (measureLabels[value as keyof typeof measureLabels] ?? value)
            : key === 'visibility'
              ? value === 'external'
                ? 'External'
                : 'Internal'
              : (names.get(value) ?? 'Removed');
        return `${okrFilterLabels[key]}: ${shown}`;
      })
      .join(' · ');
}

async function compute(db: Db, objectives: repo.ObjectiveRow[], now: Date): Promise<ComputedObjective[]> {
  const keyResults = await repo.keyResultsOf(
    db,
    objectives.map((objective) => objective.id),
  );
  const manual = keyResults.filter((row) => row.measure === 'manual');
  const [entries, summarise] = await Promise.all([
    repo.entriesOf(
      db,
      manual.map((row) => row.id),
    ),
    filterSummaries(db, keyResults),
  ]);
  const entriesBy = Map.groupBy(entries, (entry) => entry.key_result_id);
  const quarterOfObjective = new Map(objectives.map((objective) => [objective.id, objective.quarter]));
  const computed = await Promise.all(
    keyResults.map(async (row): Promise<ComputedKeyResult> => {
      const quarter = quarterOfObjective.get(row.objective_id) ?? quarterOf(now);
      const days = historyDays(quarter, today(now));
      const values =
        row.measure === 'manual'
          ? manualSeries(entriesBy.get(row.id) ?? [], days)
          : await measureSeries(db, {
              measure: row.measure as Exclude<OkrMeasure, 'manual'>,
              filters: row.filters,
              from: quarterDays(quarter).from,
              days,
            });
      const value = values.at(-1) ?? (row.measure === 'manual' ? null : 0);
      const progress = progressOf(value ?? 0, row.target);
      return {
        row,
        value,
        progress,
        status: okrStatus(progress, quarterElapsed(quarter, today(now))),
        history: days.map((day, index) => ({ day, value: values[index] ?? null })),
        filterSummary: summarise(row.filters),
      };
    }),
  );
  const byObjective = Map.groupBy(computed, (keyResult) => keyResult.row.objective_id);
  return objectives.map((row) => {
    const results = byObjective.get(row.id) ?? [];
    const progress = results.length ? results.reduce((sum, kr) => sum + kr.progress, 0) / results.length : 0;
    return { row, keyResults: results, progress };
  });
}

/** A quarter's objectives with every key result computed now. */
export async function listOkrs(options: { db: Db; quarter?: string; now: Date }) {
  const quarter = options.quarter ?? quarterOf(options.now);
  const [rows, quarters] = await Promise.all([
    repo.objectivesOfQuarter(options.db, quarter),
    repo.quartersWithObjectives(options.db),
  ]);
  return {
    quarter,
    ...quarterDays(quarter),
    elapsed: quarterElapsed(quarter, today(options.now)),
    quarters: [...new Set([quarterOf(options.now), ...quarters])].sort().reverse(),
    objectives: await compute(options.db, rows, options.now),
  };
}

export async function getObjective(options: { db: Db; id: string; now: Date }) {
  const row = await repo.findObjective(options.db, options.id);
  if (!row) throw new AppError('not_found', 'Objective not found');
  const [objective] = await compute(options.db, [row], options.now);
  if (!objective) throw new AppError('not_found', 'Objective not found');
  return objective;
}

/** The filters' records exist and are of the kind each filter names; a filter the measure does not take is refused. */
async function checkFilters(db: Db, measure: OkrMeasure, filters: OkrFilters, prefix: string) {
  const fields: FieldErrors = {};
  const info = okrMeasureInfo[measure];
  for (const key of Object.keys(filters) as OkrFilterKey[])
    if (!info.filters.includes(key)) fields[`${prefix}filters.${key}`] = `does not apply to “${info.label}”`;
  const wanted: [OkrFilterKey, string][] = [
    ['formatId', 'format'],
    ['solutionId', 'solution'],
    ['personaId', 'persona'],
  ];
  const termIds = wanted.map(([key]) => filters[key]).filter((id): id is string => Boolean(id));
  const [kinds, teams] = await Promise.all([
    repo.termKinds(db, termIds),
    filters.teamId ? repo.namesOf(db, [], [filters.teamId]) : Promise.resolve(new Map()),
  ]);
  for (const [key, kind] of wanted) {
    const id = filters[key];
    if (id && kinds.get(id) !== kind)
      fields[`${prefix}filters.${key}`] = `is not a ${kind} in this workspace`;
  }
  if (filters.teamId && !teams.has(filters.teamId))
    fields[`${prefix}filters.teamId`] = 'is not a team in this workspace';
  if (Object.keys(fields).length)
    throw new AppError('validation_failed', 'Some filters do not fit', { fields });
}

function checkTarget(measure: OkrMeasure, target: number, prefix: string) {
  if (okrMeasureInfo[measure].unit === 'percent' && target > 100)
    throw new AppError('validation_failed', 'The target is a percentage', {
      fields: { [`${prefix}target`]: 'is a percentage: at most 100' },
    });
}

async function checkOwner(db: Db, ownerId: string | null | undefined) {
  if (ownerId && !(await repo.activeUserExists(db, ownerId)))
    throw new AppError('validation_failed', 'The owner is not an active account', {
      fields: { ownerId: 'is not an active account' },
    });
}

async function addKeyResultRow(db: Db, objectiveId: string, input: CreateKeyResultInput, prefix = '') {
  const filters = input.filters ?? {};
  await checkFilters(db, input.measure, filters, prefix);
  checkTarget(input.measure, input.target, prefix);
  return repo.insertKeyResult(db, {
    objective_id: objectiveId,
    position: await repo.nextKeyResultPosition(db, objectiveId),
    title: input.title,
    measure: input.measure,
    filters: JSON.stringify(filters),
    target: input.target,
  });
}

export async function createObjective(options: {
  db: Db;
  input: CreateObjectiveInput;
  principal: Principal;
  now: Date;
}) {
  const { input } = options;
  const id = await options.db.transaction().execute(async (db) => {
    await checkOwner(db, input.ownerId);
    const { id } = await repo.insertObjective(db, {
      quarter: input.quarter,
      title: input.title,
      description: input.description ?? '',
      owner_id: input.ownerId ?? null,
      position: await repo.nextObjectivePosition(db, input.quarter),
      created_by: options.principal.userId,
    });
    for (const [index, keyResult] of (input.keyResults ?? []).entries())
      await addKeyResultRow(db, id, keyResult, `keyResults.${index}.`);
    return id;
  });
  return getObjective({ db: options.db, id, now: options.now });
}

export async function updateObjective(options: {
  db: Db;
  id: string;
  input: UpdateObjectiveInput;
  expected?: ExpectedVersion;
  now: Date;
}) {
  const { input } = options;
  await options.db.transaction().execute(async (db) => {
    if ((await bumpVersion(db, 'objectives', options.id, options.expected)) === undefined)
      throw new AppError('not_found', 'Objective not found');
    await checkOwner(db, input.ownerId);
    await repo.updateObjectiveRow(db, options.id, {
      title: input.title,
      description: input.description,
      owner_id: input.ownerId,
      position: input.position,
      updated_at: options.now,
    });
  });
  return getObjective({ db: options.db, id: options.id, now: options.now });
}

export function deleteObjective(options: { db: Db; id: string }) {
  return deleteRecorded(
    options.db,
    (db) => repo.deleteObjectiveRow(db, options.id),
    'Objective not found',
    (row) => ({
      action: 'okr.objective_deleted',
      target: { type: 'objective', id: options.id, label: row.title },
    }),
  );
}

export async function addKeyResult(options: {
  db: Db;
  objectiveId: string;
  input: CreateKeyResultInput;
  now: Date;
}) {
  await options.db.transaction().execute(async (db) => {
    if ((await bumpVersion(db, 'objectives', options.objectiveId, undefined)) === undefined)
      throw new AppError('not_found', 'Objective not found');
    await addKeyResultRow(db, options.objectiveId, options.input);
  });
  return getObjective({ db: options.db, id: options.objectiveId, now: options.now });
}

async function keyResultOrThrow(db: Db, id: string) {
  const row = await repo.findKeyResult(db, id);
  if (!row) throw new AppError('not_found', 'Key result not found');
  return row;
}

export async function updateKeyResult(options: {
  db: Db;
  id: string;
  input: UpdateKeyResultInput;
  expected?: ExpectedVersion;
  now: Date;
}) {
  const { input } = options;
  await options.db.transaction().execute(async (db) => {
    if ((await bumpVersion(db, 'key_results', options.id, options.expected)) === undefined)
      throw new AppError('not_found', 'Key result not found');
    const row = await keyResultOrThrow(db, options.id);
    const measure = (input.measure ?? row.measure) as OkrMeasure;
    // A new measure drops the filters it does not take, unless new filters are given.
    const filters =
      input.filters ??
      Object.fromEntries(
        Object.entries(row.filters).filter(([key]) =>
          okrMeasureInfo[measure].filters.includes(key as OkrFilterKey),
        ),
      );
    await checkFilters(db, measure, filters, '');
    checkTarget(measure, input.target ?? row.target, '');
    await repo.updateKeyResultRow(db, options.id, {
      title: input.title,
      measure,
      filters: JSON.stringify(filters),
      target: input.target,
      position: input.position,
      updated_at: options.now,
    });
  });
  return getKeyResult({ db: options.db, id: options.id, now: options.now });
}

export function deleteKeyResult(options: { db: Db; id: string }) {
  return deleteRecorded(
    options.db,
    (db) => repo.deleteKeyResultRow(db, options.id),
    'Key result not found',
    (row) => ({
      action: 'okr.key_result_deleted',
      target: { type: 'key_result', id: options.id, label: row.title },
    }),
  );
}

/** Enters today's number of a manual key result (each entry kept: its history). */
export async function enterKeyResultValue(options: {
  db: Db;
  id: string;
  value: number;
  principal: Principal;
  now: Date;
}) {
  const row = await keyResultOrThrow(options.db, options.id);
  if (row.measure !== 'manual')
    throw new AppError('validation_failed', 'This key result is computed from Showcase’s data', {
      fields: { value: 'is computed, not entered: change the measure to “A number entered by hand” first' },
    });
  // A number counts from the day it is entered: one entered outside its quarter would never show.
  const quarter = await repo.quarterOfObjective(options.db, row.objective_id);
  if (quarter !== quarterOf(options.now))
    throw new AppError('validation_failed', 'Numbers are entered while their quarter runs', {
      fields: { value: `can be entered only during ${quarter?.replace('-', ' ')}, the objective’s quarter` },
    });
  await repo.insertEntry(options.db, {
    keyResultId: row.id,
    value: options.value,
    userId: options.principal.userId,
    at: options.now,
  });
  return getKeyResult({ db: options.db, id: row.id, now: options.now });
}

/** One key result computed now, with its objective. */
export async function getKeyResult(options: { db: Db; id: string; now: Date }) {
  const row = await keyResultOrThrow(options.db, options.id);
  const objective = await getObjective({ db: options.db, id: row.objective_id, now: options.now });
  const keyResult = objective.keyResults.find((kr) => kr.row.id === row.id);
  if (!keyResult) throw new AppError('not_found', 'Key result not found');
  return { objective, keyResult };
}
