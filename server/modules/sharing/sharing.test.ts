import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/app.ts';
import { createTestAsset, testTermId } from '../../../test/factories.ts';
import { localMailbox } from '../../../test/mailbox.ts';
import { digest } from '../../crypto.ts';
import { NIL_RECIPIENT } from '../insights/insights.repository.ts';
import { rebuildEngagementRollups, recordEngagement } from '../insights/insights.service.ts';

/** A local SMTP server standing in for the mail service: every message it receives is kept. */
const mailbox = localMailbox();
const { mails } = mailbox;

/** A message's Subject header, its RFC 2047 encoded words (`=?UTF-8?Q?…?=`, `=?UTF-8?B?…?=`) decoded. */
function subjectOf(raw: string): string {
  const header = /^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(raw)?.[1] ?? '';
  return header
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([qb])\?([^?]*)\?=/gi, (_all, encoding: string, text: string) =>
      encoding.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9a-f]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
            'latin1',
          ).toString('utf8'),
    )
    .replace(/\r?\n[ \t]/g, '');
}

type Client = Awaited<ReturnType<TestContext['as']>>;
let t: TestContext;
let tmm: Client;
let admin: Client;
const T0 = new Date('2026-11-20T10:00:00Z');

beforeAll(async () => {
  const port = await mailbox.start();
  t = await createTestContext({
    env: {
      SHOWCASE_SMTP_URL: `smtp://127.0.0.1:${port}`,
      SHOWCASE_MAIL_FROM: 'Showcase <showcase@example.test>',
    },
  });
  t.clock.now = T0;
  tmm = await t.as('tmm');
  admin = await t.as('admin');
});
afterAll(async () => {
  await t.close();
  await mailbox.close();
});

const at = (ms: number) => {
  t.clock.now = new Date(T0.getTime() + ms);
};
const seconds = (s: number) => s * 1000;
const minutes = (m: number) => m * 60_000;

/** A published, external, safe-to-share asset with a file, owned by `ownerId` (a new TMM's, else). */
async function shareableAsset(overrides: Record<string, unknown> = {}) {
  return createTestAsset(t.db, {
    status: 'published',
    visibility: 'external',
    safeToShare: true,
    primaryUrl: 'https://files.example.test/guide.pdf',
    body: 'INTERNAL BODY: pricing notes for the team only',
    keyTakeaway: 'INTERNAL TAKEAWAY',
    formatId: await testTermId(t.db, 'format'),
    ...overrides,
  });
}

const oneRecipient = {
  audience: 'recipient',
  recipients: [{ name: 'Ada Lovelace', email: 'ada@acme.test' }],
};

