import type { Insertable, Selectable } from 'kysely';
import type { Database } from '../../db/connect.ts';
import type { ImportsTable } from '../../db/schema.ts';

type Db = Database['db'];
/** An import with its file: only the worker that runs it reads the file. */
export type ImportWithFile = Selectable<ImportsTable>;
/** An import as the API shows it: everything but the stored file. */
export type ImportRow = Omit<ImportWithFile, 'input'>;

/**
 * Every column but `input`: a 10,000-entry file is megabytes, and the web app polls an import's
 * progress several times a second, so reading the file back each time would cost every poll a
 * megabyte-sized parse on the server's thread.
 */
const withoutFile = [
  'id',
  'kind',
  'dry_run',
  'file_name',
  'actor_id',
  'state',
  'phase',
  'done',
  'total',
  'result',
  'error',
  'created_at',
  'started_at',
  'finished_at',
] as const satisfies readonly Exclude<keyof ImportWithFile, 'input'>[];

export function insertImport(db: Db, values: Insertable<ImportsTable>): Promise<ImportRow> {
  return db.insertInto('imports').values(values).returning(withoutFile).executeTakeFirstOrThrow();
}

export function findImport(db: Db, id: string): Promise<ImportRow | undefined> {
  return db.selectFrom('imports').select(withoutFile).where('id', '=', id).executeTakeFirst();
}

/**
 * Marks an import running and hands back its file. Only the job holding the import's lease calls
 * this, so a `running` import here is one whose earlier worker stopped: its transaction was rolled
 * back, and the import starts again from the first entry.
 */
export function claimImport(db: Db, id: string, now: Date): Promise<ImportWithFile | undefined> {
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
  let query = db.selectFrom('imports').select(withoutFile).orderBy('created_at', 'desc').limit(limit);
  if (actorId) query = query.where('actor_id', '=', actorId);
  return query.execute();
}
