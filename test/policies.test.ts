import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../server/http/context.ts';
import { updateUser } from '../server/modules/users/users.service.ts';
import type { Action } from '../shared/policies.ts';
import { createTestContext, type TestContext } from './app.ts';
import { createTestAsset, createTestDemo, createTestRequest, testTermId } from './factories.ts';

// The actions a record answers with are the ones its routes then allow: for each caller, every
// action listed succeeds (or fails for a reason other than permission) and every other is a 403
// or, where the caller may not read the record, a 404.

type Client = Awaited<ReturnType<TestContext['as']>>;
let t: TestContext;
let tmm: Client;

beforeAll(async () => {
  t = await createTestContext();
  tmm = await t.as('tmm');
});
afterAll(async () => {
  await t.close();
});

const principalOf = (client: Client, role: Principal['role']): Principal => ({
  userId: client.userId,
  email: client.email,
  name: 'Policy test',
  role,
  via: 'session',
});

describe('requests', () => {
  async function setUp() {
    const requester = await t.as('requester');
    const teammate = await t.as('requester');
    const outsider = await t.as('requester');
    const request = await createTestRequest(t.db, { requester: principalOf(requester, 'requester') });
    await updateUser({ db: t.db, id: teammate.userId, input: { teamId: request.team_id }, now: new Date() });
    return { requester, teammate, outsider, request };
  }

  it('answers each caller with what the request routes then let them do', async () => {
    const { requester, teammate, outsider, request } = await setUp();
    const expected: [string, Client, Action[]][] = [
      ['its requester', requester, ['read', 'edit', 'cancel', 'addResults']],
      ['a teammate', teammate, ['read']],
      ['a TMM', tmm, ['read', 'edit', 'triage', 'cancel', 'addResults']],
    ];
    for (const [who, client, actions] of expected) {
      const detail = await client.get(`/api/requests/${request.id}`);
      expect(detail.status, who).toBe(200);
      expect(detail.body.allowedActions, who).toEqual(actions);
      // The list items carry the same actions as the detail.
      const list = await client.get('/api/requests?view=all&limit=100');
      const item = list.body.requests.find((r: { id: string }) => r.id === request.id);
      expect(item.allowedActions, who).toEqual(actions);

      const edit = await client.patch(`/api/requests/${request.id}`, { audience: `Asked by ${who}` });
      expect(edit.status, `${who} edit`).toBe(actions.includes('edit') ? 200 : 403);
      const triage = await client.patch(`/api/requests/${request.id}`, { priority: 2 });
      expect(triage.status, `${who} triage`).toBe(actions.includes('triage') ? 200 : 403);
      const move = await client.post(`/api/requests/${request.id}/transitions`, { to: 'triage' });
      expect(move.status, `${who} move`).toBe(actions.includes('triage') ? 200 : 403);
      // Results need a completed request: allowed callers hear that instead of a 403.
      const results = await client.post(`/api/requests/${request.id}/results`, { summary: 'Done' });
      expect(results.status, `${who} results`).toBe(actions.includes('addResults') ? 409 : 403);
    }
    const hidden = await outsider.get(`/api/requests/${request.id}`);
    expect(hidden.status).toBe(404);
    // The list's scope in SQL is the same read rule.
    const outsiderList = await outsider.get('/api/requests?view=all&limit=100');
    expect(outsiderList.body.requests.map((r: { id: string }) => r.id)).not.toContain(request.id);
    expect(
      (await outsider.post(`/api/requests/${request.id}/transitions`, { to: 'canceled', reason: 'x' }))
        .status,
    ).toBe(404);
  });

  it('lets the requester and a TMM cancel, and refuses a teammate', async () => {
    for (const who of ['requester', 'tmm'] as const) {
      const { requester, teammate, request } = await setUp();
      const refused = await teammate.post(`/api/requests/${request.id}/transitions`, {
        to: 'canceled',
        reason: 'Not needed',
      });
      expect(refused.status).toBe(403);
      const client = who === 'tmm' ? tmm : requester;
      expect((await client.get(`/api/requests/${request.id}`)).body.allowedActions).toContain('cancel');
      const canceled = await client.post(`/api/requests/${request.id}/transitions`, {
        to: 'canceled',
        reason: 'Not needed',
      });
      expect(canceled.status, who).toBe(200);
      expect(canceled.body.state).toBe('canceled');
    }
  });
});

