import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { finished } from 'node:stream/promises';
import type { Database, DatabaseKind } from '../../db/connect.ts';
import { migrateTo, migrateToLatest, migrateWithin, migrations } from '../../db/migrate.ts';
import { AppError } from '../../errors.ts';
import { FileNotFoundError, type Storage } from '../../storage/storage.ts';
import {
  ArchiveError,
  ArchiveWriter,
  archiveError,
  BACKUP_FORMAT_VERSION,
  fileEntry,
  MANIFEST,
  type Manifest,
  manifestSchema,
  measure,
  readArchive,
  showcaseVersion,
  splitLines,
  tableEntry,
} from './backup.format.ts';
import {
  advanceSequence,
  applyDeferred,
  createDeferredTable,
  type ForeignKey,
  insertRows,
  keepDeferred,
  lastMigration,
  listFileKeys,
  listForeignKeys,
  listSequences,
  listTables,
  nonEmptyTables,
  readTableLines,
  serverVersion,
  type TableInfo,
  truncateTables,
  useUtc,
} from './backup.repository.ts';

type Db = Database['db'];

/** Rows fetched per round trip while reading, and per INSERT while restoring (or 4 MB, whichever first). */
const READ_BATCH = 500;
/** Tables with bytea columns (attachments from before file storage: up to 10 MB a row) go a few rows at a time. */
const READ_BATCH_BYTEA = 4;
const INSERT_BATCH_ROWS = 500;
const INSERT_BATCH_BYTES = 4 * 1024 * 1024;
const MANIFEST_MAX_BYTES = 64 * 1024 * 1024;

/** Tables so that each comes after those its foreign keys point at (a key to itself aside); ties by name. */
export function foreignKeyOrder(tables: readonly string[], keys: readonly ForeignKey[]): string[] {
  const remaining = new Set(tables);
  const order: string[] = [];
  while (remaining.size) {
    const ready = [...remaining]
      .filter((table) =>
        keys.every(
          (key) => key.table !== table || key.references === table || !remaining.has(key.references),
        ),
      )
      .sort();
    // A cycle between tables: take one anyway; restore fills the keys pointing ahead afterwards.
    const next = ready.length ? ready : [[...remaining].sort()[0] as string];
    for (const table of next) {
      order.push(table);
      remaining.delete(table);
    }
  }
  return order;
}

/**
 * Writes one consistent archive of the whole workspace to `file` while the app runs: every table
 * is read in a single REPEATABLE READ, read-only transaction (one snapshot), and the files are
 * those the rows of that snapshot reference. Tables are spooled to a folder beside the file (the
 * tar format needs each entry's size first), then everything streams through gzip into
 * `<file>.partial`, renamed to `file` once complete.
 */
export async function createBackup(options: {
  db: Db;
  storage: Storage;
  file: string;
  engine: DatabaseKind;
  now?: Date;
}): Promise<Manifest> {
  const createdAt = options.now ?? new Date();
  const folder = dirname(options.file);
  await mkdir(folder, { recursive: true });
  const spool = join(folder, `.${basename(options.file)}.${randomBytes(4).toString('hex')}.tables`);
  const partial = `${options.file}.partial`;
  await mkdir(spool);
  try {
    const snapshot = await options.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .setAccessMode('read only')
      .execute(async (trx) => {
        await useUtc(trx);
        const migration = await lastMigration(trx);
        const all = await listTables(trx);
        const order = foreignKeyOrder(
          all.map((table) => table.name),
          await listForeignKeys(trx),
        );
        const tables = order.map((name) => all.find((table) => table.name === name) as TableInfo);
        const spooled: { table: TableInfo; rows: number }[] = [];
        for (const table of tables) spooled.push({ table, rows: await spoolTable(trx, table, spool) });
        return {
          migration,
          spooled,
          sequences: await listSequences(trx),
          keys: await listFileKeys(trx),
          postgres: await serverVersion(trx),
        };
      });

    await rm(partial, { force: true });
    const writer = new ArchiveWriter(partial, createdAt);
    try {
      const tables: Manifest['tables'] = [];
      for (const { table, rows } of snapshot.spooled) {
        const path = join(spool, `${table.name}.ndjson`);
        const { size } = await stat(path);
        const written = await writer.add(tableEntry(table.name), size, createReadStream(path));
        await unlink(path);
        tables.push({
          name: table.name,
          file: tableEntry(table.name),
          rows,
          bytes: written.size,
          sha256: written.sha256,
          columns: table.columns,
        });
      }
      const files: Manifest['files'] = [];
      for (const { key, table } of snapshot.keys) {
        const stored = await options.storage.get(key).catch((error: unknown) => {
          if (error instanceof FileNotFoundError)
            throw new ArchiveError(
              `the file ${key} (referenced by ${table}) is not in file storage; nothing was written`,
            );
          throw error;
        });
        const written = await writer.add(fileEntry(key), stored.size, stored.body);
        files.push({ key, file: fileEntry(key), size: written.size, sha256: written.sha256 });
      }
      const manifest: Manifest = {
        format: 'showcase-backup',
        formatVersion: BACKUP_FORMAT_VERSION,
        showcaseVersion,
        createdAt: createdAt.toISOString(),
        migration: snapshot.migration,
        source: { engine: options.engine, postgres: snapshot.postgres },
        tables,
        sequences: snapshot.sequences,
        files,
      };
      const text = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
      await writer.add(MANIFEST, text.length, [text]);
      await writer.finish();
      await rename(partial, options.file);
      return manifest;
    } catch (error) {
      await writer.abort();
      await rm(partial, { force: true });
      throw error;
    }
  } finally {
    await rm(spool, { recursive: true, force: true });
  }
}

