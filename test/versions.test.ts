import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveExpiredAssets } from '../server/modules/library/library.service.ts';
import { runOverdueDigest } from '../server/modules/requests/requests.service.ts';
import { type ApiClient, type ApiResponse, createTestContext, type TestContext } from './app.ts';
import { createTestAsset, createTestDemo, createTestRequest } from './factories.ts';

/**
 * Optimistic concurrency on every editable record (server/db/versions.ts, server/http/versions.ts):
 * reads carry the version as an ETag and a field, a write with a stale If-Match changes nothing
 * and answers 412 with the record as it is now, two writes from the same version never both win,
 * writes without If-Match still work, and background work does not count as an edit.
 */
let t: TestContext;
let admin: ApiClient;

beforeAll(async () => {
  t = await createTestContext();
  admin = await t.as('admin');
});
afterAll(() => t.close());

let counter = 0;
const unique = () => `${Date.now().toString(36)}-${++counter}`;

/** One kind of record: how to make one, write a value into it, and read it back. */
interface Kind {
  name: string;
  create(): Promise<string>;
  write(id: string, value: string, headers?: Record<string, string>): Promise<ApiResponse>;
  /** The stored record as its read presents it (and, where there is one, as its list shows it). */
  read(id: string): Promise<{ version: number; value: string; etag: string | null }>;
  /** The written value inside a presented record (the 412's `current`, a write's answer). */
  valueOf(record: any): string;
}

const listed = async (path: string, key: string, id: string) => {
  const list = (await admin.get(path)).body[key] as { id: string }[];
  return list.find((entry) => entry.id === id) as any;
};

