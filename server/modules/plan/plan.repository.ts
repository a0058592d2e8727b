import type { Insertable, Kysely, Updateable } from 'kysely';
import { sql } from 'kysely';
import type { PlanStatus } from '../../../shared/plan.ts';
import type { Database } from '../../db/connect.ts';
import type { DB, PlanEntriesTable, PlanEventsTable } from '../../db/schema.ts';

type Db = Database['db'];

/** What an update of a plan entry may change. */
export type PlanEntryChanges = Updateable<PlanEntriesTable>;

function entryQuery(db: Kysely<DB>) {
  return db
    .selectFrom('plan_entries as e')
    .leftJoin('users as owner', 'owner.id', 'e.owner_id')
    .leftJoin('terms as format', 'format.id', 'e.format_id')
    .leftJoin('terms as solution', 'solution.id', 'e.solution_id')
    .leftJoin('requests as r', 'r.id', 'e.request_id')
    .leftJoin('assets as a', 'a.id', 'e.asset_id')
    .selectAll('e')
    .select([
      'owner.name as owner_name',
      'format.name as format_name',
      'solution.name as solution_name',
      'r.number as request_number',
      'r.title as request_title',
      'r.requester_id as request_requester_id',
      'r.team_id as request_team_id',
      'a.title as asset_title',
      'a.status as asset_status',
    ]);
}
export type PlanEntryRow = Awaited<ReturnType<ReturnType<typeof entryQuery>['executeTakeFirstOrThrow']>>;

export function findPlanEntryRow(db: Db, id: string, lock = false) {
  let query = entryQuery(db).where('e.id', '=', id);
  if (lock) query = query.forUpdate('e');
  return query.executeTakeFirst();
}

export function findPlanEntryOfRequest(db: Db, requestId: string) {
  return entryQuery(db).where('e.request_id', '=', requestId).executeTakeFirst();
}

export function findPlanEntryOfAsset(db: Db, assetId: string) {
  return entryQuery(db).where('e.asset_id', '=', assetId).orderBy('e.created_at').executeTakeFirst();
}

export function listPlanEntryRows(
  db: Db,
  filters: {
    quarter?: string;
    ownerId?: string;
    status?: PlanStatus;
    overlaps?: { from: string; to: string };
  },
) {
  let query = entryQuery(db).orderBy('e.due_date').orderBy('e.title').orderBy('e.id');
  if (filters.quarter) query = query.where('e.quarter', '=', filters.quarter);
  if (filters.ownerId) query = query.where('e.owner_id', '=', filters.ownerId);
  if (filters.status) query = query.where('e.status', '=', filters.status);
  if (filters.overlaps) {
    const { from, to } = filters.overlaps;
    query = query.where('e.start_date', '<=', to).where('e.due_date', '>=', from);
  }
  return query.execute();
}

/** Entries of a roadmap: planned in the quarter, or due within its days. */
export function roadmapEntryRows(db: Db, quarter: string, from: string, to: string) {
  return entryQuery(db)
    .where((eb) =>
      eb.or([
        eb('e.quarter', '=', quarter),
        eb.and([eb('e.due_date', '>=', from), eb('e.due_date', '<=', to)]),
      ]),
    )
    .orderBy('e.start_date')
    .orderBy('e.title')
    .orderBy('e.id')
    .execute();
}

/** The entries a feed carries: every one, or one owner's, without dropped ones. */
export function feedEntryRows(db: Db, ownerId: string | null) {
  let query = entryQuery(db).where('e.status', '!=', 'dropped').orderBy('e.start_date').orderBy('e.id');
  if (ownerId) query = query.where('e.owner_id', '=', ownerId);
  return query.execute();
}

export function insertPlanEntry(db: Db, values: Insertable<PlanEntriesTable>) {
  return db.insertInto('plan_entries').values(values).returning('id').executeTakeFirstOrThrow();
}

/**
 * A request's entry, made once: a second call (the request back in the backlog, assigned again)
 * finds the row the unique request_id keeps, even when two transitions race.
 */
