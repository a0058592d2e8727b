import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlayerDocument } from '../../../shared/clickthrough.ts';
import { createTestContext, type TestContext } from '../../../test/app.ts';
import { createTestDemo, testTermId } from '../../../test/factories.ts';
import { localMailbox } from '../../../test/mailbox.ts';

/**
 * A share link's click-through player (/api/shared/{token}/play) and its events
 * (/api/shared/{token}/play/events): the link's rules each time, the tokens filled from the
 * link's recipient and never from the address, and sessions counted for the link and the person
 * the visitor is known to be. Days in 2035, which no other test writes to.
 */
const mailbox = localMailbox();
const { mails } = mailbox;

type Client = Awaited<ReturnType<TestContext['as']>>;
let t: TestContext;
let tmm: Client;

const at = (iso: string) => {
  t.clock.now = new Date(iso);
};

/** A published external click-through demo of three steps whose text uses tokens. */
async function publishedDemo() {
  const demo = await createTestDemo(t.db, {
    asset: {
      formatId: await testTermId(t.db, 'format', 'Click-through demo'),
      visibility: 'external',
      status: 'published',
      safeToShare: true,
    },
    now: t.clock.now,
  });
  const base = `/api/demos/${demo.id}/click-through`;
  const steps = [
    { kind: 'intro', title: 'Welcome, {{first_name|there}}', body: 'A tour for **{{company|your team}}**.' },
    { kind: 'step', title: 'Open the project', body: 'Hello {{name|friend}} {{last_name|}}' },
    {
      kind: 'closing',
      title: 'Done',
      body: 'Thanks',
      cta: { text: 'Talk to us, {{first_name|friend}}', url: 'https://lumen.example/book?c={{company}}' },
    },
  ];
  for (const step of steps) {
    const made = await tmm.post(`${base}/steps`, step);
    expect(made.status, JSON.stringify(made.body)).toBe(201);
  }
  const published = await tmm.post(`${base}/publish`);
  expect(published.status, JSON.stringify(published.body)).toBe(201);
  const stepIds = (await tmm.get(base)).body.steps.map((step: { id: string }) => step.id) as string[];
  return { id: demo.id, versionId: published.body.id as string, stepIds };
}

async function makeLink(assetId: string, input: Record<string, unknown>) {
  const response = await tmm.post(`/api/assets/${assetId}/share-links`, { name: 'A link', ...input });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return { link: response.body.link, token: new URL(response.body.url).pathname.replace('/s/', '') };
}

/** An outsider's browser on one link: its own cookies, as the link's page and its player frame. */
function visitor(token: string, userAgent = 'Share visitor') {
  let cookie: string | undefined;
  const call = async (method: string, path: string, body?: string, type = 'application/json') => {
    const headers: Record<string, string> = { 'user-agent': userAgent };
    if (cookie) headers.cookie = cookie;
    if (body !== undefined) headers['content-type'] = type;
    const response = await t.app.request(`/api/shared/${token}${path}`, { method, headers, body });
    const set = response.headers.get('set-cookie');
    if (set) cookie = set.split(';')[0];
    const text = await response.text();
    let parsed: any = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {}
    return { status: response.status, body: parsed, text, headers: response.headers };
  };
  return {
    view: () => call('GET', ''),
    passcode: (passcode: string) => call('POST', '/passcode', JSON.stringify({ passcode })),
    email: (email: string) => call('POST', '/email', JSON.stringify({ email })),
    verify: (email: string, code: string) => call('POST', '/email/verify', JSON.stringify({ email, code })),
    play: (query = '') => call('GET', `/play${query}`),
    /** A batch as the player sends it: text/plain JSON through sendBeacon. */
    events: (batch: unknown) =>
      call('POST', '/play/events', JSON.stringify(batch), 'text/plain;charset=UTF-8'),
  };
}

function documentOf(html: string): PlayerDocument {
  const json = /<script type="application\/json" id="player-document">(.*?)<\/script>/s.exec(html)?.[1];
  if (!json) throw new Error('no player document in the page');
  return JSON.parse(json) as PlayerDocument;
}