const kinds: Kind[] = [
  {
    name: 'asset',
    create: async () => (await createTestAsset(t.db)).id,
    write: (id, value, headers) => admin.request('PATCH', `/api/assets/${id}`, { summary: value }, headers),
    read: async (id) => {
      const response = await admin.get(`/api/assets/${id}`);
      return {
        version: response.body.version,
        value: response.body.summary,
        etag: response.headers.get('etag'),
      };
    },
    valueOf: (record) => record.summary,
  },
  {
    name: 'demo (storyboard and trail are saved with it)',
    create: async () => (await createTestDemo(t.db)).id,
    write: (id, value, headers) =>
      admin.request(
        'PUT',
        `/api/demos/${id}`,
        { environment: value, storyboard: { painPoints: [value], story: value, scenes: [] } },
        headers,
      ),
    read: async (id) => {
      const response = await admin.get(`/api/demos/${id}`);
      return {
        version: response.body.version,
        value: response.body.environment,
        etag: response.headers.get('etag'),
      };
    },
    valueOf: (record) => record.environment,
  },
  {
    name: 'request',
    create: async () => (await createTestRequest(t.db)).id,
    write: (id, value, headers) =>
      admin.request('PATCH', `/api/requests/${id}`, { dueDate: `2099-01-${value.slice(-2)}` }, headers),
    read: async (id) => {
      const response = await admin.get(`/api/requests/${id}`);
      return {
        version: response.body.version,
        value: response.body.dueDate,
        etag: response.headers.get('etag'),
      };
    },
    valueOf: (record) => record.dueDate,
  },
  {
    name: 'workspace settings',
    create: async () => 'workspace',
    write: (_id, value, headers) =>
      admin.request('PATCH', '/api/settings/workspace', { name: value }, headers),
    read: async () => {
      const response = await admin.get('/api/settings/workspace');
      return {
        version: response.body.version,
        value: response.body.name,
        etag: response.headers.get('etag'),
      };
    },
    valueOf: (record) => record.name,
  },
  {
    name: 'taxonomy term',
    create: async () =>
      (await admin.post('/api/settings/terms', { kind: 'persona', name: `Persona ${unique()}` })).body.id,
    write: (id, value, headers) =>
      admin.request('PATCH', `/api/settings/terms/${id}`, { description: value }, headers),
    read: async (id) => {
      const response = await admin.get(`/api/settings/terms/${id}`);
      const term = await listed('/api/settings/terms?kind=persona', 'terms', id);
      expect(term.version).toBe(response.body.version);
      return { version: term.version, value: term.description, etag: response.headers.get('etag') };
    },
    valueOf: (record) => record.description,
  },
  {
    name: 'requesting team',
    create: async () => (await admin.post('/api/settings/teams', { name: `Team ${unique()}` })).body.id,
    write: (id, value, headers) =>
      admin.request(
        'PATCH',
        `/api/settings/teams/${id}`,
        { quarterlyBudget: Number(value.slice(-2)) },
        headers,
      ),
    read: async (id) => {
      const response = await admin.get(`/api/settings/teams/${id}`);
      const team = await listed('/api/settings/teams', 'teams', id);
      expect(team.version).toBe(response.body.version);
      return {
        version: team.version,
        value: String(team.quarterlyBudget),
        etag: response.headers.get('etag'),
      };
    },
    valueOf: (record) => String(record.quarterlyBudget),
  },
  {
    name: 'catalogue item',
    create: async () => (await admin.post('/api/catalogue/stages', { name: `Stage ${unique()}` })).body.id,
    write: (id, value, headers) =>
      admin.request('PATCH', `/api/catalogue/stages/${id}`, { description: value }, headers),
    read: async (id) => {
      const response = await admin.get(`/api/catalogue/stages/${id}`);
      const stages = (await admin.get('/api/catalogue')).body.stages as { id: string }[];
      const stage = stages.find((entry) => entry.id === id) as any;
      expect(stage.version).toBe(response.body.version);
      return { version: stage.version, value: stage.description, etag: response.headers.get('etag') };
    },
    valueOf: (record) => record.item.description,
  },
  {
    name: 'webhook subscription',
    create: async () =>
      (
        await admin.post('/api/settings/webhooks', {
          name: `Hook ${unique()}`,
          url: 'https://hooks.example.test/showcase',
          events: ['request.created'],
        })
      ).body.id,
    write: (id, value, headers) =>
      admin.request('PATCH', `/api/settings/webhooks/${id}`, { name: value }, headers),
    read: async (id) => {
      const response = await admin.get(`/api/settings/webhooks/${id}`);
      const hook = await listed('/api/settings/webhooks', 'webhooks', id);
      expect(hook.version).toBe(response.body.version);
      expect(response.body).not.toHaveProperty('secret');
      return { version: hook.version, value: hook.name, etag: response.headers.get('etag') };
    },
    valueOf: (record) => record.name,
  },
  {
    name: 'account',
    create: async () =>
      (
        await admin.post('/api/users', {
          email: `person-${unique()}@example.com`,
          name: 'Versioned Person',
          role: 'requester',
        })
      ).body.user.id,
    write: (id, value, headers) => admin.request('PATCH', `/api/users/${id}`, { name: value }, headers),
    read: async (id) => {
      const response = await admin.get(`/api/users/${id}`);
      const user = await listed('/api/users', 'users', id);
      expect(user.version).toBe(response.body.version);
      return { version: user.version, value: user.name, etag: response.headers.get('etag') };
    },
    valueOf: (record) => record.name,
  },
  {
    name: 'team member',
    create: async () => {
      const user = (
        await admin.post('/api/users', { email: `tmm-${unique()}@example.com`, name: 'Member', role: 'tmm' })
      ).body.user;
      return (await admin.post('/api/settings/team-members', { userId: user.id })).body.id;
    },
    write: (id, value, headers) =>
      admin.request('PATCH', `/api/settings/team-members/${id}`, { title: value }, headers),
    read: async (id) => {
      const response = await admin.get(`/api/settings/team-members/${id}`);
      const member = await listed('/api/settings/team-members', 'members', id);
      expect(member.version).toBe(response.body.version);
      return { version: member.version, value: member.title, etag: response.headers.get('etag') };
    },
    valueOf: (record) => record.title,
  },
];

/** Values that read back the same through every kind (the request's due date and the team's budget use the last two digits). */
const values = { first: 'Value 11', second: 'Value 22', third: 'Value 13', fourth: 'Value 14' };
const expectedValue = (kind: Kind, value: string) =>
  kind.name === 'request'
    ? `2099-01-${value.slice(-2)}`
    : kind.name === 'requesting team'
      ? String(Number(value.slice(-2)))
      : value;