export async function insertPlanEntryOnce(db: Db, values: Insertable<PlanEntriesTable>) {
  const inserted = await db
    .insertInto('plan_entries')
    .values(values)
    .onConflict((oc) => oc.column('request_id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted ? { id: inserted.id, created: true } : { id: undefined, created: false };
}

export function updatePlanEntryRow(db: Db, id: string, values: Updateable<PlanEntriesTable>) {
  return db
    .updateTable('plan_entries')
    .set({ ...values, updated_at: sql`now()` })
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Deletes an entry; answers its title, or undefined when there was none. */
export function deletePlanEntryRow(db: Db, id: string) {
  return db.deleteFrom('plan_entries').where('id', '=', id).returning('title').executeTakeFirst();
}

/** Entries in a quarter by title, lower case, for the spreadsheet import's updates. */
export function entriesOfQuarterByTitle(db: Db) {
  return db.selectFrom('plan_entries').select(['id', 'title', 'quarter', 'version']).execute();
}

/** Active team members with their capacity, for the roadmap's lanes. */
export function teamCapacities(db: Db) {
  return db
    .selectFrom('team_members as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id as user_id', 'u.name', 'm.quarterly_capacity'])
    .where('m.archived_at', 'is', null)
    .where('u.active', '=', true)
    .orderBy('u.name')
    .execute();
}

function eventQuery(db: Kysely<DB>) {
  return db
    .selectFrom('plan_events as ev')
    .leftJoin('users as owner', 'owner.id', 'ev.owner_id')
    .selectAll('ev')
    .select('owner.name as owner_name');
}
export type PlanEventRow = Awaited<ReturnType<ReturnType<typeof eventQuery>['executeTakeFirstOrThrow']>>;

export function findPlanEventRow(db: Db, id: string) {
  return eventQuery(db).where('ev.id', '=', id).executeTakeFirst();
}

export function listPlanEventRows(db: Db, filters: { from?: Date; to?: Date; ownerId?: string | null }) {
  let query = eventQuery(db).orderBy('ev.starts_at').orderBy('ev.id');
  if (filters.from) query = query.where('ev.ends_at', '>=', filters.from);
  if (filters.to) query = query.where('ev.starts_at', '<', filters.to);
  if (filters.ownerId) query = query.where('ev.owner_id', '=', filters.ownerId);
  return query.execute();
}

export function insertPlanEvent(db: Db, values: Insertable<PlanEventsTable>) {
  return db.insertInto('plan_events').values(values).returning('id').executeTakeFirstOrThrow();
}

export function updatePlanEventRow(db: Db, id: string, values: Updateable<PlanEventsTable>) {
  return db
    .updateTable('plan_events')
    .set({ ...values, updated_at: sql`now()` })
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Deletes a calendar event; answers its title, or undefined when there was none. */
export function deletePlanEventRow(db: Db, id: string) {
  return db.deleteFrom('plan_events').where('id', '=', id).returning('title').executeTakeFirst();
}

export function listFeedRows(db: Db, userId: string) {
  return db.selectFrom('calendar_feeds').selectAll().where('user_id', '=', userId).orderBy('scope').execute();
}

/** Issues a feed's secret, replacing the one before (whose address stops working at once). */
export function upsertFeed(db: Db, userId: string, scope: 'mine' | 'team', tokenHash: string, at: Date) {
  return db
    .insertInto('calendar_feeds')
    .values({ user_id: userId, scope, token_hash: tokenHash, created_at: at })
    .onConflict((oc) =>
      oc
        .columns(['user_id', 'scope'])
        .doUpdateSet({ token_hash: tokenHash, created_at: at, last_read_at: null }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function deleteFeed(db: Db, userId: string, scope: 'mine' | 'team') {
  const result = await db
    .deleteFrom('calendar_feeds')
    .where('user_id', '=', userId)
    .where('scope', '=', scope)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** The feed a secret opens, with its owner (who must still be active and allowed to read the plan). */
export function findFeedByHash(db: Db, tokenHash: string) {
  return db
    .selectFrom('calendar_feeds as f')
    .innerJoin('users as u', 'u.id', 'f.user_id')
    .select(['f.id', 'f.scope', 'f.user_id', 'u.role', 'u.active', 'u.name'])
    .where('f.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export function touchFeed(db: Db, id: string, at: Date) {
  return db.updateTable('calendar_feeds').set({ last_read_at: at }).where('id', '=', id).execute();
}

export async function findImportMapping(db: Db, userId: string) {
  const row = await db
    .selectFrom('plan_import_mappings')
    .select('mapping')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.mapping;
}

export function saveImportMapping(db: Db, userId: string, mapping: Record<string, string>) {
  return db
    .insertInto('plan_import_mappings')
    .values({ user_id: userId, mapping: JSON.stringify(mapping) })
    .onConflict((oc) =>
      oc.column('user_id').doUpdateSet({ mapping: JSON.stringify(mapping), updated_at: sql`now()` }),
    )
    .execute();
}

/** The first format term a request asks for, for its plan entry. */
export async function firstRequestFormat(db: Db, requestId: string) {
  const row = await db
    .selectFrom('request_terms as rt')
    .innerJoin('terms as t', 't.id', 'rt.term_id')
    .select('t.id')
    .where('rt.request_id', '=', requestId)
    .where('t.kind', '=', 'format')
    .orderBy('t.position')
    .executeTakeFirst();
  return row?.id ?? null;
}
