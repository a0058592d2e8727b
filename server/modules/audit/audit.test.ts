import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/app.ts';
import { createTestAsset, createTestRequest, TEST_PASSWORD } from '../../../test/factories.ts';
import { buildCli } from '../../cli.ts';
import { withAuditActor } from './audit.context.ts';
import { entryHash, purgeAudit, recordAudit, verifyAuditChain } from './audit.service.ts';

let t: TestContext;
let admin: Awaited<ReturnType<TestContext['as']>>;

beforeAll(async () => {
  t = await createTestContext();
  admin = await t.as('admin', { email: 'audit-admin@example.com' });
});
afterAll(() => t.close());

type Entry = {
  id: string;
  action: string;
  actor: { id: string | null; label: string; via: string };
  target: { type: string; id: string; label: string | null } | null;
  changes: Record<string, { before: unknown; after: unknown }>;
  details: Record<string, unknown>;
  userAgent: string | null;
  requestId: string | null;
  description: string;
};

async function entries(query = ''): Promise<Entry[]> {
  const response = await admin.get(`/api/audit?limit=200${query ? `&${query}` : ''}`);
  expect(response.status).toBe(200);
  return response.body.entries;
}

describe('what the audit log records', () => {
  it('records sign-ins and failed sign-ins with who, the reason and the user agent', async () => {
    const tmm = await t.as('tmm', { email: 'audit-tmm@example.com' });
    const stranger = t.anonymous();
    const failed = await stranger.request(
      'POST',
      '/api/auth/sign-in',
      { email: 'audit-tmm@example.com', password: 'not the password' },
      { 'user-agent': 'AuditProbe/1.0' },
    );
    expect(failed.status).toBe(401);
    const log = await entries('action=auth');
    const signIn = log.find((e) => e.action === 'auth.sign_in' && e.actor.id === tmm.userId);
    expect(signIn).toMatchObject({
      actor: { label: 'audit-tmm@example.com', via: 'session' },
      target: { type: 'user', id: tmm.userId },
      details: { method: 'password' },
      description: 'Signed in',
    });
    const failure = log.find((e) => e.action === 'auth.sign_in_failed');
    expect(failure).toMatchObject({
      actor: { id: null, via: 'anonymous' },
      target: { type: 'user', id: tmm.userId },
      details: { email: 'audit-tmm@example.com', reason: 'wrong password' },
      userAgent: 'AuditProbe/1.0',
    });
    expect(failure?.requestId).toBeTruthy();
  });

  it('records a role change with the changed fields before and after, naming the admin', async () => {
    const requester = await t.as('requester', { email: 'audit-requester@example.com' });
    const changed = await admin.patch(`/api/users/${requester.userId}`, { role: 'tmm' });
    expect(changed.status).toBe(200);
    const [entry] = await entries(`action=user.updated&targetId=${requester.userId}`);
    expect(entry).toMatchObject({
      actor: { id: admin.userId, label: 'audit-admin@example.com', via: 'session' },
      changes: { role: { before: 'requester', after: 'tmm' } },
    });
    expect(Object.keys(entry?.changes ?? {})).toEqual(['role']);
  });

  it('records token creation, the token’s first use and its revocation', async () => {
    const created = await admin.post('/api/account/tokens', { name: 'Audit robot' });
    expect(created.status).toBe(201);
    const robot = t.anonymous();
    robot.bearer = created.body.token;
    expect((await robot.get('/api/settings/workspace')).status).toBe(200);
    expect((await robot.get('/api/settings/workspace')).status).toBe(200);
    const id = created.body.apiToken?.id ?? created.body.id;
    const log = await entries('action=token');
    expect(log.filter((e) => e.action === 'token.created' && e.target?.label === 'Audit robot')).toHaveLength(
      1,
    );
    const uses = log.filter((e) => e.action === 'token.used' && e.target?.id === id);
    expect(uses).toHaveLength(1);
    expect(uses[0]?.actor).toMatchObject({ id: admin.userId, via: 'token' });
    expect((await admin.delete(`/api/account/tokens/${id}`)).status).toBe(200);
    expect((await entries('action=token.revoked')).some((e) => e.target?.id === id)).toBe(true);
  });

  it('records settings and webhook changes, hiding secrets', async () => {
    const workspace = await admin.get('/api/settings/workspace');
    const saved = await admin.request(
      'PATCH',
      '/api/settings/workspace',
      { settings: { reviewSlaBusinessDays: 3 } },
      { 'if-match': `"v${workspace.body.version}"` },
    );
    expect(saved.status).toBe(200);
    const [settings] = await entries('action=settings.updated');
    expect(settings?.changes).toEqual({ reviewSlaBusinessDays: { before: 2, after: 3 } });
  });

  it('records deletions, imports and request moves with what they touched', async () => {
    const tmm = await t.as('tmm', { email: 'audit-planner@example.com' });
    const find = async (action: string, id?: string) =>
      (await entries(`action=${action}`)).find((e) => e.action === action && (!id || e.target?.id === id));

    const planned = await tmm.post('/api/plan/entries', {
      title: 'Audit trail webinar',
      startDate: '2034-02-06',
      dueDate: '2034-02-10',
    });
    expect(planned.status, JSON.stringify(planned.body)).toBe(201);
    expect((await tmm.delete(`/api/plan/entries/${planned.body.id}`)).status).toBe(200);
    expect(await find('plan.entry_deleted', planned.body.id)).toMatchObject({
      actor: { id: tmm.userId, label: 'audit-planner@example.com' },
      target: { type: 'plan_entry', label: 'Audit trail webinar' },
      description: 'Deleted a plan entry',
    });

    const sheet = 'Title,Due date\nAudited import row,2034-03-10\nAnother audited row,2034-03-17';
    expect((await tmm.post('/api/plan/import', { content: sheet })).status).toBe(200);
    expect(await find('plan.imported')).toBeUndefined(); // a dry run changes nothing, so records nothing
    expect((await tmm.post('/api/plan/import', { content: sheet, dryRun: false })).body.applied).toBe(true);
    expect((await find('plan.imported'))?.details).toMatchObject({ rows: 2, created: 2, updated: 0 });

    const request = await createTestRequest(t.db);
    expect((await tmm.post(`/api/requests/${request.id}/transitions`, { to: 'triage' })).status).toBe(200);
    expect(await find('request.transitioned', request.id)).toMatchObject({
      actor: { id: tmm.userId },
      target: { label: `#${request.number} ${request.title}` },
      changes: { state: { before: 'new_request', after: 'triage' } },
    });

    const asset = await createTestAsset(t.db, { status: 'published' });
    const link = await tmm.post('/api/short-links', {
      assetId: asset.id,
      targetUrl: 'https://docs.example.test/audit',
      code: 'audit-trail',
    });
    expect(link.status).toBe(201);
    expect((await tmm.delete(`/api/short-links/${link.body.id}`)).status).toBe(200);
    expect(await find('distribution.short_link_deleted', link.body.id)).toMatchObject({
      target: { label: 'audit-trail' },
      details: { assetId: asset.id },
    });

    const stage = await tmm.post('/api/catalogue/stages', { key: 'audit-stage', name: 'Audit stage' });
    expect((await tmm.delete(`/api/catalogue/stages/${stage.body.id}`)).status).toBe(200);
    expect(await find('demos.catalogue_deleted', stage.body.id)).toMatchObject({
      target: { type: 'product_stage', label: 'Audit stage' },
    });
    // A deletion that fails (nothing there) records nothing.
    expect((await tmm.delete(`/api/catalogue/stages/${stage.body.id}`)).status).toBe(404);
    expect(
      (await entries('action=demos.catalogue_deleted')).filter((e) => e.target?.id === stage.body.id),
    ).toHaveLength(1);
  });

  it('writes nothing when the change it records fails', async () => {
    const before = (await entries()).length;
    const refused = await admin.post('/api/users', {
      email: 'audit-admin@example.com',
      name: 'Twin',
      role: 'viewer',
    });
    expect(refused.status).toBe(409);
    expect((await entries()).length).toBe(before);
  });
});