describe.each(kinds)('$name', (kind) => {
  it('carries its version; a stale If-Match changes nothing and answers 412 with the record as it is now', async () => {
    const id = await kind.create();
    const start = await kind.read(id);
    expect(start.version).toEqual(expect.any(Number));
    expect(start.etag).toBe(`"v${start.version}"`);

    const saved = await kind.write(id, values.first, { 'if-match': `"v${start.version}"` });
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(start.version + 1);
    expect(saved.headers.get('etag')).toBe(`"v${start.version + 1}"`);

    // Someone still holding the first version saves: refused, with what is stored now.
    const stale = await kind.write(id, values.second, { 'if-match': `"v${start.version}"` });
    expect(stale.status).toBe(412);
    expect(stale.body.error.code).toBe('version_conflict');
    expect(stale.body.error.current.version).toBe(start.version + 1);
    expect(kind.valueOf(stale.body.error.current)).toBe(expectedValue(kind, values.first));
    expect(stale.headers.get('etag')).toBe(`"v${start.version + 1}"`);
    const after = await kind.read(id);
    expect(after).toMatchObject({ version: start.version + 1, value: expectedValue(kind, values.first) });
  });

  it('of two writes with the same If-Match at once, exactly one wins and the other gets 412', async () => {
    const id = await kind.create();
    const { version } = await kind.read(id);
    const ifMatch = { 'if-match': `"v${version}"` };
    const [a, b] = await Promise.all([
      kind.write(id, values.first, ifMatch),
      kind.write(id, values.second, ifMatch),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 412]);
    const winner = a.status === 200 ? values.first : values.second;
    expect(await kind.read(id)).toMatchObject({ version: version + 1, value: expectedValue(kind, winner) });
  });

  it('a write without If-Match (API clients, the CLI) still works and counts a version', async () => {
    const id = await kind.create();
    const { version } = await kind.read(id);
    const saved = await kind.write(id, values.third);
    expect(saved.status).toBe(200);
    expect(kind.valueOf(saved.body)).toBe(expectedValue(kind, values.third));
    expect(await kind.read(id)).toMatchObject({
      version: version + 1,
      value: expectedValue(kind, values.third),
    });
    // `*` means "whatever version is stored", like no If-Match at all.
    expect((await kind.write(id, values.fourth, { 'if-match': '*' })).status).toBe(200);
  });
});

describe('If-Match', () => {
  it('compares strongly: a weak or foreign tag never matches, a list matches any of its tags', async () => {
    const id = (await createTestAsset(t.db)).id;
    const { version } = (await admin.get(`/api/assets/${id}`)).body;
    const patch = (ifMatch: string) =>
      admin.request(
        'PATCH',
        `/api/assets/${id}`,
        { summary: `Summary ${unique()}` },
        { 'if-match': ifMatch },
      );
    expect((await patch(`W/"v${version}"`)).status).toBe(412);
    expect((await patch('"something-else"')).status).toBe(412);
    expect((await patch(`"v${version + 5}", "v${version}"`)).status).toBe(200);
  });

  it('a compressed read names its coding in a tag that still matches', async () => {
    const id = (await createTestAsset(t.db, { body: 'Long body. '.repeat(200) })).id;
    const read = await admin.request('GET', `/api/assets/${id}`, undefined, { 'accept-encoding': 'gzip' });
    expect(read.headers.get('content-encoding')).toBe('gzip');
    // The test client does not decompress: the version comes from a plain read.
    const { version } = (await admin.get(`/api/assets/${id}`)).body;
    expect(read.headers.get('etag')).toBe(`"v${version}-gzip"`);
    const saved = await admin.request(
      'PATCH',
      `/api/assets/${id}`,
      { summary: 'After a compressed read' },
      { 'if-match': read.headers.get('etag') as string },
    );
    expect(saved.status).toBe(200);
  });
});

