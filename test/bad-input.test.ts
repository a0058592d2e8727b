import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from './app.ts';

let t: TestContext;
let admin: Awaited<ReturnType<TestContext['as']>>;
beforeAll(async () => {
  t = await createTestContext();
  admin = await t.as('admin');
});
afterAll(() => t.close());

const someId = '00000000-0000-4000-8000-000000000000';

/** Each case: a request that must be refused with 422, and the fields the error must name. */
const cases: { name: string; method: string; path: string; body: unknown; fields: string[] }[] = [
  { name: 'missing fields', method: 'POST', path: '/api/users', body: {}, fields: ['email', 'name', 'role'] },
  {
    name: 'wrong types and an invalid enum',
    method: 'POST',
    path: '/api/users',
    body: { email: 42, name: true, role: 'superuser' },
    fields: ['email', 'name', 'role'],
  },
  {
    name: 'an unknown field',
    method: 'POST',
    path: '/api/settings/teams',
    body: { name: 'Ok', isAdmin: true },
    fields: ['isAdmin'],
  },
  {
    name: 'an oversized name and a negative budget',
    method: 'POST',
    path: '/api/settings/teams',
    body: { name: 'x'.repeat(500), quarterlyBudget: -3 },
    fields: ['name', 'quarterlyBudget'],
  },
  {
    name: 'a fractional capacity and a malformed id',
    method: 'POST',
    path: '/api/settings/team-members',
    body: { userId: 'not-an-id', quarterlyCapacity: 2.5 },
    fields: ['userId', 'quarterlyCapacity'],
  },
  {
    name: 'an unknown term kind and a blank name',
    method: 'POST',
    path: '/api/settings/terms',
    body: { kind: 'planet', name: '   ' },
    fields: ['kind', 'name'],
  },
  {
    name: 'a malformed element inside a list',
    method: 'PUT',
    path: '/api/settings/terms/order',
    body: { kind: 'deliverable_type', ids: [someId, 'nope'] },
    fields: ['ids.1'],
  },
  {
    name: 'an invalid query parameter',
    method: 'GET',
    path: '/api/settings/terms?kind=galaxy',
    body: undefined,
    fields: ['kind'],
  },
  {
    name: 'a nested unknown setting',
    method: 'PATCH',
    path: '/api/settings/workspace',
    body: { settings: { reviewSlaBusinessDays: 0, colour: 'red' } },
    fields: ['settings.reviewSlaBusinessDays', 'settings.colour'],
  },
  {
    name: 'a version number beyond a database integer',
    method: 'POST',
    path: `/api/assets/${someId}/versions/2147483648/restore`,
    body: {},
    fields: ['version'],
  },
  {
    name: 'a version number that is not a whole number',
    method: 'POST',
    path: `/api/assets/${someId}/versions/1.5/restore`,
    body: {},
    fields: ['version'],
  },
  {
    name: 'a page offset beyond its bound',
    method: 'GET',
    path: '/api/assets?offset=99999999999',
    body: undefined,
    fields: ['offset'],
  },
  {
    name: 'a click-through hotspot outside the image and a script address',
    method: 'PATCH',
    path: `/api/demos/${someId}/click-through/steps/${someId}`,
    body: { hotspot: { x: 0.8, y: 0, w: 0.5, h: 0.1 }, cta: { text: 'Go', url: 'javascript:alert(1)' } },
    fields: ['hotspot', 'cta.url'],
  },
  {
    name: 'redaction boxes of an unknown style',
    method: 'POST',
    path: `/api/demos/${someId}/click-through/steps/${someId}/redactions`,
    body: { redactions: [{ x: 0, y: 0, w: 0.1, h: 0.1, style: 'pixelate' }] },
    fields: ['redactions.0.style'],
  },
  {
    name: 'a weak password on a new account',
    method: 'POST',
    path: '/api/users',
    body: { email: 'weak@example.test', name: 'Weak', role: 'viewer', password: 'short' },
    fields: ['password'],
  },
];

