import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from '../server/db/embedded.ts';
import { testDatabaseKind } from './database.ts';

const asRoot = process.getuid?.() === 0;

/** Runs once, in the embedded project, and only as root (CI): that is when the postgres user matters. */
describe.runIf(testDatabaseKind === 'embedded' && asRoot)('the embedded engine run as root', () => {
  // mkdtemp makes the folder private (0700): the postgres user cannot enter it.
  const dataDir = mkdtempSync(join(tmpdir(), 'showcase-private-'));
  const cleanup: string[] = [dataDir];
  afterAll(() => {
    for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the database where the postgres user can reach it when the data folder is private, the same place at every start', async () => {
    const lines: string[] = [];
    const first = await startEmbeddedPostgres({ dataDir, ephemeral: true, log: (line) => lines.push(line) });
    cleanup.push(dirname(first.clusterDir));
    try {
      expect(first.clusterDir.startsWith('/var/lib/showcase/')).toBe(true);
      expect(lines.join('\n')).toContain(`cannot reach ${dataDir}`);
      const client = new pg.Client({ connectionString: first.url });
      await client.connect();
      await client.query('CREATE TABLE kept (id int)');
      await client.end();
    } finally {
      await first.stop();
    }
    const second = await startEmbeddedPostgres({ dataDir, ephemeral: true });
    try {
      expect(second.clusterDir).toBe(first.clusterDir);
      const client = new pg.Client({ connectionString: second.url });
      await client.connect();
      const found = await client.query(`SELECT to_regclass('kept') AS kept`);
      await client.end();
      expect(found.rows[0].kept).toBe('kept');
    } finally {
      await second.stop();
    }
  }, 120_000);
});
