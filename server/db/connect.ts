import { setPriority } from 'node:os';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { startEmbeddedPostgres } from './embedded.ts';
import { hasLegacyPGlite, importLegacyPGlite } from './legacy-import.ts';
import type { DB } from './schema.ts';

/** `embedded`: PostgreSQL binaries started by Showcase under its data folder; `postgres`: a server at DATABASE_URL. */
export type DatabaseKind = 'embedded' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  kind: DatabaseKind;
  /** The connection string, for a process of Showcase's own (the background-import worker). */
  url?: string;
  close(): Promise<void>;
  /** The pool's connections now: open, idle, and callers waiting for one (for /metrics). */
  poolStats?(): { total: number; idle: number; waiting: number };
}

export interface PoolOptions {
  /**
   * Lowers the CPU priority (nice 10) of every server process this pool connects to. Only for an
   * embedded engine, whose server processes run on this machine as this user (or one root may
   * renice): the background-import worker's queries then yield the cores to requests.
   */
  lowPriority?: boolean;
  /** Shown in pg_stat_activity, so an admin sees which connections are background work. */
  applicationName?: string;
}

/** Nice value of background work: below requests (0), above nothing in particular. */
export const BACKGROUND_NICE = 10;

/**
 * Planner settings for every connection. random_page_cost 1.1 (default 4, which assumes spinning
 * disks): the library's search rows are in memory, and at 4 a search matching a sixth of a large
 * library is answered with a sequential scan that evaluates @@ on every row (about 45 ms at
 * 100,000 assets) instead of a bitmap scan of the GIN index (about 13 ms).
 */
export const SESSION_SETTINGS = 'SET random_page_cost = 1.1';

/**
 * A server also turns JIT compilation off: it starts when a plan's estimated cost passes a
 * threshold that a search over a large library crosses, and compiling takes longer (tens of
 * milliseconds) than the queries it would speed up.
 */
const SERVER_SESSION_SETTINGS = `${SESSION_SETTINGS}; SET jit = off`;

/** Both drivers hand back the same JavaScript types: counts as numbers, dates as 'YYYY-MM-DD'. */
const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;
pg.types.setTypeParser(INT8, Number);
pg.types.setTypeParser(NUMERIC, Number);
pg.types.setTypeParser(DATE, (value: string) => value);

export function openPostgres(
  url: string,
  poolSize = 10,
  kind: DatabaseKind = 'postgres',
  options: PoolOptions = {},
): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    ...(options.applicationName ? { application_name: options.applicationName } : {}),
  });
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
        if (options.lowPriority) {
          const { rows } = await connection.executeQuery<{ pid: number }>({
            sql: 'SELECT pg_backend_pid() AS pid',
            parameters: [],
            query: { kind: 'RawNode' },
          } as never);
          const pid = rows[0]?.pid;
          try {
            if (pid) setPriority(pid, BACKGROUND_NICE);
          } catch {
            // Not ours to renice (another user's server): the work still runs, at normal priority.
          }
        }
      },
    }),
  });
  return {
    db,
    kind,
    url,
    close: () => db.destroy(),
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
  };
}

export async function openDatabase(options: {
  url?: string;
  dataDir?: string;
  poolSize?: number;
  log?: (line: string) => void;
  /** A server start: refuse a data folder another Showcase process is using (see startEmbeddedPostgres). */
  exclusive?: boolean;
}): Promise<Database> {
  if (options.url) return openPostgres(options.url, options.poolSize);
  const dataDir = options.dataDir ?? './data';
  const server = await startEmbeddedPostgres({
    dataDir,
    log: options.log ?? ((line) => console.error(line)),
    exclusive: options.exclusive,
  });
  const database = openPostgres(server.url, options.poolSize, 'embedded');
  if (hasLegacyPGlite(dataDir))
    await importLegacyPGlite({ dataDir, target: database, log: options.log ?? console.log });
  return {
    ...database,
    async close() {
      await database.close();
      await server.stop();
    },
  };
}
