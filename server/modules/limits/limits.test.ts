import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/app.ts';
import { createTestAsset, TEST_PASSWORD, testTermId } from '../../../test/factories.ts';
import { localMailbox } from '../../../test/mailbox.ts';
import { createApp } from '../../app.ts';
import { envSchema } from '../../env.ts';
import { rateLimits, removeEndedRateLimits } from './limits.service.ts';

/** A local SMTP server standing in for the mail service (email codes are really sent). */
const mailbox = localMailbox();

let t: TestContext;
/** A second instance of Showcase on the same database: its own app, the same rows. */
let other: ReturnType<typeof createApp>;
let env: Record<string, string>;
const T0 = new Date('2026-11-20T10:00:00Z');

beforeAll(async () => {
  const port = await mailbox.start();
  env = { SHOWCASE_SMTP_URL: `smtp://127.0.0.1:${port}`, SHOWCASE_MAIL_FROM: 'Showcase <s@example.test>' };
  t = await createTestContext({ env });
  t.clock.now = T0;
  other = createApp({
    database: t.database,
    env: envSchema.parse({ LOG_LEVEL: 'silent', ...env }),
    logger: pino({ level: 'silent' }),
    storage: t.storage,
    now: () => t.clock.now,
  });
});
afterAll(async () => {
  await t.close();
  await mailbox.close();
});

/** A call from one client address (as the socket gives it) to one of the two instances. */
function call(
  path: string,
  body: unknown,
  options: { ip?: string; app?: ReturnType<typeof createApp>; headers?: Record<string, string> } = {},
) {
  const app = options.app ?? t.app;
  return app.request(
    path,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...options.headers },
      body: JSON.stringify(body),
    },
    {
      incoming: {
        socket: { remoteAddress: options.ip ?? '203.0.113.10', remotePort: 40_000, remoteFamily: 'IPv4' },
      },
    },
  );
}

async function expectLimited(response: Response, windowMs: number) {
  expect(response.status).toBe(429);
  const body = (await response.json()) as { error: { code: string; message: string; requestId: string } };
  expect(body.error.code).toBe('too_many_requests');
  expect(body.error.message).toMatch(/try again in/);
  expect(body.error.requestId).toBeTruthy();
  const retryAfter = Number(response.headers.get('retry-after'));
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(windowMs / 1000);
}

/** Moves the app clock to the start of the next window of `windowMs`. */
function nextWindow(windowMs: number) {
  t.clock.now = new Date((Math.floor(t.clock.now.getTime() / windowMs) + 1) * windowMs);
}

