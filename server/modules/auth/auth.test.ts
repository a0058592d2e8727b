import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/app.ts';
import { createTestUser, TEST_PASSWORD } from '../../../test/factories.ts';
import { removeExpiredSignIns, signInDelayMs } from './auth.service.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

describe('sign-in and sessions', () => {
  it('signs in with email and password, setting an httpOnly SameSite session cookie', async () => {
    const user = await createTestUser(t.db, { role: 'requester', email: 'Mixed.Case@Example.test' });
    const client = t.anonymous();
    const response = await client.signIn('mixed.case@example.test');
    expect(response.status).toBe(200);
    expect(response.body.user).toMatchObject({ id: user.id, role: 'requester' });
    expect(response.body.user).not.toHaveProperty('passwordHash');
    expect(response.body.csrfToken).toHaveLength(32);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/showcase_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const session = await client.get('/api/auth/session');
    expect(session.status).toBe(200);
    expect(session.body.user.email).toBe('mixed.case@example.test');
  });

  it('refuses a wrong password and an unknown email with the same answer', async () => {
    const user = await createTestUser(t.db);
    const wrong = await t.anonymous().signIn(user.email, 'not the password');
    const unknown = await t.anonymous().signIn('nobody@example.test', 'not the password');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.error.message).toBe(unknown.body.error.message);
  });

  it('signs out: the cookie stops working', async () => {
    const client = await t.as('viewer');
    expect((await client.post('/api/auth/sign-out')).status).toBe(200);
    expect((await client.get('/api/auth/session')).status).toBe(401);
  });

  it('expires sessions after the configured number of days', async () => {
    const client = await t.as('viewer');
    const start = t.clock.now;
    t.clock.now = new Date(start.getTime() + 15 * 86_400_000);
    try {
      expect((await client.get('/api/auth/session')).status).toBe(401);
    } finally {
      t.clock.now = start;
    }
  });

  it('slows down repeated failed sign-ins for one email, and lets the right password in once the wait is over', async () => {
    const user = await createTestUser(t.db);
    const client = t.anonymous();
    for (let attempt = 0; attempt < 5; attempt++)
      expect((await client.signIn(user.email, 'wrong password')).status).toBe(401);
    const blocked = await client.signIn(user.email);
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('too_many_attempts');
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    const start = t.clock.now;
    t.clock.now = new Date(start.getTime() + 16_000);
    try {
      expect((await client.signIn(user.email)).status).toBe(200);
    } finally {
      t.clock.now = start;
    }
  });

  it('doubles the wait with each further failure, capped at 15 minutes', () => {
    expect([4, 5, 6, 7, 20].map((n) => signInDelayMs(n))).toEqual([0, 15_000, 30_000, 60_000, 900_000]);
    // Failures from everywhere only slow an account down, capped at a minute: never a lock-out.
    expect([29, 30, 31, 40].map((n) => signInDelayMs(n, 'account'))).toEqual([0, 15_000, 30_000, 60_000]);
  });
});

/** Signs in as if from a client at `ip` (the address the server sees on the socket). */
function signInFrom(ip: string, email: string, password: string) {
  return t.app.request(
    '/api/auth/sign-in',
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    },
    { incoming: { socket: { remoteAddress: ip, remotePort: 40_000, remoteFamily: 'IPv4' } } },
  );
}

describe('sign-in throttle', () => {
  it('counts parallel wrong passwords one by one, and a right one cannot wipe the record early', async () => {
    const user = await createTestUser(t.db);
    const guesses = await Promise.all(
      Array.from({ length: 10 }, () => signInFrom('198.51.100.7', user.email, 'wrong password')),
    );
    const statuses = guesses.map((response) => response.status).sort();
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429, 429, 429]);
    expect((await signInFrom('198.51.100.7', user.email, TEST_PASSWORD)).status).toBe(429);
    expect((await signInFrom('198.51.100.7', user.email, 'wrong again')).status).toBe(429);
  });

  it('slows the address that guessed, not the account for everyone (the admin included)', async () => {
    const user = await createTestUser(t.db, { role: 'admin' });
    for (let attempt = 0; attempt < 5; attempt++)
      expect((await signInFrom('203.0.113.9', user.email, 'wrong password')).status).toBe(401);
    expect((await signInFrom('203.0.113.9', user.email, TEST_PASSWORD)).status).toBe(429);
    expect((await signInFrom('192.0.2.44', user.email, TEST_PASSWORD)).status).toBe(200);
  });

  it('limits one address guessing across many accounts', async () => {
    const emails = Array.from({ length: 21 }, (_, index) => `sprayed-${index}@example.test`);
    for (const email of emails.slice(0, 20))
      expect((await signInFrom('198.51.100.99', email, 'Winter2026!')).status).toBe(401);
    const blocked = await signInFrom('198.51.100.99', emails[20] as string, 'Winter2026!');
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await signInFrom('198.51.100.100', emails[20] as string, 'Winter2026!')).status).toBe(401);
  });

  it('forgets failed sign-ins a day after they happened, in the hourly cleanup', async () => {
    const start = t.clock.now;
    const count = async (email: string) =>
      Number(
        (
          await t.db
            .selectFrom('sign_in_failures')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('email', '=', email)
            .executeTakeFirstOrThrow()
        ).n,
      );
    try {
      t.clock.now = new Date(start.getTime() - 2 * 86_400_000);
      await signInFrom('198.51.100.201', 'old-guess@example.test', 'wrong password');
      t.clock.now = new Date(start.getTime() - 3_600_000);
      await signInFrom('198.51.100.202', 'recent-guess@example.test', 'wrong password');
    } finally {
      t.clock.now = start;
    }
    expect(await count('old-guess@example.test')).toBe(1);
    const removed = await removeExpiredSignIns({ db: t.db, now: start });
    expect(removed.failures).toBeGreaterThanOrEqual(1);
    expect(await count('old-guess@example.test')).toBe(0);
    expect(await count('recent-guess@example.test')).toBe(1);
  });

  it('waits by the app clock alone', async () => {
    const user = await createTestUser(t.db);
    const start = t.clock.now;
    try {
      // The app clock runs an hour behind the database's: its failures must still count.
      t.clock.now = new Date(Date.now() - 3_600_000);
      for (let attempt = 0; attempt < 5; attempt++)
        expect((await signInFrom('198.51.100.20', user.email, 'wrong password')).status).toBe(401);
      expect((await signInFrom('198.51.100.20', user.email, TEST_PASSWORD)).status).toBe(429);
      t.clock.now = new Date(t.clock.now.getTime() + 16_000);
      expect((await signInFrom('198.51.100.20', user.email, TEST_PASSWORD)).status).toBe(200);
    } finally {
      t.clock.now = start;
    }
  });
});

