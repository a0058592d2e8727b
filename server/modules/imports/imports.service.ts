import type { StartImportInput } from '../../../shared/schemas/imports.ts';
import type { Database } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import { importAssets } from '../library/library.import.ts';
import { readImportFile } from '../library/library.sources.ts';
import { getWorkspace } from '../settings/settings.service.ts';
import { claimImport, findImport, finishImport, insertImport, recordProgress } from './imports.repository.ts';

type Db = Database['db'];

/** How often a running import writes its progress: every this many entries or milliseconds. */
const PROGRESS_EVERY_ROWS = 100;
const PROGRESS_EVERY_MS = 500;

/** Stores the file as a queued import and asks the job runner to run it; answers at once. */
export async function startImport(options: {
  db: Db;
  input: StartImportInput;
  actorId: string | null;
  enqueue: (importId: string) => Promise<void>;
}) {
  const row = await insertImport(options.db, {
    kind: options.input.kind,
    dry_run: options.input.dryRun,
    file_name: options.input.fileName ?? null,
    actor_id: options.actorId,
    input: options.input.content,
  });
  await options.enqueue(row.id);
  return row;
}

/** One import, for the person who started it or an admin. */
export async function getImport(options: { db: Db; id: string; userId: string; role: string }) {
  const row = await findImport(options.db, options.id);
  if (!row || (row.actor_id !== options.userId && options.role !== 'admin'))
    throw new AppError('not_found', 'No such import');
  return row;
}

/**
 * Runs a queued import (the job runner's handler): reads the file in time slices, then imports
 * every entry in one transaction (a savepoint per entry, as the synchronous import does), writing
 * progress through the pool as it goes so the web app can show it. A file that cannot be read, or
 * any failure, ends the import as failed with nothing stored.
 */
export async function runImport(options: { db: Db; id: string; now: () => Date }): Promise<string> {
  const row = await claimImport(options.db, options.id, options.now());
  if (!row) return 'already finished';
  try {
    const { items } = await readImportFile({ db: options.db, kind: row.kind, text: row.input ?? '' });
    const total = items.length;
    await recordProgress(options.db, row.id, { done: 0, total });
    let written = { done: 0, at: Date.now() };
    const { settings } = await getWorkspace({ db: options.db });
    const result = await importAssets({
      db: options.db,
      items,
      dryRun: row.dry_run,
      actorId: row.actor_id,
      today: options.now().toISOString().slice(0, 10),
      expiryDays: settings.assetExpiryDays,
      onProgress: async (done) => {
        if (done - written.done < PROGRESS_EVERY_ROWS && Date.now() - written.at < PROGRESS_EVERY_MS) return;
        written = { done, at: Date.now() };
        await recordProgress(options.db, row.id, { done, total });
      },
    });
    await finishImport(options.db, row.id, {
      state: 'succeeded',
      result: JSON.stringify(result),
      error: null,
      done: total,
      now: options.now(),
    });
    const { counts } = result;
    return `${row.dry_run ? 'dry run: ' : ''}${counts.create} created, ${counts.update} updated, ${counts.unchanged} unchanged, ${counts.reject} rejected`;
  } catch (error) {
    const message =
      error instanceof AppError
        ? error.message
        : 'The import could not be completed; nothing was stored. The server log has the details.';
    await finishImport(options.db, row.id, {
      state: 'failed',
      result: null,
      error: message,
      now: options.now(),
    });
    if (error instanceof AppError) return `failed: ${message}`;
    throw error;
  }
}
