import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/app.ts';
import { testDatabaseKind } from '../../../test/database.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

describe('health and readiness', () => {
  it('answers /healthz while the process is up', async () => {
    const response = await t.anonymous().get('/healthz');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('answers /readyz once the database is reachable and migrated, naming the engine', async () => {
    const response = await t.anonymous().get('/readyz');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ready', database: testDatabaseKind });
  });

  it('answers /readyz with 503 once shutdown has begun, so a load balancer stops sending, while /healthz stays up', async () => {
    let stopping = false;
    const instance = await createTestContext({ draining: () => stopping });
    try {
      expect((await instance.anonymous().get('/readyz')).status).toBe(200);
      stopping = true;
      const response = await instance.anonymous().get('/readyz');
      expect(response.status).toBe(503);
      expect(response.body.error.code).toBe('not_ready');
      expect(response.body.error.message).toContain('shutting down');
      expect(response.headers.get('connection')).toBe('close');
      expect((await instance.anonymous().get('/healthz')).status).toBe(200);
    } finally {
      await instance.close();
    }
  });
});

describe('OpenAPI document and reference', () => {
  it('serves an OpenAPI 3.1 document describing every API route with its access rule', async () => {
    const response = await t.anonymous().get('/api/openapi.json');
    expect(response.status).toBe(200);
    expect(response.body.openapi).toBe('3.1.0');
    const operations = Object.values(response.body.paths as Record<string, Record<string, any>>).flatMap(
      (item) => Object.values(item),
    );
    expect(operations.length).toBeGreaterThan(20);
    for (const operation of operations) {
      expect(operation['x-access'], operation.summary).toMatch(/^(public|signed-in|[a-z]+\.[a-z]+)$/);
      expect(operation.summary).toBeTruthy();
    }
    expect(
      response.body.paths['/api/settings/terms'].post.requestBody.content['application/json'].schema
        .properties,
    ).toHaveProperty('kind');
  });

  it('serves a browsable API reference with its assets from this server', async () => {
    const page = await t.app.request('/api/docs');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('/api/docs/assets/swagger-ui-bundle.js');
    const init = await t.app.request('/api/docs/init.js');
    expect(await init.text()).toContain('/api/openapi.json');
    const bundle = await t.app.request('/api/docs/assets/swagger-ui-bundle.js');
    expect(bundle.status).toBe(200);
  });
});

describe('error model', () => {
  it('answers unknown API paths with a JSON 404 and a request id', async () => {
    const response = await t.anonymous().get('/api/nothing-here');
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('not_found');
    expect(response.body.error.requestId).toBe(response.headers.get('x-request-id'));
  });

  it('answers malformed JSON with 400 malformed_json', async () => {
    const response = await t.anonymous().request('POST', '/api/auth/sign-in', '{"email": ');
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('malformed_json');
  });

  it('answers a body over 1 MiB with 413', async () => {
    const response = await t
      .anonymous()
      .post('/api/auth/sign-in', { email: 'a@b.test', password: 'x'.repeat(1_100_000) });
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe('payload_too_large');
  });

  it('turns an unexpected failure into a 500 with a request id and no stack trace', async () => {
    const logs: string[] = [];
    const broken = await createTestContext({ logs });
    const client = await broken.as('admin');
    await broken.database.close();
    const response = await client.get('/api/settings/terms');
    expect(response.status).toBe(500);
    expect(response.body.error.code).toBe('internal');
    const requestId = response.body.error.requestId;
    expect(requestId).toMatch(/[0-9a-f-]{36}/);
    expect(JSON.stringify(response.body)).not.toMatch(/at .*\.(ts|js):\d+/);
    const logged = logs.map((line) => JSON.parse(line)).find((entry) => entry.msg === 'unexpected error');
    expect(logged.requestId).toBe(requestId);
    expect(logged.err.stack).toBeTruthy();
  });
});

describe('security headers', () => {
  it('pins base, form targets and plugins in the CSP and turns off device APIs', async () => {
    const response = await t.anonymous().get('/healthz');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).toContain("object-src 'none'");
    const policy = response.headers.get('permissions-policy') ?? '';
    expect(policy).toContain('camera=()');
    expect(policy).toContain('geolocation=()');
  });

  it('keeps API answers out of caches, the session answer with its CSRF token included', async () => {
    const admin = await t.as('admin');
    const session = await admin.get('/api/auth/session');
    expect(session.body.csrfToken).toBeTruthy();
    expect(session.headers.get('cache-control')).toBe('no-store');
    expect((await t.anonymous().get('/api/auth/session')).headers.get('cache-control')).toBe('no-store');
  });

  it('sends HSTS over HTTPS only', async () => {
    expect(
      (await t.app.request('http://showcase.test/healthz')).headers.get('strict-transport-security'),
    ).toBeNull();
    const secure = await t.app.request('https://showcase.test/healthz');
    expect(secure.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    const proxied = await t.app.request('http://showcase.test/healthz', {
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(proxied.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
  });
});
