import type { Insertable, Updateable } from 'kysely';
import type { Database } from '../../db/connect.ts';
import type { KeyResultsTable, ObjectivesTable } from '../../db/schema.ts';

type Db = Database['db'];

export function objectivesOfQuarter(db: Db, quarter: string) {
  return db
    .selectFrom('objectives')
    .leftJoin('users', 'users.id', 'objectives.owner_id')
    .selectAll('objectives')
    .select('users.name as owner_name')
    .where('quarter', '=', quarter)
    .orderBy('position')
    .orderBy('created_at')
    .execute();
}
export type ObjectiveRow = Awaited<ReturnType<typeof objectivesOfQuarter>>[number];

export function findObjective(db: Db, id: string) {
  return db
    .selectFrom('objectives')
    .leftJoin('users', 'users.id', 'objectives.owner_id')
    .selectAll('objectives')
    .select('users.name as owner_name')
    .where('objectives.id', '=', id)
    .executeTakeFirst();
}

/** Quarters with objectives, newest first. */
export async function quartersWithObjectives(db: Db) {
  const rows = await db
    .selectFrom('objectives')
    .select('quarter')
    .distinct()
    .orderBy('quarter', 'desc')
    .execute();
  return rows.map((row) => row.quarter);
}

export async function nextObjectivePosition(db: Db, quarter: string) {
  const row = await db
    .selectFrom('objectives')
    .select((eb) => eb.fn.max('position').as('max'))
    .where('quarter', '=', quarter)
    .executeTakeFirst();
  return (row?.max ?? -1) + 1;
}

export function insertObjective(db: Db, values: Insertable<ObjectivesTable>) {
  return db.insertInto('objectives').values(values).returning('id').executeTakeFirstOrThrow();
}

export function updateObjectiveRow(db: Db, id: string, values: Updateable<ObjectivesTable>) {
  return db.updateTable('objectives').set(values).where('id', '=', id).executeTakeFirst();
}

export function deleteObjectiveRow(db: Db, id: string) {
  return db.deleteFrom('objectives').where('id', '=', id).returning('title').executeTakeFirst();
}

export function keyResultsOf(db: Db, objectiveIds: string[]) {
  if (objectiveIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('key_results')
    .selectAll()
    .where('objective_id', 'in', objectiveIds)
    .orderBy('position')
    .orderBy('created_at')
    .execute();
}
export type KeyResultRow = Awaited<ReturnType<typeof keyResultsOf>>[number];

export function findKeyResult(db: Db, id: string) {
  return db.selectFrom('key_results').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function quarterOfObjective(db: Db, id: string) {
  const row = await db.selectFrom('objectives').select('quarter').where('id', '=', id).executeTakeFirst();
  return row?.quarter;
}

export async function nextKeyResultPosition(db: Db, objectiveId: string) {
  const row = await db
    .selectFrom('key_results')
    .select((eb) => eb.fn.max('position').as('max'))
    .where('objective_id', '=', objectiveId)
    .executeTakeFirst();
  return (row?.max ?? -1) + 1;
}

export function insertKeyResult(db: Db, values: Insertable<KeyResultsTable>) {
  return db.insertInto('key_results').values(values).returning('id').executeTakeFirstOrThrow();
}

export function updateKeyResultRow(db: Db, id: string, values: Updateable<KeyResultsTable>) {
  return db.updateTable('key_results').set(values).where('id', '=', id).executeTakeFirst();
}

export function deleteKeyResultRow(db: Db, id: string) {
  return db.deleteFrom('key_results').where('id', '=', id).returning('title').executeTakeFirst();
}

export function insertEntry(
  db: Db,
  values: { keyResultId: string; value: number; userId: string | null; at: Date },
) {
  return db
    .insertInto('key_result_entries')
    .values({
      key_result_id: values.keyResultId,
      value: values.value,
      entered_by: values.userId,
      entered_at: values.at,
    })
    .execute();
}

/** The entries of manual key results, oldest first. */
export function entriesOf(db: Db, keyResultIds: string[]) {
  if (keyResultIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('key_result_entries')
    .select(['key_result_id', 'value', 'entered_at'])
    .where('key_result_id', 'in', keyResultIds)
    .orderBy('entered_at')
    .execute();
}

/** The kind of each term (format, solution, persona, …) of `ids` that exists. */
export async function termKinds(db: Db, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db.selectFrom('terms').select(['id', 'kind']).where('id', 'in', ids).execute();
  return new Map(rows.map((row) => [row.id, row.kind]));
}

/** Names of terms and teams by id (for the filters in words). */
export async function namesOf(db: Db, termIds: string[], teamIds: string[]) {
  const [terms, teams] = await Promise.all([
    termIds.length ? db.selectFrom('terms').select(['id', 'name']).where('id', 'in', termIds).execute() : [],
    teamIds.length ? db.selectFrom('teams').select(['id', 'name']).where('id', 'in', teamIds).execute() : [],
  ]);
  return new Map([...terms, ...teams].map((row) => [row.id, row.name]));
}

export async function activeUserExists(db: Db, id: string) {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('id', '=', id)
    .where('active', '=', true)
    .executeTakeFirst();
  return Boolean(row);
}
