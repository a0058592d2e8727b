import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, createWriteStream } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { sql } from 'kysely';
import pg from 'pg';
import pino from 'pino';
import tar from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/app.ts';
import { openEmptyTestDatabase, openTestDatabase, testDatabaseKind } from '../../../test/database.ts';
import { createTestUser } from '../../../test/factories.ts';
import { pdf, png, uploadFile } from '../../../test/files.ts';
import { startS3Server } from '../../../test/s3.ts';
import { databaseUrl } from '../../../test/setup/template.ts';
import { type Database, openPostgres } from '../../db/connect.ts';
import { startEmbeddedPostgres } from '../../db/embedded.ts';
import { migrateTo, migrations, pendingMigrations } from '../../db/migrate.ts';
import { envSchema } from '../../env.ts';
import { seedSampleWorkspace } from '../../seed/sample-workspace.ts';
import { createLocalStorage } from '../../storage/local.ts';
import type { Storage } from '../../storage/storage.ts';
import { createJobRunner } from '../jobs/jobs.runner.ts';
import { MANIFEST, type Manifest, readArchive, splitLines } from './backup.format.ts';
import { backupJob } from './backup.job.ts';
import { createBackup, restoreBackup, verifyBackup } from './backup.service.ts';

type Db = Database['db'];

let t: TestContext;
let s3: Awaited<ReturnType<typeof startS3Server>>;
let source: Storage;
let dir: string;
/** Storage keys of the attachments and asset files uploaded into the sample workspace. */
let keys: string[];
const cleanup: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  s3 = await startS3Server();
  // The source workspace keeps its files in S3; restores go to local folders.
  source = s3.storage(`backup-${randomBytes(4).toString('hex')}`);
  t = await createTestContext({ storage: source });
  dir = await mkdtemp(join(tmpdir(), 'showcase-backup-'));
  await seedSampleWorkspace(t.db);
  const admin = await t.as('admin');
  const requests = await t.db.selectFrom('requests').select('id').orderBy('number').limit(2).execute();
  for (const [index, file] of [
    { name: 'storyboard.png', bytes: png },
    { name: 'brief.pdf', bytes: pdf },
  ].entries()) {
    const uploaded = await uploadFile(t, admin, `/api/requests/${requests[index]?.id}/attachments`, file);
    expect(uploaded.status).toBe(201);
  }
  // An attachment from before file storage: its bytes still in the row (bytea).
  await t.db
    .insertInto('request_attachments')
    .values({
      request_id: requests[0]?.id as string,
      filename: 'old.bin',
      content_type: 'application/octet-stream',
      size: 256,
      data: Buffer.from(Array.from({ length: 256 }, (_, i) => i)),
    })
    .execute();
  // A file on a library asset: a second module's files, named by `asset_files.storage_key`.
  const asset = await t.db
    .selectFrom('assets')
    .select('id')
    .orderBy('title')
    .limit(1)
    .executeTakeFirstOrThrow();
  const assetFile = await uploadFile(t, admin, `/api/assets/${asset.id}/files`, {
    name: 'diagram.png',
    bytes: png,
  });
  expect(assetFile.status).toBe(201);
  keys = [
    ...(
      await t.db
        .selectFrom('request_attachments')
        .select('storage_key')
        .where('storage_key', 'is not', null)
        .execute()
    ).map((row) => row.storage_key as string),
    ...(await t.db.selectFrom('asset_files').select('storage_key').execute()).map((row) => row.storage_key),
  ];
  expect(keys).toHaveLength(3);
  expect(keys).toContain(`asset-files/${assetFile.body.id}`);
}, 120_000);
afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
  await t?.close();
  await s3?.close();
  await rm(dir, { recursive: true, force: true });
});