describe('background work does not count as an edit', () => {
  it('views and the expiry job leave an asset’s version alone (the job still records a history entry)', async () => {
    const asset = await createTestAsset(t.db, {
      status: 'published',
      publishedOn: '2025-06-10',
      expiresOn: '2026-06-10',
      today: '2026-06-01',
    });
    const before = (await admin.get(`/api/assets/${asset.id}`)).body;
    expect((await admin.post(`/api/assets/${asset.id}/views`)).status).toBe(200);
    const archived = await archiveExpiredAssets({ db: t.db, today: '2026-06-15' });
    expect(archived.map((row) => row.id)).toContain(asset.id);
    const after = (await admin.get(`/api/assets/${asset.id}`)).body;
    expect(after).toMatchObject({
      status: 'archived',
      viewCount: before.viewCount + 1,
      version: before.version,
    });
    expect(after.historyVersion).toBe(before.historyVersion + 1);
    // So an editor who opened it before the job saves without a false conflict.
    const saved = await admin.request(
      'PATCH',
      `/api/assets/${asset.id}`,
      { title: 'Renamed after expiry' },
      { 'if-match': `"v${before.version}"` },
    );
    expect(saved.status).toBe(200);
  });

  it('the overdue digest leaves a request’s version alone', async () => {
    const filed = await createTestRequest(t.db, { now: new Date('2026-01-05T09:00:00Z') });
    const before = (await admin.get(`/api/requests/${filed.id}`)).body;
    const digest = await runOverdueDigest({ db: t.db, now: new Date('2026-03-02T09:00:00Z') });
    expect(digest.announced).toBeGreaterThan(0);
    const after = (await admin.get(`/api/requests/${filed.id}`)).body;
    expect(after.overdue).toBe(true);
    expect(after.version).toBe(before.version);
  });

  it('a release flagging a demo leaves the demo’s version alone', async () => {
    const key = `bg${unique().replace(/[^a-z0-9]/g, '')}`;
    const stage = (await admin.post('/api/catalogue/stages', { key, name: `Stage ${key}` })).body.id;
    const category = (
      await admin.post('/api/catalogue/categories', { stageId: stage, name: `${key} category` })
    ).body.id;
    const demo = await createTestDemo(t.db, { steps: [{ categoryId: category, core: true }] });
    const before = (await admin.get(`/api/demos/${demo.id}`)).body;
    const imported = await admin.post('/api/releases/import', {
      format: 'json',
      version: '99.1',
      files: [
        {
          name: '99.1.json',
          content: JSON.stringify({
            changes: [{ name: `${key} removed`, significance: 'removal', categories: `${key} category` }],
          }),
        },
      ],
      replace: true,
    });
    expect(imported.status).toBe(200);
    const after = (await admin.get(`/api/demos/${demo.id}`)).body;
    expect(after.flags.length).toBeGreaterThan(0);
    expect(after.version).toBe(before.version);
  });
});

