import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestContext, type TestContext } from '../test/app.ts';
import { openEmptyTestDatabase } from '../test/database.ts';
import { createTestAsset, createTestUser } from '../test/factories.ts';
import { buildCli } from './cli.ts';
import type { Database } from './db/connect.ts';
import { migrations } from './db/migrate.ts';
import { createLocalStorage } from './storage/local.ts';
import type { Storage } from './storage/storage.ts';

let ctx: TestContext;
let dir: string;
beforeAll(async () => {
  ctx = await createTestContext();
  dir = mkdtempSync(join(tmpdir(), 'showcase-cli-'));
});
afterAll(async () => {
  await ctx.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs `showcase …args` in-process on `database` (left open) and returns what it printed. */
async function run(
  args: string[],
  database: Database = ctx.database,
  storage: Storage = ctx.storage,
): Promise<string[]> {
  const lines: string[] = [];
  const print = vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => {
    lines.push(parts.join(' '));
  });
  try {
    await buildCli({
      open: async () => ({ ...database, close: async () => {} }),
      openFiles: async () => storage,
    }).parseAsync(['node', 'showcase', ...args]);
  } finally {
    print.mockRestore();
  }
  return lines;
}

describe('showcase user add', () => {
  it('creates an account that signs in with the password it prints', async () => {
    const lines = await run([
      'user',
      'add',
      '--email',
      'cli.tmm@example.test',
      '--name',
      'Cli Tmm',
      '--role',
      'tmm',
    ]);
    expect(lines[0]).toBe('Created cli.tmm@example.test (tmm).');
    const password = lines[1]?.replace(/^Password: /, '') ?? '';
    expect(password.length).toBeGreaterThanOrEqual(10);
    const client = ctx.anonymous();
    expect((await client.signIn('cli.tmm@example.test', password)).status).toBe(200);
    expect((await client.get('/api/auth/session')).body.user).toMatchObject({ name: 'Cli Tmm', role: 'tmm' });
  });

  it('refuses a bad email, naming the field, and creates nothing', async () => {
    await expect(run(['user', 'add', '--email', 'not-an-email', '--name', 'Nobody'])).rejects.toThrow(
      /^email /,
    );
    const admin = await ctx.as('admin');
    const { users } = (await admin.get('/api/users')).body as { users: { name: string }[] };
    expect(users.some((user) => user.name === 'Nobody')).toBe(false);
  });
});

describe('showcase token create', () => {
  it('prints a token that authenticates as the account', async () => {
    const owner = await createTestUser(ctx.db, { role: 'requester' });
    const lines = await run(['token', 'create', owner.email, '--name', 'CI', '--expires-in-days', '30']);
    expect(lines).toHaveLength(1);
    const client = ctx.anonymous();
    client.bearer = lines[0];
    const session = await client.get('/api/auth/session');
    expect(session.status).toBe(200);
    expect(session.body.user.email).toBe(owner.email);
  });

  it('refuses an unknown account', async () => {
    await expect(run(['token', 'create', 'nobody@example.test'])).rejects.toThrow(
      'No user with email nobody@example.test',
    );
  });
});

describe('showcase export csv and import csv', () => {
  it('exports every asset; re-importing the export changes nothing', async () => {
    const asset = await createTestAsset(ctx.db, { title: 'Exported from the CLI', status: 'draft' });
    const file = join(dir, 'export.csv');
    expect(await run(['export', 'csv', '--output', file])).toEqual([]);
    const rows = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.find((row) => row.id === asset.id)).toMatchObject({
      title: 'Exported from the CLI',
      status: 'draft',
    });
    const lines = await run(['import', 'csv', file]);
    expect(lines.at(-1)).toBe(`create 0, update 0, leave ${rows.length} unchanged, reject 0.`);
  });

  it('escapes formula cells the way the API does, and imports them back unchanged', async () => {
    const asset = await createTestAsset(ctx.db, { title: '=1+2', summary: '@SUM(A1:A9)', status: 'draft' });
    const file = join(dir, 'formulas.csv');
    await run(['export', 'csv', '--output', file]);
    const rows = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.find((row) => row.id === asset.id)).toMatchObject({
      title: "'=1+2",
      summary: "'@SUM(A1:A9)",
    });
    const lines = await run(['import', 'csv', file]);
    expect(lines.at(-1)).toBe(`create 0, update 0, leave ${rows.length} unchanged, reject 0.`);
  });

  it('leaves drafts, people and internal lists out of the external export', async () => {
    const draft = await createTestAsset(ctx.db, { title: 'Internal draft', visibility: 'external' });
    const owner = await createTestUser(ctx.db, { role: 'tmm' });
    const shared = await createTestAsset(ctx.db, {
      title: '-Shared with partners',
      status: 'published',
      visibility: 'external',
      safeToShare: true,
      ownerId: owner.id,
    });
    const file = join(dir, 'external.csv');
    await run(['export', 'csv', '--audience', 'external', '--output', file]);
    const csv = readFileSync(file, 'utf8');
    expect(csv).not.toContain(draft.id);
    expect(csv).not.toContain(owner.email);
    expect(csv).not.toContain('Test list');
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields).not.toContain('owner_email');
    expect(parsed.meta.fields).not.toContain('lists');
    expect(parsed.data.map((row) => row.title)).toContain(`'${shared.title}`);
    await expect(run(['export', 'csv', '--audience', 'everyone'])).rejects.toThrow(
      '--audience must be internal or external',
    );
  });

  it('reports per line what a dry run would do and stores nothing; without --dry-run it stores', async () => {
    const file = join(dir, 'new.csv');
    writeFileSync(
      file,
      'external_key,title,summary,format,status\ncli-1,Made on the command line,A summary.,Webinar,draft\ncli-2,Bad line,,Hologram,draft\n',
    );
    const dry = await run(['import', 'csv', '--dry-run', file]);
    expect(dry).toEqual([
      'line 2: create “Made on the command line”',
      'line 3: reject “Bad line” — format: unknown format “Hologram”',
      'Dry run, nothing stored: would create 1, update 0, leave 0 unchanged, reject 1.',
    ]);
    const tmm = await ctx.as('tmm');
    const search = async () =>
      (await tmm.get('/api/assets?q=command%20line')).body.hits.map((hit: { title: string }) => hit.title);
    expect(await search()).toEqual([]);

    expect((await run(['import', 'csv', file])).at(-1)).toBe(
      'create 1, update 0, leave 0 unchanged, reject 1.',
    );
    expect(await search()).toEqual(['Made on the command line']);
  });
});

