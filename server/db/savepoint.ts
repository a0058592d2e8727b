import { sql } from 'kysely';
import type { Database } from './connect.ts';

/**
 * Runs `work` behind a savepoint of the caller's transaction: released when it succeeds, rolled back
 * to (and the error rethrown) when it fails, so one failed step costs only itself.
 * `name` must be a plain SQL identifier.
 */
export async function withSavepoint<T>(
  trx: Database['db'],
  name: string,
  work: () => Promise<T>,
): Promise<T> {
  if (!/^[a-z_][a-z0-9_]*$/i.test(name)) throw new Error(`Not a savepoint name: ${name}`);
  const savepoint = sql.raw(name);
  await sql`SAVEPOINT ${savepoint}`.execute(trx);
  try {
    const result = await work();
    await sql`RELEASE SAVEPOINT ${savepoint}`.execute(trx);
    return result;
  } catch (error) {
    await sql`ROLLBACK TO SAVEPOINT ${savepoint}`.execute(trx);
    throw error;
  }
}
