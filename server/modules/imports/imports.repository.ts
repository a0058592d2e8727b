import type { Insertable, Selectable } from 'kysely';
import type { Database } from '../../db/connect.ts';
import type { ImportsTable } from '../../db/schema.ts';

type Db = Database['db'];
export type ImportRow = Selectable<ImportsTable>;

export function insertImport(db: Db, values: Insertable<ImportsTable>) {
  return db.insertInto('imports').values(values).returningAll().executeTakeFirstOrThrow();
}

export function findImport(db: Db, id: string) {
  return db.selectFrom('imports').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Marks an import running and hands back its file. Only the job holding the import's lease calls
 * this, so a `running` import here is one whose earlier worker stopped: its transaction was rolled
 * back, and the import starts again from the first entry.
 */
export function claimImport(db: Db, id: string, now: Date) {
  return db
    .updateTable('imports')
    .set({ state: 'running', started_at: now, done: 0 })
    .where('id', '=', id)
    .where('state', 'in', ['queued', 'running'])
    .returningAll()
    .executeTakeFirst();
}

export async function recordProgress(
  db: Db,
  id: string,
  progress: { done: number; total: number; phase?: string },
) {
  await db.updateTable('imports').set(progress).where('id', '=', id).execute();
}

export async function finishImport(
  db: Db,
  id: string,
  outcome: {
    state: 'succeeded' | 'failed';
    result: string | null;
    error: string | null;
    done?: number;
    now: Date;
  },
) {
  await db
    .updateTable('imports')
    .set({
      state: outcome.state,
      result: outcome.result,
      error: outcome.error,
      input: null,
      finished_at: outcome.now,
      ...(outcome.done === undefined ? {} : { done: outcome.done }),
    })
    .where('id', '=', id)
    .execute();
}

export function listRecentImports(db: Db, actorId: string | null, limit: number) {
  let query = db.selectFrom('imports').selectAll().orderBy('created_at', 'desc').limit(limit);
  if (actorId) query = query.where('actor_id', '=', actorId);
  return query.execute();
}