/** Every table's rows as PostgreSQL prints them (timestamps in UTC), sorted, by table. */
async function dumpTables(db: Db): Promise<Record<string, string[]>> {
  return db.transaction().execute(async (trx) => {
    await sql`SET LOCAL TIME ZONE 'UTC'`.execute(trx);
    const { rows } = await sql<{ name: string }>`
      SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname NOT LIKE 'kysely_migration%'
      AND c.relname <> 'library_changes'
      ORDER BY 1`.execute(trx);
    const tables: Record<string, string[]> = {};
    for (const { name } of rows)
      tables[name] = (
        await sql<{ row: string }>`SELECT t::text AS row FROM ${sql.id(name)} t`.execute(trx)
      ).rows
        .map((row) => row.row)
        .sort();
    return tables;
  });
}

async function bytesOf(storage: Storage, key: string): Promise<Buffer> {
  const { body } = await storage.get(key);
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

async function localStorage(): Promise<Storage> {
  const root = await mkdtemp(join(tmpdir(), 'showcase-restored-files-'));
  cleanup.push(() => rm(root, { recursive: true, force: true }));
  return createLocalStorage({ root });
}

async function emptyDatabase(): Promise<Database> {
  const database = await openEmptyTestDatabase();
  cleanup.push(() => database.close());
  return database;
}

const archive = (name: string) => join(dir, `${name}-${randomBytes(3).toString('hex')}.tar.gz`);

/**
 * A copy of archive `file` in which a term's parent does not exist, re-signed so that its hashes
 * are right: the archive verifies, and its restore fails on the foreign key after the files.
 */
async function withMissingParent(file: string): Promise<string> {
  const broken = archive('broken');
  const fixed = new Map<string, Buffer>();
  await rewriteArchive(file, broken, (name, bytes) => {
    if (name !== 'tables/terms.ndjson') return bytes;
    const lines = bytes.toString('utf8').trimEnd().split('\n');
    const child = lines.findIndex((line) => JSON.parse(line).parent_id !== null);
    lines[child] = JSON.stringify({
      ...JSON.parse(lines[child] as string),
      parent_id: crypto.randomUUID(),
    });
    const changed = Buffer.from(`${lines.join('\n')}\n`);
    fixed.set(name, changed);
    return changed;
  });
  const resigned = archive('resigned');
  await rewriteArchive(broken, resigned, (name, bytes) => {
    if (name !== MANIFEST) return bytes;
    const edited = JSON.parse(bytes.toString('utf8')) as Manifest;
    for (const table of edited.tables) {
      const changed = fixed.get(table.file);
      if (!changed) continue;
      table.bytes = changed.length;
      table.sha256 = createHash('sha256').update(changed).digest('hex');
    }
    return Buffer.from(JSON.stringify(edited));
  });
  return resigned;
}

/** Asserts `db` + `storage` hold exactly the sample workspace's rows and files. */
async function expectSameWorkspace(db: Db, storage: Storage, expected: Record<string, string[]>) {
  const restored = await dumpTables(db);
  expect(Object.keys(restored)).toEqual(Object.keys(expected));
  for (const [table, rows] of Object.entries(expected))
    expect({ table, rows: restored[table] }).toEqual({ table, rows });
  for (const key of keys) expect((await bytesOf(storage, key)).equals(await bytesOf(source, key))).toBe(true);
}

/** Rewrites an archive entry by entry: `change` returns new bytes, or null to leave the entry out. */
async function rewriteArchive(
  from: string,
  to: string,
  change: (name: string, bytes: Buffer) => Buffer | null,
): Promise<void> {
  const pack = tar.pack();
  const written = pipeline(pack, createGzip(), createWriteStream(to));
  for await (const entry of readArchive(from)) {
    const chunks: Buffer[] = [];
    for await (const chunk of entry.body) chunks.push(chunk);
    const bytes = change(entry.name, Buffer.concat(chunks));
    if (bytes) pack.entry({ name: entry.name, size: bytes.length }, bytes);
  }
  pack.finalize();
  await written;
}

/** The rows of one table in an archive, parsed. */
async function rowsIn(file: string, table: string): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  for await (const entry of readArchive(file)) {
    if (entry.name !== `tables/${table}.ndjson`) continue;
    for await (const line of splitLines(entry.body)) rows.push(JSON.parse(line));
  }
  return rows;
}

