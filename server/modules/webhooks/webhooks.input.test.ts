import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, type ApiResponse, createTestContext, type TestContext } from '../../../test/app.ts';

/**
 * Whatever arrives at the webhook routes, the answer is a 2xx or a 4xx naming what was wrong,
 * never a 500: empty changes, text the database cannot store, huge strings and numbers, wrong
 * types, bad URLs and bad ids.
 */
let t: TestContext;
let admin: ApiClient;
let hookId = '';
const unknownId = '00000000-0000-4000-8000-000000000000';
const good = {
  name: 'Fuzzed',
  url: 'https://hooks.example.com/services/T0/B0/x',
  events: ['request.created'],
};

beforeAll(async () => {
  t = await createTestContext();
  admin = await t.as('admin');
  const created = await admin.post('/api/settings/webhooks', good);
  expect(created.status).toBe(201);
  hookId = created.body.id;
});
afterAll(() => t.close());

/** Text with a NUL or an unpaired surrogate in it. */
const unstorable = fc
  .tuple(
    fc.string({ maxLength: 10 }),
    fc.constantFrom('\u0000', '\ud800', '\udbff', '\udc00', '\udfff'),
    fc.string({ maxLength: 10 }),
  )
  .map(([before, bad, after]) => `${before}${bad}${after}`)
  .filter((text) => !text.isWellFormed() || text.includes('\u0000'));

const badUrls = fc.constantFrom(
  'file:///etc/passwd',
  'javascript:alert(1)',
  'ftp://files.example.com/',
  'http://',
  'http://exa mple.com/',
  'https://hooks.example.com/\u0000',
  'http://[::1',
  'http://localhost:99999/',
  '//hooks.example.com/x',
  'hooks.example.com',
  'http://127.0.0.1/',
  'http://[::ffff:127.0.0.1]/',
  'http://0x7f.1/',
  'http://169.254.169.254/latest/meta-data/',
  'http://[fe80::1]/',
  'http://192.168.0.1:8080/hook',
  `https://hooks.example.com/${'a'.repeat(3000)}`,
);

/** Anything JSON can carry, weighted towards what breaks servers. */
const hostile: fc.Arbitrary<unknown> = fc.oneof(
  unstorable,
  badUrls,
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', ' ', 'x'.repeat(200_000), '\u202e', '🚀'.repeat(1000)),
  fc.constantFrom(2 ** 31, 2 ** 53, -1, 1e308, -0, 0.5, Number.MAX_SAFE_INTEGER + 2),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(unstorable, fc.integer(), fc.constantFrom('request.created', 'nope', null)), {
    maxLength: 5,
  }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }),
  fc.webUrl(),
);

/** A body: some known fields (hostile or fine) and now and then one nobody knows. */
const bodyOf = (fields: string[]) =>
  fc.dictionary(fc.constantFrom(...fields, 'secret', 'id', '__proto__'), fc.oneof(hostile, hostile), {
    maxKeys: 4,
  });

const hostileIds = fc.oneof(
  fc.constant(unknownId),
  fc.constant(null).map(() => hookId),
  fc.constantFrom('not-a-uuid', '%00', '..%2f..%2fetc', '1'.repeat(5000), '%ED%A0%80', '-1', '1e308'),
  fc.string({ maxLength: 20 }).map(encodeURIComponent),
);

function expectNamed(response: ApiResponse, what: string) {
  expect(response.status, `${what} → ${JSON.stringify(response.body)?.slice(0, 300)}`).toBeLessThan(500);
  if (response.status === 422) {
    expect(Object.keys(response.body.error.fields ?? {}).length, what).toBeGreaterThan(0);
  }
}

