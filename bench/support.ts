import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { createApp } from '../server/app.ts';
import { type Database, openPostgres } from '../server/db/connect.ts';
import { startEmbeddedPostgres } from '../server/db/embedded.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { openPGlite } from '../server/db/pglite.ts';
import { envSchema } from '../server/env.ts';
import { createApiToken } from '../server/modules/auth/auth.service.ts';
import { flushShortLinkClicks } from '../server/modules/distribution/distribution.clicks.ts';
import { createUser } from '../server/modules/users/users.service.ts';
import { ensureWorkspace } from '../server/seed/defaults.ts';
import { createLocalStorage } from '../server/storage/local.ts';
import type { Storage } from '../server/storage/storage.ts';
import { startThrowawayPostgres } from '../test/setup/postgres-server.ts';

/** Percentiles of a list of milliseconds. */
export function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
  return { p50: at(50), p95: at(95), p99: at(99) };
}

export const ms = (value: number) => `${value.toFixed(2)} ms`;

/** A PostgreSQL server for benchmarks: BENCH_DATABASE_URL, TEST_DATABASE_URL, or a throwaway one. */
export async function postgresServer(): Promise<{ url: string; stop: () => void | Promise<void> }> {
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (url) return { url, stop: () => {} };
  return startThrowawayPostgres();
}

/** The engines a benchmark can run on: the embedded default, a server, and PGlite in-process (the former default). */
export type BenchEngine = 'embedded' | 'postgres' | 'pglite';

export function benchEngines(): BenchEngine[] {
  return (process.env.BENCH_ENGINES ?? 'postgres,embedded').split(',') as BenchEngine[];
}

/** A fresh, migrated database with the default workspace, an admin and an API token. */
export async function freshWorkspace(
  engine: BenchEngine,
  serverUrl?: string,
  options: {
    storage?: Storage;
    /** The app's clock (default the real one): a benchmark that needs time to pass moves it. */
    now?: () => Date;
    /** The built web app to serve (default none: API only). */
    webDist?: string;
    /** Extra environment (for example SHOWCASE_RATE_LIMITS=off for a load test from one address). */
    env?: Record<string, string>;
  } = {},
) {
  let database: Database;
  let drop = async () => {};
  if (engine === 'pglite') {
    database = await openPGlite();
  } else if (engine === 'embedded') {
    const dataDir = mkdtempSync(join(tmpdir(), 'showcase-bench-'));
    chmodSync(dataDir, 0o755);
    const server = await startEmbeddedPostgres({ dataDir });
    database = openPostgres(server.url, 20, 'embedded');
    drop = async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  } else {
    const name = `showcase_bench_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(serverUrl as string);
    url.pathname = `/${name}`;
    database = openPostgres(url.toString(), 20);
    drop = async () => {
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    };
  }
  await migrateToLatest(database.db);
  await ensureWorkspace(database.db, 'Benchmark');
  const { user } = await createUser({
    db: database.db,
    input: { email: 'bench@example.test', name: 'Bench', role: 'admin', password: 'benchmark-password' },
  });
  const { token } = await createApiToken({
    db: database.db,
    userId: user.id,
    role: user.role,
    input: { name: 'bench' },
    now: new Date(),
  });
  const env = envSchema.parse({ LOG_LEVEL: 'silent', ...options.env });
  const filesDir = await mkdtemp(join(tmpdir(), 'showcase-bench-files-'));
  const storage = options.storage ?? createLocalStorage({ root: filesDir });
  const app = createApp({
    database,
    env,
    logger: pino({ level: 'silent' }),
    storage,
    now: options.now ?? (() => new Date()),
    webDist: options.webDist,
  });
  return {
    database,
    app,
    token,
    userId: user.id,
    close: async () => {
      await flushShortLinkClicks(database.db);
      await database.close();
      await drop();
      await rm(filesDir, { recursive: true, force: true });
    },
  };
}
