import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, createTestContext, type TestContext } from '../../../test/app.ts';

let t: TestContext;
let admin: ApiClient & { userId: string; email: string };
beforeAll(async () => {
  t = await createTestContext();
  admin = await t.as('admin');
});
afterAll(() => t.close());

/** A client sending a new token of `owner` made with this body. */
async function tokenClient(owner: ApiClient, body: Record<string, unknown>) {
  const created = await owner.post('/api/account/tokens', { name: 'Scoped script', ...body });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const client = t.anonymous();
  client.bearer = created.body.token;
  return Object.assign(client, { tokenId: created.body.apiToken.id as string, created: created.body });
}

async function auditOf(tokenId: string) {
  const response = await admin.get(`/api/audit?limit=200&targetId=${tokenId}`);
  expect(response.status).toBe(200);
  return response.body.entries as {
    action: string;
    details: Record<string, unknown> | null;
    ip: string | null;
    userAgent: string | null;
  }[];
}

describe('token scopes', () => {
  it('a read-only token reads what its role may and is refused every change, naming the scope', async () => {
    const reader = await tokenClient(admin, { scopes: ['read'] });
    expect(reader.created.apiToken.scopes).toEqual(['read']);
    expect((await reader.get('/api/settings/teams')).status).toBe(200);
    expect((await reader.get('/api/audit')).status).toBe(200);
    const write = await reader.post('/api/settings/teams', { name: 'Written by a reader' });
    expect(write.status).toBe(403);
    expect(write.body.error.code).toBe('forbidden');
    expect(write.body.error.message).toContain('"read"');
    // It cannot make another token (a way out of its scope) or change the account.
    expect((await reader.post('/api/account/tokens', { name: 'Escape' })).status).toBe(403);
    expect((await reader.patch('/api/account', { name: 'Renamed' })).status).toBe(403);
  });

  it('an area token works in its areas only, and never beyond its role', async () => {
    const tmm = await t.as('tmm');
    const planner = await tokenClient(tmm, { scopes: ['plan', 'library'] });
    expect((await planner.get('/api/plan/entries')).status).toBe(200);
    expect((await planner.get('/api/assets')).status).toBe(200);
    const outside = await planner.get('/api/requests');
    expect(outside.status).toBe(403);
    expect(outside.body.error.message).toContain('"requests"');
    // Settings reads are the settings area: out of this token's reach too.
    expect((await planner.get('/api/settings/terms')).status).toBe(403);
    // In its areas, but past the TMM role: still the role's refusal.
    const roleRefusal = await planner.post('/api/settings/teams', { name: 'No' });
    expect(roleRefusal.status).toBe(403);
    expect(roleRefusal.body.error.message).toContain('role');
    // Signed-in routes (who am I) need no area; the account does.
    expect((await planner.get('/api/auth/session')).body.via).toBe('token');
    expect((await planner.get('/api/account/tokens')).status).toBe(403);
    expect((await planner.post('/api/account/tokens', { name: 'Escape' })).status).toBe(403);
  });

  it('a limited token never makes or changes accounts, and reads notifications only with that area', async () => {
    const people = await tokenClient(admin, { scopes: ['users'] });
    expect((await people.get('/api/users')).status).toBe(200);
    const made = await people.post('/api/users', {
      email: 'minted@example.com',
      name: 'Minted',
      role: 'admin',
    });
    expect(made.status).toBe(403);
    expect(made.body.error.message).toContain('full access');
    expect((await people.patch(`/api/users/${admin.userId}`, { role: 'viewer' })).status).toBe(403);
    expect((await people.get('/api/notifications')).status).toBe(403);
    const noticed = await tokenClient(admin, { scopes: ['notifications'] });
    expect((await noticed.get('/api/notifications')).status).toBe(200);
    expect((await noticed.get('/api/users')).status).toBe(403);
    // A full-access token still manages accounts, as its admin may.
    const full = await tokenClient(admin, {});
    expect(
      (await full.post('/api/users', { email: 'made@example.com', name: 'Made', role: 'viewer' })).status,
    ).toBe(201);
  });

  it('a read-only area token only reads in its area', async () => {
    const tmm = await t.as('tmm');
    const reader = await tokenClient(tmm, { scopes: ['library', 'read'] });
    expect(reader.created.apiToken.scopes).toEqual(['read', 'library']);
    expect((await reader.get('/api/assets')).status).toBe(200);
    expect((await reader.post('/api/lists', { name: 'Not by a reader' })).status).toBe(403);
    expect((await reader.get('/api/plan/entries')).status).toBe(403);
  });

  it('a library token may not start a release import, which is demo work', async () => {
    const tmm = await t.as('tmm');
    const librarian = await tokenClient(tmm, { scopes: ['library'] });
    const release = await librarian.post('/api/imports', {
      kind: 'release',
      release: {
        format: 'json',
        version: '9.2',
        dryRun: true,
        files: [{ name: '9.2.json', content: JSON.stringify({ changes: [] }) }],
      },
    });
    expect(release.status).toBe(403);
    expect(release.body.error.message).toContain('"demos"');
  });

  it('a token without scopes keeps full access as its user', async () => {
    const full = await tokenClient(admin, {});
    expect(full.created.apiToken.scopes).toEqual([]);
    expect((await full.post('/api/settings/teams', { name: 'Made with a full token' })).status).toBe(201);
    expect((await full.get('/api/account/tokens')).status).toBe(200);
  });

  it('refuses unknown scopes, repeats, areas the role has nothing in, and expiries past a year', async () => {
    const unknown = await admin.post('/api/account/tokens', { name: 'Bad', scopes: ['everything'] });
    expect(unknown.status).toBe(422);
    expect(Object.keys(unknown.body.error.fields).join()).toMatch(/^scopes/);
    const repeated = await admin.post('/api/account/tokens', { name: 'Bad', scopes: ['read', 'read'] });
    expect(repeated.status).toBe(422);
    expect(Object.keys(repeated.body.error.fields)).toEqual(['scopes']);
    const notString = await admin.post('/api/account/tokens', { name: 'Bad', scopes: 'read' });
    expect(notString.status).toBe(422);
    expect(Object.keys(notString.body.error.fields)).toEqual(['scopes']);
    const viewer = await t.as('viewer');
    const beyond = await viewer.post('/api/account/tokens', { name: 'Bad', scopes: ['audit'] });
    expect(beyond.status).toBe(422);
    expect(beyond.body.error.fields.scopes).toContain('Audit log');
    const tooLong = await admin.post('/api/account/tokens', { name: 'Bad', expiresInDays: 366 });
    expect(tooLong.status).toBe(422);
    expect(Object.keys(tooLong.body.error.fields)).toEqual(['expiresInDays']);
  });
});

