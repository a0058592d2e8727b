import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { openDatabase } from './db/connect.ts';
import { migrateToLatest } from './db/migrate.ts';
import { type Env, loadEnv } from './env.ts';
import { createLogger } from './logger.ts';
import { checkOidcProvider, oidcSettings } from './modules/auth/auth.oidc.ts';
import { flushShortLinkClicks } from './modules/distribution/distribution.clicks.ts';
import { importJob } from './modules/imports/imports.job.ts';
import { backgroundJobs } from './modules/jobs/jobs.kinds.ts';
import { createJobProcess } from './modules/jobs/jobs.process.ts';
import { createJobRunner } from './modules/jobs/jobs.runner.ts';
import { findUserWithEmail } from './modules/users/users.service.ts';
import { ensureFirstAdmin } from './seed/admin.ts';
import { ensureWorkspace } from './seed/defaults.ts';
import { SAMPLE_PASSWORD, samplePeople, seedSampleWorkspace } from './seed/sample-workspace.ts';
import { describeStorage, openStorage } from './storage/open.ts';

/**
 * Stops accepting connections and waits for the requests in flight. Idle keep-alive connections
 * are closed at once, and each busy one as soon as its response is done; after `graceMs` every
 * connection left is closed. Answers whether everything finished in time.
 */
export function drainServer(server: ReturnType<typeof serve>, graceMs: number): Promise<boolean> {
  const http = server as Server;
  return new Promise((done) => {
    const sweep = setInterval(() => http.closeIdleConnections(), 100);
    const deadline = setTimeout(() => {
      clearInterval(sweep);
      http.closeAllConnections();
      done(false);
    }, graceMs);
    http.close(() => {
      clearInterval(sweep);
      clearTimeout(deadline);
      done(true);
    });
    http.closeIdleConnections();
  });
}

export const webDist = fileURLToPath(new URL('../web/dist', import.meta.url));

