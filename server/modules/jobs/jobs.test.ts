import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/app.ts';
import { backgroundJobs } from './jobs.kinds.ts';
import { createJobRunner, type JobKind, type JobRunnerOptions, slotId } from './jobs.runner.ts';

const HOUR = 3_600_000;
const logger = pino({ level: 'silent' });

/** Test kinds: each counts its runs, and its behaviour can be changed between ticks. */
const calls: Record<string, number> = {};
const behaviour: Record<string, (attempt: number) => Promise<string | undefined>> = {};
const kind = (spec: Omit<JobKind, 'run'>): JobKind => ({
  ...spec,
  async run({ attempt }) {
    calls[spec.kind] = (calls[spec.kind] ?? 0) + 1;
    return behaviour[spec.kind]?.(attempt);
  },
});
const kinds: JobKind[] = [
  kind({ kind: 'hourly', name: 'Hourly tidy-up', description: 'Counts its runs.', everyMs: HOUR }),
  kind({
    kind: 'flaky',
    name: 'Flaky delivery',
    description: 'Fails until told otherwise.',
    maxAttempts: 3,
    retryBaseMs: 30_000,
  }),
  kind({ kind: 'crashy', name: 'Crash-prone export', description: 'Hangs once.', leaseMs: 60_000 }),
];

let t: TestContext;
let admin: Awaited<ReturnType<TestContext['as']>>;
const runner = (worker: string, only: string[], extra: Partial<JobRunnerOptions> = {}) =>
  createJobRunner({
    db: t.db,
    logger,
    kinds: kinds.filter((candidate) => only.includes(candidate.kind)),
    now: () => t.clock.now,
    worker,
    ...extra,
  });
const overview = async () => {
  const response = await admin.get('/api/settings/jobs');
  expect(response.status).toBe(200);
  return response.body as {
    kinds: {
      kind: string;
      name: string;
      schedule: string | null;
      nextDueAt: string | null;
      lastRun: { outcome: string; summary: string | null } | null;
      recentRuns: { attempt: number; outcome: string; error: string | null; startedAt: string }[];
    }[];
    failures: { id: string; name: string; attempts: number; error: string }[];
  };
};
const kindIn = async (key: string) => (await overview()).kinds.find((entry) => entry.kind === key);

beforeAll(async () => {
  t = await createTestContext({ jobKinds: kinds });
  t.clock.now = new Date('2026-12-02T10:15:00Z');
  admin = await t.as('admin');
});
afterAll(() => t.close());

describe('scheduled jobs', () => {
  it('runs each schedule slot once, however many runners poll it', async () => {
    behaviour.hourly = async () => {
      // Long enough for the other runner's poll to overlap this run.
      await new Promise((resolve) => setTimeout(resolve, 50));
      return 'tidied';
    };
    const a = runner('a', ['hourly']);
    const b = runner('b', ['hourly']);
    for (let poll = 0; poll < 3; poll++) await Promise.all([a.tick(), b.tick(), a.tick(), b.tick()]);
    expect(calls.hourly).toBe(1);
    t.clock.now = new Date('2026-12-02T11:00:05Z');
    for (let poll = 0; poll < 3; poll++) await Promise.all([a.tick(), b.tick()]);
    expect(calls.hourly).toBe(2);

    const hourly = await kindIn('hourly');
    expect(hourly).toMatchObject({
      name: 'Hourly tidy-up',
      schedule: 'Every hour',
      nextDueAt: '2026-12-02T12:00:00.000Z',
      lastRun: { outcome: 'succeeded', summary: 'tidied' },
    });
    expect(hourly?.recentRuns).toHaveLength(2);
  });

  it('names each slot deterministically', () => {
    const at = new Date('2026-12-02T10:42:17.250Z');
    expect(slotId('archive-expired-assets', HOUR, at)).toBe('archive-expired-assets:2026-12-02T10');
    expect(slotId('prune', 24 * HOUR, at)).toBe('prune:2026-12-02');
    expect(slotId('send', 10_000, at)).toBe('send:2026-12-02T10:42:10');
  });
});