describe('CSRF protection', () => {
  it('refuses a cookie-authenticated write without the session CSRF token', async () => {
    const client = await t.as('admin');
    const token = client.csrfToken;
    client.csrfToken = undefined;
    const refused = await client.patch('/api/account', { name: 'No token' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('csrf_failed');
    const wrong = await client.request(
      'PATCH',
      '/api/account',
      { name: 'Wrong' },
      { 'x-csrf-token': 'forged' },
    );
    expect(wrong.status).toBe(403);
    client.csrfToken = token;
    expect((await client.patch('/api/account', { name: 'With token' })).status).toBe(200);
  });
});

describe('passwords', () => {
  it('changes the password after checking the current one, and signs out other sessions', async () => {
    const user = await createTestUser(t.db, { role: 'tmm' });
    const here = t.anonymous();
    const elsewhere = t.anonymous();
    await here.signIn(user.email);
    await elsewhere.signIn(user.email);
    const wrong = await here.post('/api/account/password', {
      currentPassword: 'nope',
      newPassword: 'a brand new password',
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.fields).toEqual({ currentPassword: 'is wrong' });
    const short = await here.post('/api/account/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'short',
    });
    expect(short.status).toBe(422);
    expect(short.body.error.fields).toHaveProperty('newPassword');
    const ok = await here.post('/api/account/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'a brand new password',
    });
    expect(ok.status).toBe(200);
    expect((await here.get('/api/auth/session')).status).toBe(200);
    expect((await elsewhere.get('/api/auth/session')).status).toBe(401);
    expect((await t.anonymous().signIn(user.email, TEST_PASSWORD)).status).toBe(401);
    expect((await t.anonymous().signIn(user.email, 'a brand new password')).status).toBe(200);
  });
});

describe('passwords and API tokens', () => {
  it('revokes every API token of the account when its password changes', async () => {
    const user = await createTestUser(t.db, { role: 'tmm' });
    const here = t.anonymous();
    await here.signIn(user.email);
    const token = await here.post('/api/account/tokens', { name: 'Made with the old password' });
    const script = t.anonymous();
    script.bearer = token.body.token;
    expect((await script.get('/api/auth/session')).status).toBe(200);
    const changed = await here.post('/api/account/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'another new password',
    });
    expect(changed.status).toBe(200);
    expect((await script.get('/api/auth/session')).status).toBe(401);
    expect((await here.get('/api/account/tokens')).body.tokens).toEqual([]);
    expect((await here.get('/api/auth/session')).status).toBe(200);
  });
});

describe('personal API tokens', () => {
  it('are shown once, stored hashed, act with the owner role without CSRF, and stop when revoked', async () => {
    const owner = await t.as('tmm');
    const created = await owner.post('/api/account/tokens', { name: 'Release script', expiresInDays: 30 });
    expect(created.status).toBe(201);
    const secret: string = created.body.token;
    expect(secret).toMatch(/^sc_/);
    expect(created.body.apiToken.prefix).toBe(secret.slice(0, 10));
    const stored = await t.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('id', '=', created.body.apiToken.id)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(secret);
    const listed = await owner.get('/api/account/tokens');
    expect(JSON.stringify(listed.body)).not.toContain(secret);

    const script = t.anonymous();
    script.bearer = secret;
    const session = await script.get('/api/auth/session');
    expect(session.body.user.role).toBe('tmm');
    expect(session.body.via).toBe('token');
    expect((await script.patch('/api/account', { name: 'Renamed by script' })).status).toBe(200);
    expect((await script.post('/api/settings/teams', { name: 'Not allowed' })).status).toBe(403);

    expect((await owner.delete(`/api/account/tokens/${created.body.apiToken.id}`)).status).toBe(200);
    const revoked = await script.get('/api/auth/session');
    expect(revoked.status).toBe(401);
    expect(revoked.body.error.code).toBe('unauthenticated');
  });

  it('cannot be revoked by someone else, and expire', async () => {
    const owner = await t.as('viewer');
    const other = await t.as('viewer');
    const created = await owner.post('/api/account/tokens', { name: 'Short-lived', expiresInDays: 1 });
    expect((await other.delete(`/api/account/tokens/${created.body.apiToken.id}`)).status).toBe(404);
    const script = t.anonymous();
    script.bearer = created.body.token;
    expect((await script.get('/api/auth/session')).status).toBe(200);
    const start = t.clock.now;
    t.clock.now = new Date(start.getTime() + 2 * 86_400_000);
    try {
      expect((await script.get('/api/auth/session')).status).toBe(401);
    } finally {
      t.clock.now = start;
    }
  });
});
