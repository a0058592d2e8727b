import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, createTestContext, type TestContext } from './app.ts';

/**
 * Text the database cannot store (a NUL character, a lone UTF-16 surrogate) is refused at the
 * schema boundary with a 422 naming the field, on every endpoint that reads text — never a 500.
 */
let t: TestContext;
let admin: ApiClient;
beforeAll(async () => {
  t = await createTestContext();
  admin = await t.as('admin');
});
afterAll(() => t.close());

const someId = '00000000-0000-4000-8000-000000000000';
const valid = { kind: 'solution', name: 'Fine' };

/** Each case: where the text goes, and the field the 422 must name. */
const cases: { method: string; path: string; body: (text: string) => unknown; field: string }[] = [
  { method: 'PATCH', path: '/api/account', body: (s) => ({ name: s }), field: 'name' },
  { method: 'POST', path: '/api/account/tokens', body: (s) => ({ name: s }), field: 'name' },
  {
    method: 'POST',
    path: '/api/account/password',
    body: (s) => ({ currentPassword: 'x', newPassword: `long enough ${s}` }),
    field: 'newPassword',
  },
  {
    method: 'POST',
    path: '/api/users',
    body: (s) => ({ email: 'a@b.example', name: s, role: 'viewer' }),
    field: 'name',
  },
  { method: 'PATCH', path: `/api/users/${someId}`, body: (s) => ({ name: s }), field: 'name' },
  {
    method: 'POST',
    path: '/api/settings/terms',
    body: (s) => ({ ...valid, description: s }),
    field: 'description',
  },
  { method: 'PATCH', path: `/api/settings/terms/${someId}`, body: (s) => ({ name: s }), field: 'name' },
  { method: 'POST', path: '/api/settings/teams', body: (s) => ({ name: s }), field: 'name' },
  {
    method: 'POST',
    path: '/api/settings/team-members',
    body: (s) => ({ userId: someId, title: s }),
    field: 'title',
  },
  { method: 'PATCH', path: '/api/settings/workspace', body: (s) => ({ name: s }), field: 'name' },
  { method: 'POST', path: '/api/assets', body: (s) => ({ title: s }), field: 'title' },
  { method: 'PATCH', path: `/api/assets/${someId}`, body: (s) => ({ body: s }), field: 'body' },
  { method: 'PATCH', path: `/api/assets/${someId}`, body: (s) => ({ tags: ['ok', s] }), field: 'tags.1' },
  {
    method: 'PATCH',
    path: `/api/assets/${someId}`,
    body: (s) => ({ links: [{ kind: 'other', url: 'https://example.com', label: s }] }),
    field: 'links.0.label',
  },
  {
    method: 'PATCH',
    path: `/api/assets/${someId}`,
    body: (s) => ({ primaryUrl: `https://a.example/${s}` }),
    field: 'primaryUrl',
  },
  {
    method: 'POST',
    path: '/api/assets/import',
    body: (s) => ({ rows: [{ title: s }] }),
    field: 'rows.0.title',
  },
  {
    method: 'POST',
    path: '/api/assets/import/gitlab',
    body: (s) => ({ kind: 'resources', content: s }),
    field: 'content',
  },
  {
    method: 'POST',
    path: '/api/lists',
    body: (s) => ({ name: 'List', description: s }),
    field: 'description',
  },
  {
    method: 'POST',
    path: '/api/requests',
    body: (s) => ({ title: s, deliverableTypeId: someId, businessGoal: 'Goal', teamId: someId }),
    field: 'title',
  },
  { method: 'POST', path: `/api/requests/${someId}/comments`, body: (s) => ({ body: s }), field: 'body' },
  {
    method: 'POST',
    path: `/api/requests/${someId}/transitions`,
    body: (s) => ({ to: 'triage', reason: s }),
    field: 'reason',
  },
  { method: 'POST', path: '/api/catalogue/stages', body: (s) => ({ name: s }), field: 'name' },
  {
    method: 'PATCH',
    path: `/api/catalogue/features/${someId}`,
    body: (s) => ({ description: s }),
    field: 'description',
  },
  {
    method: 'POST',
    path: '/api/releases/import',
    body: (s) => ({ format: 'json', version: '1.0', files: [{ name: 'a.json', content: s }] }),
    field: 'files.0.content',
  },
  { method: 'PUT', path: `/api/demos/${someId}`, body: (s) => ({ environment: s }), field: 'environment' },
  { method: 'POST', path: `/api/flags/${someId}/dismiss`, body: (s) => ({ reason: s }), field: 'reason' },
];

/** Any text with at least one NUL or unpaired surrogate somewhere in it. */
const unstorable = fc
  .tuple(
    fc.string({ maxLength: 20 }),
    fc.constantFrom('\u0000', '\ud800', '\udbff', '\udc00', '\udfff'),
    fc.string({ maxLength: 20 }),
  )
  .map(([before, bad, after]) => `${before}${bad}${after}`)
  // A surrogate right after a high one, or right before a low one, would pair up into valid text.
  .filter((text) => !text.isWellFormed() || text.includes('\u0000'));

describe('text the database cannot store', () => {
  it.each(cases)('$method $path refuses it in $field with a 422', async ({ method, path, body, field }) => {
    await fc.assert(
      fc.asyncProperty(unstorable, async (text) => {
        const response = await admin.request(method, path, body(text));
        expect(response.status, JSON.stringify(response.body)).toBe(422);
        expect(response.body.error.fields).toHaveProperty([field]);
      }),
      { numRuns: 8 },
    );
  });

  it('refuses a lone surrogate sent as a JSON escape', async () => {
    const response = await admin.request('POST', '/api/assets', '{"title":"\\ud800"}');
    expect(response.status).toBe(422);
    expect(response.body.error.fields).toHaveProperty(['title']);
  });

  it('refuses a NUL in a query parameter', async () => {
    const response = await admin.get('/api/assets?q=bad%00word');
    expect(response.status).toBe(422);
    expect(response.body.error.fields).toHaveProperty(['q']);
  });

  it('still takes paired surrogates (emoji) and other control characters', async () => {
    const response = await admin.post('/api/settings/teams', { name: 'Team 🚀\u0001' });
    expect(response.status).toBe(201);
    expect(response.body.name).toBe('Team 🚀\u0001');
  });
});
