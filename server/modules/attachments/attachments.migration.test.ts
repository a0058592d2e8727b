import { createHash } from 'node:crypto';
import { Migrator, sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/app.ts';
import { downloadFile, pdf, png } from '../../../test/files.ts';
import { termIds } from '../../../test/library-helpers.ts';
import { migrateToLatest, migrations } from '../../db/migrate.ts';
import { backgroundJobs } from '../jobs/jobs.kinds.ts';
import { createJobRunner, type JobKind } from '../jobs/jobs.runner.ts';
import { moveAttachmentsToStorage } from './attachments.service.ts';

/**
 * A database from before 0007_files, with attachments as bytea rows: migrated up, its files end in
 * storage (moved by a background job in batches, or on first download) and `data` is emptied.
 */
let t: TestContext;
let tmm: Awaited<ReturnType<TestContext['as']>>;
let requestId: string;
const files = [
  { name: 'cover.png', type: 'image/png', bytes: png },
  { name: 'brief.pdf', type: 'application/pdf', bytes: pdf },
  ...Array.from({ length: 5 }, (_, i) => ({
    name: `notes-${i}.txt`,
    type: 'text/plain; charset=utf-8',
    bytes: new TextEncoder().encode(`note ${i}\n`.repeat(1000 * (i + 1))),
  })),
];
const ids: string[] = [];

beforeAll(async () => {
  t = await createTestContext();
  tmm = await t.as('tmm');
  const term = await termIds(tmm);
  const teams = (await tmm.get('/api/settings/teams')).body.teams as { id: string }[];
  const filed = await tmm.post('/api/requests', {
    title: 'Request with files from before file storage',
    deliverableTypeId: term('deliverable_type', 'Core Solutions Demos'),
    businessGoal: 'Keep old attachments',
    solutionId: term('solution', 'Software Security (DevSecOps)'),
    teamId: teams[0]?.id,
    budgetOverrideReason: 'Migration test',
  });
  requestId = filed.body.id;

  // Back to the schema before 0007_files (whatever later migrations exist are undone with it).
  const names = Object.keys(migrations);
  const before = names[names.indexOf('0007_files') - 1] as string;
  const migrator = new Migrator({ db: t.db, provider: { getMigrations: async () => migrations } });
  const { error } = await migrator.migrateTo(before);
  if (error) throw error;
  for (const file of files) {
    const row = await sql<{ id: string }>`
      INSERT INTO request_attachments (request_id, uploader_id, filename, content_type, size, data)
      VALUES (${requestId}, ${tmm.userId}, ${file.name}, ${file.type}, ${file.bytes.byteLength}, ${file.bytes})
      RETURNING id`.execute(t.db);
    ids.push(row.rows[0]?.id as string);
  }
  await migrateToLatest(t.db);
});
afterAll(() => t.close());

const inDatabase = async () =>
  Number(
    (
      await sql<{
        count: number;
      }>`SELECT count(*)::int AS count FROM request_attachments WHERE data IS NOT NULL`.execute(t.db)
    ).rows[0]?.count,
  );

describe('attachments stored as bytea before 0007_files', () => {
  it('are still listed and downloadable right after the migration, moving on first download', async () => {
    expect(await inDatabase()).toBe(files.length);
    const listed = (await tmm.get(`/api/requests/${requestId}/attachments`)).body.attachments;
    expect(listed.map((a: { filename: string }) => a.filename).sort()).toEqual(
      files.map((f) => f.name).sort(),
    );
    const first = await downloadFile(t, tmm, `/api/requests/${requestId}/attachments/${ids[0]}`);
    expect(first.status).toBe(200);
    expect(first.bytes).toEqual(files[0]?.bytes);
    expect(await inDatabase()).toBe(files.length - 1);
    expect(await t.storage.stat(`attachments/${ids[0]}`)).toEqual({ size: files[0]?.bytes.byteLength });
  });

  it('move to storage in batches as a background job, leaving the column empty, and download unchanged', async () => {
    const move = backgroundJobs.find((kind) => kind.kind === 'move-attachments-to-storage') as JobKind;
    const runner = createJobRunner({
      db: t.db,
      storage: t.storage,
      logger: pino({ level: 'silent' }),
      kinds: [move],
      now: () => t.clock.now,
    });
    expect(await runner.tick()).toEqual({ ran: 1, succeeded: 1, failed: 0 });
    const run = await t.db
      .selectFrom('job_runs')
      .select('summary')
      .where('kind', '=', move.kind)
      .executeTakeFirstOrThrow();
    expect(run.summary).toBe(`${files.length - 1} attachments moved`);
    expect(await inDatabase()).toBe(0);
    expect(await moveAttachmentsToStorage({ db: t.db, storage: t.storage, batchSize: 2 })).toEqual({
      moved: 0,
    });
    const rows = await sql<{ id: string; sha256: string; storage_key: string }>`
      SELECT id, sha256, storage_key FROM request_attachments ORDER BY id`.execute(t.db);
    for (const [index, id] of ids.entries()) {
      const file = files[index] as (typeof files)[number];
      const row = rows.rows.find((r) => r.id === id);
      expect(row?.storage_key).toBe(`attachments/${id}`);
      expect(row?.sha256).toBe(createHash('sha256').update(file.bytes).digest('hex'));
      const download = await downloadFile(t, tmm, `/api/requests/${requestId}/attachments/${id}`);
      expect(download.bytes, file.name).toEqual(file.bytes);
      expect(download.headers.get('content-type')).toBe(file.type);
    }
  });

  it('refuses to migrate down while files live only in storage', async () => {
    const migrator = new Migrator({ db: t.db, provider: { getMigrations: async () => migrations } });
    const names = Object.keys(migrations);
    const { error } = await migrator.migrateTo(names[names.indexOf('0007_files') - 1] as string);
    expect(String(error)).toContain('request attachments are in file storage');
    expect(await inDatabase()).toBe(0);
  });
});
