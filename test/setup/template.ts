import pg from 'pg';
import { type Database, openPostgres } from '../../server/db/connect.ts';
import { migrateToLatest } from '../../server/db/migrate.ts';
import { ensureWorkspace } from '../../server/seed/defaults.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The server every test file of this project copies its database from. */
    database: { url: string; template: string };
  }
}

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

/** Creates the migrated template database on a server; `drop` removes it and every copy left behind. */
export async function createTemplate(url: string) {
  const name = `showcase_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  const database = openPostgres(databaseUrl(url, name), 2);
  await prepareTemplate(database);
  await database.close();
  return {
    name,
    async drop() {
      const leftovers = await admin.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname LIKE '${name}_t_%'`,
      );
      for (const row of leftovers.rows)
        await admin.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
