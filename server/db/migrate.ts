import { type Kysely, type Migration, Migrator } from 'kysely';
import * as foundation from './migrations/0001_foundation.ts';
import * as library from './migrations/0002_library.ts';
import * as requests from './migrations/0003_requests.ts';
import * as demos from './migrations/0004_demos.ts';
import * as search from './migrations/0005_search.ts';
import * as files from './migrations/0007_files.ts';
import * as jobs from './migrations/0008_jobs.ts';
import * as imports from './migrations/0009_imports.ts';
import type { DB } from './schema.ts';

/** Every migration, in order. Add new files here; the same list runs on PGlite and PostgreSQL. */
export const migrations: Record<string, Migration> = {
  '0001_foundation': foundation,
  '0002_library': library,
  '0003_requests': requests,
  '0004_demos': demos,
  '0005_search': search,
  '0007_files': files,
  '0008_jobs': jobs,
  '0009_imports': imports,
};

function migrator(db: Kysely<DB>) {
  return new Migrator({ db, provider: { getMigrations: async () => migrations } });
}

export async function migrateToLatest(db: Kysely<DB>): Promise<string[]> {
  const { error, results } = await migrator(db).migrateToLatest();
  if (error) throw error;
  return (results ?? [])
    .filter((result) => result.status === 'Success')
    .map((result) => result.migrationName);
}

/** Names of migrations known to the code but not yet applied to the database. */
export async function pendingMigrations(db: Kysely<DB>): Promise<string[]> {
  const all = await migrator(db).getMigrations();
  return all.filter((migration) => !migration.executedAt).map((migration) => migration.name);
}