describe('webhook routes with hostile input', () => {
  it('answers an empty change with the webhook as it is, like other edits', async () => {
    const before = (await admin.get('/api/settings/webhooks')).body.webhooks.find(
      (hook: { id: string }) => hook.id === hookId,
    );
    const empty = await admin.patch(`/api/settings/webhooks/${hookId}`, {});
    expect(empty.status).toBe(200);
    expect(empty.body).toEqual(before);
    expect((await admin.patch(`/api/settings/webhooks/${unknownId}`, {})).status).toBe(404);
  });

  it.each([
    ['POST', '/api/settings/webhooks', 'name', (s: string) => ({ ...good, name: s })],
    ['POST', '/api/settings/webhooks', 'url', (s: string) => ({ ...good, url: `https://a.example/${s}` })],
    ['PATCH', '/api/settings/webhooks/{id}', 'name', (s: string) => ({ name: s })],
    ['PATCH', '/api/settings/webhooks/{id}', 'url', (s: string) => ({ url: `https://a.example/${s}` })],
    ['PUT', '/api/settings/webhooks/allowed-hosts', 'hosts.1', (s: string) => ({ hosts: ['ok.example', s] })],
  ] as const)(
    '%s %s refuses unstorable text in %s with a 422 naming it',
    async (method, path, field, body) => {
      await fc.assert(
        fc.asyncProperty(unstorable, async (text) => {
          const response = await admin.request(method, path.replace('{id}', hookId), body(text));
          expect(response.status, JSON.stringify(response.body)).toBe(422);
          expect(response.body.error.fields).toHaveProperty([field]);
        }),
        { numRuns: 10 },
      );
    },
  );

  it('never answers a 500 to hostile bodies on any webhook route', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          bodyOf(['name', 'url', 'events']).map((body) => ['POST', '/api/settings/webhooks', body] as const),
          fc
            .tuple(hostileIds, bodyOf(['name', 'url', 'events', 'active']))
            .map(([id, body]) => ['PATCH', `/api/settings/webhooks/${id}`, body] as const),
          bodyOf(['hosts']).map((body) => ['PUT', '/api/settings/webhooks/allowed-hosts', body] as const),
          fc
            .tuple(hostile)
            .map(([hosts]) => ['PUT', '/api/settings/webhooks/allowed-hosts', { hosts }] as const),
          hostile.map((body) => ['POST', '/api/settings/webhooks', body] as const),
        ),
        async ([method, path, body]) => {
          expectNamed(
            await admin.request(method, path, body),
            `${method} ${path} ${JSON.stringify(body)?.slice(0, 200)}`,
          );
        },
      ),
      { numRuns: 150 },
    );
    // The webhook the edits landed on is still readable, and so is the list.
    expect((await admin.get('/api/settings/webhooks')).status).toBe(200);
    await admin.put('/api/settings/webhooks/allowed-hosts', { hosts: [] });
  });

  it('never answers a 500 to hostile ids, raw bodies or wrong content', async () => {
    await fc.assert(
      fc.asyncProperty(hostileIds, async (id) => {
        for (const [method, path] of [
          ['PATCH', `/api/settings/webhooks/${id}`],
          ['DELETE', `/api/settings/webhooks/${id}`],
          ['GET', `/api/settings/webhooks/${id}/deliveries`],
          ['POST', `/api/settings/webhooks/${id}/secret`],
        ] as const) {
          // Never delete the webhook the other cases use.
          if (method === 'DELETE' && id === hookId) continue;
          expectNamed(
            await admin.request(method, path, method === 'PATCH' ? { active: true } : undefined),
            path,
          );
        }
      }),
      { numRuns: 30 },
    );
    for (const raw of [
      '',
      'null',
      '[]',
      '"text"',
      '12',
      '{"name":',
      '{"name":"\\ud800"}',
      '{"url":"\\u0000"}',
    ]) {
      for (const [method, path] of [
        ['POST', '/api/settings/webhooks'],
        ['PATCH', `/api/settings/webhooks/${hookId}`],
        ['PUT', '/api/settings/webhooks/allowed-hosts'],
      ] as const)
        expectNamed(await admin.request(method, path, raw), `${method} ${path} ${raw}`);
    }
    expectNamed(
      await admin.request('POST', '/api/settings/webhooks', 'name=x', { 'content-type': 'text/plain' }),
      'text body',
    );
    expect((await admin.get(`/api/settings/webhooks/${unknownId}/deliveries`)).status).toBe(404);
  });
});
