import { mkdirSync } from 'node:fs';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PostgresDialect, type PostgresPool } from 'kysely';
import { type Database, SESSION_SETTINGS } from './connect.ts';
import type { DB } from './schema.ts';

/**
 * PGlite, the in-process engine Showcase used as its embedded database before it shipped
 * PostgreSQL binaries. Kept only to read a data folder written by that version (see
 * legacy-import.ts) and as a candidate in `npm run bench -- engine`.
 */

/**
 * PGlite is a single connection. This pool hands it to one Kysely connection at a time so a
 * transaction is never interleaved with another request's queries.
 */
function pglitePool(client: PGlite): PostgresPool {
  let tail: Promise<void> = Promise.resolve();
  return {
    async connect() {
      let release!: () => void;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      const previous = tail;
      tail = previous.then(() => held);
      await previous;
      return {
        async query(sql: string, parameters: readonly unknown[]) {
          // Migrations send several statements at once, which only the simple protocol allows.
          const result =
            parameters.length === 0 && sql.includes(';')
              ? ((await client.exec(sql)).at(-1) ?? { rows: [], affectedRows: 0 })
              : await client.query(sql, parameters as unknown[]);
          return { command: 'UPDATE', rowCount: result.affectedRows ?? 0, rows: result.rows };
        },
        release,
      } as unknown as Awaited<ReturnType<PostgresPool['connect']>>;
    },
    async end() {
      await tail;
      await client.close();
    },
  };
}

/** An embedded database in `dataDir`, or in memory; `loadDataDir` starts it from a dump. */
export async function openPGlite(dataDir?: string, options: { loadDataDir?: Blob } = {}): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir, {
    loadDataDir: options.loadDataDir,
    extensions: { pg_trgm, fuzzystrmatch },
    parsers: {
      [pgliteTypes.INT8]: (value: string) => Number(value),
      [pgliteTypes.NUMERIC]: (value: string) => Number(value),
      [pgliteTypes.DATE]: (value: string) => value,
    },
  });
  await client.exec(SESSION_SETTINGS);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: pglitePool(client) }) });
  return { db, kind: 'embedded', close: () => db.destroy() };
}
