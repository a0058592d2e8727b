import { join } from 'node:path';
import type { JobKind } from '../jobs/jobs.runner.ts';
import { runRollingBackup } from './backup.service.ts';

const HOUR = 3_600_000;

/** Where the automatic backups go: SHOWCASE_DATA_DIR/backups. */
export const backupFolder = (dataDir: string) => join(dataDir, 'backups');

/** The daily automatic backup: one archive a day in SHOWCASE_DATA_DIR/backups, the newest N kept. */
export const backupJob: JobKind = {
  kind: 'workspace-backup',
  name: 'Back up the workspace',
  description:
    'Writes a backup archive of every table and stored file into the data folder’s backups/ each day and keeps the newest ones (SHOWCASE_BACKUP_KEEP, 7 by default; SHOWCASE_BACKUPS=off turns it off).',
  everyMs: 24 * HOUR,
  maxAttempts: 3,
  retryBaseMs: 10 * 60_000,
  // A large library with many attachments takes a while to read and compress.
  leaseMs: 2 * HOUR,
  async run({ db, storage, env, databaseKind, now }) {
    if (!env || !storage || !databaseKind) return 'No data folder configured for background jobs';
    if (env.SHOWCASE_BACKUPS === 'off') return 'Automatic backups are off (SHOWCASE_BACKUPS=off)';
    const { file, manifest, removed } = await runRollingBackup({
      db,
      storage,
      dir: backupFolder(env.SHOWCASE_DATA_DIR),
      keep: env.SHOWCASE_BACKUP_KEEP,
      engine: databaseKind,
      now,
    });
    const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
    return `Wrote ${file} (${rows} rows, ${manifest.files.length} files)${removed.length ? `; removed ${removed.length} older` : ''}`;
  },
};
