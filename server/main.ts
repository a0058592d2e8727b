import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { openDatabase } from './db/connect.ts';
import { migrateToLatest } from './db/migrate.ts';
import { type Env, loadEnv } from './env.ts';
import { createLogger } from './logger.ts';
import { moveAttachmentsToStorage } from './modules/attachments/attachments.service.ts';
import { deleteExpiredSessions } from './modules/auth/auth.repository.ts';
import { archiveExpiredAssets } from './modules/library/library.service.ts';
import { runOverdueDigest } from './modules/requests/requests.service.ts';
import { dispatchDueDeliveries } from './modules/webhooks/webhooks.service.ts';
import { ensureFirstAdmin } from './seed/admin.ts';
import { ensureWorkspace } from './seed/defaults.ts';
import { SAMPLE_PASSWORD, samplePeople, seedSampleWorkspace } from './seed/sample-workspace.ts';
import { describeStorage, openStorage } from './storage/open.ts';

export const webDist = fileURLToPath(new URL('../web/dist', import.meta.url));

/** Opens the database, migrates, prepares the workspace and serves the app until a signal stops it. */
export async function start(env: Env = loadEnv()) {
  const logger = createLogger(env.LOG_LEVEL);
  const database = await openDatabase({
    url: env.DATABASE_URL,
    dataDir: env.SHOWCASE_DATA_DIR,
    poolSize: env.DATABASE_POOL_SIZE,
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
    (env.SHOWCASE_SAMPLE_DATA === 'auto' && database.kind === 'pglite' && admin !== undefined);
  if (sample) await seedSampleWorkspace(database.db);
  else await ensureWorkspace(database.db);

  const app = createApp({ database, env, logger, storage, now: () => new Date(), webDist });
  const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  const url = env.SHOWCASE_PUBLIC_URL ?? `http://localhost:${port}`;

  const lines = [
    `Showcase is running at ${url}`,
    `  database: ${database.kind === 'pglite' ? `embedded (${env.SHOWCASE_DATA_DIR})` : 'PostgreSQL server'}`,
    `  files: ${describeStorage(env)}`,
  ];
  if (admin?.generated)
    lines.push(`  first admin: ${admin.email} / ${admin.password}  (shown once; change it under Account)`);
  else if (admin) lines.push(`  first admin: ${admin.email} (password from SHOWCASE_ADMIN_PASSWORD)`);
  if (sample)
    lines.push(
      `  sample workspace: sign in as ${samplePeople[0]?.email} (or any @lumenstack.example user) / ${SAMPLE_PASSWORD}`,
    );
  lines.push(`  API reference: ${url}/api/docs`);
  console.log(lines.join('\n'));

  /** Attachments still held as bytea (from before 0007_files) move to file storage in the background. */
  moveAttachmentsToStorage({ db: database.db, storage, logger }).catch((error) =>
    logger.warn({ err: error }, 'moving attachments to file storage failed; a download moves its file'),
  );

  /** Hourly upkeep: expired sessions go, expired assets are archived, overdue requests announced. */
  const upkeep = async () => {
    const now = new Date();
    await deleteExpiredSessions(database.db, now);
    const archived = await archiveExpiredAssets({ db: database.db, today: now.toISOString().slice(0, 10) });
    if (archived.length) logger.info({ assets: archived.map((row) => row.id) }, 'expired assets archived');
    const digest = await runOverdueDigest({ db: database.db, now });
    if (digest.announced) logger.info(digest, 'overdue requests announced');
  };
  const runUpkeep = () => upkeep().catch((error) => logger.warn({ err: error }, 'upkeep failed'));
  setTimeout(runUpkeep, 5_000).unref();
  const sweep = setInterval(runUpkeep, 3_600_000);
  sweep.unref();
  /** Outgoing webhooks: due deliveries are sent every ten seconds and retried with backoff. */
  const dispatcher = setInterval(() => {
    dispatchDueDeliveries({ db: database.db, now: new Date() }).catch((error) =>
      logger.warn({ err: error }, 'webhook dispatch failed'),
    );
  }, 10_000);
  dispatcher.unref();

  const stop = async () => {
    clearInterval(sweep);
    clearInterval(dispatcher);
    server.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return { server, port, url, database };
}

if (import.meta.main) {
  start().catch((error) => {
    console.error('Showcase failed to start:', error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
