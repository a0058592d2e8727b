import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/app.ts';
import { createTestAsset, testTermId } from '../../../test/factories.ts';
import { flushShortLinkClicks } from './distribution.clicks.ts';

type Client = Awaited<ReturnType<TestContext['as']>>;
let t: TestContext;
let tmm: Client;
let admin: Client;
let viewer: Client;
let requester: Client;
let webDist: string;
const T0 = new Date('2026-11-20T10:00:00Z');
const BROWSER =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';

beforeAll(async () => {
  // A built web app of one page, so what falls through to it can be told from a 404.
  webDist = mkdtempSync(join(tmpdir(), 'showcase-web-'));
  writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Showcase</title><p>the web app</p>');
  t = await createTestContext({ webDist });
  t.clock.now = T0;
  [tmm, admin, viewer, requester] = await Promise.all([
    t.as('tmm'),
    t.as('admin'),
    t.as('viewer'),
    t.as('requester'),
  ]);
});
afterAll(async () => {
  await t.close();
  rmSync(webDist, { recursive: true, force: true });
});

const at = (ms: number) => {
  t.clock.now = new Date(T0.getTime() + ms);
};
const minutes = (m: number) => m * 60_000;

/** A GET of the path as a browser (or whatever user agent) would send it. */
const open = (path: string, userAgent = BROWSER) =>
  t.app.request(path, { headers: userAgent ? { 'user-agent': userAgent } : {} });

async function publishedAsset(overrides: Record<string, unknown> = {}) {
  return createTestAsset(t.db, {
    status: 'published',
    visibility: 'external',
    safeToShare: true,
    ...overrides,
  });
}

async function clicksOf(assetId: string) {
  await flushShortLinkClicks(t.db);
  const { rows } = await sql<{ events: number }>`
    SELECT coalesce(sum(events), 0)::int AS events FROM engagement_daily
    WHERE asset_id = ${assetId} AND source = 'short_link' AND kind = 'click'`.execute(t.db);
  return rows[0]?.events ?? 0;
}