describe('who may read it', () => {
  it('is for admins only', async () => {
    const tmm = await t.as('tmm');
    expect((await tmm.get('/api/audit')).status).toBe(403);
    expect((await tmm.get('/api/audit/export')).status).toBe(403);
    expect((await t.anonymous().get('/api/audit')).status).toBe(401);
  });

  it('refuses bad filters by name', async () => {
    const response = await admin.get('/api/audit?action=DROP%20TABLE&from=yesterday');
    expect(response.status).toBe(422);
    expect(Object.keys(response.body.error.fields).sort()).toEqual(['action', 'from']);
    for (const before of ['9223372036854775808', '-1', '1.5', 'abc']) {
      const cursor = await admin.get(`/api/audit?before=${before}`);
      expect(cursor.status, before).toBe(422);
      expect(Object.keys(cursor.body.error.fields)).toEqual(['before']);
    }
  });

  it('pages newest first with a cursor', async () => {
    const first = await admin.get('/api/audit?limit=2');
    expect(first.body.entries).toHaveLength(2);
    const second = await admin.get(`/api/audit?limit=2&before=${first.body.next}`);
    expect(BigInt(second.body.entries[0].id)).toBeLessThan(BigInt(first.body.entries[1].id));
  });
});

describe('exports', () => {
  it('exports CSV and NDJSON with every hash, and records the export', async () => {
    const csv = await admin.get('/api/audit/export?format=csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = String(csv.body).trim().split('\r\n');
    expect(lines[0]).toContain('prev_hash,hash');
    const ndjson = await admin.get('/api/audit/export?format=ndjson&action=auth');
    const rows = String(typeof ndjson.body === 'string' ? ndjson.body : JSON.stringify(ndjson.body))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.action.startsWith('auth.') && /^[0-9a-f]{64}$/.test(row.hash))).toBe(true);
    expect((await entries('action=audit.exported')).length).toBeGreaterThanOrEqual(2);
  });

  it('quotes off cells a spreadsheet would run as formulas', async () => {
    await withAuditActor({ actorId: null, actorLabel: '=HYPERLINK("http://evil")', via: 'cli' }, () =>
      recordAudit(t.db, { action: 'team.created', target: { type: 'team', id: 'x', label: '+1' } }),
    );
    const csv = String((await admin.get('/api/audit/export?format=csv&action=team.created')).body);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv).toContain(`'+1`);
  });
});

