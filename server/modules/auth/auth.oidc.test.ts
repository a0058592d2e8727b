import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/app.ts';
import { createTestUser, TEST_PASSWORD } from '../../../test/factories.ts';
import {
  finishSso,
  ProviderBrowser,
  startSso,
  startTestProvider,
  TEST_OIDC_CLIENT,
  type TestProvider,
} from '../../../test/oidc.ts';
import { envSchema } from '../../env.ts';
import { updateUser } from '../users/users.service.ts';

const logs: string[] = [];
/** Why the last refused sign-in was refused, as the server logged it. */
function lastRefusal(): string {
  const line = logs.findLast((entry) => entry.includes('single sign-on refused'));
  return line ? (JSON.parse(line) as { detail: string }).detail : '';
}
let provider: TestProvider;
let otherProvider: TestProvider;
/** JIT on for example.test, roles from groups. */
let t: TestContext;
/** SSO only with a break-glass admin, no JIT, no role map (roles stay Showcase's). */
let strict: TestContext;
/** No single sign-on configured. */
let plain: TestContext;
/** Roles from groups, JIT off, no domain rule: for the last-admin guard. */
let solo: TestContext;

const roleMap = 'marketing-admins=admin,tmm=tmm,sales=viewer';
const oidcEnv = (issuer: string) => ({
  SHOWCASE_PUBLIC_URL: TEST_OIDC_CLIENT.publicUrl,
  SHOWCASE_OIDC_ISSUER: issuer,
  SHOWCASE_OIDC_CLIENT_ID: TEST_OIDC_CLIENT.clientId,
  SHOWCASE_OIDC_CLIENT_SECRET: TEST_OIDC_CLIENT.clientSecret,
  SHOWCASE_OIDC_NAME: 'Lumenstack ID',
});

beforeAll(async () => {
  provider = await startTestProvider();
  otherProvider = await startTestProvider();
  t = await createTestContext({
    logs,
    env: {
      ...oidcEnv(provider.issuer),
      SHOWCASE_OIDC_ROLE_MAP: roleMap,
      SHOWCASE_OIDC_ALLOWED_DOMAINS: 'example.test',
      SHOWCASE_OIDC_JIT: 'true',
    },
  });
  strict = await createTestContext({
    env: {
      ...oidcEnv(provider.issuer),
      SHOWCASE_SSO_ONLY: 'true',
      SHOWCASE_BREAK_GLASS_EMAIL: 'Break-Glass@example.test',
    },
  });
  plain = await createTestContext();
  solo = await createTestContext({ env: { ...oidcEnv(provider.issuer), SHOWCASE_OIDC_ROLE_MAP: roleMap } });
  // Someone else stays admin, so a demotion by groups never meets the last-admin guard.
  await createTestUser(t.db, { role: 'admin' });
}, 60_000);
afterAll(async () => {
  await Promise.all([t?.close(), strict?.close(), plain?.close(), solo?.close()]);
  await Promise.all([provider?.close(), otherProvider?.close()]);
});

/** A person at the provider with a fresh subject and email. */
function person(
  at: TestProvider,
  claims: { email?: string; email_verified?: boolean; name?: string; groups?: string[] } = {},
) {
  const subject = randomUUID();
  const email = `sso-${subject.slice(0, 8)}@example.test`;
  at.accounts.set(subject, { email, email_verified: true, name: 'Sam Example', groups: ['tmm'], ...claims });
  return { subject, email: claims.email ?? email };
}

async function signInWithSso(context: TestContext, subject: string, next?: string) {
  const client = context.anonymous();
  const attempt = await startSso(client, subject, { next });
  return { client, attempt, result: await finishSso(client, attempt) };
}