describe('short links', () => {
  it('redirects a code made in Showcase and counts one click per client an hour, bots left out', async () => {
    at(0);
    const asset = await publishedAsset();
    const made = await tmm.post('/api/short-links', {
      assetId: asset.id,
      targetUrl: 'https://docs.example.test/guide?utm_source=linkedin',
      code: 'Guide-2026',
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    expect(made.body.url).toMatch(/\/s\/Guide-2026$/);

    const first = await open('/s/Guide-2026');
    expect(first.status).toBe(302);
    expect(first.headers.get('location')).toBe('https://docs.example.test/guide?utm_source=linkedin');
    // Codes are one whatever their case.
    expect((await open('/s/guide-2026')).status).toBe(302);
    expect(await clicksOf(asset.id)).toBe(1);

    // Link unfurlers and crawlers are redirected but not counted; nor is a request without a user agent.
    for (const bot of [
      'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)',
      'LinkedInBot/1.0 (compatible; Mozilla/5.0)',
      'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      'curl/8.5.0',
      '',
    ]) {
      expect((await open('/s/Guide-2026', bot)).status).toBe(302);
    }
    expect(await clicksOf(asset.id)).toBe(1);

    at(minutes(59));
    await open('/s/Guide-2026');
    expect(await clicksOf(asset.id)).toBe(1);
    await open('/s/Guide-2026', `${BROWSER} Edg/131.0`);
    expect(await clicksOf(asset.id)).toBe(2);
    at(minutes(61) + minutes(59));
    await open('/s/Guide-2026');
    expect(await clicksOf(asset.id)).toBe(3);

    const list = await tmm.get(`/api/assets/${asset.id}/short-links`);
    expect(list.body.shortLinks).toEqual([expect.objectContaining({ code: 'Guide-2026', clicks: 3 })]);
    // The insights measure reads the same rollup.
    const insights = await tmm.get('/api/insights?from=2026-11-20&to=2026-11-20');
    expect(insights.body.totals.shortLinkClicks).toBeGreaterThanOrEqual(3);
    // No address is stored: only a salted hash of the day.
    const { rows } = await sql<{ visitor_hash: string }>`
      SELECT visitor_hash FROM engagement_events WHERE short_link_id = ${made.body.id}`.execute(t.db);
    expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.visitor_hash))).toBe(true);
  });

  it('counts a client once when its clicks arrive together, even across two flushes at once', async () => {
    at(0);
    const asset = await publishedAsset();
    await tmm.post('/api/short-links', { assetId: asset.id, targetUrl: 'https://t.test/', code: 'together' });
    // Ten clicks of one browser in the same millisecond: one click.
    const responses = await Promise.all(Array.from({ length: 10 }, () => open('/s/together')));
    expect(responses.every((response) => response.status === 302)).toBe(true);
    expect(await clicksOf(asset.id)).toBe(1);
    // A second browser whose clicks land in two batches written at the same time: still one.
    const other = `${BROWSER} Firefox/133.0`;
    await open('/s/together', other);
    const first = flushShortLinkClicks(t.db);
    await open('/s/together', other);
    await Promise.all([first, flushShortLinkClicks(t.db)]);
    expect(await clicksOf(asset.id)).toBe(2);
    // Every stored click is one event with its rollup: the counts agree.
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM engagement_events WHERE asset_id = ${asset.id} AND source = 'short_link'`.execute(
      t.db,
    );
    expect(rows[0]?.n).toBe(2);
  });

  it('never redirects anywhere but a stored target: hostile paths and unknown codes reach the web app', async () => {
    at(0);
    const asset = await publishedAsset();
    await tmm.post('/api/short-links', {
      assetId: asset.id,
      targetUrl: 'https://example.test/',
      code: 'safe',
    });
    for (const path of [
      '/s//evil.com',
      '/s/%2F%2Fevil.com',
      '/s/%5C%5Cevil.com',
      '/s/https:%2F%2Fevil.com',
      '/s/evil.com',
      '/s/safe/..%2F..%2Fevil.com',
      '/s/safe/extra',
      '/s/no-such-code',
      '/s/',
    ]) {
      const response = await open(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('location'), path).toBeNull();
      expect(await response.text()).toContain('the web app');
    }
    // The query never reaches the Location header.
    const withQuery = await open('/s/safe?next=https://evil.com&url=//evil.com');
    expect(withQuery.status).toBe(302);
    expect(withQuery.headers.get('location')).toBe('https://example.test/');
    // A share link's page (a 43-character token) is still the web app's.
    expect((await open(`/s/${'A'.repeat(43)}`)).status).toBe(200);
  });

  it('refuses bad input by field: targets, codes, duplicates, unknown asset', async () => {
    const asset = await publishedAsset();
    const bad = async (body: Record<string, unknown>, field: string, status = 422) => {
      const response = await tmm.post('/api/short-links', {
        assetId: asset.id,
        targetUrl: 'https://ok.test/',
        ...body,
      });
      expect(response.status, JSON.stringify(response.body)).toBe(status);
      expect(Object.keys(response.body.error.fields ?? {})).toContain(field);
    };
    await bad({ targetUrl: 'javascript:alert(1)' }, 'targetUrl');
    await bad({ targetUrl: '//evil.com' }, 'targetUrl');
    await bad({ targetUrl: 'ftp://files.test/x' }, 'targetUrl');
    await bad({ code: 'api' }, 'code');
    await bad({ code: 'Settings' }, 'code');
    await bad({ code: 'a/b' }, 'code');
    await bad({ code: '..' }, 'code');
    await bad({ code: 'x'.repeat(33) }, 'code');
    await bad({ assetId: '00000000-0000-4000-8000-000000000000' }, 'assetId');
    await bad({ assetId: 'nope' }, 'assetId');
    expect(
      (await tmm.post('/api/short-links', { assetId: asset.id, targetUrl: 'https://a.test/', code: 'Taken' }))
        .status,
    ).toBe(201);
    await bad({ code: 'taken' }, 'code', 409);

    const generated = await tmm.post('/api/short-links', { assetId: asset.id, targetUrl: 'https://b.test/' });
    expect(generated.body.code).toMatch(/^[a-z2-9]{7}$/);
    const changed = await tmm.patch(`/api/short-links/${generated.body.id}`, {
      targetUrl: 'https://c.test/',
    });
    expect(changed.body.targetUrl).toBe('https://c.test/');
    expect((await open(`/s/${generated.body.code}`)).headers.get('location')).toBe('https://c.test/');
    expect((await tmm.delete(`/api/short-links/${generated.body.id}`)).status).toBe(200);
    expect((await open(`/s/${generated.body.code}`)).status).toBe(200);
  });

  it('lets only library editors make, change and list short links', async () => {
    const asset = await publishedAsset();
    for (const client of [viewer, requester]) {
      const response = await client.post('/api/short-links', {
        assetId: asset.id,
        targetUrl: 'https://x.test/',
      });
      expect(response.status).toBe(403);
      expect((await client.get(`/api/assets/${asset.id}/short-links`)).status).toBe(403);
    }
    expect(
      (await admin.post('/api/short-links', { assetId: asset.id, targetUrl: 'https://x.test/' })).status,
    ).toBe(201);
  });
});

describe('publishing checklists and the distribution checklist', () => {
  const demoVideo = () => testTermId(t.db, 'format', 'Demo video');

  it('refuses to publish a demo video with required items open, naming checklist, until they are ticked', async () => {
    const asset = await createTestAsset(t.db, { formatId: await demoVideo(), listIds: undefined });
    const list = (await tmm.post('/api/lists', { name: `Demos ${asset.id.slice(0, 6)}` })).body;
    const publish = () => tmm.patch(`/api/assets/${asset.id}`, { status: 'published', listIds: [list.id] });
    const refused = await publish();
    expect(refused.status).toBe(422);
    expect(refused.body.error.fields.checklist).toMatch(/7 required item\(s\) open: Script reviewed/);

    const checklist = (await tmm.get(`/api/assets/${asset.id}/publishing-checklist`)).body;
    expect(checklist.formatName).toBe('Demo video');
    expect(checklist.items.map((item: { label: string }) => item.label)).toContain('Captions');
    for (const item of checklist.items.slice(0, -1)) {
      const ticked = await tmm.put(`/api/assets/${asset.id}/publishing-checklist/${item.id}`, { done: true });
      expect(ticked.status).toBe(200);
    }
    expect((await publish()).body.error.fields.checklist).toMatch(
      /1 required item\(s\) open: Added to the demo playlist/,
    );
    const last = checklist.items.at(-1);
    await tmm.put(`/api/assets/${asset.id}/publishing-checklist/${last.id}`, { done: true });
    expect((await publish()).status).toBe(200);

    // Publishing opened the distribution checklist: every default channel, to do.
    const distribution = (await tmm.get(`/api/assets/${asset.id}/distribution`)).body;
    expect(distribution.open).toBe(true);
    expect(distribution.rows.map((row: { channelName: string }) => row.channelName)).toEqual([
      'Docs related topics',
      'Forum',
      'Reddit',
      'dev.to',
      'LinkedIn',
      'X',
      'Mastodon',
      'Sales library',
      'Team announcement',
    ]);
    const linkedin = distribution.rows.find((row: { channelName: string }) => row.channelName === 'LinkedIn');
    const done = await tmm.put(`/api/assets/${asset.id}/distribution/${linkedin.channelId}`, {
      status: 'done',
      url: 'https://www.linkedin.com/posts/lumenstack-1',
    });
    expect(done.status).toBe(200);
    expect(
      done.body.rows.find((row: { channelId: string }) => row.channelId === linkedin.channelId),
    ).toMatchObject({
      status: 'done',
      url: 'https://www.linkedin.com/posts/lumenstack-1',
      doneOn: t.clock.now.toISOString().slice(0, 10),
      doneBy: { id: tmm.userId },
    });
    const badUrl = await tmm.put(`/api/assets/${asset.id}/distribution/${linkedin.channelId}`, {
      status: 'done',
      url: 'javascript:alert(1)',
    });
    expect(badUrl.status).toBe(422);
    expect(badUrl.body.error.fields).toHaveProperty('url');
    expect((await viewer.get(`/api/assets/${asset.id}/distribution`)).status).toBe(403);
  });

  it('lets a TMM publish with items open when they say why, and records it', async () => {
    const asset = await createTestAsset(t.db, { formatId: await demoVideo() });
    const list = (await tmm.post('/api/lists', { name: `Override ${asset.id.slice(0, 6)}` })).body;
    const tooShort = await tmm.patch(`/api/assets/${asset.id}`, {
      status: 'published',
      listIds: [list.id],
      checklistOverride: ' ',
    });
    expect(tooShort.status).toBe(422);
    expect(tooShort.body.error.fields).toHaveProperty('checklistOverride');
    const published = await tmm.patch(`/api/assets/${asset.id}`, {
      status: 'published',
      listIds: [list.id],
      checklistOverride: 'Launch day: captions follow tomorrow',
    });
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    expect(published.body.status).toBe('published');
    const checklist = (await tmm.get(`/api/assets/${asset.id}/publishing-checklist`)).body;
    expect(checklist.overrides).toEqual([
      expect.objectContaining({
        reason: 'Launch day: captions follow tomorrow',
        by: expect.objectContaining({ id: tmm.userId }),
        openItems: expect.arrayContaining(['Captions', 'Thumbnail']),
      }),
    ]);
  });

  it('leaves formats without required items alone, and lets admins edit the checklists', async () => {
    const report = await testTermId(t.db, 'format', 'Report');
    const formats = (await tmm.get('/api/settings/publishing-checklists')).body.formats;
    expect(formats.find((f: { formatName: string }) => f.formatName === 'Demo video').items).toHaveLength(7);
    expect((await tmm.put(`/api/settings/publishing-checklists/${report}`, { items: [] })).status).toBe(403);
    const bad = await admin.put(`/api/settings/publishing-checklists/${report}`, { items: [{ label: '' }] });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.error.fields)).toContain('items.0.label');
    const unknown = await admin.put(
      '/api/settings/publishing-checklists/00000000-0000-4000-8000-000000000000',
      {
        items: [],
      },
    );
    expect(unknown.status).toBe(404);
    const set = await admin.put(`/api/settings/publishing-checklists/${report}`, {
      items: [{ label: 'Numbers checked by analyst relations' }, { label: 'Pull quote', required: false }],
    });
    expect(set.body.items).toEqual([
      expect.objectContaining({ label: 'Numbers checked by analyst relations', required: true }),
      expect.objectContaining({ label: 'Pull quote', required: false }),
    ]);
    const asset = await createTestAsset(t.db, { formatId: report });
    const list = (await tmm.post('/api/lists', { name: `Reports ${asset.id.slice(0, 6)}` })).body;
    const refused = await tmm.patch(`/api/assets/${asset.id}`, { status: 'published', listIds: [list.id] });
    expect(refused.body.error.fields.checklist).toMatch(/1 required item\(s\) open: Numbers checked/);
    // Kept items keep their id (and so their ticks) when the list is saved again.
    const again = await admin.put(`/api/settings/publishing-checklists/${report}`, {
      items: [{ id: set.body.items[0].id, label: 'Numbers checked', required: false }],
    });
    expect(again.body.items).toEqual([
      { id: set.body.items[0].id, label: 'Numbers checked', required: false },
    ]);
    expect(
      (await tmm.patch(`/api/assets/${asset.id}`, { status: 'published', listIds: [list.id] })).status,
    ).toBe(200);
  });

  it('keeps the channels in the settings: admins edit, in-use channels are archived rather than deleted', async () => {
    const made = await admin.post('/api/settings/distribution-channels', {
      name: 'Hacker News',
      utmSource: 'hackernews',
      utmMedium: 'community',
    });
    expect(made.status).toBe(201);
    expect((await tmm.post('/api/settings/distribution-channels', { name: 'Nope' })).status).toBe(403);
    const bad = await admin.post('/api/settings/distribution-channels', {
      name: '',
      utmSource: 'x'.repeat(201),
    });
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['name', 'utmSource']);
    const duplicate = await admin.post('/api/settings/distribution-channels', { name: 'hacker news' });
    expect(duplicate.status).toBe(409);
    const asset = await publishedAsset();
    await tmm.get(`/api/assets/${asset.id}/distribution`);
    await tmm.put(`/api/assets/${asset.id}/distribution/${made.body.id}`, { status: 'skipped' });
    expect((await admin.delete(`/api/settings/distribution-channels/${made.body.id}`)).status).toBe(409);
    const archived = await admin.patch(`/api/settings/distribution-channels/${made.body.id}`, {
      archived: true,
    });
    expect(archived.body.archived).toBe(true);
    // Found by the fuzzer: an edit naming no field was a 500; it answers the channel unchanged.
    const unchanged = await admin.patch(`/api/settings/distribution-channels/${made.body.id}`, {});
    expect(unchanged.status).toBe(200);
    expect(unchanged.body).toEqual(archived.body);
    const missing = await admin.patch(
      '/api/settings/distribution-channels/00000000-0000-4000-8000-000000000000',
      {},
    );
    expect(missing.status).toBe(404);
    const fresh = await admin.post('/api/settings/distribution-channels', { name: 'Unused' });
    expect((await admin.delete(`/api/settings/distribution-channels/${fresh.body.id}`)).status).toBe(200);
  });
});

describe('UTM templates and the announcement', () => {
  it('saves templates per channel for editors only', async () => {
    const channels = (await tmm.get('/api/settings/distribution-channels')).body.channels;
    const reddit = channels.find((c: { name: string }) => c.name === 'Reddit');
    const saved = await tmm.post('/api/utm-templates', {
      channelId: reddit.id,
      name: 'r/devops launch',
      campaign: 'launch',
      source: 'reddit',
      medium: 'social',
      content: 'devops',
    });
    expect(saved.status).toBe(201);
    expect((await requester.post('/api/utm-templates', { channelId: reddit.id, name: 'x' })).status).toBe(
      403,
    );
    const bad = await tmm.post('/api/utm-templates', { channelId: 'nope', name: '' });
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['channelId', 'name']);
    const list = await tmm.get(`/api/utm-templates?channelId=${reddit.id}`);
    expect(list.body.templates).toEqual([
      expect.objectContaining({ name: 'r/devops launch', content: 'devops' }),
    ]);
    expect((await tmm.delete(`/api/utm-templates/${saved.body.id}`)).status).toBe(200);
  });

  it('writes the announcement with the short links and posts it to subscribed webhooks', async () => {
    const asset = await publishedAsset({
      formatId: await testTermId(t.db, 'format', 'Blog post'),
      title: 'Pipelines that explain themselves',
    });
    const channels = (await tmm.get('/api/settings/distribution-channels')).body.channels;
    const linkedin = channels.find((c: { name: string }) => c.name === 'LinkedIn');
    await tmm.post('/api/short-links', {
      assetId: asset.id,
      targetUrl: 'https://blog.example.test/pipelines?utm_source=linkedin',
      code: 'pipelines-li',
      channelId: linkedin.id,
    });
    const text = (await tmm.get(`/api/assets/${asset.id}/announcement`)).body;
    expect(text.text).toMatch(
      /^Blog post published: Pipelines that explain themselves\n\nLinkedIn: http.*\/s\/pipelines-li$/,
    );
    expect(text.webhooks).toBe(0);
    expect((await tmm.post(`/api/assets/${asset.id}/announcement`)).body.queued).toBe(0);

    await admin.put('/api/settings/webhooks/allowed-hosts', { hosts: ['127.0.0.1'] });
    const hook = await admin.post('/api/settings/webhooks', {
      name: 'Team channel',
      url: 'http://127.0.0.1:9/announce',
      events: ['asset.announced'],
    });
    expect(hook.status, JSON.stringify(hook.body)).toBe(201);
    const posted = await tmm.post(`/api/assets/${asset.id}/announcement`);
    expect(posted.body.queued).toBe(1);
    const { rows } = await sql<{ payload: { text: string; data: { assetId: string } } }>`
      SELECT payload FROM webhook_deliveries WHERE webhook_id = ${hook.body.id}`.execute(t.db);
    expect(rows[0]?.payload.text).toBe(text.text);
    expect(rows[0]?.payload.data.assetId).toBe(asset.id);

    const draft = await createTestAsset(t.db);
    expect((await tmm.get(`/api/assets/${draft.id}/announcement`)).status).toBe(409);
    expect((await viewer.post(`/api/assets/${asset.id}/announcement`)).status).toBe(403);
  });
});
