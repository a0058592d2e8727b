import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/app.ts';
import { createTestDemo, testTermId } from '../../../test/factories.ts';
import { PLAYER_BATCHES_PER_MINUTE } from './clickthrough.events.service.ts';

type Client = Awaited<ReturnType<TestContext['as']>>;

/**
 * Player events and the funnel: a scripted set of sessions whose funnel is worked out by hand,
 * every refusal naming its field with nothing stored, the rate limit, and the engagement events
 * insights count. Days in 2034, which no other test writes to.
 */
let t: TestContext;
let tmm: Client;
let demoId: string;
let versionId: string;
let steps: string[];

const api = (id: string) => `/api/demos/${id}/click-through`;

/** POSTs a batch as the player does (text/plain JSON, as sendBeacon sends it) unless told to send JSON. */
async function send(
  body: unknown,
  options: { id?: string; userAgent?: string; json?: boolean; raw?: string } = {},
) {
  const response = await t.app.request(`/api/play/${options.id ?? demoId}/events`, {
    method: 'POST',
    headers: {
      'content-type': options.json ? 'application/json' : 'text/plain;charset=UTF-8',
      'user-agent': options.userAgent ?? 'Player browser',
    },
    body: options.raw ?? JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: any = text;
  try {
    parsed = JSON.parse(text);
  } catch {}
  return { status: response.status, body: parsed, headers: response.headers };
}

const at = (iso: string) => {
  t.clock.now = new Date(iso);
};

async function stored() {
  const [sessions, events] = await Promise.all([
    t.db
      .selectFrom('click_through_sessions')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirst(),
    t.db
      .selectFrom('click_through_events')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirst(),
  ]);
  return { sessions: Number(sessions?.n), events: Number(events?.n) };
}

beforeAll(async () => {
  t = await createTestContext();
  at('2034-03-10T09:00:00Z');
  tmm = await t.as('tmm');
  const demo = await createTestDemo(t.db, {
    asset: {
      formatId: await testTermId(t.db, 'format', 'Click-through demo'),
      visibility: 'external',
      status: 'published',
      safeToShare: true,
    },
    now: t.clock.now,
  });
  demoId = demo.id;
  for (const title of ['Sign in', 'Open the project', 'Run the pipeline', 'See it deployed']) {
    const made = await tmm.post(`${api(demoId)}/steps`, { kind: 'step', title });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
  }
  const published = await tmm.post(`${api(demoId)}/publish`);
  expect(published.status, JSON.stringify(published.body)).toBe(201);
  versionId = published.body.id;
  steps = (await tmm.get(api(demoId))).body.steps.map((step: { id: string }) => step.id);
  expect(steps).toHaveLength(4);
});
afterAll(() => t.close());

type Event = { kind: string; stepId?: string; at: number };
const view = (step: number, ms: number): Event => ({ kind: 'step_viewed', stepId: steps[step], at: ms });

describe('player events', () => {
  it('give the funnel of a scripted set of sessions, counted as engagement', async () => {
    // The day before the range: one session that must not count.
    at('2034-03-09T23:59:00Z');
    expect(
      (
        await send({
          versionId,
          sessionId: randomUUID(),
          events: [{ kind: 'session_start', at: 0 }, view(0, 0)],
        })
      ).status,
    ).toBe(202);

    at('2034-03-10T10:00:00Z');
    // A: every step, a CTA on the last, completed.
    const a = randomUUID();
    const first = await send({
      versionId,
      sessionId: a,
      events: [
        { kind: 'session_start', at: 0 },
        view(0, 0),
        { kind: 'hotspot_clicked', stepId: steps[0], at: 1000 },
        view(1, 1000),
        view(2, 4000),
      ],
    });
    expect(first.status, JSON.stringify(first.body)).toBe(202);
    expect(first.body).toEqual({ accepted: 5 });
    expect(
      (
        await send({
          versionId,
          sessionId: a,
          events: [
            view(3, 6000),
            { kind: 'cta_clicked', stepId: steps[3], at: 7000 },
            { kind: 'completed', at: 7000 },
          ],
        })
      ).status,
    ).toBe(202);
    // B: two batches (JSON this time), leaves on step 2.
    const b = randomUUID();
    expect(
      (
        await send(
          { versionId, sessionId: b, events: [{ kind: 'session_start', at: 0 }, view(0, 0)] },
          { json: true },
        )
      ).status,
    ).toBe(202);
    expect((await send({ versionId, sessionId: b, events: [view(1, 2000)] }, { json: true })).status).toBe(
      202,
    );
    // C: leaves on step 1. Its batch sent twice (a beacon retried): stored and counted once.
    const c = {
      versionId,
      sessionId: randomUUID(),
      events: [{ kind: 'session_start', at: 0 }, view(0, 0)],
    };
    expect((await send(c)).body).toEqual({ accepted: 2 });
    expect((await send(c)).body).toEqual({ accepted: 0 });
    // D: every step, a CTA before completing.
    expect(
      (
        await send({
          versionId,
          sessionId: randomUUID(),
          events: [
            { kind: 'session_start', at: 0 },
            view(0, 0),
            view(1, 500),
            view(2, 1500),
            view(3, 2500),
            { kind: 'cta_clicked', stepId: steps[3], at: 5000 },
            { kind: 'completed', at: 5500 },
          ],
        })
      ).status,
    ).toBe(202);

    const funnel = await tmm.get(`${api(demoId)}/funnel?from=2034-03-10&to=2034-03-10`);
    expect(funnel.status, JSON.stringify(funnel.body)).toBe(200);
    expect(funnel.body).toMatchObject({
      versionId,
      version: 1,
      sessions: 4,
      completed: 2,
      completionRate: 0.5,
      ctaClicks: 2,
    });
    expect(
      funnel.body.steps.map((step: any) => [
        step.position,
        step.title,
        step.reached,
        step.dropped,
        step.medianMs,
        step.ctaClicks,
      ]),
    ).toEqual([
      [1, 'Sign in', 4, 1, 1000, 0], // A 1000, B 2000, D 500 (C never moved on)
      [2, 'Open the project', 3, 1, 2000, 0], // A 3000, D 1000
      [3, 'Run the pipeline', 2, 0, 1500, 0], // A 2000, D 1000
      [4, 'See it deployed', 2, 0, 2000, 2], // A 1000, D 3000 (to completion)
    ]);
    // The day before holds only the one session.
    const before = await tmm.get(
      `${api(demoId)}/funnel?from=2034-03-09&to=2034-03-09&versionId=${versionId}`,
    );
    expect([before.body.sessions, before.body.steps[0].reached, before.body.steps[0].dropped]).toEqual([
      1, 1, 1,
    ]);

    // CSV: one row per step.
    const csv = await tmm.get(`${api(demoId)}/funnel?from=2034-03-10&to=2034-03-10&format=csv`);
    expect(csv.status).toBe(200);
    expect(String(csv.body).trim().split(/\r?\n/)).toEqual([
      'position,step_id,title,reached,dropped,median_ms,cta_clicks',
      `1,${steps[0]},Sign in,4,1,1000,0`,
      `2,${steps[1]},Open the project,3,1,2000,0`,
      `3,${steps[2]},Run the pipeline,2,0,1500,0`,
      `4,${steps[3]},See it deployed,2,0,2000,2`,
    ]);

    // Insights count the sessions (each start once), completions and CTA clicks as engagement events.
    const engagement = await tmm.get(`/api/assets/${demoId}/engagement?from=2034-03-10&to=2034-03-10`);
    expect(engagement.body.totals.clickThroughSessions).toBe(4);
    const kinds = await t.db
      .selectFrom('engagement_events')
      .select(['kind', (eb) => eb.fn.countAll<string>().as('n')])
      .where('asset_id', '=', demoId)
      .where('source', '=', 'click_through')
      .groupBy('kind')
      .orderBy('kind')
      .execute();
    expect(kinds.map((row) => [row.kind, Number(row.n)])).toEqual([
      ['complete', 2],
      ['cta', 2],
      ['session', 5],
    ]);
    // Nothing about who played: no link, no recipient, no visitor hash.
    const who = await t.db
      .selectFrom('click_through_sessions')
      .select(['link_id', 'recipient_id'])
      .where('demo_id', '=', demoId)
      .execute();
    expect(who.every((row) => row.link_id === null && row.recipient_id === null)).toBe(true);
  });

  it('refuses a bad batch whole, naming the field, and stores nothing', async () => {
    at('2034-03-11T10:00:00Z');
    const before = await stored();
    const sessionId = randomUUID();
    const batch = (events: unknown[], extra: Record<string, unknown> = {}) => ({
      versionId,
      sessionId,
      events,
      ...extra,
    });
    const refusals: [unknown, number, string, { id?: string; json?: boolean; raw?: string }?][] = [
      [batch([view(0, 0)]), 404, 'assetId', { id: randomUUID() }],
      [batch([view(0, 0)], { versionId: randomUUID() }), 422, 'versionId'],
      [batch([view(0, 0), { kind: 'step_viewed', stepId: randomUUID(), at: 10 }]), 422, 'events.1.stepId'],
      [batch([{ kind: 'step_viewed', at: 10 }]), 422, 'events.0.stepId'],
      [batch([{ kind: 'session_start', at: -1 }]), 422, 'events.0.at'],
      [batch([{ kind: 'session_start', at: 1.5 }]), 422, 'events.0.at'],
      [batch([{ kind: 'jumped', at: 1 }]), 422, 'events.0.kind'],
      [batch([]), 422, 'events'],
      [
        batch(Array.from({ length: 101 }, () => ({ kind: 'hotspot_clicked', stepId: steps[0], at: 1 }))),
        422,
        'events',
      ],
      [batch([view(0, 0)], { sessionId: 'not-a-uuid' }), 422, 'sessionId'],
      [batch([view(0, 0)], { shareToken: 'no-such-token' }), 422, 'shareToken'],
      [batch([view(0, 0)], { visitorId: 'x' }), 422, 'visitorId'],
      [
        batch([{ kind: 'step_viewed', stepId: randomUUID(), at: 10 }]),
        422,
        'events.0.stepId',
        { json: true },
      ],
    ];
    for (const [body, status, field, options] of refusals) {
      const response = await send(body, { ...options, userAgent: 'Refused browser' });
      expect(response.status, `${field}: ${JSON.stringify(response.body)}`).toBe(status);
      expect(Object.keys(response.body.error.fields ?? {}), JSON.stringify(response.body)).toContain(field);
    }
    expect((await send(null, { raw: '{"versionId": ', userAgent: 'Refused browser' })).status).toBe(400);
    expect(await stored()).toEqual(before);

    // A session id of another version's session.
    const republished = await tmm.post(`${api(demoId)}/publish`);
    expect(republished.status).toBe(201);
    expect((await send(batch([view(0, 0)]))).status).toBe(202);
    const other = await send(batch([view(0, 0)], { versionId: republished.body.id }));
    expect(other.status).toBe(409);
    expect(other.body.error.fields).toHaveProperty('sessionId');
    // The funnel of an unknown version, and for viewers.
    expect(
      (await tmm.get(`${api(demoId)}/funnel?versionId=${randomUUID()}`)).body.error.fields,
    ).toHaveProperty('versionId');
    expect((await (await t.as('viewer')).get(`${api(demoId)}/funnel`)).status).toBe(403);
  });

  it('names the share link and its one recipient only when a valid token is given', async () => {
    at('2034-03-12T10:00:00Z');
    const made = await tmm.post(`/api/assets/${demoId}/share-links`, {
      name: 'For Ada',
      audience: 'recipient',
      recipients: [{ name: 'Ada', email: 'ada@example.com' }],
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const shareToken = made.body.url.split('/s/')[1];
    const sessionId = randomUUID();
    expect(
      (await send({ versionId, sessionId, shareToken, events: [{ kind: 'session_start', at: 0 }] })).status,
    ).toBe(202);
    const row = await t.db
      .selectFrom('click_through_sessions')
      .select(['link_id', 'recipient_id'])
      .where('id', '=', sessionId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ link_id: made.body.link.id, recipient_id: made.body.link.recipients[0].id });
  });

  it('limits each client to its batches a minute (429 with Retry-After), then takes them again', async () => {
    at('2034-03-13T10:00:30Z');
    const userAgent = 'Busy browser';
    for (let n = 0; n < PLAYER_BATCHES_PER_MINUTE; n++)
      expect((await send({}, { userAgent })).status).toBe(422); // counted, though refused
    const limited = await send(
      { versionId, sessionId: randomUUID(), events: [{ kind: 'session_start', at: 0 }] },
      { userAgent },
    );
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('30');
    // Another client is not held back; the next minute this one is not either.
    expect(
      (await send({ versionId, sessionId: randomUUID(), events: [{ kind: 'session_start', at: 0 }] })).status,
    ).toBe(202);
    at('2034-03-13T10:01:00Z');
    expect(
      (
        await send(
          { versionId, sessionId: randomUUID(), events: [{ kind: 'session_start', at: 0 }] },
          { userAgent },
        )
      ).status,
    ).toBe(202);
  });
});
