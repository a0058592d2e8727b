import type { Database } from './connect.ts';

type Db = Database['db'];

/** Runs `work` in a transaction, joining the caller's when there is one (imports wrap many saves). */
export function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}