/** Writes a table's rows as NDJSON into the spool folder; returns how many rows. */
async function spoolTable(trx: Db, table: TableInfo, spool: string): Promise<number> {
  const out = createWriteStream(join(spool, `${table.name}.ndjson`));
  const batch = table.columns.some((column) => column.type === 'bytea') ? READ_BATCH_BYTEA : READ_BATCH;
  let rows = 0;
  try {
    for await (const lines of readTableLines(trx, table, batch)) {
      rows += lines.length;
      if (!out.write(`${lines.join('\n')}\n`)) await once(out, 'drain');
    }
  } finally {
    out.end();
    await finished(out);
  }
  return rows;
}

export interface VerifyResult {
  manifest?: Manifest;
  /** Everything wrong, each naming the entry; empty when the archive is whole. */
  problems: string[];
}

/** Reads the whole archive: the manifest, and every table's and file's count, size and SHA-256. */
export async function verifyBackup(options: { file: string }): Promise<VerifyResult> {
  const problems: string[] = [];
  const seen = new Map<string, { size: number; sha256: string; lines: number }>();
  let manifestText: string | undefined;
  try {
    for await (const entry of readArchive(options.file)) {
      if (entry.name === MANIFEST) {
        if (entry.size > MANIFEST_MAX_BYTES)
          throw new ArchiveError(`${MANIFEST} is too large to be a manifest`);
        const chunks: Buffer[] = [];
        for await (const chunk of entry.body) chunks.push(chunk);
        manifestText = Buffer.concat(chunks).toString('utf8');
      } else seen.set(entry.name, await measure(entry.body));
    }
  } catch (error) {
    // Reading a file only: whatever fails (gzip, tar, an entry cut short) is the archive's fault.
    problems.push(archiveError(error, options.file).message);
  }
  if (manifestText === undefined) {
    if (!problems.length) problems.push(`${MANIFEST} is missing: this is not a Showcase backup`);
    return { problems };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(manifestText);
  } catch {
    problems.push(`${MANIFEST} is not valid JSON`);
    return { problems };
  }
  const result = manifestSchema.safeParse(parsed);
  if (!result.success) {
    problems.push(
      `${MANIFEST} is not a Showcase backup manifest: ${result.error.issues
        .slice(0, 5)
        .map((issue) => `${issue.path.join('.') || 'manifest'} ${issue.message}`)
        .join('; ')}`,
    );
    return { problems };
  }
  const manifest = result.data;
  if (manifest.formatVersion > BACKUP_FORMAT_VERSION)
    problems.push(
      `made by a newer Showcase (${manifest.showcaseVersion}, format version ${manifest.formatVersion}); this one reads version ${BACKUP_FORMAT_VERSION}`,
    );
  const expected = new Set<string>();
  for (const table of manifest.tables) {
    expected.add(table.file);
    const found = seen.get(table.file);
    if (!found) problems.push(`${table.file} (table ${table.name}, ${table.rows} rows) is missing`);
    else if (found.sha256 !== table.sha256)
      problems.push(
        `${table.file} is damaged: its SHA-256 is ${found.sha256}, the manifest says ${table.sha256}` +
          (found.lines !== table.rows ? ` (${found.lines} rows, the manifest says ${table.rows})` : ''),
      );
    else if (found.lines !== table.rows)
      problems.push(`${table.file} holds ${found.lines} rows, the manifest says ${table.rows}`);
  }
  for (const file of manifest.files) {
    expected.add(file.file);
    const found = seen.get(file.file);
    if (!found) problems.push(`${file.file} (a stored file, ${file.size} bytes) is missing`);
    else if (found.size !== file.size)
      problems.push(`${file.file} is damaged: ${found.size} bytes, the manifest says ${file.size}`);
    else if (found.sha256 !== file.sha256)
      problems.push(
        `${file.file} is damaged: its SHA-256 is ${found.sha256}, the manifest says ${file.sha256}`,
      );
  }
  for (const name of seen.keys())
    if (!expected.has(name)) problems.push(`${name} is in the archive but not in its manifest`);
  return { manifest, problems };
}