describe('failures and retries', () => {
  it('retries a failing job with growing delays, shows the failure, and runs it again on request', async () => {
    behaviour.flaky = async () => {
      throw new Error('The receiver answered 503 Service Unavailable');
    };
    const worker = runner('w', ['flaky']);
    const start = t.clock.now.getTime();
    const at = (ms: number) => {
      t.clock.now = new Date(start + ms);
    };
    const queued = await admin.post('/api/settings/jobs/flaky/run');
    expect(queued.status).toBe(202);

    expect((await worker.tick()).failed).toBe(1); // attempt 1; next in 30 s
    at(29_000);
    expect((await worker.tick()).ran).toBe(0);
    at(30_000);
    expect((await worker.tick()).failed).toBe(1); // attempt 2; next in 60 s
    at(89_000);
    expect((await worker.tick()).ran).toBe(0);
    at(90_000);
    expect((await worker.tick()).failed).toBe(1); // attempt 3 of 3: failed for good
    at(10 * HOUR);
    expect((await worker.tick()).ran).toBe(0);
    expect(calls.flaky).toBe(3);

    const flaky = await kindIn('flaky');
    expect(flaky?.schedule).toBeNull();
    expect(flaky?.recentRuns.map((run) => [run.attempt, run.outcome])).toEqual([
      [3, 'failed'],
      [2, 'failed'],
      [1, 'failed'],
    ]);
    const starts = flaky?.recentRuns.map((run) => Date.parse(run.startedAt) - start).reverse();
    expect(starts).toEqual([0, 30_000, 90_000]);
    const { failures } = await overview();
    expect(failures).toEqual([
      expect.objectContaining({
        id: queued.body.id,
        name: 'Flaky delivery',
        attempts: 3,
        error: 'The receiver answered 503 Service Unavailable',
      }),
    ]);

    behaviour.flaky = async () => 'delivered';
    const retried = await admin.post(
      `/api/settings/jobs/failures/${encodeURIComponent(queued.body.id)}/retry`,
    );
    expect(retried.status).toBe(202);
    expect((await worker.tick()).succeeded).toBe(1);
    expect((await overview()).failures).toEqual([]);
    expect((await kindIn('flaky'))?.lastRun).toMatchObject({ outcome: 'succeeded', summary: 'delivered' });
    // Only a failed job can be retried.
    expect(
      (await admin.post(`/api/settings/jobs/failures/${encodeURIComponent(queued.body.id)}/retry`)).status,
    ).toBe(409);
  });

  it('refuses to run a kind it does not know, naming the field', async () => {
    const response = await admin.post('/api/settings/jobs/no-such-job/run');
    expect(response.status).toBe(422);
    expect(response.body.error.fields).toHaveProperty('kind');
    expect((await admin.post('/api/settings/jobs/failures/no-such-job/retry')).status).toBe(404);
    expect((await admin.post('/api/settings/jobs/failures/%00/retry')).status).toBe(422);
  });
});

describe('leases', () => {
  it('takes a job again when the worker running it stopped, and ignores that worker if it comes back', async () => {
    let release!: () => void;
    const hung = new Promise<void>((resolve) => {
      release = resolve;
    });
    let began!: () => void;
    const started = new Promise<void>((resolve) => {
      began = resolve;
    });
    behaviour.crashy = async (attempt) => {
      began();
      if (attempt === 1) await hung; // this worker "crashes": it never finishes in time
      return `finished on attempt ${attempt}`;
    };
    await admin.post('/api/settings/jobs/crashy/run');
    const crashed = runner('crashed', ['crashy']);
    const rescuer = runner('rescuer', ['crashy']);
    const stuck = crashed.tick();
    await started;
    expect(calls.crashy).toBe(1);

    // While the lease lasts nobody else takes it; no transaction is open, so other work goes on.
    expect((await rescuer.tick()).ran).toBe(0);
    t.clock.now = new Date(t.clock.now.getTime() + 61_000);
    expect((await rescuer.tick()).succeeded).toBe(1);

    release();
    await stuck;
    const crashy = await kindIn('crashy');
    expect(crashy?.recentRuns.map((run) => [run.attempt, run.outcome])).toEqual([
      [2, 'succeeded'],
      [1, 'failed'],
    ]);
    expect(crashy?.recentRuns[1]?.error).toMatch(/stopped before it finished/);
    expect(crashy?.lastRun?.summary).toBe('finished on attempt 2');
  });
});

