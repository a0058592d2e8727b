import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, openPostgres } from '../server/db/connect.ts';
import { databaseUrl } from './setup/template.ts';

/** The engine this test project runs on: set per Vitest project in vitest.config.ts. */
export const testDatabaseKind = process.env.SHOWCASE_TEST_DB === 'postgres' ? 'postgres' : 'embedded';

/** A new database on the project's server (a copy of `template`, or empty), dropped on close. */
async function throwawayDatabase(template: string | undefined, poolSize: number): Promise<Database> {
  const { url, template: base } = inject('database');
  const name = `${base}_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  // Parallel workers copy the same template; PostgreSQL allows only one copy at a time per template.
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
      break;
    } catch (error) {
      if (attempt > 50 || (error as { code?: string }).code !== '55006') throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 100));
    }
  }
  await admin.end();
  const database = openPostgres(databaseUrl(url, name), poolSize, testDatabaseKind);
  return {
    ...database,
    async close() {
      await database.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/** A fresh, migrated database with the default workspace, private to the caller. */
export function openTestDatabase(): Promise<Database> {
  return throwawayDatabase(inject('database').template, 5);
}

/** A database with nothing in it, not even migrations: for tests of the migrations themselves. */
export function openEmptyTestDatabase(): Promise<Database> {
  return throwawayDatabase(undefined, 2);
}
