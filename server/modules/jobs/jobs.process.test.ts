import { readFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/app.ts';
import { BACKGROUND_NICE } from '../../db/connect.ts';
import { createJobProcess, type JobProcess } from './jobs.process.ts';

const resources = readFileSync(
  new URL('../../../../shared/fixtures/gitlab/resources.yml', import.meta.url),
  'utf8',
);

let t: TestContext;
let tmm: Awaited<ReturnType<TestContext['as']>>;
let worker: JobProcess;

beforeAll(async () => {
  t = await createTestContext();
  tmm = await t.as('tmm');
  worker = createJobProcess({
    url: t.database.url as string,
    kind: t.database.kind,
    logger: pino({ level: 'silent' }),
    logLevel: 'silent',
  });
  worker.start();
});
afterAll(async () => {
  await worker.stop();
  await t.close();
});

async function importOnWorker(dryRun: boolean) {
  const started = await tmm.post('/api/imports', {
    kind: 'gitlab-resources',
    content: resources,
    fileName: 'resources.yml',
    dryRun,
  });
  expect(started.status).toBe(202);
  worker.wake();
  await expect
    .poll(async () => (await tmm.get(`/api/imports/${started.body.id}`)).body.state, {
      timeout: 100_000,
      interval: 100,
    })
    .toBe('succeeded');
  return (await tmm.get(`/api/imports/${started.body.id}`)).body;
}

// A worker process starts, reads the file and imports it: longer than a request, on a busy machine.
describe('the background-import worker process', { timeout: 120_000 }, () => {
  it('runs a queued import outside the server process, at a lower CPU priority', async () => {
    const finished = await importOnWorker(true);
    expect(finished.total).toBeGreaterThan(50);
    expect(finished.result.counts.create).toBe(finished.total - finished.result.counts.reject);

    const pid = worker.pid as number;
    expect(pid).not.toBe(process.pid);
    expect(getPriority(pid)).toBe(BACKGROUND_NICE);
    // Its own connections, named for an admin reading pg_stat_activity.
    const backends = await t.db
      .selectFrom('pg_stat_activity' as never)
      .select('pid' as never)
      .where('application_name' as never, '=', 'showcase imports' as never)
      .where('datname' as never, '=', t.db.fn('current_database' as never) as never)
      .execute();
    expect(backends.length).toBeGreaterThan(0);
    // On the embedded engine the server processes it talks to run at the same lower priority;
    // a PostgreSQL server elsewhere is left alone.
    const own = await t.db
      .selectNoFrom((eb) => eb.fn<number>('pg_backend_pid').as('pid'))
      .executeTakeFirstOrThrow();
    for (const { pid: backend } of backends as { pid: number }[])
      expect(getPriority(backend)).toBe(
        t.database.kind === 'embedded' ? BACKGROUND_NICE : getPriority(own.pid),
      );
  });

  it('starts again after it is killed, and the next import runs on the new one', async () => {
    const first = worker.pid as number;
    process.kill(first, 'SIGKILL');
    await expect.poll(() => worker.pid !== undefined && worker.pid !== first, { timeout: 30_000 }).toBe(true);
    const finished = await importOnWorker(false);
    expect(finished.result.counts.create).toBeGreaterThan(50);
    const stored = await t.db
      .selectFrom('assets')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBe(finished.result.counts.create);
  });

  it('ends its process when stopped', async () => {
    const pid = worker.pid as number;
    await worker.stop();
    expect(() => process.kill(pid, 0)).toThrow();
  });
});
