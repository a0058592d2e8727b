import type { CreateAssetInput, ImportOutcome, ImportResult } from '../../../shared/schemas/library.ts';
import type { Database } from '../../db/connect.ts';
import { withSavepoint } from '../../db/savepoint.ts';
import { AppError } from '../../errors.ts';
import { findAssetByKey, findAssetRow, findListByName, insertList } from './library.repository.ts';
import { noKnownReferences, saveAsset } from './library.service.ts';

type Db = Database['db'];

/** One entry to import: the asset it becomes, or the problems that stop it. */
export interface ImportItem {
  row: number;
  title: string;
  /** The Showcase id of the asset this row updates (from an export). */
  matchId?: string;
  input?: CreateAssetInput;
  /** Lists to put the asset in, by name; missing ones are created (and rolled back in a dry run). */
  listNames?: string[];
  /** Problems that reject the row. */
  errors: string[];
  /** Values that were not recognised but did not stop the row (kept as tags, for example). */
  notes: string[];
}

class DryRunRollback extends Error {}

/** The list of that name: one seen stored earlier in this import, one that exists, or a new one. */
async function ensureList(
  db: Db,
  name: string,
  ownerId: string | null,
  notes: string[],
  stored: Map<string, string>,
): Promise<{ id: string; created: boolean }> {
  const seen = stored.get(name);
  if (seen) return { id: seen, created: false };
  const existing = await findListByName(db, name);
  if (existing) return { id: existing.id, created: false };
  notes.push(`new list “${name}”`);
  const created = await insertList(db, { name, ownerId });
  return { id: created.id, created: true };
}

/**
 * Imports items in one transaction, each behind a savepoint so a bad row costs only itself. An
 * item matches an existing asset by external key, else by primary URL; unchanged items write
 * nothing, so importing the same file twice changes nothing. A dry run goes through exactly the
 * same code and rolls everything back.
 */
export async function importAssets(options: {
  db: Db;
  items: ImportItem[];
  dryRun: boolean;
  actorId: string | null;
  today: string;
  expiryDays: number;
  /** Called after each entry with the number of entries done so far. */
  onProgress?: (done: number) => Promise<void>;
}): Promise<ImportResult> {
  const outcomes: ImportOutcome[] = [];
  // What earlier entries found or stored, kept only once their savepoint is released.
  const known = noKnownReferences();
  const listsByName = new Map<string, string>();
  const run = async (trx: Db) => {
    for (const [index, item] of options.items.entries()) {
      await options.onProgress?.(index);
      if (!item.input || item.errors.length > 0) {
        outcomes.push({
          row: item.row,
          action: 'reject',
          title: item.title,
          problems: [...item.errors, ...item.notes],
        });
        continue;
      }
      const input = item.input;
      try {
        const { existing, row, changes, lists } = await withSavepoint(
          trx,
          `import_row_${index}`,
          async () => {
            let withLists = input;
            const lists = new Map<string, string>();
            if (item.listNames) {
              for (const name of item.listNames) {
                const list = await ensureList(trx, name, options.actorId, item.notes, listsByName);
                lists.set(name, list.id);
              }
              withLists = { ...input, listIds: [...lists.values()] };
              item.input = withLists;
            }
            const existing =
              (item.matchId ? await findAssetRow(trx, item.matchId) : undefined) ??
              (await findAssetByKey(trx, {
                externalKey: withLists.externalKey,
                primaryUrl: withLists.primaryUrl,
              }));
            const saved = await saveAsset({
              db: trx,
              id: existing?.id,
              input: withLists,
              actorId: options.actorId,
              today: options.today,
              expiryDays: options.expiryDays,
              note: 'Imported',
              known,
            });
            return { existing, ...saved, lists };
          },
        );
        for (const [name, id] of lists) {
          listsByName.set(name, id);
          known.lists.add(id);
        }
        const action = !existing ? 'create' : changes.length ? 'update' : 'unchanged';
        outcomes.push({ row: item.row, action, title: item.title, id: row.id, problems: item.notes });
      } catch (error) {
        const problems =
          error instanceof AppError
            ? error.fields
              ? Object.entries(error.fields).map(([field, message]) => `${field} ${message}`)
              : [error.message]
            : ['could not be stored'];
        if (!(error instanceof AppError)) throw error;
        outcomes.push({
          row: item.row,
          action: 'reject',
          title: item.title,
          problems: [...problems, ...item.notes],
        });
      }
    }
    if (options.dryRun) throw new DryRunRollback();
  };
  try {
    await options.db.transaction().execute(run);
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }
  const counts = { create: 0, update: 0, unchanged: 0, reject: 0 };
  for (const outcome of outcomes) counts[outcome.action]++;
  return { dryRun: options.dryRun, counts, outcomes };
}