function codeFor(email: string): string {
  const mail = mails.filter((m) => m.to.includes(email)).at(-1);
  const code = mail?.raw.match(/code to open what was shared with you is (\d{6})/)?.[1];
  if (!code) throw new Error(`no code mailed to ${email}`);
  return code;
}

const startAndFinish = (versionId: string, stepIds: string[], sessionId = randomUUID()) => ({
  versionId,
  sessionId,
  events: [
    { kind: 'session_start', at: 0 },
    ...stepIds.map((stepId, index) => ({ kind: 'step_viewed', stepId, at: index * 1000 })),
    { kind: 'completed', at: stepIds.length * 1000 },
  ],
});

async function sessionRow(id: string) {
  return t.db
    .selectFrom('click_through_sessions')
    .select(['link_id', 'recipient_id', 'completed'])
    .where('id', '=', id)
    .executeTakeFirst();
}

async function engagementOf(assetId: string) {
  return t.db
    .selectFrom('engagement_events')
    .select(['kind', 'link_id', 'recipient_id', 'visitor_hash'])
    .where('asset_id', '=', assetId)
    .where('source', '=', 'click_through')
    .orderBy('kind')
    .execute();
}

beforeAll(async () => {
  const port = await mailbox.start();
  t = await createTestContext({
    env: {
      SHOWCASE_SMTP_URL: `smtp://127.0.0.1:${port}`,
      SHOWCASE_MAIL_FROM: 'Showcase <showcase@example.test>',
    },
  });
  at('2035-02-05T09:00:00Z');
  tmm = await t.as('tmm');
});
afterAll(async () => {
  await t.close();
  await mailbox.close();
});