describe('what counts as an edit', () => {
  it('a move of a request counts a version, so a field edit from before the move is refused', async () => {
    const filed = await createTestRequest(t.db);
    const before = (await admin.get(`/api/requests/${filed.id}`)).body;
    const moved = await admin.post(`/api/requests/${filed.id}/transitions`, { to: 'triage' });
    expect(moved.status).toBe(200);
    expect(moved.body.version).toBe(before.version + 1);
    expect(moved.headers.get('etag')).toBe(`"v${before.version + 1}"`);
    const stale = await admin.request(
      'PATCH',
      `/api/requests/${filed.id}`,
      { priority: 1 },
      { 'if-match': `"v${before.version}"` },
    );
    expect(stale.status).toBe(412);
    expect(stale.body.error.current).toMatchObject({ state: 'triage', priority: null });
  });

  it('adding the results (which closes the request) counts a version', async () => {
    const asset = await createTestAsset(t.db, { status: 'published' });
    const answered = await createTestRequest(t.db, { reusedAssetId: asset.id });
    const before = (await admin.get(`/api/requests/${answered.id}`)).body;
    expect(before.state).toBe('completed');
    const closed = await admin.post(`/api/requests/${answered.id}/results`, { summary: 'Used in 3 deals' });
    expect(closed.body).toMatchObject({ state: 'closed', version: before.version + 1 });
    expect(closed.headers.get('etag')).toBe(`"v${before.version + 1}"`);
  });

  it('a flag joining a demo’s open update request counts a version of that request', async () => {
    const key = `join${unique().replace(/[^a-z0-9]/g, '')}`;
    const stage = (await admin.post('/api/catalogue/stages', { key, name: `Stage ${key}` })).body.id;
    const category = (
      await admin.post('/api/catalogue/categories', { stageId: stage, name: `${key} category` })
    ).body.id;
    const demo = await createTestDemo(t.db, { steps: [{ categoryId: category, core: true }] });
    const flagOn = async (version: string) => {
      await admin.post('/api/releases/import', {
        format: 'json',
        version,
        files: [
          {
            name: `${version}.json`,
            content: JSON.stringify({
              changes: [
                { name: `${key} ${version}`, significance: 'removal', categories: `${key} category` },
              ],
            }),
          },
        ],
        replace: true,
      });
      const flags = (await admin.get(`/api/demos/${demo.id}`)).body.flags as {
        id: string;
        release: { version: string };
      }[];
      return flags.find((flag) => flag.release.version === version)?.id as string;
    };
    const filed = await admin.post(`/api/flags/${await flagOn('98.1')}/request`);
    expect(filed.status).toBe(201);
    const before = (await admin.get(`/api/requests/${filed.body.id}`)).body;
    const joined = await admin.post(`/api/flags/${await flagOn('98.2')}/request`);
    expect(joined.body).toMatchObject({ id: filed.body.id, attached: true });
    expect((await admin.get(`/api/requests/${filed.body.id}`)).body.version).toBe(before.version + 1);
  });

  it('re-verifying a demo counts a version of it (its recorded version moves)', async () => {
    const demo = await createTestDemo(t.db);
    const before = (await admin.get(`/api/demos/${demo.id}`)).body;
    expect((await admin.post(`/api/demos/${demo.id}/verify`, { productVersion: '15.2' })).status).toBe(200);
    const stale = await admin.request(
      'PUT',
      `/api/demos/${demo.id}`,
      { environment: 'stale.example.test' },
      { 'if-match': `"v${before.version}"` },
    );
    expect(stale.status).toBe(412);
    expect(stale.body.error.current).toMatchObject({ productVersion: '15.2', version: before.version + 1 });
  });

  it('restoring a version from a stale page is refused like any other save', async () => {
    const asset = await createTestAsset(t.db, { summary: 'First words.' });
    const opened = (await admin.get(`/api/assets/${asset.id}`)).body;
    await admin.patch(`/api/assets/${asset.id}`, { summary: 'Second words.' });
    const stale = await admin.request(
      'POST',
      `/api/assets/${asset.id}/versions/1/restore`,
      {},
      {
        'if-match': `"v${opened.version}"`,
      },
    );
    expect(stale.status).toBe(412);
    expect((await admin.get(`/api/assets/${asset.id}`)).body.summary).toBe('Second words.');
  });

  it('a catalogue import that changes an item counts a version of it, so an edit from before the import is refused', async () => {
    const key = `imported_${unique().replace(/-/g, '_')}`;
    const stages = (description: string) =>
      `stages:\n  ${key}:\n    display_name: Imported stage\n    description: ${description}\n`;
    const imported = await admin.post('/api/catalogue/import/gitlab', {
      stages: stages('First'),
      categories: '{}',
    });
    expect(imported.status).toBe(200);
    const stage = ((await admin.get('/api/catalogue')).body.stages as any[]).find(
      (entry) => entry.key === key,
    );
    const opened = (await admin.get(`/api/catalogue/stages/${stage.id}`)).body;
    await admin.post('/api/catalogue/import/gitlab', { stages: stages('Second'), categories: '{}' });
    const stale = await admin.request(
      'PATCH',
      `/api/catalogue/stages/${stage.id}`,
      { description: 'Mine' },
      { 'if-match': `"v${opened.version}"` },
    );
    expect(stale.status).toBe(412);
    expect(stale.body.error.current.item.description).toBe('Second');
    // An import that changes nothing is no edit.
    const now = (await admin.get(`/api/catalogue/stages/${stage.id}`)).body.version;
    await admin.post('/api/catalogue/import/gitlab', { stages: stages('Second'), categories: '{}' });
    expect((await admin.get(`/api/catalogue/stages/${stage.id}`)).body.version).toBe(now);
  });

  it('renaming yourself counts a version of your account, so an admin’s edit from before it is refused', async () => {
    const tmm = await t.as('tmm');
    const me = (await tmm.get('/api/auth/session')).body.user;
    const opened = (await admin.get(`/api/users/${me.id}`)).body;
    expect((await tmm.request('PATCH', '/api/account', { name: 'Renamed Myself' })).status).toBe(200);
    const stale = await admin.request(
      'PATCH',
      `/api/users/${me.id}`,
      { role: 'viewer' },
      { 'if-match': `"v${opened.version}"` },
    );
    expect(stale.status).toBe(412);
    expect(stale.body.error.current).toMatchObject({ name: 'Renamed Myself', role: 'tmm' });
  });

  it('the webhook allowed hosts (kept in the settings document, not shown with it) leave the workspace version alone', async () => {
    const before = (await admin.get('/api/settings/workspace')).body;
    expect(
      (await admin.put('/api/settings/webhooks/allowed-hosts', { hosts: ['hooks.internal'] })).status,
    ).toBe(200);
    expect((await admin.get('/api/settings/workspace')).body.version).toBe(before.version);
  });

  it('an If-Match too long to be a tag is refused naming the header, not answered 500', async () => {
    const id = (await createTestAsset(t.db)).id;
    const response = await admin.request(
      'PATCH',
      `/api/assets/${id}`,
      { summary: 'x' },
      {
        'if-match': `"v1", ${'"v2", '.repeat(300)}"v3"`,
      },
    );
    expect(response.status).toBe(422);
    expect(response.body.error.fields).toHaveProperty('if-match');
  });
});
