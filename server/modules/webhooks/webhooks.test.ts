import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/app.ts';
import { termIds } from '../../../test/library-helpers.ts';
import { backgroundJobs } from '../jobs/jobs.kinds.ts';
import { createJobRunner } from '../jobs/jobs.runner.ts';
import { runOverdueDigest } from '../requests/requests.service.ts';
import { dispatchDueDeliveries, MAX_ATTEMPTS } from './webhooks.service.ts';

/**
 * A receiver on loopback standing in for Slack: answers with the queued status codes, then 200.
 * Loopback is refused to webhooks unless allowed, so the tests allow 127.0.0.1 (see beforeAll).
 */
let server: Server;
let url = '';
let port = 0;
const received: { path: string; body: Record<string, unknown>; raw: string; headers: IncomingHttpHeaders }[] =
  [];
const answers: number[] = [];
/** Requests to /slow are held until the test lets them go: a receiver that takes its time. */
const slowHeld: (() => void)[] = [];
let slowArrived: () => void = () => {};

let t: TestContext;
let admin: Awaited<ReturnType<TestContext['as']>>;
let requester: Awaited<ReturnType<TestContext['as']>>;
let base: Record<string, unknown>;

beforeAll(async () => {
  server = createServer((req, res) => {
    let data = '';
    req.on('data', (chunk) => {
      data += chunk;
    });
    req.on('end', () => {
      received.push({ path: req.url ?? '', body: JSON.parse(data || '{}'), raw: data, headers: req.headers });
      if (req.url === '/redirect') {
        // Sends the sender on to another private address (this receiver, elsewhere).
        res.writeHead(302, { location: `http://127.0.0.1:${port}/redirected` });
        res.end();
        return;
      }
      const answer = () => {
        res.statusCode = answers.shift() ?? 200;
        res.end('ok');
      };
      if (req.url === '/slow') {
        slowHeld.push(answer);
        slowArrived();
      } else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
  url = `http://127.0.0.1:${port}`;
  t = await createTestContext();
  t.clock.now = new Date('2026-11-20T10:00:00Z');
  admin = await t.as('admin');
  expect((await admin.put('/api/settings/webhooks/allowed-hosts', { hosts: ['127.0.0.1'] })).status).toBe(
    200,
  );
  requester = await t.as('requester');
  const term = await termIds(admin);
  const teams = (await admin.get('/api/settings/teams')).body.teams as { id: string; name: string }[];
  base = {
    title: 'Webhook test request',
    deliverableTypeId: term('deliverable_type', 'Tech Webinars'),
    businessGoal: 'Test',
    teamId: teams.find((team) => team.name === 'Product')?.id,
  };
  await admin.patch(`/api/users/${requester.userId}`, { teamId: base.teamId });
  // Every test files requests: a budget that does not run out before the last one.
  await admin.patch(`/api/settings/teams/${base.teamId}`, { quarterlyBudget: 1000 });
});
afterAll(async () => {
  await t.close();
  await new Promise((resolve) => server.close(resolve));
});

describe('outgoing webhooks', () => {
  it('sends a Slack-compatible message for a new request and logs the delivery', async () => {
    const hook = await admin.post('/api/settings/webhooks', {
      name: 'Slack #tmm',
      url: `${url}/slack`,
      events: ['request.created', 'request.transitioned'],
    });
    expect(hook.status).toBe(201);
    const filed = (await requester.post('/api/requests', base)).body;
    const result = await dispatchDueDeliveries({ db: t.db, now: t.clock.now });
    expect(result).toEqual({ attempted: 1, delivered: 1 });
    const message = received.at(-1);
    expect(message?.path).toBe('/slack');
    expect(message?.body.text).toBe(`New request #${filed.number}: Webhook test request (Product)`);
    expect(message?.body.event).toBe('request.created');
    const log = (await admin.get(`/api/settings/webhooks/${hook.body.id}/deliveries`)).body.deliveries;
    expect(log[0]).toMatchObject({
      event: 'request.created',
      status: 'delivered',
      attempts: 1,
      lastStatusCode: 200,
    });
    await admin.patch(`/api/settings/webhooks/${hook.body.id}`, { active: false });
  });

  it('retries a failed delivery with backoff, and gives up after six attempts', async () => {
    const hook = (
      await admin.post('/api/settings/webhooks', {
        name: 'Flaky',
        url: `${url}/flaky`,
        events: ['request.created'],
      })
    ).body;
    await requester.post('/api/requests', base);
    answers.push(500);
    const start = t.clock.now.getTime();
    expect((await dispatchDueDeliveries({ db: t.db, now: new Date(start) })).delivered).toBe(0);
    expect((await dispatchDueDeliveries({ db: t.db, now: new Date(start + 10_000) })).attempted).toBe(0);
    expect((await dispatchDueDeliveries({ db: t.db, now: new Date(start + 31_000) })).delivered).toBe(1);
    const log = (await admin.get(`/api/settings/webhooks/${hook.id}/deliveries`)).body.deliveries;
    expect(log[0]).toMatchObject({ status: 'delivered', attempts: 2, lastStatusCode: 200 });

    await requester.post('/api/requests', base);
    answers.push(...Array(MAX_ATTEMPTS).fill(503));
    let when = start + 60_000;
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      await dispatchDueDeliveries({ db: t.db, now: new Date(when) });
      when += 3_600_000;
    }
    const failed = (await admin.get(`/api/settings/webhooks/${hook.id}/deliveries`)).body.deliveries[0];
    expect(failed).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS, lastError: 'HTTP 503' });
    await admin.patch(`/api/settings/webhooks/${hook.id}`, { active: false });
  });

  it('holds no transaction open while a receiver is slow: other reads and writes go on', async () => {
    const hook = (
      await admin.post('/api/settings/webhooks', {
        name: 'Slow receiver',
        url: `${url}/slow`,
        events: ['request.created'],
      })
    ).body;
    await requester.post('/api/requests', base);
    const arrived = new Promise<void>((resolve) => {
      slowArrived = resolve;
    });
    const sending = dispatchDueDeliveries({ db: t.db, now: t.clock.now });
    await arrived;

    // The receiver has the message and has not answered. Meanwhile, on one connection (embedded)
    // or against the rows just claimed (server), reads and writes finish without waiting for it.
    const others = (async () => {
      const renamed = await admin.patch(`/api/settings/webhooks/${hook.id}`, { name: 'Slow (renamed)' });
      expect(renamed.status).toBe(200);
      expect((await requester.post('/api/requests', base)).status).toBe(201);
      return (await admin.get(`/api/settings/webhooks/${hook.id}/deliveries`)).body.deliveries.length;
    })();
    const first = await Promise.race([
      others.then(() => 'finished while the receiver waited'),
      // Well inside the sender's 5 s timeout, which would otherwise end the wait.
      new Promise((resolve) => setTimeout(resolve, 4_000, 'blocked by the slow receiver')),
    ]);
    const releaseAll = () => {
      for (const answer of slowHeld.splice(0)) answer();
    };
    if (first !== 'finished while the receiver waited') releaseAll();
    expect(first).toBe('finished while the receiver waited');
    expect(await others).toBe(2);

    // A second dispatcher does not send the claimed delivery again: it takes only the new one.
    const arrivedAgain = new Promise<void>((resolve) => {
      slowArrived = resolve;
    });
    const second = dispatchDueDeliveries({ db: t.db, now: t.clock.now });
    await arrivedAgain;
    releaseAll();
    expect(await sending).toEqual({ attempted: 1, delivered: 1 });
    expect(await second).toEqual({ attempted: 1, delivered: 1 });
    const log = (await admin.get(`/api/settings/webhooks/${hook.id}/deliveries`)).body.deliveries;
    expect(log.map((entry: { status: string; attempts: number }) => [entry.status, entry.attempts])).toEqual([
      ['delivered', 1],
      ['delivered', 1],
    ]);
    await admin.patch(`/api/settings/webhooks/${hook.id}`, { active: false });
  });

  it('refuses a webhook URL that is not http(s), naming the field', async () => {
    const response = await admin.post('/api/settings/webhooks', {
      name: 'Bad',
      url: 'file:///etc/passwd',
      events: ['request.created'],
    });
    expect(response.status).toBe(422);
    expect(response.body.error.fields).toHaveProperty('url');
  });
});

describe('daily overdue digest', () => {
  it('announces each newly overdue request once and sends each lead one digest a day', async () => {
    const hook = (
      await admin.post('/api/settings/webhooks', {
        name: 'Overdue',
        url: `${url}/overdue`,
        events: ['request.overdue'],
      })
    ).body;
    const filed = (await requester.post('/api/requests', base)).body;
    const wednesday = new Date('2026-11-25T09:00:00Z');
    const first = await runOverdueDigest({ db: t.db, now: wednesday });
    expect(first.announced).toBeGreaterThanOrEqual(1);
    await dispatchDueDeliveries({ db: t.db, now: wednesday });
    expect(
      received.some((m) => m.path === '/overdue' && String(m.body.text).includes(`#${filed.number}`)),
    ).toBe(true);
    const second = await runOverdueDigest({ db: t.db, now: new Date(wednesday.getTime() + 3_600_000) });
    expect(second.announced).toBe(0);
    const digests = (await admin.get('/api/notifications')).body.notifications.filter(
      (n: { link: string }) => n.link === '/requests?view=overdue',
    );
    expect(digests).toHaveLength(1);
    expect((await admin.get(`/api/settings/webhooks/${hook.id}/deliveries`)).body.deliveries.length).toBe(
      first.announced,
    );
  });

  it('announces a request once when two instances run the digest at the same moment', async () => {
    const hook = (
      await admin.post('/api/settings/webhooks', {
        name: 'Overdue twice?',
        url: `${url}/overdue-twice`,
        events: ['request.overdue'],
      })
    ).body;
    const digestsOf = async (client: typeof admin) =>
      (await client.get('/api/notifications')).body.notifications.filter(
        (n: { link: string }) => n.link === '/requests?view=overdue',
      ).length;
    const digestsBefore = await digestsOf(admin);
    const filed = (await requester.post('/api/requests', base)).body;
    const friday = new Date('2026-11-27T09:00:00Z');
    const [one, two] = await Promise.all([
      runOverdueDigest({ db: t.db, now: friday }),
      runOverdueDigest({ db: t.db, now: friday }),
    ]);
    expect(one.announced + two.announced).toBe(1);

    // The same through the job runner: two instances polling the same hourly slot.
    const runners = ['one', 'two'].map((worker) =>
      createJobRunner({
        db: t.db,
        logger: pino({ level: 'silent' }),
        kinds: backgroundJobs,
        now: () => new Date('2026-11-30T09:30:00Z'),
        worker,
      }),
    );
    const [a, b] = await Promise.all(runners.map((runner) => runner.tick()));
    expect((a?.ran ?? 0) + (b?.ran ?? 0)).toBe(backgroundJobs.filter((kind) => kind.everyMs).length);

    const deliveries = (await admin.get(`/api/settings/webhooks/${hook.id}/deliveries`)).body.deliveries;
    expect(deliveries).toHaveLength(1);
    expect(received.filter((m) => m.path === '/overdue-twice').map((m) => m.body.data)).toEqual([
      expect.objectContaining({ number: filed.number }),
    ]);
    // One digest on Friday and one on Monday, however many ran each day.
    expect((await digestsOf(admin)) - digestsBefore).toBe(2);
    const runs = (await admin.get('/api/settings/jobs')).body.kinds.find(
      (kind: { kind: string }) => kind.kind === 'overdue-digest',
    ).recentRuns;
    expect(runs).toHaveLength(1);
  });
});

/** The signature a receiver computes from the secret it was shown: written here, not imported. */
function verifies(secret: string, headers: IncomingHttpHeaders, raw: string) {
  const timestamp = String(headers['x-showcase-timestamp']);
  const expected = Buffer.from(
    `v1=${createHmac('sha256', secret).update(`${timestamp}.${raw}`).digest('hex')}`,
  );
  const given = Buffer.from(String(headers['x-showcase-signature']));
  return expected.length === given.length && timingSafeEqual(expected, given);
}

describe('signed deliveries and the private address guard', () => {
  const allow = (hosts: string[]) => admin.put('/api/settings/webhooks/allowed-hosts', { hosts });
  const deliveriesOf = async (id: string) =>
    (await admin.get(`/api/settings/webhooks/${id}/deliveries`)).body.deliveries;

  it('signs each delivery with the webhook’s secret and a timestamp; a rotated secret signs the next', async () => {
    const created = await admin.post('/api/settings/webhooks', {
      name: 'Signed',
      url: `${url}/signed`,
      events: ['request.created'],
    });
    expect(created.status).toBe(201);
    const secret: string = created.body.secret;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{40,}$/);
    // Shown once: the list never carries it.
    const listed = (await admin.get('/api/settings/webhooks')).body.webhooks;
    expect(listed.find((hook: { id: string }) => hook.id === created.body.id)).not.toHaveProperty('secret');
    expect(JSON.stringify(listed)).not.toContain(secret);

    await requester.post('/api/requests', base);
    expect(await dispatchDueDeliveries({ db: t.db, now: t.clock.now })).toEqual({
      attempted: 1,
      delivered: 1,
    });
    const first = received.filter((m) => m.path === '/signed').at(-1);
    expect(first?.headers['x-showcase-timestamp']).toBe(String(Math.floor(t.clock.now.getTime() / 1000)));
    expect(first?.headers['x-showcase-event']).toBe('request.created');
    expect(first?.headers['x-showcase-delivery']).toBe((await deliveriesOf(created.body.id))[0].id);
    expect(first && verifies(secret, first.headers, first.raw)).toBe(true);
    expect(first && verifies(`${secret}x`, first.headers, first.raw)).toBe(false);
    expect(first && verifies(secret, first.headers, `${first.raw} `)).toBe(false);

    const rotated = await admin.post(`/api/settings/webhooks/${created.body.id}/secret`);
    expect(rotated.status).toBe(200);
    expect(rotated.body).toMatchObject({ id: created.body.id, name: 'Signed' });
    expect(rotated.body.secret).not.toBe(secret);
    await requester.post('/api/requests', base);
    await dispatchDueDeliveries({ db: t.db, now: t.clock.now });
    const second = received.filter((m) => m.path === '/signed').at(-1);
    expect(second && second !== first).toBe(true);
    expect(second && verifies(rotated.body.secret, second.headers, second.raw)).toBe(true);
    expect(second && verifies(secret, second.headers, second.raw)).toBe(false);
    expect(
      (await admin.post('/api/settings/webhooks/00000000-0000-4000-8000-000000000000/secret')).status,
    ).toBe(404);
    await admin.patch(`/api/settings/webhooks/${created.body.id}`, { active: false });
  });

  it('refuses a receiver on 127.0.0.1 unless its host is allowed, when saving and when sending', async () => {
    await allow([]);
    try {
      for (const address of [
        `${url}/refused`,
        `http://localhost:${port}/refused`,
        `http://[::1]:${port}/`,
        `http://[::ffff:127.0.0.1]:${port}/`,
        `http://2130706433:${port}/`,
        'http://169.254.169.254/latest/meta-data/',
        'http://10.0.0.8/hook',
        'http://[fd00::8]/hook',
        'http://0.0.0.0/hook',
      ]) {
        const refused = await admin.post('/api/settings/webhooks', {
          name: 'Internal',
          url: address,
          events: ['request.created'],
        });
        expect(refused.status, address).toBe(422);
        expect(refused.body.error.fields.url, address).toMatch(/loopback, link-local or private/);
      }

      // Saved while the host was allowed, then the host taken off the list: refused at send time.
      await allow(['127.0.0.1', 'localhost']);
      const byAddress = (
        await admin.post('/api/settings/webhooks', {
          name: 'Was allowed',
          url: `${url}/refused`,
          events: ['request.created'],
        })
      ).body;
      const byName = (
        await admin.post('/api/settings/webhooks', {
          name: 'Was allowed by name',
          url: `http://localhost:${port}/refused-by-name`,
          events: ['request.created'],
        })
      ).body;
      // Changing an allowed address to a private one is refused too.
      const moved = await admin.patch(`/api/settings/webhooks/${byAddress.id}`, {
        url: 'http://192.168.1.20/',
      });
      expect(moved.status).toBe(422);
      expect(moved.body.error.fields).toHaveProperty('url');
      await allow([]);
      const before = received.length;
      await requester.post('/api/requests', base);
      expect(await dispatchDueDeliveries({ db: t.db, now: t.clock.now })).toMatchObject({ delivered: 0 });
      expect(received.slice(before).map((m) => m.path)).toEqual([]);
      expect((await deliveriesOf(byAddress.id))[0]).toMatchObject({
        status: 'pending',
        attempts: 1,
        lastStatusCode: null,
        lastError: expect.stringMatching(/^Refused: 127\.0\.0\.1 is a loopback address/),
      });
      expect((await deliveriesOf(byName.id))[0].lastError).toMatch(
        /^Refused: localhost resolves to (127\.0\.0\.1|::1), a loopback address/,
      );

      // Allowed again (by name for one of them): the retry goes through, signed.
      await allow(['127.0.0.1', 'LOCALHOST']);
      expect((await admin.get('/api/settings/webhooks/allowed-hosts')).body.hosts).toEqual([
        '127.0.0.1',
        'localhost',
      ]);
      const later = new Date(t.clock.now.getTime() + 60_000);
      expect(await dispatchDueDeliveries({ db: t.db, now: later })).toMatchObject({ delivered: 2 });
      expect(
        received
          .slice(before)
          .map((m) => m.path)
          .sort(),
      ).toEqual(['/refused', '/refused-by-name']);
      for (const message of received.slice(before)) {
        const secret = message.path === '/refused' ? byAddress.secret : byName.secret;
        expect(verifies(secret, message.headers, message.raw)).toBe(true);
      }
      for (const hook of [byAddress, byName])
        await admin.patch(`/api/settings/webhooks/${hook.id}`, { active: false });
    } finally {
      await allow(['127.0.0.1']);
    }
  });

  it('does not follow a redirect, even to an allowed host', async () => {
    const hook = (
      await admin.post('/api/settings/webhooks', {
        name: 'Redirects',
        url: `${url}/redirect`,
        events: ['request.created'],
      })
    ).body;
    const before = received.length;
    await requester.post('/api/requests', base);
    expect(await dispatchDueDeliveries({ db: t.db, now: t.clock.now })).toEqual({
      attempted: 1,
      delivered: 0,
    });
    expect(received.slice(before).map((m) => m.path)).toEqual(['/redirect']);
    expect((await deliveriesOf(hook.id))[0]).toMatchObject({
      status: 'pending',
      lastStatusCode: 302,
      lastError: 'HTTP 302 (redirects are not followed)',
    });
    await admin.patch(`/api/settings/webhooks/${hook.id}`, { active: false });
  });

  it('keeps the allowed hosts apart from the workspace settings everyone reads', async () => {
    await allow(['127.0.0.1', 'hooks-proxy.internal.example']);
    const tmm = await t.as('tmm');
    expect(JSON.stringify((await tmm.get('/api/settings/workspace')).body)).not.toContain('hooks-proxy');
    expect((await tmm.get('/api/settings/webhooks/allowed-hosts')).status).toBe(403);
    // Saving the general settings keeps the list.
    expect(
      (await admin.patch('/api/settings/workspace', { settings: { assetExpiryDays: 300 } })).status,
    ).toBe(200);
    expect((await admin.get('/api/settings/webhooks/allowed-hosts')).body.hosts).toContain(
      'hooks-proxy.internal.example',
    );
    const bad = await admin.put('/api/settings/webhooks/allowed-hosts', {
      hosts: ['ok.example', 'https://with-scheme.example/path'],
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields).toHaveProperty(['hosts.1']);
    await allow(['127.0.0.1']);
  });
});