/** The manifest of a whole archive, or an ArchiveError listing what is wrong with it. */
export async function verifiedManifest(file: string): Promise<Manifest> {
  const { manifest, problems } = await verifyBackup({ file });
  if (problems.length || !manifest)
    throw new ArchiveError(
      `${file} failed verification:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
  return manifest;
}

async function* hashing(
  body: AsyncIterable<Buffer>,
  hash: ReturnType<typeof createHash>,
): AsyncGenerator<Buffer> {
  for await (const chunk of body) {
    hash.update(chunk);
    yield chunk;
  }
}

/**
 * Rebuilds the workspace of an archive into the database `db` (either engine) and `storage`.
 * The archive is verified whole first. The database must be empty (no rows in any table) unless
 * `force`, which empties it. The database is migrated to the archive's migration and every row
 * goes in, within one transaction (tables in foreign-key order, keys pointing ahead — a term's
 * parent, a request's duplicate — filled in afterwards; sequences moved past the restored rows),
 * the files are written to storage before that transaction commits, and finally the database is
 * migrated to the latest version. If anything fails, the transaction rolls back and the files it
 * wrote are removed: the database is left as it was (the wipe and the migrations of --force are in
 * that transaction too), never half restored.
 */
export async function restoreBackup(options: {
  db: Db;
  storage: Storage;
  file: string;
  force?: boolean;
  log?: (line: string) => void;
}): Promise<{ manifest: Manifest; rows: number; files: number; migrated: string[] }> {
  const { db, storage, file } = options;
  const log = options.log ?? (() => {});
  const manifest = await verifiedManifest(file);
  if (manifest.migration !== null && !(manifest.migration in migrations))
    throw new AppError(
      'conflict',
      `The archive was made at migration ${manifest.migration}, which this Showcase (${showcaseVersion}) does not know; restore it with Showcase ${manifest.showcaseVersion} or later.`,
    );

  const current = await lastMigration(db);
  const existing = current === null ? [] : (await listTables(db)).map((table) => table.name);
  const busy = await nonEmptyTables(db, existing);
  if (busy.length && !options.force)
    throw new AppError(
      'conflict',
      `The database is not empty (${busy
        .slice(0, 5)
        .map((entry) => `${entry.table}: ${entry.rows} rows`)
        .join(
          ', ',
        )}${busy.length > 5 ? ', …' : ''}). Restore into an empty database, or pass --force to wipe it first.`,
    );
  // A workspace that holds rows is wiped, migrated to the archive's migration and refilled in one
  // transaction, so a failure anywhere keeps the workspace it was going to replace.
  const wipe = busy.length > 0;
  if (!wipe && current !== manifest.migration) await migrateTo(db, manifest.migration);
  /** The archive's tables as this database has them, once at the archive's migration. */
  const matchingTables = async (trx: Db) => {
    const target = new Map((await listTables(trx)).map((table) => [table.name, table]));
    for (const table of manifest.tables) {
      const found = target.get(table.name);
      const columns = (list: { name: string; type: string }[]) =>
        list
          .map((column) => `${column.name} ${column.type}`)
          .sort()
          .join(', ');
      if (!found || columns(found.columns) !== columns(table.columns))
        throw new ArchiveError(
          `table ${table.name} of the archive does not match this database at migration ${manifest.migration}`,
        );
    }
    return target;
  };
  const written: string[] = [];
  let rows = 0;
  try {
    await db.transaction().execute(async (trx) => {
      if (wipe) {
        log(
          `Wiping ${busy.length} tables${current === manifest.migration ? '' : ` and migrating to ${manifest.migration ?? 'nothing'}`}.`,
        );
        await truncateTables(trx, existing);
        if (current !== manifest.migration) await migrateWithin(trx, manifest.migration);
      }
      const target = await matchingTables(trx);
      const keys = await listForeignKeys(trx);
      const inserted = new Set<string>();
      const deferred = new Map<string, string[]>();
      const tablesByFile = new Map(manifest.tables.map((table) => [table.file, table]));
      const filesByEntry = new Map(manifest.files.map((entry) => [entry.file, entry]));
      for await (const entry of readArchive(file)) {
        const listed = tablesByFile.get(entry.name);
        if (listed) {
          const table = target.get(listed.name) as TableInfo;
          const ahead = keys
            .filter(
              (key) =>
                key.table === table.name && (key.references === table.name || !inserted.has(key.references)),
            )
            .flatMap((key) => key.columns);
          if (ahead.length) {
            deferred.set(table.name, ahead);
            await createDeferredTable(trx, table, ahead);
          }
          const hash = createHash('sha256');
          let batch: string[] = [];
          let bytes = 0;
          const flush = async () => {
            if (!batch.length) return;
            const json = `[${batch.join(',')}]`;
            await insertRows(trx, table, ahead, json);
            if (ahead.length) await keepDeferred(trx, table, ahead, json);
            rows += batch.length;
            batch = [];
            bytes = 0;
          };
          for await (const line of splitLines(hashing(entry.body as AsyncIterable<Buffer>, hash))) {
            batch.push(line);
            bytes += line.length;
            if (batch.length >= INSERT_BATCH_ROWS || bytes >= INSERT_BATCH_BYTES) await flush();
          }
          await flush();
          if (hash.digest('hex') !== listed.sha256)
            throw new ArchiveError(`${entry.name} changed while it was being restored`);
          inserted.add(table.name);
          log(`${table.name}: ${listed.rows} ${listed.rows === 1 ? 'row' : 'rows'}`);
          continue;
        }
        const stored = filesByEntry.get(entry.name);
        if (stored) {
          const existed = await storage.stat(stored.key);
          const put = await storage.put(stored.key, entry.body, { maxBytes: stored.size });
          if (!existed) written.push(stored.key);
          if (put.sha256 !== stored.sha256)
            throw new ArchiveError(`${entry.name} changed while it was being restored`);
        }
      }
      for (const [name, columns] of deferred)
        await applyDeferred(trx, target.get(name) as TableInfo, columns);
      for (const sequence of manifest.sequences) await advanceSequence(trx, sequence);
      const missing = manifest.tables.filter((table) => !inserted.has(table.name));
      if (missing.length) throw new ArchiveError(`${missing[0]?.file} is missing`);
    });
  } catch (error) {
    for (const key of written) await storage.delete(key).catch(() => {});
    throw error;
  }
  log(`${manifest.files.length} files written to storage.`);
  const migrated = await migrateToLatest(db);
  return { manifest, rows, files: manifest.files.length, migrated };
}

/** Names of rolling backups: `showcase-<UTC time>.tar.gz`, so name order is time order. */
const ROLLING = /^showcase-\d{4}-\d{2}-\d{2}T[\d-]+Z\.tar\.gz$/;
export const rollingBackupName = (now: Date) => `showcase-${now.toISOString().replace(/[:.]/g, '-')}.tar.gz`;

/** Writes a backup into `dir` and removes all but the newest `keep` (and day-old partial ones). */
export async function runRollingBackup(options: {
  db: Db;
  storage: Storage;
  dir: string;
  keep: number;
  engine: DatabaseKind;
  now: Date;
}): Promise<{ file: string; manifest: Manifest; removed: string[] }> {
  const file = join(options.dir, rollingBackupName(options.now));
  const manifest = await createBackup({ ...options, file });
  const names = (await readdir(options.dir)).sort();
  const removed = names.filter((name) => ROLLING.test(name)).slice(0, -options.keep);
  for (const name of removed) await rm(join(options.dir, name), { force: true });
  const dayAgo = options.now.getTime() - 86_400_000;
  for (const name of names.filter((entry) => entry.endsWith('.partial') || entry.endsWith('.tables'))) {
    const info = await stat(join(options.dir, name)).catch(() => undefined);
    if (info && info.mtimeMs < dayAgo) await rm(join(options.dir, name), { recursive: true, force: true });
  }
  return { file, manifest, removed };
}