describe('single sign-on (OpenID Connect)', () => {
  it('starts the code flow with PKCE, state and nonce, keeping them in a signed HttpOnly cookie', async () => {
    const start = await t.anonymous().get('/api/auth/oidc/start');
    expect(start.status).toBe(302);
    const url = new URL(start.headers.get('location') as string);
    expect(url.origin).toBe(provider.issuer);
    expect(url.searchParams.get('response_type')).toBe('code');
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('redirect_uri')).toBe('http://localhost:3000/api/auth/oidc/callback');
    expect(url.searchParams.get('scope')).toBe('openid email profile');
    for (const name of ['state', 'nonce', 'code_challenge']) expect(url.searchParams.get(name)).toBeTruthy();
    const cookie = start.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^showcase_oidc=[^;]+\.[^;]+;/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/Max-Age=600/);
    expect(cookie).toMatch(/Path=\/api\/auth\/oidc\/callback/);
  });

  it('signs a new person in with the normal session, creating the account with the role their groups give', async () => {
    const { subject, email } = person(provider, { groups: ['sales', 'tmm', 'unrelated'] });
    const { client, result } = await signInWithSso(t, subject, '/library?q=demo');
    expect(result).toMatchObject({ status: 302, location: '/library?q=demo', signedIn: true, error: null });
    const session = await client.get('/api/auth/session');
    expect(session.status).toBe(200);
    expect(session.body.user).toMatchObject({ email, name: 'Sam Example', role: 'tmm' });
    // The session is the app's normal one: writes need its CSRF token.
    expect((await client.patch('/api/account', { name: 'Sam E.' })).status).toBe(200);
    expect(
      (await client.request('PATCH', '/api/account', { name: 'x' }, { 'x-csrf-token': 'wrong' })).status,
    ).toBe(403);
  });

  it('re-reads the groups at every sign-in: a group change changes the role, no mapped group refuses', async () => {
    const { subject } = person(provider, { groups: ['marketing-admins'] });
    const first = await signInWithSso(t, subject);
    expect((await first.client.get('/api/auth/session')).body.user.role).toBe('admin');

    provider.accounts.set(subject, { ...provider.accounts.get(subject), groups: ['sales'] });
    const second = await signInWithSso(t, subject);
    expect(second.result.signedIn).toBe(true);
    expect((await second.client.get('/api/auth/session')).body.user.role).toBe('viewer');

    provider.accounts.set(subject, { ...provider.accounts.get(subject), groups: ['unrelated'] });
    const third = await signInWithSso(t, subject);
    expect(third.result).toMatchObject({
      signedIn: false,
      error: 'no_role',
      location: '/sign-in?sso_error=no_role',
    });
  });

  it('links an existing account by verified email once, then by issuer and subject', async () => {
    const user = await createTestUser(t.db, { role: 'requester' });
    const { subject } = person(provider, { email: user.email.toUpperCase(), groups: ['tmm'] });
    const first = await signInWithSso(t, subject);
    expect((await first.client.get('/api/auth/session')).body.user).toMatchObject({
      id: user.id,
      role: 'tmm',
    });

    // The provider now gives a different email: the link, not the email, finds the account.
    provider.accounts.set(subject, { ...provider.accounts.get(subject), email: `renamed-${user.email}` });
    const second = await signInWithSso(t, subject);
    expect((await second.client.get('/api/auth/session')).body.user.id).toBe(user.id);

    // Someone else at the provider who now has that email does not get the linked account.
    const { subject: intruder } = person(provider, { email: user.email, groups: ['tmm'] });
    expect((await signInWithSso(t, intruder)).result).toMatchObject({ signedIn: false, error: 'conflict' });
  });

  it('never matches or creates an account by an email the provider has not verified', async () => {
    const user = await createTestUser(t.db, { role: 'viewer' });
    const { subject } = person(provider, { email: user.email, email_verified: false });
    expect((await signInWithSso(t, subject)).result).toMatchObject({
      signedIn: false,
      error: 'email_unverified',
    });
  });

  it('refuses a person outside the allowed email domains', async () => {
    const { subject } = person(provider, { email: `someone-${randomUUID()}@elsewhere.test` });
    const { result } = await signInWithSso(t, subject);
    expect(result).toMatchObject({ signedIn: false, error: 'domain' });
  });

  it('refuses a deactivated account', async () => {
    const user = await createTestUser(t.db, { role: 'tmm' });
    const admin = await t.as('admin');
    expect((await admin.patch(`/api/users/${user.id}`, { active: false })).status).toBe(200);
    const { subject } = person(provider, { email: user.email });
    expect((await signInWithSso(t, subject)).result).toMatchObject({ signedIn: false, error: 'deactivated' });
  });

  it('refuses a forged state, a missing or tampered flow cookie, and an expired flow', async () => {
    const { subject } = person(provider);
    const forged = await startSso(t.anonymous(), subject);
    forged.callbackUrl.searchParams.set('state', 'forged-state');
    expect(await finishSso(t.anonymous(), forged)).toMatchObject({ signedIn: false, error: 'invalid' });
    expect(lastRefusal()).toMatch(/unexpected "state"/);

    const noCookie = await startSso(t.anonymous(), subject);
    expect(await finishSso(t.anonymous(), noCookie, '')).toMatchObject({ signedIn: false, error: 'expired' });

    // Another flow's cookie with this flow's answer: the states differ.
    const other = await startSso(t.anonymous(), subject);
    const mine = await startSso(t.anonymous(), subject);
    expect(await finishSso(t.anonymous(), mine, other.flowCookie)).toMatchObject({
      signedIn: false,
      error: 'invalid',
    });

    // A cookie whose content was changed (its signature no longer matches).
    const tampered = await startSso(t.anonymous(), subject);
    const [name, value] = tampered.flowCookie.split('=') as [string, string];
    const [payload, signature] = value.split('.') as [string, string];
    const flow = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const altered = Buffer.from(JSON.stringify({ ...flow, next: '/settings' })).toString('base64url');
    expect(await finishSso(t.anonymous(), tampered, `${name}=${altered}.${signature}`)).toMatchObject({
      signedIn: false,
      error: 'invalid',
    });
    expect(lastRefusal()).toMatch(/wrong signature/);

    const late = await startSso(t.anonymous(), subject);
    const start = t.clock.now;
    t.clock.now = new Date(start.getTime() + 11 * 60_000);
    try {
      expect(await finishSso(t.anonymous(), late)).toMatchObject({ signedIn: false, error: 'expired' });
    } finally {
      t.clock.now = start;
    }
  });

  it('refuses an ID token whose nonce is not the one this sign-in sent', async () => {
    const { subject } = person(provider);
    const attempt = await startSso(t.anonymous(), subject, {
      rewrite: (url) => {
        url.searchParams.set('nonce', 'a-nonce-of-another-sign-in');
        return url;
      },
    });
    expect(await finishSso(t.anonymous(), attempt)).toMatchObject({ signedIn: false, error: 'invalid' });
    expect(lastRefusal()).toMatch(/"nonce" claim/);
  });

  it('refuses a replayed code and an expired one', async () => {
    const { subject } = person(provider);
    const attempt = await startSso(t.anonymous(), subject);
    expect((await finishSso(t.anonymous(), attempt)).signedIn).toBe(true);
    // The same answer and cookie again (a stolen browser history): the provider used the code up.
    expect(await finishSso(t.anonymous(), attempt)).toMatchObject({ signedIn: false, error: 'invalid' });
    expect(lastRefusal()).toMatch(/invalid_grant/);

    provider.codeTtl.seconds = 1;
    try {
      const slow = await startSso(t.anonymous(), subject);
      await new Promise((resolve) => setTimeout(resolve, 2_100));
      expect(await finishSso(t.anonymous(), slow)).toMatchObject({ signedIn: false, error: 'invalid' });
      expect(lastRefusal()).toMatch(/invalid_grant/);
    } finally {
      provider.codeTtl.seconds = 60;
    }
  });

  it('refuses an answer from another issuer (a second provider with the same client)', async () => {
    const { subject } = person(otherProvider, { groups: ['marketing-admins'] });
    const toOther = (url: URL) => new URL(url.pathname + url.search, otherProvider.issuer);
    const mixUp = await startSso(t.anonymous(), subject, { rewrite: toOther });
    expect(mixUp.callbackUrl.searchParams.get('iss')).toBe(otherProvider.issuer);
    expect(await finishSso(t.anonymous(), mixUp)).toMatchObject({ signedIn: false, error: 'invalid' });
    expect(lastRefusal()).toMatch(/unexpected "iss"/);

    // The configured provider announces the iss parameter, so an answer without it is refused too.
    const stripped = await startSso(t.anonymous(), subject, {
      rewrite: toOther,
      browser: new ProviderBrowser(),
    });
    stripped.callbackUrl.searchParams.delete('iss');
    expect(await finishSso(t.anonymous(), stripped)).toMatchObject({ signedIn: false, error: 'invalid' });
    expect(lastRefusal()).toMatch(/"iss" \(issuer\) missing/);
  });

  it('shows the provider error as a code, not its text', async () => {
    const { attempt } = await (async () => {
      const client = t.anonymous();
      const { subject } = person(provider);
      return { attempt: await startSso(client, subject) };
    })();
    attempt.callbackUrl.search = '?error=access_denied&error_description=%3Cscript%3E';
    const result = await finishSso(t.anonymous(), attempt);
    expect(result).toMatchObject({ signedIn: false, location: '/sign-in?sso_error=denied' });
  });

  it('refuses an unknown person when just-in-time creation is off, and keeps Showcase roles without a role map', async () => {
    const { subject } = person(provider, { groups: ['marketing-admins'] });
    expect((await signInWithSso(strict, subject)).result).toMatchObject({
      signedIn: false,
      error: 'unknown_user',
    });

    const user = await createTestUser(strict.db, { role: 'requester' });
    const known = person(provider, { email: user.email, groups: ['marketing-admins'] });
    const { client, result } = await signInWithSso(strict, known.subject);
    expect(result.signedIn).toBe(true);
    expect((await client.get('/api/auth/session')).body.user).toMatchObject({
      id: user.id,
      role: 'requester',
    });
  });

  it('in SSO-only mode refuses passwords except the break-glass admin’s, with one answer for all', async () => {
    const methods = await strict.anonymous().get('/api/auth/methods');
    expect(methods.body).toEqual({
      password: 'break-glass',
      sso: { name: 'Lumenstack ID', startUrl: '/api/auth/oidc/start' },
    });
    const member = await createTestUser(strict.db, { role: 'admin' });
    const refused = await strict.anonymous().signIn(member.email);
    expect(refused.status).toBe(401);
    const unknown = await strict.anonymous().signIn('nobody@example.test', 'wrong password');
    expect(unknown.body.error.message).toBe(refused.body.error.message);
    expect(refused.body.error.message).toMatch(/single sign-on/);

    const glass = await createTestUser(strict.db, { role: 'admin', email: 'break-glass@example.test' });
    const breakGlass = await strict.anonymous().signIn('break-glass@example.test', TEST_PASSWORD);
    expect(breakGlass.status).toBe(200);
    expect((await strict.anonymous().signIn('break-glass@example.test', 'wrong password')).status).toBe(401);

    // The break-glass email on an account that is no longer an admin: no password sign-in either.
    await updateUser({ db: strict.db, id: glass.id, input: { role: 'tmm' }, now: new Date() });
    expect((await strict.anonymous().signIn('break-glass@example.test', TEST_PASSWORD)).status).toBe(401);
  });

  it('without single sign-on configured offers passwords only, and the SSO routes say so on the sign-in page', async () => {
    expect((await plain.anonymous().get('/api/auth/methods')).body).toEqual({ password: 'on', sso: null });
    for (const path of ['/api/auth/oidc/start', '/api/auth/oidc/callback?code=x&state=y']) {
      const response = await plain.anonymous().get(path);
      expect(response.status).toBe(302);
      expect(response.headers.get('location')).toBe('/sign-in?sso_error=not_configured');
    }
    expect((await t.anonymous().get('/api/auth/methods')).body).toEqual({
      password: 'on',
      sso: { name: 'Lumenstack ID', startUrl: '/api/auth/oidc/start' },
    });
  });

  it('never demotes the last active admin through groups: that sign-in is refused instead', async () => {
    const admin = await createTestUser(solo.db, { role: 'admin', email: 'only-admin@elsewhere.test' });
    const { subject } = person(provider, { email: admin.email, groups: ['sales'] });
    expect((await signInWithSso(solo, subject)).result).toMatchObject({
      signedIn: false,
      error: 'last_admin',
    });
    provider.accounts.set(subject, { ...provider.accounts.get(subject), groups: ['marketing-admins'] });
    const { client, result } = await signInWithSso(solo, subject);
    expect(result.signedIn).toBe(true);
    expect((await client.get('/api/auth/session')).body.user).toMatchObject({ id: admin.id, role: 'admin' });
  });

  it('follows only same-site paths after sign-in', async () => {
    const { subject } = person(provider);
    for (const next of ['//evil.test/x', '/\\evil.test', 'https://evil.test/']) {
      const { result } = await signInWithSso(t, subject, next);
      expect(result).toMatchObject({ signedIn: true, location: '/' });
    }
    const { result } = await signInWithSso(t, subject, '/library?q=✓\u0001#top');
    expect(result).toMatchObject({ signedIn: true, location: '/library?q=%E2%9C%93%01#top' });
  });
});

