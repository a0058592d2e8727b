import type { Database } from '../../server/db/connect.ts';
import { migrateToLatest } from '../../server/db/migrate.ts';
import { ensureWorkspace } from '../../server/seed/defaults.ts';

/** What every test database starts as: migrated, with the default workspace taxonomy. */
export async function prepareTemplate(database: Database) {
  await migrateToLatest(database.db);
  await ensureWorkspace(database.db, 'Test workspace');
}

export function databaseUrl(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}
