import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../server/db/connect.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { openPGlite } from '../server/db/pglite.ts';
import { createUser } from '../server/modules/users/users.service.ts';
import { ensureWorkspace } from '../server/seed/defaults.ts';
import { seedSampleLibrary } from '../server/seed/sample-library.ts';
import { testDatabaseKind } from './database.ts';

/** Runs once, in the embedded project: it starts its own embedded cluster on a data folder of its own. */
describe.runIf(testDatabaseKind === 'embedded')('a data folder from the PGlite engine', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'showcase-legacy-'));
  chmodSync(dataDir, 0o755);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('is copied into the embedded PostgreSQL at first start, searchable, and its files kept aside', async () => {
    const old = await openPGlite(dataDir);
    await migrateToLatest(old.db);
    await ensureWorkspace(old.db, 'Old workspace');
    const { user } = await createUser({
      db: old.db,
      input: { email: 'kept@example.test', name: 'Kept', role: 'admin', password: 'kept-password-1' },
    });
    await seedSampleLibrary(old.db, new Date().toISOString().slice(0, 10));
    const before = await old.db
      .selectFrom('assets')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    await old.close();

    const lines: string[] = [];
    const database = await openDatabase({ dataDir, log: (line) => lines.push(line) });
    try {
      const workspace = await database.db.selectFrom('workspace').select('name').executeTakeFirstOrThrow();
      expect(workspace.name).toBe('Old workspace');
      const kept = await database.db
        .selectFrom('users')
        .select('id')
        .where('email', '=', 'kept@example.test')
        .executeTakeFirstOrThrow();
      expect(kept.id).toBe(user.id);
      const after = await database.db
        .selectFrom('assets')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(after.n).toBe(before.n);
      expect(before.n).toBeGreaterThan(0);
      const search = await database.db
        .selectFrom('asset_search')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(search.n).toBe(before.n);
      expect(lines.join('\n')).toMatch(/moved the previous embedded database/);
      expect(existsSync(join(dataDir, 'pglite-backup', 'PG_VERSION'))).toBe(true);
      expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(false);
    } finally {
      await database.close();
    }
    // A second start finds nothing left to move.
    const again = await openDatabase({ dataDir, log: (line) => lines.push(line) });
    await again.close();
    expect(lines.filter((line) => line.includes('moved')).length).toBe(1);
  }, 120_000);
});
