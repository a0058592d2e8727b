import { randomUUID } from 'node:crypto';
import type { CreateAssetInput, ImportOutcome, ImportResult } from '../../../shared/schemas/library.ts';
import type { Database } from '../../db/connect.ts';
import { withSavepoint } from '../../db/savepoint.ts';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findAssetByKey, findAssetRow, findListByName, insertList } from './library.repository.ts';
import {
  createPlannedAssets,
  findTakenAssetKeys,
  noKnownReferences,
  type PlannedAsset,
  planNewAsset,
  saveAsset,
} from './library.service.ts';

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

/** New assets written together (one statement per table) behind one savepoint. */
const BATCH = 500;

/**
 * Imports items in one transaction: all or nothing, and a bad row costs only itself. An item
 * matches an existing asset by id, external key, else primary URL; unchanged items write nothing,
 * so importing the same file twice changes nothing. A dry run goes through exactly the same code
 * and rolls everything back.
 *
 * A row that creates an asset is checked at once (planNewAsset: saveAsset's own checks, so its
 * problems name the column) and written with up to BATCH others behind one savepoint
 * (createPlannedAssets). A row that matches an asset, or one whose key an earlier row of the file
 * used, is saved on its own behind a savepoint as before, after the batch before it is written, so
 * every row sees what the rows above it did. Should a batch fail in the database, it is rolled
 * back and its rows are saved one by one instead, each behind its savepoint.
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
    // External keys and primary URLs this file has used so far: a later row with one updates.
    const usedKeys = new Set<string>();
    const keysOf = (input: CreateAssetInput) =>
      input.externalKey ? [`key:${input.externalKey}`] : input.primaryUrl ? [`url:${input.primaryUrl}`] : [];
    let taken = { externalKeys: new Set<string>(), primaryUrls: new Set<string>() };
    let takenUpTo = 0;
    /** Whether the item matches a stored asset, read for BATCH items at a time. */
    const matchesStored = async (index: number, input: CreateAssetInput) => {
      if (index >= takenUpTo) {
        const ahead = options.items
          .slice(index, index + BATCH)
          .flatMap((item) => (item.input ? [item.input] : []));
        taken = await findTakenAssetKeys({
          db: trx,
          externalKeys: ahead.flatMap((next) => (next.externalKey ? [next.externalKey] : [])),
          primaryUrls: ahead.flatMap((next) =>
            !next.externalKey && next.primaryUrl ? [next.primaryUrl] : [],
          ),
        });
        takenUpTo = index + BATCH;
      }
      return input.externalKey
        ? taken.externalKeys.has(input.externalKey)
        : Boolean(input.primaryUrl && taken.primaryUrls.has(input.primaryUrl));
    };

    let batch: { index: number; item: ImportItem; planned: PlannedAsset }[] = [];
    let newLists: { id: string; name: string }[] = [];
    const writeBatch = async () => {
      if (!batch.length) return;
      const pending = batch;
      const lists = newLists;
      batch = [];
      newLists = [];
      try {
        await withSavepoint(trx, 'import_batch', () =>
          createPlannedAssets({
            db: trx,
            assets: pending.map((entry) => entry.planned),
            lists,
            actorId: options.actorId,
            today: options.today,
            note: 'Imported',
          }),
        );
        for (const entry of pending) for (const id of entry.planned.state.listIds) known.lists.add(id);
      } catch (error) {
        if (error instanceof DryRunRollback) throw error;
        // The lists of the batch are gone with it: the rows one by one make them again.
        for (const list of lists) {
          listsByName.delete(list.name);
          known.lists.delete(list.id);
        }
        for (const entry of pending) {
          entry.item.notes = entry.item.notes.filter((note) => !note.startsWith('new list '));
          outcomes[entry.index] = await saveOne(entry.index, entry.item);
        }
      }
    };

    /** The item saved on its own behind a savepoint (an update, or a batch row tried again). */
    const saveOne = async (index: number, item: ImportItem): Promise<ImportOutcome> => {
      const input = item.input as CreateAssetInput;
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
              audited: false,
            });
            return { existing, ...saved, lists };
          },
        );
        for (const [name, id] of lists) {
          listsByName.set(name, id);
          known.lists.add(id);
        }
        const action = !existing ? 'create' : changes.length ? 'update' : 'unchanged';
        return { row: item.row, action, title: item.title, id: row.id, problems: item.notes };
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        return {
          row: item.row,
          action: 'reject',
          title: item.title,
          problems: [...problemsOf(error), ...item.notes],
        };
      }
    };

    /** A new asset checked now and queued for the batch, or its problems. */
    const planOne = async (index: number, item: ImportItem, input: CreateAssetInput) => {
      let withLists = input;
      const added: { id: string; name: string }[] = [];
      const notes = [...item.notes];
      if (item.listNames) {
        const ids: string[] = [];
        for (const name of item.listNames) {
          let id =
            listsByName.get(name) ??
            newLists.find((list) => list.name.toLowerCase() === name.toLowerCase())?.id;
          if (!id) {
            const existing = await findListByName(trx, name);
            if (existing) {
              id = existing.id;
              listsByName.set(name, id);
              known.lists.add(id);
            } else {
              id = randomUUID();
              added.push({ id, name });
              notes.push(`new list “${name}”`);
            }
          }
          ids.push(id);
        }
        withLists = { ...input, listIds: ids };
        item.input = withLists;
      }
      for (const list of added) known.lists.add(list.id);
      try {
        const planned = await planNewAsset({
          db: trx,
          input: withLists,
          today: options.today,
          expiryDays: options.expiryDays,
          known,
        });
        item.notes = notes;
        newLists.push(...added);
        batch.push({ index, item, planned });
        outcomes[index] = {
          row: item.row,
          action: 'create',
          title: item.title,
          id: planned.id,
          problems: item.notes,
        };
      } catch (error) {
        for (const list of added) known.lists.delete(list.id);
        if (!(error instanceof AppError)) throw error;
        outcomes[index] = {
          row: item.row,
          action: 'reject',
          title: item.title,
          problems: [...problemsOf(error), ...item.notes],
        };
      }
    };

    for (const [index, item] of options.items.entries()) {
      await options.onProgress?.(index);
      if (!item.input || item.errors.length > 0) {
        outcomes[index] = {
          row: item.row,
          action: 'reject',
          title: item.title,
          problems: [...item.errors, ...item.notes],
        };
        continue;
      }
      const input = item.input;
      const keys = keysOf(input);
      const fresh =
        !item.matchId && !keys.some((key) => usedKeys.has(key)) && !(await matchesStored(index, input));
      // Both of a row's keys: a later row may match it by either.
      if (input.externalKey) usedKeys.add(`key:${input.externalKey}`);
      if (input.primaryUrl) usedKeys.add(`url:${input.primaryUrl}`);
      if (fresh) {
        await planOne(index, item, input);
        if (batch.length >= BATCH) await writeBatch();
      } else {
        await writeBatch();
        outcomes[index] = await saveOne(index, item);
      }
    }
    await writeBatch();
    if (options.dryRun) throw new DryRunRollback();
    // One audit entry for the import (not one per row), in its transaction.
    const counts = { create: 0, update: 0, unchanged: 0, reject: 0 };
    for (const outcome of outcomes) if (outcome) counts[outcome.action]++;
    await recordAudit(trx, {
      action: 'library.imported',
      details: { rows: options.items.length, ...counts },
    });
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

function problemsOf(error: AppError) {
  return error.fields
    ? Object.entries(error.fields).map(([field, message]) => `${field} ${message}`)
    : [error.message];
}
