import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/app.ts';
import { createTestAsset, createTestRequest } from '../../../test/factories.ts';
import type { Principal } from '../../http/context.ts';
import { createTeam } from '../settings/settings.service.ts';

let t: TestContext;
let requester: Awaited<ReturnType<TestContext['as']>>;
let admin: Awaited<ReturnType<TestContext['as']>>;
let teamId: string;
let otherTeamId: string;

beforeAll(async () => {
  t = await createTestContext();
  admin = await t.as('admin');
  requester = await t.as('requester');
  teamId = (await createTeam({ db: t.db, input: { name: 'Banking sales', quarterlyBudget: 100 } })).id;
  otherTeamId = (await createTeam({ db: t.db, input: { name: 'Retail sales', quarterlyBudget: 100 } })).id;
  await admin.patch(`/api/users/${requester.userId}`, { teamId });
});
afterAll(() => t.close());

describe('existing content suggested while filing', () => {
  let bank: string;
  let observability: string;
  let alsoA: string[];
  beforeAll(async () => {
    const published = (title: string, summary: string) =>
      createTestAsset(t.db, { title, summary, status: 'published' }).then((row) => row.id);
    bank = await published('Kubernetes platform for a bank', 'How a retail bank runs its platform.');
    observability = await published('Observability walkthrough', 'Tracing and metrics across services.');
    // Words starting with "a" that have nothing to do with the request.
    alsoA = [
      await published('Analytics overview', 'Apples and apricots.'),
      await published('Automation handbook', 'Agents approve audits.'),
    ];
  });

  const suggest = async (text: string) => {
    const response = await requester.post('/api/assets/suggestions', { text });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return (response.body.hits as { id: string }[]).map((hit) => hit.id);
  };

  it('does not match a one-letter word as a prefix', async () => {
    // Typing "… demo for a bank": the suggestions refresh while "a" is the last word.
    for (const text of ['Kubernetes demo for a', 'Kubernetes demo for a bank']) {
      const ids = await suggest(text);
      expect(ids).toContain(bank);
      for (const id of alsoA) expect(ids).not.toContain(id);
    }
  });

  it('reads the whole request, not only its first words', async () => {
    const ids = await suggest(
      'A short video for the partner summit next spring in Lisbon: we want to show observability end to end',
    );
    expect(ids).toContain(observability);
    for (const id of alsoA) expect(ids).not.toContain(id);
  });

  it('finds nothing in a text of stop words alone', async () => {
    expect(await suggest('for a the of and')).toEqual([]);
  });

  it('the library search with match=any drops stop words and matches short words whole', async () => {
    const response = await requester.get(
      `/api/assets?match=any&status=published&q=${encodeURIComponent('bank a')}`,
    );
    expect(response.status).toBe(200);
    const ids = (response.body.hits as { id: string }[]).map((hit) => hit.id);
    expect(ids).toContain(bank);
    for (const id of alsoA) expect(ids).not.toContain(id);
  });
});

describe('duplicate check while filing', () => {
  const as = (client: { userId: string; email: string }, role: Principal['role']): Principal => ({
    userId: client.userId,
    email: client.email,
    name: client.email,
    role,
    via: 'session',
  });
  let open: string;
  let colleague: string;
  beforeAll(async () => {
    const mine = as(requester, 'requester');
    open = (
      await createTestRequest(t.db, {
        title: 'Webinar on platform engineering for banks',
        businessGoal: 'Win platform deals at three large banks',
        teamId,
        requester: mine,
      })
    ).id;
    const other = await t.as('requester');
    await admin.patch(`/api/users/${other.userId}`, { teamId });
    colleague = (
      await createTestRequest(t.db, {
        title: 'Banks: platform engineering webinar for EMEA',
        businessGoal: 'Platform deals with banks',
        teamId,
        requester: as(other, 'requester'),
      })
    ).id;
    // Not warned about: unrelated, another team's, and no longer open.
    await createTestRequest(t.db, {
      title: 'Pricing datasheet',
      businessGoal: 'Explain the tiers',
      teamId,
      requester: mine,
    });
    await createTestRequest(t.db, {
      title: 'Webinar on platform engineering for banks',
      businessGoal: 'Win platform deals at banks',
      teamId: otherTeamId,
      requester: as(admin, 'admin'),
    });
    const declined = await createTestRequest(t.db, {
      title: 'Platform engineering webinar for banks, again',
      businessGoal: 'Win platform deals at banks',
      teamId,
      requester: mine,
    });
    const tmm = await t.as('tmm');
    await tmm.post(`/api/requests/${declined.id}/transitions`, { to: 'declined', reason: 'Covered already' });
  });

  it('lists the open requests of the same team that look alike, most alike first', async () => {
    const response = await requester.post('/api/requests/similar', {
      teamId,
      text: 'Platform engineering webinar for banks. Win platform deals at banks in the region',
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const ids = (response.body.requests as { id: string }[]).map((request) => request.id);
    expect(ids.sort()).toEqual([open, colleague].sort());
    expect(response.body.requests[0]).toMatchObject({
      state: 'new_request',
      requester: { name: expect.any(String) },
    });
  });

  it('warns about nothing for a different request', async () => {
    const response = await requester.post('/api/requests/similar', {
      teamId,
      text: 'Customer story video about retail analytics',
    });
    expect(response.body.requests).toEqual([]);
  });

  it('does not show a requester the requests of another team', async () => {
    const response = await requester.post('/api/requests/similar', {
      teamId: otherTeamId,
      text: 'Webinar on platform engineering for banks',
    });
    expect(response.status).toBe(403);
  });

  it('refuses a NUL in the text naming the field', async () => {
    const response = await requester.post('/api/requests/similar', { teamId, text: 'bank\u0000' });
    expect(response.status).toBe(422);
    expect(response.body.error.fields).toHaveProperty('text');
  });
});