describe('bad input', () => {
  for (const testCase of cases) {
    it(`refuses ${testCase.name} with 422 naming each field`, async () => {
      const response = await admin.request(testCase.method, testCase.path, testCase.body);
      expect(response.status).toBe(422);
      expect(response.body.error.code).toBe('validation_failed');
      expect(Object.keys(response.body.error.fields).sort()).toEqual([...testCase.fields].sort());
      // The sentence a person reads names fields in words, never by their camelCase keys.
      expect(response.body.error.message).not.toMatch(/\b[a-z]+[A-Z]\w*|Invalid field/);
    });
  }

  it('names a field in the words people use', async () => {
    const one = await admin.post('/api/settings/teams', { name: 'Budgeted', quarterlyBudget: -3 });
    expect(one.status).toBe(422);
    expect(one.body.error.fields).toHaveProperty('quarterlyBudget');
    expect(one.body.error.message).toMatch(/^Quarterly budget /);
    const many = await admin.post('/api/settings/team-members', {
      userId: 'not-an-id',
      quarterlyCapacity: 2.5,
    });
    expect(many.body.error.message).toBe('Check these fields: User, Quarterly capacity');
  });

  it('answers a malformed record id in the URL as a missing record, by its name', async () => {
    for (const [method, path, body, message] of [
      ['PATCH', '/api/settings/terms/12', { name: 'Fine' }, 'Term not found'],
      ['GET', '/api/requests/17', undefined, 'Request not found'],
      ['GET', '/api/requests/abc/comments', undefined, 'Request not found'],
      ['GET', '/api/assets/nope/versions', undefined, 'Asset not found'],
      ['DELETE', '/api/settings/team-members/x', undefined, 'Team member not found'],
    ] as const) {
      const response = await admin.request(method, path, body);
      expect(response.status, path).toBe(404);
      expect(response.body.error).toMatchObject({ code: 'not_found', message });
      expect(response.body.error.fields).toBeUndefined();
    }
    // A missing record with a well-formed id reads the same way.
    const missing = await admin.get(`/api/requests/${someId}`);
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toBe('Request not found');
  });

  it('refuses a body that is not JSON', async () => {
    const response = await admin.request('POST', '/api/settings/teams', 'name=Sales', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(response.status).toBe(415);
    expect(response.body.error.code).toBe('unsupported_media_type');
    expect(response.body.error.requestId).toBeTruthy();
  });

  it('loses nothing already stored when an update is refused', async () => {
    const before = (await admin.get('/api/settings/teams')).body.teams;
    const target = before[0];
    const refused = await admin.patch(`/api/settings/teams/${target.id}`, {
      name: '',
      quarterlyBudget: 'lots',
    });
    expect(refused.status).toBe(422);
    const clash = await admin.patch(`/api/settings/teams/${target.id}`, { name: before[1].name });
    expect(clash.status).toBe(409);
    expect((await admin.get('/api/settings/teams')).body.teams).toEqual(before);
  });
});

describe('configuration checked at boot', () => {
  it('lists every bad environment variable and exits non-zero', () => {
    const result = spawnSync(process.execPath, ['server/main.ts'], {
      env: {
        PATH: process.env.PATH,
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        SHOWCASE_ADMIN_PASSWORD: 'short',
        LOG_LEVEL: 'loud',
        SHOWCASE_METRICS_TOKEN: 'short',
        SHOWCASE_SHUTDOWN_SECONDS: '0',
      },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    for (const name of [
      'PORT',
      'DATABASE_URL',
      'SHOWCASE_ADMIN_PASSWORD',
      'LOG_LEVEL',
      'SHOWCASE_METRICS_TOKEN',
      'SHOWCASE_SHUTDOWN_SECONDS',
    ])
      expect(result.stderr).toContain(name);
  });
});