describe('token expiry and revocation', () => {
  it('an expired token resolves to nobody', async () => {
    const script = await tokenClient(admin, { expiresInDays: 7, scopes: ['read'] });
    expect((await script.get('/api/auth/session')).status).toBe(200);
    const start = t.clock.now;
    t.clock.now = new Date(start.getTime() + 8 * 86_400_000);
    try {
      const expired = await script.get('/api/auth/session');
      expect(expired.status).toBe(401);
      expect(expired.body.error.code).toBe('unauthenticated');
    } finally {
      t.clock.now = start;
    }
  });

  it('a revoked token resolves to nobody, and leaves the list', async () => {
    const script = await tokenClient(admin, { scopes: ['library'] });
    expect((await script.get('/api/assets')).status).toBe(200);
    expect((await admin.delete(`/api/account/tokens/${script.tokenId}`)).status).toBe(200);
    expect((await script.get('/api/assets')).status).toBe(401);
    const listed = await admin.get('/api/account/tokens');
    expect(listed.body.tokens.map((token: { id: string }) => token.id)).not.toContain(script.tokenId);
  });
});

describe('what the audit log keeps of tokens', () => {
  it('records creation with scopes and expiry, revocation, and use at most once an hour', async () => {
    const script = await tokenClient(admin, { expiresInDays: 30, scopes: ['read', 'insights'] });
    const [created] = (await auditOf(script.tokenId)).filter((entry) => entry.action === 'token.created');
    expect(created?.details).toMatchObject({
      scopes: ['read', 'insights'],
      expiresAt: script.created.apiToken.expiresAt,
    });

    const start = t.clock.now;
    try {
      // Busy use, a call every 30 minutes for three hours: the first, then one an hour.
      for (let step = 0; step <= 6; step++) {
        t.clock.now = new Date(start.getTime() + step * 30 * 60_000);
        expect((await script.get('/api/insights')).status).toBe(200);
        expect((await script.get('/api/insights')).status).toBe(200);
      }
    } finally {
      t.clock.now = start;
    }
    const uses = (await auditOf(script.tokenId)).filter((entry) => entry.action === 'token.used');
    expect(uses).toHaveLength(4);
    expect(uses.filter((entry) => entry.details?.firstUse === true)).toHaveLength(1);
    expect(uses[0]?.details?.scopes).toEqual(['read', 'insights']);

    const listed = await admin.get('/api/account/tokens');
    const row = listed.body.tokens.find((token: { id: string }) => token.id === script.tokenId);
    expect(row.lastUsedAt).not.toBeNull();

    expect((await admin.delete(`/api/account/tokens/${script.tokenId}`)).status).toBe(200);
    expect((await auditOf(script.tokenId)).map((entry) => entry.action)).toContain('token.revoked');
  });

  it('records the address and user agent a token was used from', async () => {
    const script = await tokenClient(admin, { scopes: ['read'] });
    const used = await script.request('GET', '/api/settings/workspace', undefined, {
      'user-agent': 'release-bot/1.0',
    });
    expect(used.status).toBe(200);
    const [use] = (await auditOf(script.tokenId)).filter((entry) => entry.action === 'token.used');
    expect(use?.userAgent).toBe('release-bot/1.0');
  });
});