async function shareLink(input: Record<string, unknown>) {
  const tmm = await t.as('tmm');
  const asset = await createTestAsset(t.db, {
    status: 'published',
    visibility: 'external',
    safeToShare: true,
    primaryUrl: 'https://files.example.test/guide.pdf',
    formatId: await testTermId(t.db, 'format'),
  });
  const response = await tmm.post(`/api/assets/${asset.id}/share-links`, {
    name: 'For Acme',
    audience: 'account',
    accountName: 'Acme',
    recipients: [],
    ...input,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return new URL(response.body.url as string).pathname.replace('/s/', '');
}

describe('rate limits', () => {
  it('limits password changes per account, across instances, until the window ends', async () => {
    const { windowMs, limit } = rateLimits.passwordChange;
    const user = await t.as('viewer');
    const bystander = await t.as('viewer');
    const wrong = { currentPassword: 'not my password', newPassword: 'a brand new password' };
    const headers = { cookie: user.cookie as string, 'x-csrf-token': user.csrfToken as string };
    for (let n = 0; n < limit; n++) {
      const response = await call('/api/account/password', wrong, { headers, app: n % 2 ? other : t.app });
      expect(response.status).toBe(422);
    }
    // The right password is refused too now, and from the other instance.
    const right = { currentPassword: TEST_PASSWORD, newPassword: 'a brand new password' };
    await expectLimited(await call('/api/account/password', right, { headers, app: other }), windowMs);
    await expectLimited(await call('/api/account/password', right, { headers }), windowMs);
    // Another account is not limited by it.
    expect((await bystander.post('/api/account/password', right)).status).toBe(200);
    nextWindow(windowMs);
    expect((await call('/api/account/password', right, { headers })).status).toBe(200);
  });

  it('limits passcode tries per link and client address, counted by both instances', async () => {
    const { windowMs, limit } = rateLimits.sharePasscode;
    const token = await shareLink({ passcode: 'open sesame' });
    const path = `/api/shared/${token}/passcode`;
    const right = { passcode: 'open sesame' };
    for (let n = 0; n < limit; n++)
      expect((await call(path, right, { app: n % 2 ? other : t.app })).status).toBe(200);
    await expectLimited(await call(path, right), windowMs);
    await expectLimited(await call(path, right, { app: other }), windowMs);
    // Another address, or the same address on another link, is counted apart.
    expect((await call(path, right, { ip: '203.0.113.11' })).status).toBe(200);
    const otherToken = await shareLink({ passcode: 'open sesame' });
    expect((await call(`/api/shared/${otherToken}/passcode`, right)).status).toBe(200);
    nextWindow(windowMs);
    expect((await call(path, right)).status).toBe(200);
  });

  it('limits email codes asked for and checked per link and client address', async () => {
    const token = await shareLink({ emailGate: true });
    const ask = rateLimits.shareEmailCode;
    for (let n = 0; n < ask.limit; n++) {
      const response = await call(
        `/api/shared/${token}/email`,
        { email: `person${n}@acme.test` },
        {
          app: n % 2 ? other : t.app,
        },
      );
      expect(response.status).toBe(200);
    }
    await expectLimited(await call(`/api/shared/${token}/email`, { email: 'late@acme.test' }), ask.windowMs);

    // Checking codes has its own count: the asks above did not use it up.
    const check = rateLimits.shareEmailVerify;
    const verify = `/api/shared/${token}/email/verify`;
    for (let n = 0; n < check.limit; n++) {
      const response = await call(
        verify,
        { email: 'nobody@acme.test', code: '123456' },
        {
          app: n % 2 ? other : t.app,
        },
      );
      expect(response.status).toBe(422);
    }
    await expectLimited(await call(verify, { email: 'nobody@acme.test', code: '123456' }), check.windowMs);
    nextWindow(Math.max(ask.windowMs, check.windowMs));
    expect((await call(verify, { email: 'nobody@acme.test', code: '123456' })).status).toBe(422);
    expect((await call(`/api/shared/${token}/email`, { email: 'late@acme.test' })).status).toBe(200);
  });

  it('limits share-page visits and beats together per link and client address', async () => {
    const { windowMs, limit } = rateLimits.shareEvents;
    nextWindow(windowMs);
    const token = await shareLink({});
    const visit = await call(`/api/shared/${token}/visits`, {});
    expect(visit.status).toBe(200);
    const { visitId } = (await visit.json()) as { visitId: string };
    for (let n = 1; n < limit; n++) {
      const response = await call(`/api/shared/${token}/beats`, { visitId }, { app: n % 2 ? other : t.app });
      expect(response.status).toBe(200);
    }
    await expectLimited(await call(`/api/shared/${token}/beats`, { visitId }), windowMs);
    await expectLimited(await call(`/api/shared/${token}/visits`, {}, { app: other }), windowMs);
    expect((await call(`/api/shared/${token}/visits`, {}, { ip: '2001:db8::1' })).status).toBe(200);
    nextWindow(windowMs);
    expect((await call(`/api/shared/${token}/beats`, { visitId })).status).toBe(200);
  });

  it('counts calls made at once on two instances one by one: exactly the limit gets through', async () => {
    const { limit } = rateLimits.shareEmailVerify;
    const token = await shareLink({ emailGate: true });
    const responses = await Promise.all(
      Array.from({ length: limit + 10 }, (_, n) =>
        call(
          `/api/shared/${token}/email/verify`,
          { email: 'racer@acme.test', code: '123456' },
          {
            app: n % 2 ? other : t.app,
            ip: '198.51.100.77',
          },
        ),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 422)).toHaveLength(limit);
    expect(statuses.filter((status) => status === 429)).toHaveLength(10);
  });

  it('stores digests, never the address, and the hourly cleanup removes ended windows', async () => {
    const rows = await t.db.selectFrom('rate_limits').selectAll().execute();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.key).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(row)).not.toContain('203.0.113');
    }
    const current = rows.filter((row) => row.window_end.getTime() >= t.clock.now.getTime()).length;
    const removed = await removeEndedRateLimits({ db: t.db, now: t.clock.now });
    expect(removed).toBe(rows.length - current);
    expect(removed).toBeGreaterThan(0);
    expect(await t.db.selectFrom('rate_limits').selectAll().execute()).toHaveLength(current);
  });
});