describe('assets and their share links', () => {
  async function shareable(ownerId: string, status: 'published' | 'draft' = 'published') {
    return createTestAsset(t.db, {
      status,
      visibility: 'external',
      safeToShare: true,
      primaryUrl: 'https://files.example.test/guide.pdf',
      keyTakeaway: 'One thing.',
      formatId: await testTermId(t.db, 'format'),
      ownerId,
    });
  }
  const link = {
    name: 'For Ada',
    audience: 'recipient',
    recipients: [{ name: 'Ada Lovelace', email: 'ada@acme.test' }],
  };

  it('answers each caller with what the asset routes then let them do', async () => {
    const owner = await t.as('viewer');
    const viewer = await t.as('viewer');
    const requester = await t.as('requester');
    const asset = await shareable(owner.userId);
    const expected: [string, Client, Action[]][] = [
      ['its owner, a viewer', owner, ['read', 'share']],
      ['another viewer', viewer, ['read']],
      ['a requester', requester, ['read']],
      ['a TMM', tmm, ['read', 'edit', 'publish', 'share']],
    ];
    for (const [who, client, actions] of expected) {
      const detail = await client.get(`/api/assets/${asset.id}`);
      expect(detail.status, who).toBe(200);
      expect(detail.body.allowedActions, who).toEqual(actions);
      const search = await client.get(`/api/assets?q=${encodeURIComponent(asset.title)}`);
      const hit = search.body.hits.find((h: { id: string }) => h.id === asset.id);
      expect(hit.allowedActions, who).toEqual(actions);

      const links = await client.get(`/api/assets/${asset.id}/share-links`);
      expect(links.status, `${who} list links`).toBe(actions.includes('share') ? 200 : 403);
      const made = await client.post(`/api/assets/${asset.id}/share-links`, link);
      expect(made.status, `${who} share`).toBe(actions.includes('share') ? 201 : 403);
      const edit = await client.patch(`/api/assets/${asset.id}`, { tags: ['policy'] });
      expect(edit.status, `${who} edit`).toBe(actions.includes('edit') ? 200 : 403);
    }
  });

  it('hides a draft from its requester owner, and its links with it', async () => {
    const owner = await t.as('requester');
    const asset = await shareable(owner.userId, 'draft');
    expect((await owner.get(`/api/assets/${asset.id}`)).status).toBe(404);
    expect((await owner.get(`/api/assets/${asset.id}/share-links`)).status).toBe(404);
  });

  it("answers with a link's actions, which revoking then follows", async () => {
    const owner = await t.as('requester');
    const asset = await shareable(owner.userId);
    const byTmm = (await tmm.post(`/api/assets/${asset.id}/share-links`, link)).body.link;
    const own = (await owner.post(`/api/assets/${asset.id}/share-links`, link)).body.link;
    const listed = (await owner.get(`/api/assets/${asset.id}/share-links`)).body.links as {
      id: string;
      allowedActions: Action[];
    }[];
    expect(listed.find((l) => l.id === byTmm.id)?.allowedActions).toEqual(['read']);
    expect(listed.find((l) => l.id === own.id)?.allowedActions).toEqual(['read', 'cancel']);
    expect((await owner.post(`/api/share-links/${byTmm.id}/revoke`)).status).toBe(403);
    expect((await owner.post(`/api/share-links/${own.id}/revoke`)).status).toBe(200);
    const stranger = await t.as('viewer');
    expect((await stranger.post(`/api/share-links/${own.id}/revoke`)).status).toBe(404);
    expect(
      (await tmm.get(`/api/assets/${asset.id}/share-links`)).body.links.map(
        (l: { allowedActions: Action[] }) => l.allowedActions,
      ),
    ).toEqual([
      ['read', 'cancel'],
      ['read', 'cancel'],
    ]);
  });
});

describe('demos', () => {
  it('answers each caller with what the demo routes then let them do', async () => {
    const demo = await createTestDemo(t.db);
    const requester = await t.as('requester');
    const expected: [string, Client, Action[]][] = [
      ['a requester', requester, ['read']],
      ['a TMM', tmm, ['read', 'edit']],
    ];
    for (const [who, client, actions] of expected) {
      const detail = await client.get(`/api/demos/${demo.id}`);
      expect(detail.status, who).toBe(200);
      expect(detail.body.allowedActions, who).toEqual(actions);
      const verified = await client.post(`/api/demos/${demo.id}/verify`, { productVersion: '15.1' });
      expect(verified.status, `${who} verify`).toBe(actions.includes('edit') ? 200 : 403);
    }
    const viewer = await t.as('viewer');
    expect((await viewer.get(`/api/demos/${demo.id}`)).status).toBe(403);
  });
});
