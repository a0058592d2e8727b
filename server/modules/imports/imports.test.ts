import { readFileSync } from 'node:fs';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/app.ts';
import { createJobRunner } from '../jobs/jobs.runner.ts';
import { importJob } from './imports.job.ts';
import { findImport, listRecentImports } from './imports.repository.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../../shared/fixtures/gitlab/${name}`, import.meta.url), 'utf8');

let t: TestContext;
let tmm: Awaited<ReturnType<TestContext['as']>>;
const runImports = () =>
  createJobRunner({
    db: t.db,
    logger: pino({ level: 'silent' }),
    kinds: [importJob],
    now: () => t.clock.now,
  }).tick();
const assetCount = async () =>
  Number(
    (
      await t.db
        .selectFrom('assets')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

beforeAll(async () => {
  t = await createTestContext();
  tmm = await t.as('tmm');
});
afterAll(() => t.close());

describe('background imports', () => {
  it('never reads a queued file back while its progress is polled (megabytes per poll otherwise)', async () => {
    const started = await tmm.post('/api/imports', {
      kind: 'gitlab-resources',
      content: fixture('resources.yml'),
      dryRun: true,
    });
    expect(started.status).toBe(202);
    const stored = await t.db
      .selectFrom('imports')
      .select('input')
      .where('id', '=', started.body.id)
      .executeTakeFirstOrThrow();
    expect(stored.input?.length).toBeGreaterThan(1000);
    expect(await findImport(t.db, started.body.id)).not.toHaveProperty('input');
    for (const row of await listRecentImports(t.db, null, 5)) expect(row).not.toHaveProperty('input');
    await runImports();
  });

  it('queues a dry run at once, runs it on the job runner and reports every entry without storing any', async () => {
    const started = await tmm.post('/api/imports', {
      kind: 'gitlab-resources',
      content: fixture('resources.yml'),
      fileName: 'resources.yml',
      dryRun: true,
    });
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ state: 'queued', done: 0, total: null, result: null, dryRun: true });
    expect(started.body).not.toHaveProperty('input');

    expect((await runImports()).succeeded).toBe(1);
    const finished = await tmm.get(`/api/imports/${started.body.id}`);
    expect(finished.status).toBe(200);
    expect(finished.body.state).toBe('succeeded');
    expect(finished.body.total).toBeGreaterThan(50);
    expect(finished.body.done).toBe(finished.body.total);
    expect(finished.body.result.outcomes).toHaveLength(finished.body.total);
    expect(finished.body.result.counts.create).toBeGreaterThan(50);
    expect(await assetCount()).toBe(0);
    // The stored copy of the file is gone once the import has run.
    const row = await t.db
      .selectFrom('imports')
      .select('input')
      .where('id', '=', started.body.id)
      .executeTakeFirstOrThrow();
    expect(row.input).toBeNull();
  });

  it('stores the assets of a real import, and the same file again changes nothing', async () => {
    const first = await tmm.post('/api/imports', {
      kind: 'gitlab-webcasts',
      content: fixture('webcasts.yml'),
    });
    await runImports();
    const report = (await tmm.get(`/api/imports/${first.body.id}`)).body;
    expect(report.state).toBe('succeeded');
    const created = report.result.counts.create;
    expect(created).toBeGreaterThan(0);
    expect(await assetCount()).toBe(created);

    const again = await tmm.post('/api/imports', {
      kind: 'gitlab-webcasts',
      content: fixture('webcasts.yml'),
    });
    await runImports();
    const second = (await tmm.get(`/api/imports/${again.body.id}`)).body;
    expect(second.result.counts).toMatchObject({ create: 0, update: 0, unchanged: created });
  });

  it('ends an unreadable file as failed, with the reason, and stores nothing', async () => {
    const before = await assetCount();
    const started = await tmm.post('/api/imports', {
      kind: 'gitlab-resources',
      content: 'just: a mapping\n',
    });
    await runImports();
    const failed = (await tmm.get(`/api/imports/${started.body.id}`)).body;
    expect(failed.state).toBe('failed');
    expect(failed.error).toMatch(/list/);
    expect(failed.result).toBeNull();
    expect(await assetCount()).toBe(before);
  });

  it('reads a CSV file on the server, with row numbers from the file', async () => {
    const csv = 'title,format,status\nA CSV-imported tutorial,Tutorial,draft\n,Tutorial,draft\n';
    const started = await tmm.post('/api/imports', { kind: 'csv', content: csv, dryRun: true });
    await runImports();
    const report = (await tmm.get(`/api/imports/${started.body.id}`)).body;
    expect(report.state).toBe('succeeded');
    expect(
      report.result.outcomes.map((outcome: { row: number; action: string }) => [outcome.row, outcome.action]),
    ).toEqual([
      [2, 'create'],
      [3, 'reject'],
    ]);
  });

  it('imports a release in the background: its report, and the flags it raised', async () => {
    const release = {
      format: 'json',
      version: '9.1',
      files: [
        {
          name: '9.1.json',
          content: JSON.stringify({ changes: [{ name: 'A change', significance: 'secondary' }] }),
        },
      ],
    };
    const started = await tmm.post('/api/imports', { kind: 'release', release });
    expect(started.status).toBe(202);
    expect(started.body.fileName).toBe('Release 9.1');
    await runImports();
    const done = (await tmm.get(`/api/imports/${started.body.id}`)).body;
    expect(done.state).toBe('succeeded');
    expect(done.result).toMatchObject({ dryRun: false, changes: 1, replaces: null, flagged: [] });
    expect(done.result.release.version).toBe('9.1');

    // The same version again, without "replace": the import fails with the reason, nothing changes.
    const again = await tmm.post('/api/imports', { kind: 'release', release });
    await runImports();
    const refused = (await tmm.get(`/api/imports/${again.body.id}`)).body;
    expect(refused.state).toBe('failed');
    expect(refused.error).toMatch(/already imported/);
    expect(
      (await tmm.post('/api/imports', { kind: 'release', release: { ...release, version: '' } })).body.error
        .fields,
    ).toHaveProperty('release.version');
  });

  it('cannot be run from the jobs page without an import to run', async () => {
    const admin = await t.as('admin');
    const response = await admin.post('/api/settings/jobs/run-import/run');
    expect(response.status).toBe(422);
    expect(response.body.error.fields).toHaveProperty('kind');
  });

  it('refuses bad input naming the field, and shows an import only to who started it and admins', async () => {
    expect(
      (await tmm.post('/api/imports', { kind: 'spreadsheet', content: 'x' })).body.error.fields,
    ).toHaveProperty('kind');
    expect((await tmm.post('/api/imports', { kind: 'csv', content: '' })).body.error.fields).toHaveProperty(
      'content',
    );
    const nul = await tmm.post('/api/imports', { kind: 'csv', content: 'title\nA\u0000B\n' });
    expect(nul.status).toBe(422);
    expect(nul.body.error.fields).toHaveProperty('content');
    const surrogate = await tmm.post('/api/imports', {
      kind: 'csv',
      content: 'title\nx\n',
      fileName: '\ud800',
    });
    expect(surrogate.body.error.fields).toHaveProperty('fileName');
    const requester = await t.as('requester');
    expect((await requester.post('/api/imports', { kind: 'csv', content: 'title\nx\n' })).status).toBe(403);

    const mine = await tmm.post('/api/imports', { kind: 'csv', content: 'title\nx\n', dryRun: true });
    const otherTmm = await t.as('tmm');
    expect((await otherTmm.get(`/api/imports/${mine.body.id}`)).status).toBe(404);
    const admin = await t.as('admin');
    expect((await admin.get(`/api/imports/${mine.body.id}`)).status).toBe(200);
    expect((await tmm.get('/api/imports/00000000-0000-0000-0000-000000000000')).status).toBe(404);
  });
});