describe("a share link's click-through player", () => {
  it("plays the demo with the recipient's name and company, whatever the address says", async () => {
    const demo = await publishedDemo();
    const { token } = await makeLink(demo.id, {
      audience: 'recipient',
      recipients: [{ name: 'Ada King Lovelace', email: 'ada@acme.test' }],
    });
    const browser = visitor(token);
    const view = await browser.view();
    expect(view.status).toBe(200);
    expect(view.body.asset.player).toBe(true);

    const page = await browser.play('?first_name=Mallory&company=Evil');
    expect(page.status, page.text).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    // Framed by the link's page only, its script allowed by the page's nonce.
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+'/);
    expect(page.headers.get('cache-control')).toBe('private, no-store');
    const document = documentOf(page.text);
    expect(document.eventsUrl).toBe(`/api/shared/${token}/play/events`);
    expect(document.steps.map((step) => step.title)).toEqual(['Welcome, Ada', 'Open the project', 'Done']);
    expect(document.steps[0]?.bodyHtml).toContain('your team'); // a one-person link names no company
    expect(document.steps[1]?.bodyText).toContain('Hello Ada King Lovelace King Lovelace');
    // The company's fallback is the demo's (written once, in the intro).
    expect(document.steps[2]?.cta).toEqual({
      text: 'Talk to us, Ada',
      url: 'https://lumen.example/book?c=your%20team',
    });
    expect(page.text).not.toContain('Mallory');
    expect(page.text).not.toContain('{{');

    // A company link fills the company; with nobody identified the names fall back.
    const account = await makeLink(demo.id, { audience: 'account', accountName: 'Acme & Co' });
    const accountDoc = documentOf((await visitor(account.token).play()).text);
    expect(accountDoc.steps[0]?.title).toBe('Welcome, there');
    expect(accountDoc.steps[0]?.bodyHtml).toContain('Acme &#38; Co');
    expect(accountDoc.steps[2]?.cta?.url).toBe('https://lumen.example/book?c=Acme%20%26%20Co');
  });

  it('counts sessions for the link and its one recipient, and a company link anonymously', async () => {
    at('2035-02-06T10:00:00Z');
    const demo = await publishedDemo();
    const { link, token } = await makeLink(demo.id, {
      audience: 'recipient',
      recipients: [{ name: 'Grace Hopper', email: 'grace@navy.test' }],
    });
    const sessionId = randomUUID();
    const sent = await visitor(token).events(startAndFinish(demo.versionId, demo.stepIds, sessionId));
    expect(sent.status, sent.text).toBe(202);
    expect(sent.body).toEqual({ accepted: demo.stepIds.length + 2 });
    expect(await sessionRow(sessionId)).toEqual({
      link_id: link.id,
      recipient_id: link.recipients[0].id,
      completed: true,
    });

    const account = await makeLink(demo.id, { audience: 'account', accountName: 'Acme' });
    const anonymous = randomUUID();
    expect((await visitor(account.token).events(startAndFinish(demo.versionId, [], anonymous))).status).toBe(
      202,
    );
    expect(await sessionRow(anonymous)).toEqual({
      link_id: account.link.id,
      recipient_id: null,
      completed: true,
    });

    // A play from the public /play page stays anonymous: no link, no person, no visitor hash.
    const plain = randomUUID();
    const publicPlay = await t.app.request(`/api/play/${demo.id}/events`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify(startAndFinish(demo.versionId, [], plain)),
    });
    expect(publicPlay.status).toBe(202);
    expect(await sessionRow(plain)).toEqual({ link_id: null, recipient_id: null, completed: true });

    const recipientId = link.recipients[0].id;
    expect(await engagementOf(demo.id)).toEqual(
      expect.arrayContaining([
        { kind: 'complete', link_id: link.id, recipient_id: recipientId, visitor_hash: null },
        { kind: 'session', link_id: link.id, recipient_id: recipientId, visitor_hash: null },
        { kind: 'session', link_id: account.link.id, recipient_id: null, visitor_hash: null },
        { kind: 'session', link_id: null, recipient_id: null, visitor_hash: null },
      ]),
    );
    expect(await engagementOf(demo.id)).toHaveLength(6);

    // The link's makers see the plays on the link.
    const links = (await tmm.get(`/api/assets/${demo.id}/share-links`)).body.links;
    expect(links.find((row: { id: string }) => row.id === link.id).stats).toMatchObject({
      plays: 1,
      completedPlays: 1,
    });
    expect(links.find((row: { id: string }) => row.id === account.link.id).stats).toMatchObject({
      plays: 1,
      completedPlays: 1,
    });
    // A session keeps the link it started with: the same id through another link is a 409.
    const moved = await visitor(account.token).events(startAndFinish(demo.versionId, [], sessionId));
    expect(moved.status).toBe(409);
    expect(moved.body.error.fields).toHaveProperty('sessionId');
  });

  it('asks for the passcode and the email check first, then names the confirmed person', async () => {
    at('2035-02-07T10:00:00Z');
    const demo = await publishedDemo();
    const { link, token } = await makeLink(demo.id, {
      audience: 'group',
      recipients: [
        { name: 'Ada Lovelace', email: 'ada@acme.test' },
        { name: 'Alan Turing', email: 'alan@acme.test' },
      ],
      passcode: 'open sesame',
      emailGate: true,
    });
    const browser = visitor(token);
    const locked = await browser.play();
    expect(locked.status).toBe(403);
    expect(locked.text).toContain('Enter the passcode first');
    expect((await browser.events(startAndFinish(demo.versionId, []))).status).toBe(403);
    expect((await browser.passcode('open sesame')).status).toBe(200);
    expect((await browser.play()).status).toBe(403); // the email check still to come
    expect((await browser.email('alan@acme.test')).status).toBe(200);
    expect((await browser.verify('alan@acme.test', codeFor('alan@acme.test'))).status).toBe(200);

    const page = await browser.play();
    expect(page.status, page.text).toBe(200);
    expect(documentOf(page.text).steps[0]?.title).toBe('Welcome, Alan');
    const sessionId = randomUUID();
    expect((await browser.events(startAndFinish(demo.versionId, demo.stepIds, sessionId))).status).toBe(202);
    const alan = link.recipients.find((r: { email: string }) => r.email === 'alan@acme.test');
    expect(await sessionRow(sessionId)).toMatchObject({ link_id: link.id, recipient_id: alan.id });

    // Another browser with the same address has no pass, and the token alone at /api/play is refused.
    expect((await visitor(token, 'Forwarded browser').play()).status).toBe(403);
    const withToken = await t.app.request(`/api/play/${demo.id}/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...startAndFinish(demo.versionId, []), shareToken: token }),
    });
    expect(withToken.status).toBe(422);
    expect((await withToken.json()).error.fields).toHaveProperty('shareToken');
  });

  it('stops at once when the link is turned off or expires or the asset turns internal', async () => {
    at('2035-02-08T10:00:00Z');
    const demo = await publishedDemo();
    const other = await publishedDemo();
    const before = Number(
      (
        await t.db
          .selectFrom('click_through_sessions')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

    // Unknown token: 404 for the page and its events.
    const unknown = visitor('no-such-token-at-all-here-0000000000000');
    expect((await unknown.play()).status).toBe(404);
    expect((await unknown.events(startAndFinish(demo.versionId, []))).status).toBe(404);

    // A batch of another demo's version through this link: 422 naming versionId.
    const { link, token } = await makeLink(demo.id, {
      audience: 'recipient',
      recipients: [{ name: 'Ada', email: 'ada@acme.test' }],
      expiresAt: '2035-02-09T10:00:00Z',
    });
    const wrongVersion = await visitor(token).events(startAndFinish(other.versionId, []));
    expect(wrongVersion.status).toBe(422);
    expect(wrongVersion.body.error.fields).toHaveProperty('versionId');
    // Its token at another demo's events address: 422 naming shareToken.
    const elsewhere = await t.app.request(`/api/play/${other.id}/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...startAndFinish(other.versionId, []), shareToken: token }),
    });
    expect(elsewhere.status).toBe(422);
    expect((await elsewhere.json()).error.fields).toHaveProperty('shareToken');

    // The asset turns internal: the link's page, player and events are gone at once.
    expect((await tmm.patch(`/api/assets/${demo.id}`, { visibility: 'internal' })).status).toBe(200);
    const internal = await visitor(token).play();
    expect(internal.status).toBe(410);
    expect(internal.text).toContain('no longer shared');
    expect((await visitor(token).events(startAndFinish(demo.versionId, []))).status).toBe(410);
    expect((await tmm.patch(`/api/assets/${demo.id}`, { visibility: 'external' })).status).toBe(200);
    expect((await visitor(token).play()).status).toBe(200);

    // Expired.
    at('2035-02-09T10:00:01Z');
    expect((await visitor(token).play()).status).toBe(410);
    at('2035-02-08T11:00:00Z');

    // Turned off: the page and the events, and the token in an /api/play body too.
    expect((await tmm.post(`/api/share-links/${link.id}/revoke`)).status).toBe(200);
    const revoked = await visitor(token).play();
    expect(revoked.status).toBe(410);
    expect(revoked.text).toContain('turned off');
    expect((await visitor(token).events(startAndFinish(demo.versionId, []))).status).toBe(410);
    const revokedToken = await t.app.request(`/api/play/${demo.id}/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...startAndFinish(demo.versionId, []), shareToken: token }),
    });
    expect(revokedToken.status).toBe(422);

    // A link to an asset that is not a click-through demo has no player.
    const video = await createTestDemo(t.db, {
      asset: { visibility: 'external', status: 'published', safeToShare: true },
      now: t.clock.now,
    });
    const videoLink = await makeLink(video.id, { audience: 'account', accountName: 'Acme' });
    expect((await visitor(videoLink.token).view()).body.asset.player).toBe(false);
    expect((await visitor(videoLink.token).play()).status).toBe(404);

    const after = Number(
      (
        await t.db
          .selectFrom('click_through_sessions')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    expect(after).toBe(before);
  });
});