describe('single sign-on settings', () => {
  const issues = (env: Record<string, string>) => {
    const result = envSchema.safeParse(env);
    return result.success
      ? []
      : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };
  const complete = oidcEnv('https://id.example.test');

  it('accepts a complete configuration and reads the role map and domains', () => {
    const env = envSchema.parse({
      ...complete,
      SHOWCASE_OIDC_ROLE_MAP: roleMap,
      SHOWCASE_OIDC_ALLOWED_DOMAINS: 'Example.test, @lumenstack.test',
    });
    expect(env.SHOWCASE_OIDC_ROLE_MAP).toEqual({ 'marketing-admins': 'admin', tmm: 'tmm', sales: 'viewer' });
    expect(env.SHOWCASE_OIDC_ALLOWED_DOMAINS).toEqual(['example.test', 'lumenstack.test']);
    expect(env.SHOWCASE_OIDC_SCOPES).toBe('openid email profile');
    expect(env.SHOWCASE_OIDC_GROUPS_CLAIM).toBe('groups');
    expect(env.SHOWCASE_OIDC_JIT).toBe('false');
  });

  it('names every missing or wrong setting', () => {
    expect(issues({ SHOWCASE_OIDC_ISSUER: 'https://id.example.test' })).toEqual([
      expect.stringMatching(/^SHOWCASE_OIDC_CLIENT_ID: is required for single sign-on/),
      expect.stringMatching(/^SHOWCASE_OIDC_CLIENT_SECRET: is required/),
    ]);
    expect(issues({ ...complete, SHOWCASE_PUBLIC_URL: '' }).join()).toMatch(/SHOWCASE_PUBLIC_URL/);
    expect(issues({ ...complete, SHOWCASE_OIDC_ISSUER: 'http://id.example.test' })).toEqual([
      'SHOWCASE_OIDC_ISSUER: must be an https:// URL (http:// only on localhost)',
    ]);
    expect(issues({ ...complete, SHOWCASE_OIDC_ROLE_MAP: 'admins=superuser' })[0]).toMatch(
      /^SHOWCASE_OIDC_ROLE_MAP: "admins=superuser" must be group=role/,
    );
    expect(issues({ ...complete, SHOWCASE_OIDC_JIT: 'true' })[0]).toMatch(
      /^SHOWCASE_OIDC_ALLOWED_DOMAINS: is required when SHOWCASE_OIDC_JIT=true/,
    );
    expect(issues({ ...complete, SHOWCASE_SSO_ONLY: 'true' })[0]).toMatch(
      /^SHOWCASE_BREAK_GLASS_EMAIL: is required when SHOWCASE_SSO_ONLY=true/,
    );
    expect(issues({ SHOWCASE_SSO_ONLY: 'true', SHOWCASE_BREAK_GLASS_EMAIL: 'a@example.test' })[0]).toMatch(
      /^SHOWCASE_SSO_ONLY: needs single sign-on configured/,
    );
    // Every problem at once, a field that failed its own parse included.
    expect(
      issues({
        SHOWCASE_OIDC_ISSUER: 'http://id.example.test',
        SHOWCASE_OIDC_ROLE_MAP: 'a=boss',
        SHOWCASE_OIDC_JIT: 'true',
      }).map((issue) => issue.split(':')[0]),
    ).toEqual([
      'SHOWCASE_OIDC_ROLE_MAP',
      'SHOWCASE_OIDC_CLIENT_ID',
      'SHOWCASE_OIDC_CLIENT_SECRET',
      'SHOWCASE_OIDC_ISSUER',
      'SHOWCASE_OIDC_JIT',
      'SHOWCASE_OIDC_ALLOWED_DOMAINS',
    ]);
    expect(issues({ ...complete, SHOWCASE_OIDC_SCOPES: 'email profile' })).toEqual([
      'SHOWCASE_OIDC_SCOPES: must include openid',
    ]);
  });
});