/** Opens the database, migrates, prepares the workspace and serves the app until a signal stops it. */
export async function start(env: Env = loadEnv()) {
  const logger = createLogger(env.LOG_LEVEL);
  const database = await openDatabase({
    url: env.DATABASE_URL,
    dataDir: env.SHOWCASE_DATA_DIR,
    poolSize: env.DATABASE_POOL_SIZE,
    exclusive: true,
  });
  // After the database, so an embedded engine's folder is initialised before files/ appears in it.
  const storage = await openStorage(env).catch((error) => {
    throw new Error(
      `file storage (${describeStorage(env)}): ${error instanceof Error ? error.message : error}`,
    );
  });
  const applied = await migrateToLatest(database.db);
  if (applied.length > 0) logger.info({ migrations: applied }, 'migrations applied');

  const admin = await ensureFirstAdmin(database.db, {
    email: env.SHOWCASE_ADMIN_EMAIL,
    password: env.SHOWCASE_ADMIN_PASSWORD,
  });
  const sample =
    env.SHOWCASE_SAMPLE_DATA === 'true' ||
    (env.SHOWCASE_SAMPLE_DATA === 'auto' && database.kind === 'embedded' && admin !== undefined);
  if (sample) await seedSampleWorkspace(database.db, { storage });
  else await ensureWorkspace(database.db);

  /**
   * Background work runs on the job runner, in two lanes: scheduled upkeep (session cleanup, expiry,
   * overdue digest, webhooks) here, and imports people start in a worker process of their own at a
   * lower CPU priority, so a long import neither delays a webhook nor takes the thread that answers
   * requests. (Without a connection string to hand over, imports run in this process.)
   */
  const upkeep = createJobRunner({
    db: database.db,
    logger,
    storage,
    env,
    databaseKind: database.kind,
    kinds: backgroundJobs.filter((kind) => kind !== importJob),
  });
  const imports = database.url
    ? createJobProcess({ url: database.url, kind: database.kind, logger, logLevel: env.LOG_LEVEL })
    : createJobRunner({ db: database.db, logger, kinds: [importJob] });
  /** Set by the first SIGTERM / SIGINT; /readyz answers 503 from then on. */
  let stopping = false;
  const app = createApp({
    database,
    env,
    logger,
    storage,
    now: () => new Date(),
    webDist,
    wakeJobs: imports.wake,
    draining: () => stopping,
  });
  const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  // With PORT=0 the system picks the port: links made from now on (share links, feeds, emails)
  // name the one it picked, not port 0.
  env.PORT = port;
  const url = env.SHOWCASE_PUBLIC_URL ?? `http://localhost:${port}`;

  const lines = [
    `Showcase is running at ${url}`,
    `  database: ${database.kind === 'embedded' ? `embedded (${env.SHOWCASE_DATA_DIR})` : 'PostgreSQL server'}`,
    `  files: ${describeStorage(env)}`,
  ];
  if (admin?.generated)
    lines.push(`  first admin: ${admin.email} / ${admin.password}  (shown once; change it under Account)`);
  else if (admin) lines.push(`  first admin: ${admin.email} (password from SHOWCASE_ADMIN_PASSWORD)`);
  if (sample)
    lines.push(
      `  sample workspace: sign in as ${samplePeople[0]?.email} (or any @lumenstack.example user) / ${SAMPLE_PASSWORD}`,
    );
  const sso = oidcSettings(env);
  if (sso) {
    lines.push(`  single sign-on: ${sso.name} (${sso.issuer}), redirect URI ${sso.redirectUri}`);
    if (env.SHOWCASE_SSO_ONLY === 'true') {
      const breakGlass = await findUserWithEmail({
        db: database.db,
        email: env.SHOWCASE_BREAK_GLASS_EMAIL ?? '',
      });
      lines.push(
        breakGlass?.role === 'admin' && breakGlass.active && breakGlass.password_hash
          ? `  SSO only: passwords only for the break-glass admin ${breakGlass.email}`
          : `  SSO only: WARNING no active admin with a password has the break-glass email ${env.SHOWCASE_BREAK_GLASS_EMAIL}`,
      );
    }
    void checkOidcProvider(sso).then(
      () => logger.info({ issuer: sso.issuer }, 'single sign-on provider discovered'),
      (error: Error) =>
        logger.warn(
          { issuer: sso.issuer, err: error.message },
          'single sign-on provider cannot be reached (discovery failed); sign-ins will retry',
        ),
    );
  }
  lines.push(`  API reference: ${url}/api/docs`);
  console.log(lines.join('\n'));

  upkeep.start();
  imports.start();

  /**
   * SIGTERM / SIGINT: stop taking connections, let the requests in flight finish (up to
   * SHOWCASE_SHUTDOWN_SECONDS), stop the job runners once the jobs in hand are done, then close the pool
   * and the embedded engine, and exit 0. A second signal during the wait exits at once.
   */
  const graceMs = env.SHOWCASE_SHUTDOWN_SECONDS * 1000;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal during shutdown: exiting now');
      process.exit(1);
    }
    stopping = true;
    const started = Date.now();
    logger.info({ signal }, 'shutting down: finishing requests and jobs in hand');
    const within = <T>(work: Promise<T>) =>
      Promise.race([work.then(() => true), new Promise<false>((done) => setTimeout(done, graceMs, false))]);
    // Work still running after the grace is left to its lease: its transaction rolls back and the
    // job is taken again after a restart (a backup writes to a .partial file until it is whole).
    const [drained, jobsDone, importsDone] = await Promise.all([
      drainServer(server, graceMs),
      within(upkeep.stop()),
      within(imports.stop()),
    ]);
    if (!drained) logger.warn({ graceMs }, 'requests still open after the grace were closed');
    if (!jobsDone || !importsDone)
      logger.warn({ graceMs }, 'background jobs still running after the grace were left to their lease');
    // Clicks still queued in memory (at most one flush interval of them) are written now.
    const flushed = flushShortLinkClicks(database.db).catch((error: Error) =>
      logger.error({ err: error.message }, 'short-link clicks could not be written before shutdown'),
    );
    if (!(await within(flushed)))
      logger.warn({ graceMs }, 'short-link clicks still queued after the grace were lost');
    if (!(await within(database.close())))
      logger.warn({ graceMs }, 'the database pool did not close in time; exiting anyway');
    logger.info({ ms: Date.now() - started }, 'stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  // A closed terminal: shut down as cleanly, so the embedded database is not left running.
  process.on('SIGHUP', () => void stop('SIGHUP'));
  return { server, port, url, database };
}

if (import.meta.main) {
  start().catch((error) => {
    console.error('Showcase failed to start:', error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
