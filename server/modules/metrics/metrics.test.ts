import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/app.ts';
import { createTestAsset } from '../../../test/factories.ts';
import { recordEngagement } from '../insights/insights.service.ts';
import { insertJob } from '../jobs/jobs.repository.ts';
import { createJobRunner } from '../jobs/jobs.runner.ts';

const TOKEN = 'metrics-token-for-tests-0123456789';

let off: TestContext;
let on: TestContext;
beforeAll(async () => {
  [off, on] = await Promise.all([
    createTestContext(),
    createTestContext({ env: { SHOWCASE_METRICS_TOKEN: TOKEN } }),
  ]);
});
afterAll(() => Promise.all([off.close(), on.close()]));

const scrape = (t: TestContext, authorization?: string) =>
  t.anonymous().request('GET', '/metrics', undefined, authorization ? { authorization } : {});

/** The value of one sample line (`name{labels} value`) whose text contains every given part. */
function sample(text: string, name: string, ...parts: string[]): number | undefined {
  const line = text
    .split('\n')
    .find((candidate) => candidate.startsWith(`${name}{`) && parts.every((part) => candidate.includes(part)));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe('GET /metrics', () => {
  it('looks absent (404, like any unknown path) when SHOWCASE_METRICS_TOKEN is unset', async () => {
    const response = await scrape(off, `Bearer ${TOKEN}`);
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('not_found');
    expect(JSON.stringify(response.body)).not.toContain('showcase_');
  });

  it('refuses a missing or wrong token with 401 and no metrics', async () => {
    for (const authorization of [undefined, `Bearer ${TOKEN}x`, 'Bearer short', TOKEN]) {
      const response = await scrape(on, authorization);
      expect(response.status, String(authorization)).toBe(401);
      expect(response.body.error.code).toBe('unauthenticated');
    }
  });

  it('does not take a workspace API token or session in place of the metrics token', async () => {
    const admin = await on.as('admin');
    const response = await admin.get('/metrics');
    expect(response.status).toBe(401);
  });

  it('answers the right token in the Prometheus text format, counting requests by route pattern', async () => {
    const viewer = await on.as('viewer');
    const before = await scrape(on, `Bearer ${TOKEN}`);
    const id = '00000000-0000-4000-8000-000000000000';
    expect((await viewer.get(`/api/assets/${id}`)).status).toBe(404);
    expect((await viewer.get(`/api/assets/${id.replace(/0$/, '1')}`)).status).toBe(404);
    const response = await scrape(on, `Bearer ${TOKEN}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = response.body as string;
    expect(text).toContain('# TYPE showcase_http_requests_total counter');
    const count = (body: string) =>
      sample(
        body,
        'showcase_http_requests_total',
        'method="GET"',
        'route="/api/assets/:id"',
        'status="404"',
      ) ?? 0;
    expect(count(text) - count(before.body)).toBe(2);
    // The pattern, never the id.
    expect(text).not.toContain(id);
    expect(text).toContain('showcase_http_request_duration_seconds_bucket{le=');
    expect(text).toMatch(
      /showcase_http_request_duration_seconds_count\{method="GET",route="\/api\/assets\/:id"\}/,
    );
    // Unknown paths share one label value instead of adding one each.
    await viewer.get('/api/no-such-thing-123');
    const after = (await scrape(on, `Bearer ${TOKEN}`)).body as string;
    expect(after).not.toContain('no-such-thing');
    expect(after).toContain('route="unmatched"');
  });

  it('reports the database pool and the process', async () => {
    const text = (await scrape(on, `Bearer ${TOKEN}`)).body as string;
    for (const state of ['total', 'idle', 'waiting'])
      expect(sample(text, 'showcase_db_pool_connections', `state="${state}"`)).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'showcase_db_pool_connections', 'state="total"')).toBeGreaterThan(0);
    expect(text).toContain('showcase_process_resident_memory_bytes');
    expect(text).toContain('showcase_nodejs_eventloop_lag_seconds');
  });

  it('counts job runs and failures per kind after a runner ran them', async () => {
    let fail = true;
    const runner = createJobRunner({
      db: on.db,
      logger: pino({ level: 'silent' }),
      now: () => on.clock.now,
      kinds: [
        {
          kind: 'metrics-test-tick',
          name: 'Metrics test',
          description: 'Fails on its first attempt.',
          everyMs: 3_600_000,
          retryBaseMs: 1,
          async run() {
            if (fail) {
              fail = false;
              throw new Error('first attempt fails');
            }
            return 'done';
          },
        },
      ],
    });
    expect(await runner.tick()).toMatchObject({ ran: 1, failed: 1 });
    on.clock.now = new Date(on.clock.now.getTime() + 1_000);
    expect(await runner.tick()).toMatchObject({ ran: 1, succeeded: 1 });
    const text = (await scrape(on, `Bearer ${TOKEN}`)).body as string;
    expect(sample(text, 'showcase_job_runs_total', 'kind="metrics-test-tick"')).toBe(2);
    expect(sample(text, 'showcase_job_failures_total', 'kind="metrics-test-tick"')).toBe(1);
    expect(text).toContain('showcase_job_duration_seconds_count{kind="metrics-test-tick"} 2');
  });

  it('reports the job queue and the last hour of attempts from the database, whichever process ran them', async () => {
    // Rows as another instance or the import worker process leaves them: this process ran none.
    await insertJob(on.db, {
      id: 'metrics-queued:1',
      kind: 'metrics-queued',
      runAt: on.clock.now,
      maxAttempts: 3,
    });
    await insertJob(on.db, {
      id: 'metrics-queued:2',
      kind: 'metrics-queued',
      runAt: on.clock.now,
      maxAttempts: 3,
    });
    await on.db
      .insertInto('job_runs')
      .values([
        {
          job_id: 'metrics-queued:1',
          kind: 'metrics-queued',
          attempt: 1,
          worker: 'import-worker',
          outcome: 'failed',
          started_at: on.clock.now,
        },
        {
          job_id: 'metrics-queued:2',
          kind: 'metrics-queued',
          attempt: 1,
          worker: 'import-worker',
          outcome: 'failed',
          started_at: new Date(on.clock.now.getTime() - 2 * 3_600_000),
        },
      ])
      .execute();
    const text = (await scrape(on, `Bearer ${TOKEN}`)).body as string;
    expect(sample(text, 'showcase_jobs_unfinished', 'kind="metrics-queued"', 'status="pending"')).toBe(2);
    expect(sample(text, 'showcase_job_attempts_last_hour', 'kind="metrics-queued"', 'outcome="failed"')).toBe(
      1,
    );
    expect(sample(text, 'showcase_job_runs_total', 'kind="metrics-queued"')).toBeUndefined();
  });

  it('counts the engagement events written, by source and kind', async () => {
    const asset = await createTestAsset(on.db);
    const count = async () =>
      sample(
        (await scrape(on, `Bearer ${TOKEN}`)).body as string,
        'showcase_engagement_events_total',
        'source="outside"',
        'kind="outside"',
      ) ?? 0;
    const before = await count();
    for (let day = 1; day <= 3; day++)
      await recordEngagement(on.db, {
        asset_id: asset.id,
        source: 'outside',
        kind: 'outside',
        quantity: 10 * day,
        occurred_at: new Date(`2026-11-0${day}T12:00:00Z`),
      });
    expect((await count()) - before).toBe(3);
  });
});