describe('backup and restore', () => {
  let file: string;
  let manifest: Manifest;
  let expected: Record<string, string[]>;
  beforeAll(async () => {
    expected = await dumpTables(t.db);
    file = archive('sample');
    manifest = await createBackup({ db: t.db, storage: source, file, engine: testDatabaseKind });
  });

  it('writes every table with its row count and hash, and every stored file, into a manifest', async () => {
    // The newest migration: the archive records the schema it was written from.
    expect(manifest.migration).toBe(Object.keys(migrations).sort().at(-1));
    expect(manifest.tables.map((table) => table.name).sort()).toEqual(Object.keys(expected));
    for (const table of manifest.tables) expect(table.rows).toBe(expected[table.name]?.length);
    expect(manifest.files.map((entry) => entry.key).sort()).toEqual([...keys].sort());
    // Foreign-key order: a table comes after those it points at.
    const position = (name: string) => manifest.tables.findIndex((table) => table.name === name);
    expect(position('users')).toBeLessThan(position('assets'));
    expect(position('assets')).toBeLessThan(position('requests'));
    expect(position('requests')).toBeLessThan(position('request_attachments'));
    // Types kept: ISO timestamps, json as json, arrays as arrays, bytea as base64.
    const [attachment] = (await rowsIn(file, 'request_attachments')).filter((row) => row.data !== null);
    expect(Buffer.from(attachment?.data as string, 'base64')).toEqual(
      Buffer.from(Array.from({ length: 256 }, (_, i) => i)),
    );
    expect(attachment?.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?\+00:00$/);
    const [release] = await rowsIn(file, 'releases');
    expect(Array.isArray(release?.version_key)).toBe(true);
    expect(typeof release?.report).toBe('object');
    const { problems } = await verifyBackup({ file });
    expect(problems).toEqual([]);
  });

  it('restores into an empty database on the same engine: every row and every file equal', async () => {
    const target = await emptyDatabase();
    const storage = await localStorage();
    const result = await restoreBackup({ db: target.db, storage, file });
    expect(result.rows).toBe(Object.values(expected).reduce((sum, rows) => sum + rows.length, 0));
    await expectSameWorkspace(target.db, storage, expected);
    // Sequences moved past the restored rows: the next request gets a new number.
    const next = await sql<{
      n: number;
    }>`SELECT nextval(pg_get_serial_sequence('requests', 'number')) AS n`.execute(target.db);
    const top = await t.db
      .selectFrom('requests')
      .select((eb) => eb.fn.max('number').as('top'))
      .executeTakeFirstOrThrow();
    expect(Number(next.rows[0]?.n)).toBeGreaterThan(Number(top.top));
  });

  it('restores across engines, embedded ⇄ PostgreSQL server, and back again unchanged', async () => {
    const other = await openOtherEngine();
    cleanup.push(() => other.close());
    const storage = await localStorage();
    await restoreBackup({ db: other.db, storage, file });
    await expectSameWorkspace(other.db, storage, expected);
    const back = archive('back');
    const second = await createBackup({ db: other.db, storage, file: back, engine: other.kind });
    expect(second.source.engine).toBe(other.kind);
    const home = await emptyDatabase();
    const homeStorage = await localStorage();
    await restoreBackup({ db: home.db, storage: homeStorage, file: back });
    await expectSameWorkspace(home.db, homeStorage, expected);
  }, 120_000);

  it('refuses a database that is not empty, changing nothing; --force wipes it and restores', async () => {
    const target = await openTestDatabase();
    cleanup.push(() => target.close());
    const before = await dumpTables(target.db);
    await expect(restoreBackup({ db: target.db, storage: await localStorage(), file })).rejects.toThrow(
      /^The database is not empty \(.*terms: \d+ rows.*\)\. Restore into an empty database, or pass --force/,
    );
    expect(await dumpTables(target.db)).toEqual(before);
    const storage = await localStorage();
    await restoreBackup({ db: target.db, storage, file, force: true });
    await expectSameWorkspace(target.db, storage, expected);
  });

  it('--force over a workspace at another migration wipes, migrates and refills in one transaction: a failure keeps that workspace', async () => {
    // An archive made at the migration before the latest, whose restore fails on a foreign key.
    const older = await emptyDatabase();
    const earlier = Object.keys(migrations).sort().at(-2) as string;
    await migrateTo(older.db, earlier);
    const parent = await older.db
      .insertInto('terms')
      .values({ kind: 'persona', name: 'Parent persona' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await older.db
      .insertInto('terms')
      .values({ kind: 'persona', name: 'Child persona', parent_id: parent.id })
      .execute();
    const made = archive('older');
    await createBackup({ db: older.db, storage: await localStorage(), file: made, engine: testDatabaseKind });
    const broken = await withMissingParent(made);
    expect((await verifyBackup({ file: broken })).manifest?.migration).toBe(earlier);

    const target = await openTestDatabase();
    cleanup.push(() => target.close());
    const before = await dumpTables(target.db);
    await expect(
      restoreBackup({ db: target.db, storage: await localStorage(), file: broken, force: true }),
    ).rejects.toThrow(/terms_parent_id_fkey/);
    expect(await dumpTables(target.db)).toEqual(before);
    expect(await pendingMigrations(target.db)).toEqual([]);

    // The same archive unbroken restores over it, and ends at the latest migration.
    const storage = await localStorage();
    await restoreBackup({ db: target.db, storage, file: made, force: true });
    expect(await pendingMigrations(target.db)).toEqual([]);
    const names = await target.db.selectFrom('terms').select('name').orderBy('name').execute();
    expect(names.map((row) => row.name)).toEqual(['Child persona', 'Parent persona']);
  });

  it('leaves nothing behind when a restore fails part-way: no rows, no files', async () => {
    const resigned = await withMissingParent(file);
    expect((await verifyBackup({ file: resigned })).problems).toEqual([]);
    const target = await emptyDatabase();
    const root = await mkdtemp(join(tmpdir(), 'showcase-restored-files-'));
    cleanup.push(() => rm(root, { recursive: true, force: true }));
    await expect(
      restoreBackup({ db: target.db, storage: createLocalStorage({ root }), file: resigned }),
    ).rejects.toThrow(/terms_parent_id_fkey/);
    const left = await dumpTables(target.db);
    expect(Object.entries(left).filter(([, rows]) => rows.length > 0)).toEqual([]);
    expect(
      (await readdir(root, { recursive: true })).filter(
        (name) => name.startsWith('attachments/') || name.startsWith('asset-files/'),
      ),
    ).toEqual([]);
  });
});

describe('verify', () => {
  let file: string;
  beforeAll(async () => {
    file = archive('verify');
    await createBackup({ db: t.db, storage: source, file, engine: testDatabaseKind });
  });

  it('catches a flipped byte in a table, naming the table file', async () => {
    const damaged = archive('flipped');
    await rewriteArchive(file, damaged, (name, bytes) => {
      if (name !== 'tables/users.ndjson') return bytes;
      const copy = Buffer.from(bytes);
      copy[10] = (copy[10] as number) ^ 0x01;
      return copy;
    });
    const { problems } = await verifyBackup({ file: damaged });
    expect(problems).toEqual([expect.stringMatching(/^tables\/users\.ndjson is damaged: its SHA-256 is/)]);
  });

  it('catches a missing file and a flipped byte in a file, naming each', async () => {
    const damaged = archive('missing');
    const [gone, flipped] = [...keys].sort();
    await rewriteArchive(file, damaged, (name, bytes) => {
      if (name === `files/${gone}`) return null;
      if (name !== `files/${flipped}`) return bytes;
      const copy = Buffer.from(bytes);
      copy[0] = (copy[0] as number) ^ 0x80;
      return copy;
    });
    const { problems } = await verifyBackup({ file: damaged });
    // Problems come in the manifest's order (by table, then key), which a sort of keys need not be.
    expect(problems).toHaveLength(2);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^files/${gone} \\(a stored file, \\d+ bytes\\) is missing$`)),
        expect.stringMatching(new RegExp(`^files/${flipped} is damaged: its SHA-256 is`)),
      ]),
    );
    // A damaged archive is never restored.
    const target = await emptyDatabase();
    await expect(
      restoreBackup({ db: target.db, storage: await localStorage(), file: damaged }),
    ).rejects.toThrow(`files/${gone} (a stored file`);
    expect(
      await target.db
        .selectFrom('users' as never)
        .selectAll()
        .execute()
        .catch(() => []),
    ).toEqual([]);
  });

  it('says so when an archive is cut short or is not an archive at all', async () => {
    const { readFile } = await import('node:fs/promises');
    const whole = await readFile(file);
    const cut = archive('cut');
    await writeFile(cut, whole.subarray(0, Math.floor(whole.length / 2)));
    expect((await verifyBackup({ file: cut })).problems).toEqual([
      expect.stringContaining('is not a complete Showcase backup'),
    ]);
    const text = archive('text');
    await writeFile(text, 'hello');
    expect((await verifyBackup({ file: text })).problems).toEqual([
      expect.stringContaining('is not a complete Showcase backup'),
    ]);
  });
});

describe('a backup taken while the workspace changes', () => {
  it('is one snapshot: a transfer between two tables is never half in it', async () => {
    const team = await t.db
      .insertInto('teams')
      .values({ name: `Transfers ${randomBytes(3).toString('hex')}`, quarterly_budget: 100_000 })
      .returning('id')
      .executeTakeFirstOrThrow();
    const user = await createTestUser(t.db, { role: 'tmm' });
    const member = await t.db
      .insertInto('team_members')
      .values({ user_id: user.id, title: 'Transfers', quarterly_capacity: 0 })
      .returning('id')
      .executeTakeFirstOrThrow();
    let running = true;
    let transfers = 0;
    const transfer = async () => {
      while (running) {
        await t.db.transaction().execute(async (trx) => {
          await trx
            .updateTable('team_members')
            .set((eb) => ({ quarterly_capacity: eb('quarterly_capacity', '+', 1) }))
            .where('id', '=', member.id)
            .execute();
          await trx
            .updateTable('teams')
            .set((eb) => ({ quarterly_budget: eb('quarterly_budget', '-', 1) }))
            .where('id', '=', team.id)
            .execute();
        });
        transfers++;
      }
    };
    const writers = [transfer(), transfer()];
    try {
      for (let round = 0; round < 3; round++) {
        const file = archive(`busy-${round}`);
        const before = transfers;
        await createBackup({ db: t.db, storage: source, file, engine: testDatabaseKind });
        expect(transfers).toBeGreaterThan(before);
        const budget = (await rowsIn(file, 'teams')).find((row) => row.id === team.id)
          ?.quarterly_budget as number;
        const capacity = (await rowsIn(file, 'team_members')).find((row) => row.id === member.id)
          ?.quarterly_capacity as number;
        expect(budget + capacity).toBe(100_000);
        expect((await verifyBackup({ file })).problems).toEqual([]);
      }
    } finally {
      running = false;
      await Promise.all(writers);
    }
  });
});

describe('the daily backup job', () => {
  it('writes a backup into the data folder each day and keeps the newest SHOWCASE_BACKUP_KEEP', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'showcase-data-'));
    cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
    const env = envSchema.parse({
      SHOWCASE_DATA_DIR: dataDir,
      SHOWCASE_BACKUP_KEEP: '2',
      LOG_LEVEL: 'silent',
    });
    let now = new Date('2026-12-01T03:00:00Z');
    const runner = createJobRunner({
      db: t.db,
      logger: pino({ level: 'silent' }),
      kinds: [backupJob],
      storage: source,
      env,
      databaseKind: testDatabaseKind,
      now: () => now,
    });
    for (const day of ['2026-12-01', '2026-12-02', '2026-12-03']) {
      now = new Date(`${day}T03:00:00Z`);
      expect(await runner.tick()).toMatchObject({ ran: 1, succeeded: 1 });
    }
    const folder = join(dataDir, 'backups');
    const names = (await readdir(folder)).sort();
    expect(names).toEqual([
      'showcase-2026-12-02T03-00-00-000Z.tar.gz',
      'showcase-2026-12-03T03-00-00-000Z.tar.gz',
    ]);
    expect((await verifyBackup({ file: join(folder, names[1] as string) })).problems).toEqual([]);
    const run = await t.db
      .selectFrom('job_runs')
      .select(['summary', 'outcome'])
      .where('kind', '=', 'workspace-backup')
      .orderBy('started_at', 'desc')
      .executeTakeFirstOrThrow();
    expect(run.outcome).toBe('succeeded');
    expect(run.summary).toMatch(
      /^Wrote .*showcase-2026-12-03T03-00-00-000Z\.tar\.gz \(\d+ rows, 3 files\); removed 1 older$/,
    );
  });

  it('is listed on the admin jobs page, and SHOWCASE_BACKUPS=off turns it off', async () => {
    const admin = await t.as('admin');
    const overview = (await admin.get('/api/settings/jobs')).body;
    expect(overview.kinds.map((kind: { kind: string }) => kind.kind)).toContain('workspace-backup');
    const dataDir = await mkdtemp(join(tmpdir(), 'showcase-data-'));
    cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
    const env = envSchema.parse({ SHOWCASE_DATA_DIR: dataDir, SHOWCASE_BACKUPS: 'off', LOG_LEVEL: 'silent' });
    const summary = await backupJob.run({
      db: t.db,
      now: new Date(),
      logger: pino({ level: 'silent' }),
      attempt: 1,
      jobId: 'workspace-backup:test',
      storage: source,
      env,
      databaseKind: testDatabaseKind,
    });
    expect(summary).toBe('Automatic backups are off (SHOWCASE_BACKUPS=off)');
    expect(await readdir(dataDir)).toEqual([]);
  });
});

/**
 * The other engine than this project's: from the embedded project a database on the PostgreSQL
 * server (TEST_DATABASE_URL, else a throwaway server); from the server project a freshly started
 * embedded engine.
 */
async function openOtherEngine(): Promise<Database> {
  if (testDatabaseKind === 'embedded') {
    let url = process.env.TEST_DATABASE_URL;
    let stopServer: (() => Promise<void>) | undefined;
    if (!url) {
      const { startThrowawayPostgres } = await import('../../../test/setup/postgres-server.ts');
      const server = await startThrowawayPostgres();
      url = server.url;
      stopServer = server.stop;
    }
    const name = `showcase_backup_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const database = openPostgres(databaseUrl(url, name), 3, 'postgres');
    return {
      ...database,
      async close() {
        await database.close();
        const drop = new pg.Client({ connectionString: url });
        await drop.connect();
        await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await drop.end();
        await stopServer?.();
      },
    };
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'showcase-embedded-restore-'));
  chmodSync(dataDir, 0o755);
  const server = await startEmbeddedPostgres({ dataDir, ephemeral: true, log: () => {} });
  const database = openPostgres(server.url, 3, 'embedded');
  return {
    ...database,
    async close() {
      await database.close();
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
