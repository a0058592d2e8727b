import { mkdirSync } from 'node:fs';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PostgresDialect, type PostgresPool } from 'kysely';
import pg from 'pg';
import type { DB } from './schema.ts';

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  kind: DatabaseKind;
  close(): Promise<void>;
}

/**
 * Planner settings for every connection. random_page_cost 1.1 (default 4, which assumes spinning
 * disks): the library's search rows are in memory, and at 4 a search matching a sixth of a large
 * library is answered with a sequential scan that evaluates @@ on every row (about 45 ms at
 * 100,000 assets) instead of a bitmap scan of the GIN index (about 13 ms).
 */
const SESSION_SETTINGS = 'SET random_page_cost = 1.1';

/**
 * A server also turns JIT compilation off: it starts when a plan's estimated cost passes a
 * threshold that a search over a large library crosses, and compiling takes longer (tens of
 * milliseconds) than the queries it would speed up. PGlite is built without JIT.
 */
const SERVER_SESSION_SETTINGS = `${SESSION_SETTINGS}; SET jit = off`;

/** Both drivers hand back the same JavaScript types: counts as numbers, dates as 'YYYY-MM-DD'. */
const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;
pg.types.setTypeParser(INT8, Number);
pg.types.setTypeParser(NUMERIC, Number);
pg.types.setTypeParser(DATE, (value: string) => value);

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
    extensions: { pg_trgm },
    parsers: {
      [pgliteTypes.INT8]: (value: string) => Number(value),
      [pgliteTypes.NUMERIC]: (value: string) => Number(value),
      [pgliteTypes.DATE]: (value: string) => value,
    },
  });
  await client.exec(SESSION_SETTINGS);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: pglitePool(client) }) });
  return { db, kind: 'pglite', close: () => db.destroy() };
}

export function openPostgres(url: string, poolSize = 10): Database {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // A server restart or failover kills idle connections; the pool replaces them on next use, so
  // the error must not crash the process.
  pool.on('error', (error) => console.warn(`PostgreSQL connection lost: ${error.message}`));
  const db = new Kysely<DB>({
    dialect: new PostgresDialect({
      pool,
      onCreateConnection: async (connection) => {
        await connection.executeQuery({
          sql: SERVER_SESSION_SETTINGS,
          parameters: [],
          query: { kind: 'RawNode' },
        } as never);
      },
    }),
  });
  return { db, kind: 'postgres', close: () => db.destroy() };
}

export async function openDatabase(options: {
  url?: string;
  dataDir?: string;
  poolSize?: number;
}): Promise<Database> {
  return options.url ? openPostgres(options.url, options.poolSize) : openPGlite(options.dataDir);
}
