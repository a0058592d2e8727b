import type { Database } from '../../db/connect.ts';
import { pendingMigrations } from '../../db/migrate.ts';
import { AppError } from '../../errors.ts';
import { pingDatabase } from './system.repository.ts';

/**
 * Throws `not_ready` unless the database answers and every migration is applied. `migrated` is
 * what the caller saw before: once applied, migrations stay applied, so they are not read again.
 * Returns whether every migration is applied (always true when it returns).
 */
export async function checkReadiness(options: { db: Database['db']; migrated: boolean }): Promise<boolean> {
  let migrated = options.migrated;
  try {
    await pingDatabase(options.db);
    if (!migrated) migrated = (await pendingMigrations(options.db)).length === 0;
  } catch {
    throw new AppError('not_ready', 'The database is not reachable');
  }
  if (!migrated) throw new AppError('not_ready', 'Database migrations are pending; run `showcase migrate`');
  return migrated;
}