describe('lease renewal', () => {
  it('keeps the claim of a job that runs past its lease while its worker is alive', async () => {
    let release!: () => void;
    const long = new Promise<void>((resolve) => {
      release = resolve;
    });
    let began!: () => void;
    const started = new Promise<void>((resolve) => {
      began = resolve;
    });
    behaviour.crashy = async (attempt) => {
      began();
      await long;
      return `finished on attempt ${attempt}`;
    };
    await admin.post('/api/settings/jobs/crashy/run');
    const claimedUntil = async () =>
      (
        await t.db
          .selectFrom('jobs')
          .select('locked_until')
          .where('kind', '=', 'crashy')
          .where('status', '=', 'running')
          .executeTakeFirst()
      )?.locked_until;
    const busy = runner('busy', ['crashy'], { renewEveryMs: 10 });
    const rescuer = runner('rescuer', ['crashy']);
    const running = busy.tick();
    await started;
    // 45 s on, 45 s more: 90 s in all, past the 60 s lease, renewed meanwhile from the app clock.
    for (let step = 0; step < 2; step++) {
      t.clock.now = new Date(t.clock.now.getTime() + 45_000);
      const due = t.clock.now.getTime() + 50_000;
      await expect.poll(async () => (await claimedUntil())?.getTime() ?? 0).toBeGreaterThanOrEqual(due);
      expect((await rescuer.tick()).ran).toBe(0);
    }
    release();
    expect((await running).succeeded).toBe(1);
    const crashy = await kindIn('crashy');
    expect(crashy?.lastRun).toMatchObject({ outcome: 'succeeded' });
  });
});

describe('job history', () => {
  it('forgets succeeded jobs after two weeks and keeps failures', async () => {
    const prune = backgroundJobs.find((candidate) => candidate.kind === 'prune-job-history');
    if (!prune) throw new Error('no pruning job');
    behaviour.flaky = async () => {
      throw new Error('still failing');
    };
    const failing = await admin.post('/api/settings/jobs/flaky/run');
    const worker = runner('w', ['flaky']);
    for (let attempt = 0; attempt < 3; attempt++) {
      await worker.tick();
      t.clock.now = new Date(t.clock.now.getTime() + HOUR);
    }
    expect((await overview()).failures.map((job) => job.id)).toContain(failing.body.id);
    expect((await kindIn('hourly'))?.recentRuns.length).toBeGreaterThan(0);

    t.clock.now = new Date(t.clock.now.getTime() + 15 * 24 * HOUR);
    admin = await t.as('admin'); // the earlier session has expired by now
    const pruner = createJobRunner({ db: t.db, logger, kinds: [prune], now: () => t.clock.now });
    expect((await pruner.tick()).succeeded).toBe(1);
    expect((await kindIn('hourly'))?.recentRuns).toEqual([]);
    expect((await overview()).failures.map((job) => job.id)).toContain(failing.body.id);
  });
});

describe('the jobs migration', () => {
  it('goes down and up again', async () => {
    const { migrations } = await import('../../db/migrate.ts');
    const jobs = migrations['0008_jobs'];
    await jobs?.down?.(t.db as never);
    expect((await admin.get('/api/settings/jobs')).status).toBe(500);
    await jobs?.up(t.db as never);
    expect((await overview()).failures).toEqual([]);
  });
});
