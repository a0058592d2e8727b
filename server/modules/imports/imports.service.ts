import { allows, importActions } from '../../../shared/policies.ts';
import { can, type Role } from '../../../shared/roles.ts';
import type { ReleaseImportInput } from '../../../shared/schemas/demos.ts';
import type { StartImportInput } from '../../../shared/schemas/imports.ts';
import type { Database } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import { withAuditActor } from '../audit/audit.context.ts';
import { importRelease } from '../demos/releases.service.ts';
import { importAssets } from '../library/library.import.ts';
import { readImportFile } from '../library/library.sources.ts';
import { getWorkspace } from '../settings/settings.service.ts';
import { findUser } from '../users/users.service.ts';
import {
  claimImport,
  findImport,
  finishImport,
  type ImportWithFile,
  insertImport,
  recordProgress,
} from './imports.repository.ts';

type Db = Database['db'];

/** How often a running import writes its progress: every this many entries or milliseconds. */
const PROGRESS_EVERY_ROWS = 100;
const PROGRESS_EVERY_MS = 500;

/** Stores the file as a queued import and asks the job runner to run it; answers at once. */
export async function startImport(options: {
  db: Db;
  input: StartImportInput;
  actorId: string | null;
  role: Role;
  enqueue: (importId: string) => Promise<void>;
}) {
  const { input } = options;
  if (input.kind === 'release' && !can(options.role, 'demos.edit'))
    throw new AppError('forbidden', `Your role (${options.role}) may not import releases`);
  const row = await insertImport(options.db, {
    kind: input.kind,
    dry_run: input.kind === 'release' ? input.release.dryRun : input.dryRun,
    file_name: input.kind === 'release' ? `Release ${input.release.version}` : (input.fileName ?? null),
    actor_id: options.actorId,
    input: input.kind === 'release' ? JSON.stringify(input.release) : input.content,
  });
  await options.enqueue(row.id);
  return row;
}

/** One import, for the person who started it or an admin (shared/policies.ts); else 404. */
export async function getImport(options: { db: Db; id: string; userId: string; role: Role }) {
  const row = await findImport(options.db, options.id);
  if (
    !row ||
    !allows(importActions({ id: options.userId, role: options.role }, { startedBy: row.actor_id }), 'read')
  )
    throw new AppError('not_found', 'Import not found');
  return row;
}

/** Progress written through the pool (not the import's transaction), at most every 100 entries or 0.5 s. */
function progressWriter(db: Db, id: string) {
  let written = { phase: '', done: -1, at: 0 };
  return async (progress: { phase: string; done: number; total: number }) => {
    const due =
      progress.phase !== written.phase ||
      progress.done - written.done >= PROGRESS_EVERY_ROWS ||
      Date.now() - written.at >= PROGRESS_EVERY_MS;
    if (!due) return;
    written = { phase: progress.phase, done: progress.done, at: Date.now() };
    await recordProgress(db, id, progress);
  };
}

async function runLibraryImport(
  db: Db,
  row: ImportWithFile,
  now: () => Date,
  progress: ReturnType<typeof progressWriter>,
) {
  await progress({ phase: 'Reading the file', done: 0, total: 0 });
  if (row.kind === 'release') throw new Error('not a library import');
  const { items } = await readImportFile({ db, kind: row.kind, text: row.input ?? '' });
  const total = items.length;
  const { settings } = await getWorkspace({ db });
  const phase = row.dry_run ? 'Checking entries' : 'Importing entries';
  const result = await importAssets({
    db,
    items,
    dryRun: row.dry_run,
    actorId: row.actor_id,
    today: now().toISOString().slice(0, 10),
    expiryDays: settings.assetExpiryDays,
    onProgress: (done) => progress({ phase, done, total }),
  });
  const { counts } = result;
  return {
    result,
    total,
    summary: `${counts.create} created, ${counts.update} updated, ${counts.unchanged} unchanged, ${counts.reject} rejected`,
  };
}

async function runReleaseImport(
  db: Db,
  row: ImportWithFile,
  now: () => Date,
  progress: ReturnType<typeof progressWriter>,
) {
  const input = JSON.parse(row.input ?? '{}') as ReleaseImportInput;
  const result = await importRelease({ db, input, actorId: row.actor_id, now: now(), onProgress: progress });
  return {
    result,
    total: result.changes,
    summary: `release ${input.version}: ${result.changes} changes, ${result.flags.raised} flags raised`,
  };
}

/**
 * Runs a queued import (the job runner's handler). Library files are read in time slices and
 * every entry imported in one transaction (a savepoint per entry, as the synchronous import does);
 * a release goes through `importRelease`. Progress is written through the pool as it goes so the
 * web app can show it. A file that cannot be read, or any failure, ends the import as failed with
 * nothing stored.
 */
export async function runImport(options: { db: Db; id: string; now: () => Date }): Promise<string> {
  const row = await claimImport(options.db, options.id, options.now());
  if (!row) return 'already finished';
  // The audit entry of the import names the person who started it, not the job runner.
  const actor = row.actor_id ? await findUser({ db: options.db, id: row.actor_id }) : undefined;
  return withAuditActor(
    actor
      ? { actorId: actor.id, actorLabel: actor.email, via: 'system' }
      : { actorId: null, actorLabel: 'system', via: 'system' },
    () => runClaimedImport(options, row),
  );
}

async function runClaimedImport(options: { db: Db; now: () => Date }, row: ImportWithFile): Promise<string> {
  const progress = progressWriter(options.db, row.id);
  try {
    const run = row.kind === 'release' ? runReleaseImport : runLibraryImport;
    const { result, total, summary } = await run(options.db, row, options.now, progress);
    await finishImport(options.db, row.id, {
      state: 'succeeded',
      result: JSON.stringify(result),
      error: null,
      done: total,
      now: options.now(),
    });
    return `${row.dry_run ? 'dry run: ' : ''}${summary}`;
  } catch (error) {
    const message =
      error instanceof AppError
        ? [error.message, ...Object.values(error.fields ?? {})].join(': ')
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