describe('showcase migrate', () => {
  it('applies pending migrations, reports an up-to-date database, and goes down and up with --to', async () => {
    const database = await openEmptyTestDatabase();
    try {
      const names = Object.keys(migrations);
      expect(await run(['migrate'], database)).toEqual([`Applied: ${names.join(', ')}`]);
      expect(await run(['migrate'], database)).toEqual(['The database is up to date.']);
      expect(await run(['migrate', '--to', '0004_demos'], database)).toEqual([
        `Reverted: ${names
          .filter((name) => name > '0004_demos')
          .reverse()
          .join(', ')}`,
      ]);
      expect(await run(['migrate', '--to', '0004_demos'], database)).toEqual([
        'The database is already at 0004_demos.',
      ]);
      await expect(run(['migrate', '--to', '0042_unknown'], database)).rejects.toThrow(
        'No migration named 0042_unknown',
      );
      expect(await run(['migrate', '--to', 'none'], database)).toEqual([
        `Reverted: ${names
          .filter((name) => name <= '0004_demos')
          .reverse()
          .join(', ')}`,
      ]);
      expect(await run(['migrate'], database)).toEqual([`Applied: ${names.join(', ')}`]);
    } finally {
      await database.close();
    }
  });
});

describe('showcase backup and restore', () => {
  it('writes an archive, verifies it, restores it into an empty database and refuses a second time without --force', async () => {
    await createTestAsset(ctx.db, { title: 'Kept by the backup', status: 'draft' });
    const file = join(dir, 'workspace.tar.gz');
    const written = await run(['backup', file]);
    expect(written[0]).toBe(`Backup written to ${file}.`);
    expect(written[1]).toMatch(/^Made .* by Showcase \d+\.\d+\.\d+ from the (embedded|postgres) database/);
    expect(written[2]).toMatch(/^\d+ tables, [\d,]+ rows/);

    const verified = await run(['backup', '--verify', file]);
    expect(verified.slice(0, 3)).toEqual(written.slice(1, 4));
    expect(verified.at(-1)).toBe('Every table and file matches its manifest.');

    const database = await openEmptyTestDatabase();
    const filesDir = mkdtempSync(join(tmpdir(), 'showcase-cli-files-'));
    const storage = createLocalStorage({ root: filesDir });
    try {
      const restored = await run(['restore', file], database, storage);
      expect(restored).toContainEqual(expect.stringMatching(/^assets: \d+ rows?$/));
      expect(restored.find((line) => line.startsWith('Restored '))).toMatch(
        /^Restored \d+ rows and 0 files\.$/,
      );
      const titles = (await database.db.selectFrom('assets').select('title').execute()).map(
        (row) => row.title,
      );
      expect(titles).toContain('Kept by the backup');
      await expect(run(['restore', file], database, storage)).rejects.toThrow(
        /^The database is not empty .* pass --force to wipe it first\.$/,
      );
      expect(await run(['restore', '--force', file], database, storage)).toContainEqual(
        expect.stringMatching(/^Restored /),
      );
    } finally {
      await database.close();
      rmSync(filesDir, { recursive: true, force: true });
    }
  });

  it('--verify names what is wrong with a damaged archive', async () => {
    const file = join(dir, 'damaged.tar.gz');
    await run(['backup', file]);
    // Flip one byte inside the users table's rows.
    const tarBytes = gunzipSync(readFileSync(file));
    const at = tarBytes.indexOf('"email":"');
    tarBytes[at + 10] = (tarBytes[at + 10] as number) ^ 0x01;
    writeFileSync(file, gzipSync(tarBytes));
    const failure = run(['backup', '--verify', file]);
    await expect(failure).rejects.toThrow(`${file} is damaged:\n  - tables/users.ndjson is damaged`);
    await expect(failure).rejects.toThrow(
      /\.ndjson is damaged: its SHA-256 is [0-9a-f]{64}, the manifest says/,
    );
  });
});