describe('the hash chain', () => {
  it('holds, and the CLI says so', async () => {
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
    const out: string[] = [];
    const write = process.stdout.write;
    process.stdout.write = ((chunk: string) => out.push(String(chunk)) > 0) as typeof process.stdout.write;
    try {
      await buildCli({ open: async () => ({ ...t.database, close: async () => {} }) }).parseAsync([
        'node',
        'showcase',
        'audit',
        'verify',
      ]);
    } finally {
      process.stdout.write = write;
    }
    expect(out.join('')).toMatch(/The audit log holds: \d+ entries/);
  });

  it('is append-only: no UPDATE or DELETE gets through, even in SQL', async () => {
    await expect(sql`UPDATE audit_log SET actor_label = 'someone else'`.execute(t.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`DELETE FROM audit_log`.execute(t.db)).rejects.toThrow(/append-only/);
  });

  it('finds an edited entry and a removed one', async () => {
    const other = await createTestContext();
    try {
      for (const n of [1, 2, 3, 4])
        await recordAudit(other.db, { action: 'team.created', target: { type: 'team', id: String(n) } });
      expect(await verifyAuditChain(other.db)).toMatchObject({ ok: true, entries: 4 });
      const rows = await sql<{ id: string }>`SELECT id FROM audit_log ORDER BY id`.execute(other.db);
      const [, second, third] = rows.rows.map((row) => row.id);
      // Someone with the database's owner rights turns the trigger off and edits history.
      await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`.execute(other.db);
      await sql`UPDATE audit_log SET target_label = 'renamed' WHERE id = ${second}`.execute(other.db);
      expect(await verifyAuditChain(other.db)).toMatchObject({
        ok: false,
        broken: { id: Number(second), reason: expect.stringMatching(/edited/) },
      });
      await sql`UPDATE audit_log SET target_label = NULL WHERE id = ${second}`.execute(other.db);
      expect(await verifyAuditChain(other.db)).toMatchObject({ ok: true });
      await sql`DELETE FROM audit_log WHERE id = ${second}`.execute(other.db);
      expect(await verifyAuditChain(other.db)).toMatchObject({
        ok: false,
        broken: { id: Number(third), reason: expect.stringMatching(/removed or inserted/) },
      });
      await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`.execute(other.db);
    } finally {
      await other.close();
    }
  });

  it('stays checkable after the retention purge, which records itself', async () => {
    const other = await createTestContext();
    try {
      const old = new Date('2024-01-01T00:00:00Z');
      for (const n of [1, 2, 3])
        await recordAudit(
          other.db,
          { action: 'team.created', target: { type: 'team', id: `old-${n}` } },
          old,
        );
      await recordAudit(other.db, { action: 'team.created', target: { type: 'team', id: 'new' } });
      const purged = await purgeAudit({ db: other.db, retentionDays: 365, now: new Date() });
      expect(purged.removed).toBe(3);
      const left = await sql<{
        action: string;
        target_id: string | null;
      }>`SELECT action, target_id FROM audit_log ORDER BY id`.execute(other.db);
      expect(left.rows.map((row) => row.target_id ?? row.action)).toEqual(['new', 'audit.purged']);
      expect(await verifyAuditChain(other.db)).toMatchObject({ ok: true, entries: 2 });
      // Removing the oldest entries without the purge is caught.
      await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`.execute(other.db);
      await recordAudit(other.db, { action: 'team.created', target: { type: 'team', id: 'later' } });
      await sql`DELETE FROM audit_log WHERE target_id = 'new' OR action = 'audit.purged'`.execute(other.db);
      expect(await verifyAuditChain(other.db)).toMatchObject({
        ok: false,
        broken: { reason: expect.stringMatching(/without a retention purge/) },
      });
    } finally {
      await other.close();
    }
  });

  it('keeps one chain when many changes commit at once', async () => {
    const other = await createTestContext();
    try {
      await Promise.all(
        Array.from({ length: 20 }, (_, n) =>
          recordAudit(other.db, { action: 'team.created', target: { type: 'team', id: `p${n}` } }),
        ),
      );
      expect(await verifyAuditChain(other.db)).toMatchObject({ ok: true, entries: 20 });
    } finally {
      await other.close();
    }
  });

  it('hashes the same entry the same way whatever the key order', () => {
    const base = {
      at: new Date('2026-01-01T00:00:00Z'),
      actor_id: null,
      actor_label: 'cli',
      via: 'cli' as const,
      token_id: null,
      action: 'team.created',
      target_type: 'team',
      target_id: '1',
      target_label: null,
      ip: null,
      user_agent: null,
      request_id: null,
      prev_hash: 'genesis',
    };
    expect(entryHash({ ...base, changes: { a: { before: 1, after: 2 } }, details: { x: 1, y: 2 } })).toBe(
      entryHash({ ...base, details: { y: 2, x: 1 }, changes: { a: { after: 2, before: 1 } } }),
    );
  });
});

describe('passwords', () => {
  it('records a password change without the password', async () => {
    const viewer = await t.as('viewer', { email: 'audit-viewer@example.com' });
    const changed = await viewer.post('/api/account/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'a brand new passphrase',
    });
    expect(changed.status).toBe(200);
    const [entry] = await entries(`action=auth.password_changed&targetId=${viewer.userId}`);
    expect(JSON.stringify(entry)).not.toContain('brand new');
  });
});
