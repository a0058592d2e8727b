import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openPostgres } from '../../server/db/connect.ts';
import { startThrowawayPostgres } from './postgres-server.ts';
import { databaseUrl, prepareTemplate } from './template.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: { url: string; template: string };
  }
}

/**
 * Uses TEST_DATABASE_URL when set, otherwise a throwaway server; builds one migrated template
 * database that each test file copies with CREATE DATABASE … TEMPLATE.
 */
export default async function setup(project: TestProject) {
  const server = process.env.TEST_DATABASE_URL ? undefined : await startThrowawayPostgres();
  const url = process.env.TEST_DATABASE_URL ?? (server as { url: string }).url;
  const template = `showcase_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  const database = openPostgres(databaseUrl(url, template), 2);
  await prepareTemplate(database);
  await database.close();
  project.provide('postgres', { url, template });

  return async () => {
    const leftovers = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE '${template}_t_%'`,
    );
    for (const row of leftovers.rows)
      await admin.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await admin.end();
    server?.stop();
  };
}