async function makeLink(client: Client, assetId: string, input: Record<string, unknown> = {}) {
  const response = await client.post(`/api/assets/${assetId}/share-links`, {
    name: 'For Ada',
    notes: 'INTERNAL NOTE: renewal at risk',
    ...oneRecipient,
    ...input,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  const url = new URL(response.body.url as string);
  return { link: response.body.link, token: url.pathname.replace('/s/', ''), url };
}

/** An outsider's browser: no workspace session, its own cookies and user agent. */
function visitor(token: string, userAgent = 'Visitor browser 1') {
  let cookie: string | undefined;
  const call = async (method: string, path: string, body?: unknown) => {
    const headers: Record<string, string> = { 'user-agent': userAgent };
    if (cookie) headers.cookie = cookie;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await t.app.request(`/api/shared/${token}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const set = response.headers.get('set-cookie');
    if (set) cookie = set.split(';')[0];
    const text = await response.text();
    let parsed: any = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {}
    return { status: response.status, body: parsed, headers: response.headers };
  };
  return {
    view: () => call('GET', ''),
    passcode: (passcode: string) => call('POST', '/passcode', { passcode }),
    email: (email: string) => call('POST', '/email', { email }),
    verify: (email: string, code: string) => call('POST', '/email/verify', { email, code }),
    visit: () => call('POST', '/visits', {}),
    beat: (visitId: string) => call('POST', '/beats', { visitId }),
    download: () => call('GET', '/download'),
  };
}

async function statsOf(client: Client, assetId: string, linkId: string) {
  const response = await client.get(`/api/assets/${assetId}/share-links`);
  expect(response.status).toBe(200);
  return response.body.links.find((link: { id: string }) => link.id === linkId).stats;
}

function codeFor(email: string): string {
  const mail = mails.filter((m) => m.to.includes(email)).at(-1);
  const code = mail?.raw.match(/code to open what was shared with you is (\d{6})/)?.[1];
  if (!code) throw new Error(`no code mailed to ${email}`);
  return code;
}

describe('making share links', () => {
  it('makes a link to a published external asset, keeping only the digest of its token', async () => {
    at(0);
    const asset = await shareableAsset();
    const { link, token, url } = await makeLink(tmm, asset.id);
    expect(url.pathname).toMatch(/^\/s\/[\w-]{40,}$/);
    expect(link).toMatchObject({
      name: 'For Ada',
      audience: 'recipient',
      status: 'active',
      allowedActions: ['read', 'cancel'],
    });
    expect(link.recipients).toEqual([
      expect.objectContaining({ name: 'Ada Lovelace', email: 'ada@acme.test' }),
    ]);
    const row = await t.db
      .selectFrom('share_links')
      .selectAll()
      .where('id', '=', link.id)
      .executeTakeFirstOrThrow();
    expect(row.token_digest).toBe(digest(token));
    expect(JSON.stringify(row)).not.toContain(token);
  });

  it('refuses internal, unpublished and not safe-to-share assets with the reason', async () => {
    const cases = [
      [{ visibility: 'internal' }, /internal/],
      [{ status: 'draft' }, /not published/],
      [{ safeToShare: false }, /safe to share/],
    ] as const;
    for (const [overrides, reason] of cases) {
      const asset = await shareableAsset(overrides);
      const response = await tmm.post(`/api/assets/${asset.id}/share-links`, { name: 'x', ...oneRecipient });
      expect(response.status).toBe(409);
      expect(response.body.error.code).toBe('not_shareable');
      expect(response.body.error.message).toMatch(reason);
    }
  });

  it('lets TMMs, admins and the asset owner make links; other requesters and viewers are refused', async () => {
    const requester = await t.as('requester');
    const viewer = await t.as('viewer');
    const ownedByRequester = await shareableAsset({ ownerId: requester.userId });
    const other = await shareableAsset();
    for (const client of [requester, viewer]) {
      const response = await client.post(`/api/assets/${other.id}/share-links`, {
        name: 'x',
        ...oneRecipient,
      });
      expect(response.status).toBe(403);
      expect((await client.get(`/api/assets/${other.id}/share-links`)).status).toBe(403);
    }
    await makeLink(requester, ownedByRequester.id);
    await makeLink(admin, other.id);
  });

  it('names each bad field', async () => {
    const asset = await shareableAsset();
    const cases: [Record<string, unknown>, string[]][] = [
      [{ name: '', audience: 'recipient', recipients: [] }, ['name', 'recipients']],
      [{ name: 'x', audience: 'account' }, ['accountName']],
      [{ name: 'x', audience: 'group', recipients: [{ name: 'A', email: 'a@x.test' }] }, ['recipients']],
      [{ name: 'x', audience: 'planet' }, ['audience']],
      [{ ...oneRecipient, name: 'x', emailGate: true, allowList: ['nope', '@ok.test'] }, ['allowList.0']],
      [{ ...oneRecipient, name: 'x', denyList: ['@ok.test'] }, ['denyList']],
      [{ ...oneRecipient, name: 'x', expiresAt: 'tomorrow' }, ['expiresAt']],
      [{ ...oneRecipient, name: 'x', passcode: 'ab' }, ['passcode']],
      [{ ...oneRecipient, name: 'x', isPublic: true }, ['isPublic']],
      [{ ...oneRecipient, name: 'x', expiresAt: '2020-01-01T00:00:00Z' }, ['expiresAt']],
    ];
    for (const [body, fields] of cases) {
      const response = await tmm.post(`/api/assets/${asset.id}/share-links`, body);
      expect(response.status, JSON.stringify(body)).toBe(422);
      expect(Object.keys(response.body.error.fields).sort()).toEqual(fields.sort());
    }
    const missing = await tmm.post('/api/assets/00000000-0000-4000-8000-000000000000/share-links', {
      name: 'x',
      ...oneRecipient,
    });
    expect(missing.status).toBe(404);
  });
});

describe('the shared page', () => {
  it('answers only the allow-listed public fields of the asset', async () => {
    at(0);
    const asset = await shareableAsset({ primaryUrl: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' });
    const { token } = await makeLink(tmm, asset.id);
    const response = await visitor(token).view();
    expect(response.status).toBe(200);
    expect(Object.keys(response.body).sort()).toEqual(['asset', 'needs', 'sharedBy']);
    expect(Object.keys(response.body.asset).sort()).toEqual([
      'downloadable',
      'embed',
      'files',
      'format',
      'player',
      'summary',
      'title',
    ]);
    expect(response.body.asset).toMatchObject({
      title: asset.title,
      summary: asset.summary,
      embed: { kind: 'youtube', src: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ' },
      downloadable: true,
      files: [],
      player: false,
    });
    expect(typeof response.body.asset.format).toBe('string');
    const text = JSON.stringify(response.body);
    for (const secret of ['INTERNAL', 'For Ada', 'ada@acme.test', asset.id, tmm.email])
      expect(text).not.toContain(secret);
  });

  it('ignores a workspace session: a signed-in browser is a visitor like any other', async () => {
    const asset = await shareableAsset();
    const { token } = await makeLink(tmm, asset.id);
    const response = await t.app.request(`/api/shared/${token}/visits`, {
      method: 'POST',
      headers: { cookie: tmm.cookie as string, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(200);
  });

  it('answers 404 for an unknown token and 410 once the link has expired', async () => {
    at(0);
    expect((await visitor('not-a-real-token').view()).status).toBe(404);
    const asset = await shareableAsset();
    const { token } = await makeLink(tmm, asset.id, {
      expiresAt: new Date(T0.getTime() + minutes(60)).toISOString(),
    });
    expect((await visitor(token).view()).status).toBe(200);
    at(minutes(61));
    const expired = await visitor(token).view();
    expect(expired.status).toBe(410);
    expect(expired.body.error.message).toMatch(/expired/);
    expect((await visitor(token).visit()).status).toBe(410);
    const list = await tmm.get(`/api/assets/${asset.id}/share-links`);
    expect(list.body.links[0].status).toBe('expired');
  });

  it('stops serving at once when its asset turns internal or unpublished', async () => {
    at(0);
    const asset = await shareableAsset();
    const { token } = await makeLink(tmm, asset.id);
    expect((await visitor(token).view()).status).toBe(200);
    expect((await tmm.patch(`/api/assets/${asset.id}`, { visibility: 'internal' })).status).toBe(200);
    const internal = await visitor(token).view();
    expect(internal.status).toBe(410);
    expect(internal.body.error.message).toMatch(/no longer shared/);
    expect((await visitor(token).download()).status).toBe(410);
    expect((await tmm.patch(`/api/assets/${asset.id}`, { visibility: 'external' })).status).toBe(200);
    expect((await visitor(token).view()).status).toBe(200);
    expect((await tmm.patch(`/api/assets/${asset.id}`, { status: 'archived' })).status).toBe(200);
    expect((await visitor(token).view()).status).toBe(410);
  });

  it('asks for the passcode, refuses a wrong one, and keeps a right one for that browser only', async () => {
    const asset = await shareableAsset();
    const { token, link } = await makeLink(tmm, asset.id, { passcode: 'open sesame' });
    expect(link.hasPasscode).toBe(true);
    expect(JSON.stringify(link)).not.toContain('open sesame');
    const browser = visitor(token);
    expect((await browser.view()).body).toEqual({
      needs: ['passcode'],
      asset: null,
      sharedBy: 'Test workspace',
    });
    expect((await browser.visit()).status).toBe(403);
    expect((await browser.download()).status).toBe(403);
    const wrong = await browser.passcode('open barley');
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.fields).toEqual({ passcode: 'is not right' });
    const right = await browser.passcode('open sesame');
    expect(right.status).toBe(200);
    expect(right.headers.get('set-cookie')).toMatch(/HttpOnly/i);
    expect(right.headers.get('set-cookie')).toContain(`Path=/api/shared/${token}`);
    expect((await browser.view()).body.needs).toEqual([]);
    expect((await browser.visit()).status).toBe(200);
    expect((await visitor(token, 'another browser').view()).body.needs).toEqual(['passcode']);
  });

  it('refuses passcode tries after ten wrong ones in 15 minutes, then takes them again', async () => {
    at(0);
    const asset = await shareableAsset();
    const { token } = await makeLink(tmm, asset.id, { passcode: 'open sesame' });
    const guesser = visitor(token, 'guessing browser');
    for (let attempt = 1; attempt <= 10; attempt++)
      expect((await guesser.passcode(`guess ${attempt}`)).status).toBe(422);
    const locked = await visitor(token).passcode('open sesame');
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    at(minutes(15) + seconds(1));
    expect((await visitor(token).passcode('open sesame')).status).toBe(200);
  });

  it('serves the file only when downloads are on, and counts each download', async () => {
    at(0);
    const asset = await shareableAsset();
    const off = await makeLink(tmm, asset.id, { downloads: false });
    expect((await visitor(off.token).view()).body.asset.downloadable).toBe(false);
    const refused = await visitor(off.token).download();
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/downloads/);
    const on = await makeLink(tmm, asset.id);
    const download = await visitor(on.token).download();
    expect(download.status).toBe(302);
    expect(download.headers.get('location')).toBe('https://files.example.test/guide.pdf');
    expect((await statsOf(tmm, asset.id, on.link.id)).downloads).toBe(1);
    expect((await statsOf(tmm, asset.id, off.link.id)).downloads).toBe(0);
  });
});

describe('revoking', () => {
  it('turns a link off; only its maker, a TMM or an admin may', async () => {
    const requester = await t.as('requester');
    const asset = await shareableAsset({ ownerId: requester.userId });
    const byTmm = await makeLink(tmm, asset.id);
    const own = await makeLink(requester, asset.id);
    const list = await requester.get(`/api/assets/${asset.id}/share-links`);
    expect(list.body.links.find((l: { id: string }) => l.id === byTmm.link.id).allowedActions).toEqual([
      'read',
    ]);
    expect(list.body.links.find((l: { id: string }) => l.id === own.link.id).allowedActions).toEqual([
      'read',
      'cancel',
    ]);
    const refused = await requester.post(`/api/share-links/${byTmm.link.id}/revoke`);
    expect(refused.status).toBe(403);
    expect((await visitor(byTmm.token).view()).status).toBe(200);
    expect((await requester.post(`/api/share-links/${own.link.id}/revoke`)).status).toBe(200);
    const otherTmm = await t.as('tmm');
    const revoked = await otherTmm.post(`/api/share-links/${byTmm.link.id}/revoke`);
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ status: 'revoked', allowedActions: ['read', 'cancel'] });
    for (const token of [byTmm.token, own.token]) {
      const gone = await visitor(token).view();
      expect(gone.status).toBe(410);
      expect(gone.body.error.message).toMatch(/turned off/);
    }
    const stranger = await t.as('viewer');
    expect((await stranger.post(`/api/share-links/${own.link.id}/revoke`)).status).toBe(404);
  });
});

describe('the email check', () => {
  it('mails a code that opens the link; wrong, expired and too many codes are refused', async () => {
    at(0);
    const asset = await shareableAsset();
    const { token } = await makeLink(tmm, asset.id, {
      audience: 'account',
      accountName: 'Acme',
      recipients: [],
      emailGate: true,
    });
    const browser = visitor(token);
    expect((await browser.view()).body.needs).toEqual(['email']);
    expect((await browser.email('grace@acme.test')).status).toBe(200);
    const code = codeFor('grace@acme.test');
    const wrongCode = code === '000000' ? '111111' : '000000';
    const wrong = await browser.verify('grace@acme.test', wrongCode);
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.fields).toEqual({ code: 'is not right' });
    expect((await browser.verify('grace@acme.test', code)).status).toBe(200);
    const open = await browser.view();
    expect(open.body.needs).toEqual([]);
    expect(open.body.asset.title).toBe(asset.title);
    const { visitId } = (await browser.visit()).body;
    const event = await t.db
      .selectFrom('engagement_events')
      .selectAll()
      .where('id', '=', visitId)
      .executeTakeFirstOrThrow();
    const recipient = await t.db
      .selectFrom('share_link_recipients')
      .selectAll()
      .where('id', '=', event.recipient_id as string)
      .executeTakeFirstOrThrow();
    expect(recipient).toMatchObject({ email: 'grace@acme.test', added_by_visit: true });

    // Expired: ten minutes after it was sent.
    const late = visitor(token, 'late browser');
    await late.email('linus@acme.test');
    const lateCode = codeFor('linus@acme.test');
    at(minutes(10) + seconds(1));
    const expired = await late.verify('linus@acme.test', lateCode);
    expect(expired.status).toBe(422);
    expect(expired.body.error.fields.code).toMatch(/expired/);

    // Too many tries: the fifth wrong code ends the code, even the right one after it.
    const guesser = visitor(token, 'guessing browser');
    await guesser.email('mallory@acme.test');
    const guessed = codeFor('mallory@acme.test');
    const bad = guessed === '000000' ? '111111' : '000000';
    for (let attempt = 1; attempt <= 4; attempt++)
      expect((await guesser.verify('mallory@acme.test', bad)).status).toBe(422);
    expect((await guesser.verify('mallory@acme.test', bad)).status).toBe(429);
    expect((await guesser.verify('mallory@acme.test', guessed)).status).toBe(429);
    expect((await guesser.view()).body.needs).toEqual(['email']);
  });

  it('lets in allowed emails and @domains and recipients, never denied ones', async () => {
    const asset = await shareableAsset();
    const { token } = await makeLink(tmm, asset.id, {
      audience: 'group',
      recipients: [
        { name: 'Ada', email: 'ada@partner.test' },
        { name: 'Bob', email: 'bob@partner.test' },
      ],
      emailGate: true,
      allowList: ['@acme.test', 'solo@elsewhere.test'],
      denyList: ['boss@acme.test', '@rival.test'],
    });
    const browser = visitor(token);
    for (const email of ['dev@acme.test', 'solo@elsewhere.test', 'ada@partner.test'])
      expect((await browser.email(email)).status, email).toBe(200);
    for (const email of ['boss@acme.test', 'spy@rival.test', 'someone@elsewhere.test', 'eve@partner.test']) {
      const refused = await browser.email(email);
      expect(refused.status, email).toBe(403);
      expect(refused.body.error.fields).toEqual({ email: 'may not open this link' });
    }
  });

  it('is refused by the API and reported unavailable when no SMTP server is configured', async () => {
    const plain = await createTestContext();
    try {
      const editor = await plain.as('tmm');
      const asset = await createTestAsset(plain.db, {
        status: 'published',
        visibility: 'external',
        safeToShare: true,
      });
      const refused = await editor.post(`/api/assets/${asset.id}/share-links`, {
        name: 'x',
        ...oneRecipient,
        emailGate: true,
      });
      expect(refused.status).toBe(422);
      expect(refused.body.error.fields.emailGate).toMatch(/SHOWCASE_SMTP_URL/);
      const list = await editor.get(`/api/assets/${asset.id}/share-links`);
      expect(list.body).toMatchObject({ emailGateAvailable: false, shareable: { ok: true, reason: null } });
    } finally {
      await plain.close();
    }
  });
});

describe('engagement', () => {
  it('counts beats and merges visits exactly for a scripted sequence', async () => {
    at(0);
    const asset = await shareableAsset();
    const { token, link } = await makeLink(tmm, asset.id);
    const browser = visitor(token);
    const first = (await browser.visit()).body.visitId as string;
    const beatAt = async (ms: number) => {
      at(ms);
      return (await browser.beat(first)).body.counted as boolean;
    };
    expect(await beatAt(seconds(10))).toBe(true);
    expect(await beatAt(seconds(15))).toBe(false); // too soon after the last beat
    expect(await beatAt(seconds(20))).toBe(true);
    expect(await beatAt(seconds(30))).toBe(true);
    // Back 20 minutes later (the page stopped beating when idle): the same visit goes on.
    at(minutes(20));
    expect((await browser.visit()).body.visitId).toBe(first);
    expect(await beatAt(minutes(20) + seconds(10))).toBe(true);
    // 31 minutes after the last activity the visit has ended: its beats no longer count.
    expect(await beatAt(minutes(51) + seconds(11))).toBe(false);
    const second = (await browser.visit()).body.visitId as string;
    expect(second).not.toBe(first);
    at(minutes(51) + seconds(21));
    expect((await browser.beat(second)).body.counted).toBe(true);

    const stats = await statsOf(tmm, asset.id, link.id);
    expect(stats).toEqual({
      visits: 2,
      lastVisitAt: new Date(T0.getTime() + minutes(51) + seconds(11)).toISOString(),
      secondsOnPage: 50,
      downloads: 0,
      plays: 0,
      completedPlays: 0,
    });
    const events = await t.db
      .selectFrom('engagement_events')
      .selectAll()
      .where('link_id', '=', link.id)
      .orderBy('occurred_at')
      .execute();
    expect(events.map((event) => event.kind)).toEqual([
      'visit',
      'beat',
      'beat',
      'beat',
      'beat',
      'visit',
      'beat',
    ]);
    // One named recipient: every event is theirs, and no anonymous hash is kept.
    expect(new Set(events.map((event) => event.recipient_id)).size).toBe(1);
    expect(events.every((event) => event.source === 'share_link' && event.visitor_hash === null)).toBe(true);
    expect((await browser.beat('00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('tells anonymous visitors apart by a salted daily hash, storing no IP or browser', async () => {
    at(0);
    const asset = await shareableAsset();
    const { token, link } = await makeLink(tmm, asset.id, {
      audience: 'account',
      accountName: 'Acme',
      recipients: [],
    });
    const one = visitor(token, 'Browser one');
    const a = (await one.visit()).body.visitId;
    at(minutes(5));
    expect((await one.visit()).body.visitId).toBe(a);
    const b = (await visitor(token, 'Browser two').visit()).body.visitId;
    expect(b).not.toBe(a);
    const events = await t.db
      .selectFrom('engagement_events')
      .selectAll()
      .where('link_id', '=', link.id)
      .execute();
    expect(events).toHaveLength(2);
    for (const event of events) {
      expect(event.recipient_id).toBeNull();
      expect(event.visitor_hash).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(JSON.stringify(events)).not.toMatch(/Browser|127\.0\.0\.1/);
    // The next day the salt is another: the same browser is not recognisable across days.
    at(minutes(60 * 24));
    const nextDay = (await one.visit()).body.visitId;
    const later = await t.db
      .selectFrom('engagement_events')
      .selectAll()
      .where('id', '=', nextDay)
      .executeTakeFirstOrThrow();
    expect(events.map((event) => event.visitor_hash)).not.toContain(later.visitor_hash);
  });

  it("tells the link's maker once, in the app and by webhook, when it is first opened", async () => {
    at(0);
    const webhook = await admin.post('/api/settings/webhooks', {
      name: 'Share alerts',
      url: 'https://hooks.example.test/share',
      events: ['share_link.first_visit'],
    });
    expect(webhook.status).toBe(201);
    const maker = await t.as('tmm');
    const asset = await shareableAsset();
    const { token, link } = await makeLink(maker, asset.id);
    const firstVisits = async () =>
      (await maker.get('/api/notifications')).body.notifications.filter(
        (n: { kind: string }) => n.kind === 'share_link_first_visit',
      );
    expect(await firstVisits()).toHaveLength(0);
    await visitor(token).visit();
    at(minutes(45));
    await visitor(token).visit();
    const notes = await firstVisits();
    expect(notes).toHaveLength(1);
    expect(notes[0].title).toContain('For Ada');
    const deliveries = await admin.get(`/api/settings/webhooks/${webhook.body.id}/deliveries`);
    const events = deliveries.body.deliveries.filter(
      (d: { event: string }) => d.event === 'share_link.first_visit',
    );
    expect(events).toHaveLength(1);
    expect((await statsOf(maker, asset.id, link.id)).visits).toBe(2);
    // And by email, once, after the visit was stored.
    const email = (await maker.get('/api/auth/session')).body.user.email as string;
    const sent = () => mails.filter((mail) => mail.to.includes(email));
    for (let wait = 0; wait < 50 && sent().length === 0; wait++)
      await new Promise((done) => setTimeout(done, 100));
    expect(sent()).toHaveLength(1);
    expect(subjectOf(sent()[0]?.raw ?? '')).toBe('“For Ada” was opened for the first time');
    // The body is quoted-printable: its soft line breaks (`=` at a line's end) join up again.
    expect(sent()[0]?.raw.replace(/=\r?\n/g, '')).toContain(`/library/assets/${asset.id}`);
  });
});

/** Rows where a rollup differs from GROUP BY counts over the raw events (0 when they agree). */
async function rollupMismatches() {
  const mismatch = await sql<{ n: number }>`
    WITH raw AS (
      SELECT asset_id, source, kind, (occurred_at AT TIME ZONE 'UTC')::date AS day,
        sum(quantity)::bigint AS events, sum(seconds)::bigint AS seconds
      FROM engagement_events GROUP BY 1, 2, 3, 4
    ), raw_link AS (
      SELECT link_id, coalesce(recipient_id, ${NIL_RECIPIENT}::uuid) AS recipient_id, kind,
        (occurred_at AT TIME ZONE 'UTC')::date AS day, sum(quantity)::bigint AS events,
        sum(seconds)::bigint AS seconds
      FROM engagement_events WHERE link_id IS NOT NULL GROUP BY 1, 2, 3, 4
    )
    SELECT (SELECT count(*)::int FROM (
        (SELECT * FROM raw EXCEPT SELECT asset_id, source, kind, day, events, seconds FROM engagement_daily)
        UNION ALL
        (SELECT asset_id, source, kind, day, events, seconds FROM engagement_daily EXCEPT SELECT * FROM raw)) d)
      + (SELECT count(*)::int FROM (
        (SELECT * FROM raw_link EXCEPT SELECT link_id, recipient_id, kind, day, events, seconds FROM engagement_link_daily)
        UNION ALL
        (SELECT link_id, recipient_id, kind, day, events, seconds FROM engagement_link_daily EXCEPT SELECT * FROM raw_link)) d) AS n
  `.execute(t.db);
  return mismatch.rows[0]?.n;
}

/**
 * Rows where a wide rollup (0026) differs from what the raw events add up to per asset and day
 * (one column per insights measure, share-page seconds) and per link, recipient and day (visits,
 * downloads, seconds), counted over rows with any number in them; plus the (asset, day) and
 * (link, recipient, day) keys the wide rollups have and the narrow ones do not, or the other way
 * round (a number from outside removed leaves both with a row of zeros). 0 when they agree.
 */
async function wideRollupMismatches() {
  const mismatch = await sql<{ n: number }>`
    WITH e AS (
      SELECT *, (occurred_at AT TIME ZONE 'UTC')::date AS day FROM engagement_events
    ), raw AS (
      SELECT asset_id, day,
        coalesce(sum(quantity) FILTER (WHERE source = 'share_link' AND kind = 'visit'), 0)::bigint AS share_visits,
        coalesce(sum(quantity) FILTER (WHERE source = 'showcase' AND kind = 'view'), 0)::bigint AS showcase_views,
        coalesce(sum(quantity) FILTER (WHERE kind = 'download'), 0)::bigint AS downloads,
        coalesce(sum(quantity) FILTER (WHERE source = 'short_link' AND kind = 'click'), 0)::bigint AS short_link_clicks,
        coalesce(sum(quantity) FILTER (WHERE source = 'click_through' AND kind = 'session'), 0)::bigint
          AS click_through_sessions,
        coalesce(sum(quantity) FILTER (WHERE source = 'outside' AND kind = 'video_view'), 0)::bigint AS video_views,
        coalesce(sum(quantity) FILTER (WHERE source = 'outside' AND kind = 'blog_view'), 0)::bigint AS blog_views,
        coalesce(sum(quantity) FILTER (WHERE source = 'outside' AND kind = 'registration'), 0)::bigint AS registrations,
        coalesce(sum(quantity) FILTER (WHERE source = 'outside' AND kind = 'attendance'), 0)::bigint AS attendance,
        coalesce(sum(seconds) FILTER (WHERE source = 'share_link'), 0)::bigint AS share_seconds
      FROM e GROUP BY 1, 2
    ), raw_link AS (
      SELECT link_id, coalesce(recipient_id, ${NIL_RECIPIENT}::uuid) AS recipient_id, day,
        coalesce(sum(quantity) FILTER (WHERE kind = 'visit'), 0)::bigint AS visits,
        coalesce(sum(quantity) FILTER (WHERE kind = 'download'), 0)::bigint AS downloads,
        sum(seconds)::bigint AS seconds
      FROM e WHERE link_id IS NOT NULL GROUP BY 1, 2, 3
    ), wide AS (
      SELECT asset_id, day, share_visits, showcase_views, downloads, short_link_clicks, click_through_sessions,
        video_views, blog_views, registrations, attendance, share_seconds
      FROM engagement_daily_wide
    ), wide_link AS (
      SELECT link_id, recipient_id, day, visits, downloads, seconds FROM engagement_link_daily_wide
    ), counted AS (SELECT * FROM raw WHERE (share_visits + showcase_views + downloads + short_link_clicks + click_through_sessions + video_views + blog_views + registrations + attendance + share_seconds) <> 0
    ), wide_counted AS (SELECT * FROM wide WHERE (share_visits + showcase_views + downloads + short_link_clicks + click_through_sessions + video_views + blog_views + registrations + attendance + share_seconds) <> 0
    ), link_counted AS (SELECT * FROM raw_link WHERE (visits + downloads + seconds) <> 0
    ), wide_link_counted AS (SELECT * FROM wide_link WHERE (visits + downloads + seconds) <> 0)
    SELECT (SELECT count(*)::int FROM (
        (SELECT * FROM counted EXCEPT SELECT * FROM wide_counted)
        UNION ALL (SELECT * FROM wide_counted EXCEPT SELECT * FROM counted)) d)
      + (SELECT count(*)::int FROM (
        (SELECT * FROM link_counted EXCEPT SELECT * FROM wide_link_counted)
        UNION ALL (SELECT * FROM wide_link_counted EXCEPT SELECT * FROM link_counted)) d)
      + (SELECT count(*)::int FROM (
        (SELECT asset_id, day FROM engagement_daily EXCEPT SELECT asset_id, day FROM engagement_daily_wide)
        UNION ALL (SELECT asset_id, day FROM engagement_daily_wide EXCEPT SELECT asset_id, day FROM engagement_daily)) d)
      + (SELECT count(*)::int FROM (
        (SELECT link_id, recipient_id, day FROM engagement_link_daily
          EXCEPT SELECT link_id, recipient_id, day FROM engagement_link_daily_wide)
        UNION ALL (SELECT link_id, recipient_id, day FROM engagement_link_daily_wide
          EXCEPT SELECT link_id, recipient_id, day FROM engagement_link_daily)) d) AS n
  `.execute(t.db);
  return mismatch.rows[0]?.n;
}

/**
 * Rows where a weekly rollup (0029) differs from the raw events summed per asset and week of the
 * quarter (engagement_week), or per link, recipient and week with the week's last day that had an
 * event; plus keys one side has and the other does not (a week has a row exactly when one of its
 * days has one). 0 when they agree.
 */
async function weeklyRollupMismatches() {
  const mismatch = await sql<{ n: number }>`
    WITH e AS (
      SELECT *, (occurred_at AT TIME ZONE 'UTC')::date AS day,
        engagement_week((occurred_at AT TIME ZONE 'UTC')::date) AS week FROM engagement_events
    ), raw AS (
      SELECT asset_id, week,
        coalesce(sum(quantity) FILTER (WHERE source = 'share_link' AND kind = 'visit'), 0)::bigint AS share_visits,
        coalesce(sum(quantity) FILTER (WHERE source = 'showcase' AND kind = 'view'), 0)::bigint AS showcase_views,
        coalesce(sum(quantity) FILTER (WHERE kind = 'download'), 0)::bigint AS downloads,
        coalesce(sum(quantity) FILTER (WHERE source = 'short_link' AND kind = 'click'), 0)::bigint AS short_link_clicks,
        coalesce(sum(quantity) FILTER (WHERE source = 'click_through' AND kind = 'session'), 0)::bigint
          AS click_through_sessions,
        coalesce(sum(quantity) FILTER (WHERE source = 'outside' AND kind = 'video_view'), 0)::bigint AS video_views,
        coalesce(sum(quantity) FILTER (WHERE source = 'outside' AND kind = 'blog_view'), 0)::bigint AS blog_views,
        coalesce(sum(quantity) FILTER (WHERE source = 'outside' AND kind = 'registration'), 0)::bigint AS registrations,
        coalesce(sum(quantity) FILTER (WHERE source = 'outside' AND kind = 'attendance'), 0)::bigint AS attendance,
        coalesce(sum(seconds) FILTER (WHERE source = 'share_link'), 0)::bigint AS share_seconds
      FROM e GROUP BY 1, 2
    ), raw_link AS (
      SELECT link_id, coalesce(recipient_id, ${NIL_RECIPIENT}::uuid) AS recipient_id, week,
        coalesce(sum(quantity) FILTER (WHERE kind = 'visit'), 0)::bigint AS visits,
        coalesce(sum(quantity) FILTER (WHERE kind = 'download'), 0)::bigint AS downloads,
        sum(seconds)::bigint AS seconds, max(day) AS last_day
      FROM e WHERE link_id IS NOT NULL GROUP BY 1, 2, 3
    ), weekly AS (
      SELECT asset_id, week, share_visits, showcase_views, downloads, short_link_clicks, click_through_sessions,
        video_views, blog_views, registrations, attendance, share_seconds
      FROM engagement_weekly_wide
    ), weekly_link AS (
      SELECT link_id, recipient_id, week, visits, downloads, seconds, last_day FROM engagement_link_weekly_wide
    ), counted AS (SELECT * FROM raw WHERE (share_visits + showcase_views + downloads + short_link_clicks + click_through_sessions + video_views + blog_views + registrations + attendance + share_seconds) <> 0
    ), weekly_counted AS (SELECT * FROM weekly WHERE (share_visits + showcase_views + downloads + short_link_clicks + click_through_sessions + video_views + blog_views + registrations + attendance + share_seconds) <> 0)
    SELECT (SELECT count(*)::int FROM (
        (SELECT * FROM counted EXCEPT SELECT * FROM weekly_counted)
        UNION ALL (SELECT * FROM weekly_counted EXCEPT SELECT * FROM counted)) d)
      + (SELECT count(*)::int FROM (
        (SELECT * FROM raw_link EXCEPT SELECT * FROM weekly_link)
        UNION ALL (SELECT * FROM weekly_link EXCEPT SELECT * FROM raw_link)) d)
      + (SELECT count(*)::int FROM (
        (SELECT asset_id, week FROM raw EXCEPT SELECT asset_id, week FROM weekly)
        UNION ALL (SELECT asset_id, week FROM weekly EXCEPT SELECT asset_id, week FROM raw)) d) AS n
  `.execute(t.db);
  return mismatch.rows[0]?.n;
}

describe('engagement rollups', () => {
  it('keep the wide rollups equal to the raw events through visits, beats, downloads and outside numbers replaced', async () => {
    at(minutes(3 * 24 * 60));
    const asset = await shareableAsset();
    const { token } = await makeLink(tmm, asset.id);
    const first = visitor(token, 'Wide browser 1');
    const second = visitor(token, 'Wide browser 2');
    for (const browser of [first, second]) {
      expect((await browser.view()).status).toBe(200);
      const visit = await browser.visit();
      expect(visit.status, JSON.stringify(visit.body)).toBe(200);
      at(minutes(3 * 24 * 60) + seconds(15));
      expect((await browser.beat(visit.body.visitId)).status).toBe(200);
    }
    expect((await first.download()).status).toBe(302);
    // The next day: another visit, a view in Showcase and a click-through session.
    at(minutes(4 * 24 * 60 + 30));
    expect((await second.visit()).status).toBe(200);
    for (const [source, kind] of [
      ['showcase', 'view'],
      ['click_through', 'session'],
    ] as const)
      await recordEngagement(t.db, { asset_id: asset.id, source, kind, occurred_at: t.clock.now });
    expect(await wideRollupMismatches()).toBe(0);
    expect(await weeklyRollupMismatches()).toBe(0);
    // Numbers from outside entered, entered again (replacing) and removed, one on a day with nothing else.
    const put = (numbers: object[]) => tmm.put(`/api/assets/${asset.id}/outside-numbers`, { numbers });
    const day = t.clock.now.toISOString().slice(0, 10);
    expect(
      (
        await put([
          { kind: 'video_view', date: day, value: 120 },
          { kind: 'registration', date: day, value: 40 },
          { kind: 'attendance', date: '2029-01-02', value: 9 },
        ])
      ).status,
    ).toBe(200);
    expect(await wideRollupMismatches()).toBe(0);
    expect(await weeklyRollupMismatches()).toBe(0);
    const replaced = await put([
      { kind: 'video_view', date: day, value: 150 },
      { kind: 'registration', date: day, value: 0 },
      { kind: 'attendance', date: '2029-01-02', value: 0 },
      { kind: 'blog_view', date: '2029-01-03', value: 7 },
    ]);
    expect(replaced.body).toEqual({ created: 1, updated: 1, unchanged: 0, removed: 2 });
    expect(await wideRollupMismatches()).toBe(0);
    expect(await weeklyRollupMismatches()).toBe(0);
    const wide = await t.db
      .selectFrom('engagement_daily_wide')
      .selectAll()
      .where('asset_id', '=', asset.id)
      .orderBy('day')
      .execute();
    expect(
      wide.map((row) =>
        [
          row.share_visits,
          row.downloads,
          row.showcase_views,
          row.click_through_sessions,
          row.video_views,
          row.blog_views,
          row.registrations,
          row.attendance,
        ].map(Number),
      ),
    ).toEqual([
      [1, 1, 0, 0, 0, 0, 0, 0], // the raw events hold one visit that day
      [1, 0, 1, 1, 150, 0, 0, 0],
      [0, 0, 0, 0, 0, 0, 0, 0], // 2029-01-02: the attendance removed
      [0, 0, 0, 0, 0, 7, 0, 0],
    ]);
    expect(Number(wide[0]?.share_seconds)).toBeGreaterThan(0);
    // Built again from the raw events, they stay the same.
    await rebuildEngagementRollups(t.db);
    expect(await wideRollupMismatches()).toBe(0);
    expect(await weeklyRollupMismatches()).toBe(0);
  });

  it('keeps the per-asset and per-link daily rollups equal to counts over the raw events', async () => {
    // A day of this file's visits, beats and downloads, plus one of the next day and an outside number.
    const asset = await shareableAsset();
    const { token } = await makeLink(tmm, asset.id);
    const browser = visitor(token, 'Rollup browser');
    expect((await browser.view()).status).toBe(200);
    at(minutes(24 * 60 + 5));
    const visit = await browser.visit();
    expect(visit.status, JSON.stringify(visit.body)).toBe(200);
    at(minutes(24 * 60 + 5) + seconds(12));
    expect((await browser.beat(visit.body.visitId)).status).toBe(200);
    await recordEngagement(t.db, {
      asset_id: asset.id,
      source: 'outside',
      kind: 'outside',
      quantity: 250,
      occurred_at: t.clock.now,
    });
    expect(await rollupMismatches()).toBe(0);
    const daily = await t.db
      .selectFrom('engagement_daily')
      .select(['source', 'kind', 'events', 'seconds'])
      .where('asset_id', '=', asset.id)
      .orderBy('kind')
      .execute();
    expect(daily.map((row) => [row.source, row.kind, Number(row.events)])).toEqual([
      ['share_link', 'beat', 1],
      ['outside', 'outside', 250],
      ['share_link', 'visit', 1],
    ]);
    expect(Number(daily.find((row) => row.kind === 'beat')?.seconds)).toBeGreaterThan(0);
  });

  it('are built again from the raw events alone, the same as kept event by event', async () => {
    const before = await t.db
      .selectFrom('engagement_daily')
      .selectAll()
      .orderBy(['asset_id', 'source', 'kind', 'day'])
      .execute();
    // An event written straight into the table (as the benchmark's generator does) has no rollup yet.
    const asset = await shareableAsset();
    await t.db
      .insertInto('engagement_events')
      .values({
        asset_id: asset.id,
        source: 'showcase',
        kind: 'view',
        occurred_at: new Date('2030-05-05T12:00:00Z'),
      })
      .execute();
    expect(await rollupMismatches()).toBe(1);
    expect(await weeklyRollupMismatches()).toBe(2); // its week's sums, and the week itself
    await rebuildEngagementRollups(t.db);
    expect(await rollupMismatches()).toBe(0);
    expect(await weeklyRollupMismatches()).toBe(0);
    const after = await t.db
      .selectFrom('engagement_daily')
      .selectAll()
      .orderBy(['asset_id', 'source', 'kind', 'day'])
      .execute();
    expect(after.filter((row) => row.asset_id !== asset.id)).toEqual(before);
    expect(
      after.filter((row) => row.asset_id === asset.id).map((row) => [row.kind, Number(row.events)]),
    ).toEqual([['view', 1]]);
  });
});
