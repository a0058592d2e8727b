import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/app.ts';
import { createTestAsset, createTestRequest } from '../../../test/factories.ts';
import { termIds } from '../../../test/library-helpers.ts';

let t: TestContext;
let tmm: Awaited<ReturnType<TestContext['as']>>;
let admin: Awaited<ReturnType<TestContext['as']>>;
let requester: Awaited<ReturnType<TestContext['as']>>;
let term: Awaited<ReturnType<typeof termIds>>;
let teams: { id: string; name: string }[];

beforeAll(async () => {
  t = await createTestContext();
  // Friday 20 November 2026, 10:00 UTC.
  t.clock.now = new Date('2026-11-20T10:00:00Z');
  tmm = await t.as('tmm');
  admin = await t.as('admin');
  requester = await t.as('requester');
  term = await termIds(tmm);
  teams = (await tmm.get('/api/settings/teams')).body.teams;
});
afterAll(() => t.close());

/** A request filed by `requester` for a team of its own (the factory's), so no budget runs out. */
const fileAsRequester = () =>
  createTestRequest(t.db, {
    title: base().title,
    deliverableTypeId: base().deliverableTypeId,
    businessGoal: base().businessGoal,
    requester: {
      userId: requester.userId,
      email: requester.email,
      name: requester.email,
      role: 'requester',
      via: 'session',
    },
    now: t.clock.now,
  });

/** Files as a requester of the request's team: requesters file for their own team only. */
async function file(
  client: Awaited<ReturnType<TestContext['as']>>,
  body: { teamId?: string; [field: string]: unknown },
) {
  await admin.patch(`/api/users/${client.userId}`, { teamId: body.teamId });
  return client.post('/api/requests', body);
}

const teamId = (name: string) => teams.find((team) => team.name === name)?.id as string;
const base = () => ({
  title: 'Demo for the Q1 security campaign',
  deliverableTypeId: term('deliverable_type', 'Core Solutions Demos'),
  businessGoal: 'Pipeline for the security campaign',
  solutionId: term('solution', 'Software Security (DevSecOps)'),
  teamId: teamId('Field Marketing'),
});

describe('intake', () => {
  it('files a request, charges 2 points and starts a review clock of two business days (over the weekend)', async () => {
    // A team of its own, so the budget reads the same whichever tests charged Field Marketing first.
    const team = (await admin.post('/api/settings/teams', { name: 'Intake team' })).body;
    const response = await file(requester, {
      ...base(),
      teamId: team.id,
      dueDate: '2026-12-15',
      personaIds: [term('persona', 'Security Engineer')],
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      state: 'new_request',
      cost: 2,
      quarter: '2026-Q4',
      reviewDueAt: '2026-11-24T10:00:00.000Z',
      overdue: false,
    });
    expect(response.body.scoreReasons.map((r: { text: string }) => r.text)).toContain(
      'Core Solutions Demos ranks 2 of 14 deliverable types',
    );
    const budget = (await requester.get(`/api/requests/budget?teamId=${team.id}`)).body;
    expect(budget).toMatchObject({ budget: 15, spent: 2, remaining: 13 });
  });

  it('answers a request with an existing asset for the reuse price, waiting only for results', async () => {
    const asset = await createTestAsset(t.db, { title: 'Existing security demo', status: 'published' });
    const response = await file(requester, {
      ...base(),
      teamId: teamId('Sales'),
      reusedAssetId: asset.id,
    });
    expect(response.body).toMatchObject({
      state: 'completed',
      cost: 1,
      reuse: true,
      reusedAsset: { id: asset.id },
    });
    expect(response.body.deliveredAssets).toEqual([{ id: asset.id, name: 'Existing security demo' }]);
    const closed = await requester.post(`/api/requests/${response.body.id}/results`, {
      summary: 'Used in 12 deals',
      dealsInfluenced: 12,
    });
    expect(closed.body).toMatchObject({
      state: 'closed',
      results: { summary: 'Used in 12 deals', dealsInfluenced: 12 },
    });
  });

  it('lets a requester file for and read the budget of their own team only; TMMs and admins any team', async () => {
    const own = (await admin.post('/api/settings/teams', { name: 'Partner Marketing' })).body.id as string;
    const foreign = teamId('Sales');
    const member = await t.as('requester');
    await admin.patch(`/api/users/${member.userId}`, { teamId: own });
    const spentBefore = (await tmm.get(`/api/requests/budget?teamId=${foreign}`)).body.spent;
    const charged = await member.post('/api/requests', { ...base(), teamId: foreign });
    expect(charged.status).toBe(403);
    expect(charged.body.error.fields).toHaveProperty('teamId');
    expect((await tmm.get(`/api/requests/budget?teamId=${foreign}`)).body.spent).toBe(spentBefore);
    const peek = await member.get(`/api/requests/budget?teamId=${foreign}`);
    expect(peek.status).toBe(403);
    expect(peek.body.error.fields).toHaveProperty('teamId');
    expect((await member.post('/api/requests', { ...base(), teamId: own })).status).toBe(201);
    expect((await member.get(`/api/requests/budget?teamId=${own}`)).body.spent).toBe(2);
    const teamless = await t.as('requester');
    expect((await teamless.post('/api/requests', { ...base(), teamId: own })).status).toBe(403);
    expect((await tmm.post('/api/requests', { ...base(), teamId: foreign })).status).toBe(201);
    expect((await admin.get(`/api/requests/budget?teamId=${own}`)).status).toBe(200);
  });

  it('refuses a due date in the past when filing, and when editing unless it is left unchanged', async () => {
    const past = await file(requester, { ...base(), dueDate: '2026-11-19' });
    expect(past.status).toBe(422);
    expect(Object.keys(past.body.error.fields)).toEqual(['dueDate']);
    const filed = await file(requester, { ...base(), dueDate: '2026-11-20' });
    expect(filed.status).toBe(201);
    expect(filed.body.scoreReasons.map((r: { text: string }) => r.text).join()).not.toContain('passed');
    const start = t.clock.now;
    t.clock.now = new Date('2026-12-01T10:00:00Z');
    try {
      const unchanged = await tmm.patch(`/api/requests/${filed.body.id}`, {
        dueDate: '2026-11-20',
        priority: 2,
      });
      expect(unchanged.status).toBe(200);
      const moved = await tmm.patch(`/api/requests/${filed.body.id}`, { dueDate: '2026-11-25' });
      expect(moved.status).toBe(422);
      expect(Object.keys(moved.body.error.fields)).toEqual(['dueDate']);
      const later = await tmm.patch(`/api/requests/${filed.body.id}`, { dueDate: '2026-12-05' });
      expect(later.status).toBe(200);
      expect(later.body.dueDate).toBe('2026-12-05');
    } finally {
      t.clock.now = start;
    }
  });

  it('refuses a request that would overdraw the budget, unless a TMM overrides with a reason', async () => {
    const team = teamId('Community');
    expect((await admin.patch(`/api/settings/teams/${team}`, { quarterlyBudget: 3 })).status).toBe(200);
    expect((await file(requester, { ...base(), teamId: team })).status).toBe(201);
    const refused = await file(requester, { ...base(), teamId: team });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('over_budget');
    expect(refused.body.error.message).toContain('Community has 1 of 3 points left');
    const notAllowed = await file(requester, {
      ...base(),
      teamId: team,
      budgetOverrideReason: 'please',
    });
    expect(notAllowed.status).toBe(403);
    const overridden = await tmm.post('/api/requests', {
      ...base(),
      teamId: team,
      budgetOverrideReason: 'Board-level deal',
    });
    expect(overridden.status).toBe(201);
  });

  it('never lets concurrent submissions overdraw a budget together', async () => {
    const team = teamId('Growth Marketing');
    expect((await admin.patch(`/api/settings/teams/${team}`, { quarterlyBudget: 6 })).status).toBe(200);
    const results = await Promise.all(
      Array.from({ length: 6 }, () => file(requester, { ...base(), teamId: team })),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(3);
    expect(results.filter((r) => r.status === 409)).toHaveLength(3);
    expect((await requester.get(`/api/requests/budget?teamId=${team}`)).body.spent).toBe(6);
  });

  it('refuses bad input naming the fields', async () => {
    const response = await file(requester, {
      ...base(),
      deliverableTypeId: term('persona', 'DevOps Engineer'),
      dueDate: 'next week',
      colour: 'red',
    });
    expect(response.status).toBe(422);
    expect(Object.keys(response.body.error.fields).sort()).toEqual(['colour', 'dueDate']);
    const wrongKind = await file(requester, {
      ...base(),
      deliverableTypeId: term('persona', 'DevOps Engineer'),
    });
    expect(wrongKind.body.error.fields).toEqual({ deliverableTypeId: 'must be a deliverable type id' });
  });
});

describe('triage and work', () => {
  it('walks a request from triage to closed, refusing illegal moves and recording who, when and why', async () => {
    const filed = (
      await file(requester, {
        ...base(),
        teamId: teamId('Product'),
        useCaseId: term('use_case', 'Security'),
      })
    ).body;
    const id = filed.id;
    const skip = await tmm.post(`/api/requests/${id}/transitions`, { to: 'completed' });
    expect(skip.status).toBe(409);
    expect(skip.body.error.code).toBe('illegal_transition');
    expect((await requester.post(`/api/requests/${id}/transitions`, { to: 'triage' })).status).toBe(403);
    expect((await tmm.post(`/api/requests/${id}/transitions`, { to: 'triage' })).body.state).toBe('triage');
    const noAssignee = await tmm.post(`/api/requests/${id}/transitions`, { to: 'assigned' });
    expect(noAssignee.body.error.fields).toEqual({ assigneeId: 'is required to assign' });
    const assigned = await tmm.post(`/api/requests/${id}/transitions`, {
      to: 'assigned',
      assigneeId: tmm.userId,
      stage: 'in_progress',
    });
    expect(assigned.body).toMatchObject({
      state: 'assigned',
      stage: 'in_progress',
      assignee: { id: tmm.userId },
    });
    const noAsset = await tmm.post(`/api/requests/${id}/transitions`, { to: 'completed' });
    expect(noAsset.body.error.fields).toHaveProperty('deliveredAssetIds');
    const asset = await createTestAsset(t.db, { title: 'New security demo', status: 'published' });
    const done = await tmm.post(`/api/requests/${id}/transitions`, {
      to: 'completed',
      deliveredAssetIds: [asset.id],
    });
    expect(done.body.deliveredAssets).toEqual([{ id: asset.id, name: 'New security demo' }]);
    expect(
      (await tmm.post(`/api/requests/${id}/transitions`, { to: 'closed' })).body.error.fields,
    ).toHaveProperty('results');
    const closed = await requester.post(`/api/requests/${id}/results`, {
      summary: 'Shown at 3 events',
      audienceReached: 900,
    });
    expect(closed.body.state).toBe('closed');
    const detail = (await requester.get(`/api/requests/${id}`)).body;
    expect(detail.history.map((e: { toState: string }) => e.toState)).toEqual([
      'new_request',
      'triage',
      'assigned',
      'completed',
      'closed',
    ]);
    expect(detail.history[1].actor.id).toBe(tmm.userId);
  });

  it('shows a requester that a draft was delivered, never its title', async () => {
    const filed = (await file(requester, { ...base(), teamId: teamId('Product') })).body;
    const id = filed.id;
    await tmm.post(`/api/requests/${id}/transitions`, { to: 'triage' });
    await tmm.post(`/api/requests/${id}/transitions`, { to: 'assigned', assigneeId: tmm.userId });
    const draft = await createTestAsset(t.db, { title: 'Unannounced roadmap deck', status: 'draft' });
    const done = await tmm.post(`/api/requests/${id}/transitions`, {
      to: 'completed',
      deliveredAssetIds: [draft.id],
    });
    expect(done.body.deliveredAssets).toEqual([{ id: draft.id, name: 'Unannounced roadmap deck' }]);
    const seen = await requester.get(`/api/requests/${id}`);
    expect(seen.body.deliveredAssets).toEqual([{ id: draft.id, name: 'An asset not published yet' }]);
    const listed = await requester.get('/api/requests?limit=100');
    expect(JSON.stringify(listed.body)).not.toContain('Unannounced roadmap deck');
    expect(JSON.stringify(seen.body)).not.toContain('Unannounced roadmap deck');
  });

  it('flags requests not reviewed within the review clock as overdue', async () => {
    const filed = (await file(requester, { ...base(), teamId: teamId('Engineering') })).body;
    const start = t.clock.now;
    t.clock.now = new Date('2026-11-24T10:00:01Z');
    try {
      const overdue = (await tmm.get('/api/requests?view=overdue')).body.requests;
      expect(overdue.map((r: { id: string }) => r.id)).toContain(filed.id);
      expect(overdue.every((r: { overdue: boolean }) => r.overdue)).toBe(true);
      await tmm.post(`/api/requests/${filed.id}/transitions`, { to: 'triage' });
      expect(
        (await tmm.get('/api/requests?view=overdue')).body.requests.map((r: { id: string }) => r.id),
      ).not.toContain(filed.id);
    } finally {
      t.clock.now = start;
    }
  });

  it('suggests the team member who owns the area, with the reason', async () => {
    const member = await t.as('tmm', { name: 'Sec Owner' });
    await admin.post('/api/settings/team-members', {
      userId: member.userId,
      quarterlyCapacity: 5,
      areaIds: [term('use_case', 'Security')],
    });
    const filed = (
      await file(requester, {
        ...base(),
        teamId: teamId('Alliances'),
        useCaseId: term('use_case', 'Security'),
      })
    ).body;
    const detail = (await tmm.get(`/api/requests/${filed.id}`)).body;
    expect(detail.suggestedAssignee).toMatchObject({
      userId: member.userId,
      reason: expect.stringContaining('owns the use case'),
    });
  });

  it('shows requesters only their own and their team’s requests, and viewers none', async () => {
    const other = await t.as('requester');
    const mine = (await file(other, { ...base(), teamId: teamId('Corporate Events') })).body;
    expect((await requester.get(`/api/requests/${mine.id}`)).status).toBe(404);
    expect(
      (await requester.get('/api/requests')).body.requests.some((r: { id: string }) => r.id === mine.id),
    ).toBe(false);
    expect((await other.get('/api/requests')).body.requests.map((r: { id: string }) => r.id)).toEqual([
      mine.id,
    ]);
    const viewer = await t.as('viewer');
    expect((await viewer.get('/api/requests')).status).toBe(403);
    expect((await viewer.post('/api/requests', base())).status).toBe(403);
    expect(
      (
        await other.post(`/api/requests/${mine.id}/transitions`, {
          to: 'canceled',
          reason: 'No longer needed',
        })
      ).body.state,
    ).toBe('canceled');
  });
});

describe('comments, priority and notifications', () => {
  it('sets priority in triage, which raises the score, and records it', async () => {
    const filed = (await tmm.get(`/api/requests/${(await fileAsRequester()).id}`)).body;
    expect((await requester.patch(`/api/requests/${filed.id}`, { priority: 1 })).status).toBe(403);
    const updated = await tmm.patch(`/api/requests/${filed.id}`, { priority: 1 });
    expect(updated.body.priority).toBe(1);
    expect(updated.body.score).toBe(filed.score + 30);
    expect(updated.body.scoreReasons[0]).toEqual({ points: 30, text: 'priority 1 set in triage' });
    expect((await tmm.patch(`/api/requests/${filed.id}`, { priority: 4 })).status).toBe(422);
    expect(
      (await tmm.patch(`/api/requests/${filed.id}`, { stage: 'waiting' })).body.error.fields,
    ).toHaveProperty('stage');
  });

  it('lets the requester change what their request asks for until it is accepted; triage stays with TMMs', async () => {
    const filed = await fileAsRequester();
    const own = (await requester.get(`/api/requests/${filed.id}`)).body;
    expect(own.allowedActions).toEqual(['read', 'edit', 'cancel', 'addResults']);
    const edited = await requester.patch(`/api/requests/${filed.id}`, {
      title: 'Demo for the Q2 security campaign',
      businessGoal: 'Pipeline for the Q2 security campaign',
      description: 'Two personas: the CISO and the AppSec lead.',
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body).toMatchObject({
      title: 'Demo for the Q2 security campaign',
      description: 'Two personas: the CISO and the AppSec lead.',
    });
    const history = (await tmm.get(`/api/requests/${filed.id}`)).body.history as {
      kind: string;
      reason: string;
    }[];
    expect(history.filter((event) => event.kind === 'field').map((event) => event.reason)).toEqual([
      'Changed title, business goal, description',
    ]);
    // Priority and work stage are triage: refused naming the field, and nothing else is saved.
    const triage = await requester.patch(`/api/requests/${filed.id}`, { priority: 1, title: 'Sneaky' });
    expect(triage.status).toBe(403);
    expect(triage.body.error.fields).toHaveProperty('priority');
    expect((await tmm.get(`/api/requests/${filed.id}`)).body.title).toBe('Demo for the Q2 security campaign');
    const blank = await requester.patch(`/api/requests/${filed.id}`, { title: '' });
    expect(blank.status).toBe(422);
    expect(blank.body.error.fields).toHaveProperty('title');

    await tmm.post(`/api/requests/${filed.id}/transitions`, { to: 'triage' });
    expect((await requester.patch(`/api/requests/${filed.id}`, { audience: 'CISOs' })).status).toBe(200);
    await tmm.post(`/api/requests/${filed.id}/transitions`, { to: 'backlog' });
    const accepted = (await requester.get(`/api/requests/${filed.id}`)).body;
    expect(accepted.allowedActions).not.toContain('edit');
    const late = await requester.patch(`/api/requests/${filed.id}`, { title: 'Too late' });
    expect(late.status).toBe(403);
    expect(late.body.error.message).toMatch(/accepted/);
    // TMMs change it whenever they need to.
    expect((await tmm.patch(`/api/requests/${filed.id}`, { eventName: 'Security summit' })).status).toBe(200);
    expect((await tmm.get(`/api/requests/${filed.id}`)).body.allowedActions).toContain('triage');
  });

  it('records stage and due date changes in the history in words, not field keys', async () => {
    const filed = await fileAsRequester();
    await tmm.post(`/api/requests/${filed.id}/transitions`, { to: 'triage' });
    await tmm.post(`/api/requests/${filed.id}/transitions`, { to: 'assigned', assigneeId: tmm.userId });
    const changed = await tmm.patch(`/api/requests/${filed.id}`, {
      stage: 'in_progress',
      dueDate: '2026-12-04',
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ stage: 'in_progress', dueDate: '2026-12-04' });
    const history = (await tmm.get(`/api/requests/${filed.id}`)).body.history as {
      kind: string;
      reason: string;
    }[];
    expect(history.filter((event) => event.kind === 'field').map((event) => event.reason)).toEqual([
      'Work stage: In progress · Due date: 2026-12-04',
    ]);
  });

  it('keeps a Markdown comment thread, renders it inert, and notifies the requester and @mentioned people', async () => {
    const mentioned = await t.as('tmm', { email: 'rosa.tmm@example.test', name: 'Rosa' });
    const filed = await fileAsRequester();
    const posted = await tmm.post(`/api/requests/${filed.id}/comments`, {
      body: 'Can you take this, @rosa.tmm? <script>alert(1)</script> **Thanks**',
    });
    expect(posted.status).toBe(201);
    expect(posted.body.bodyHtml).toContain('<strong>Thanks</strong>');
    expect(posted.body.bodyHtml).not.toContain('<script');
    const thread = (await requester.get(`/api/requests/${filed.id}/comments`)).body.comments;
    expect(thread).toHaveLength(1);
    const rosaNotes = (await mentioned.get('/api/notifications')).body.notifications;
    expect(rosaNotes.some((n: { link: string }) => n.link === `/requests/${filed.id}`)).toBe(true);
    const requesterNotes = (await requester.get('/api/notifications')).body.notifications;
    expect(
      requesterNotes.some((n: { title: string }) =>
        n.title.includes(`commented on request #${filed.number}`),
      ),
    ).toBe(true);
    expect((await tmm.post(`/api/requests/${filed.id}/comments`, { body: '   ' })).status).toBe(422);
  });

  it('tells the requester when their request moves', async () => {
    const filed = await fileAsRequester();
    await tmm.post(`/api/requests/${filed.id}/transitions`, { to: 'triage' });
    const notes = (await requester.get('/api/notifications')).body.notifications;
    expect(notes.map((n: { title: string }) => n.title)).toContain(
      `Request #${filed.number} moved to Triage`,
    );
  });

  it('shows a comment in a notification as plain text, never raw Markdown or HTML', async () => {
    const filed = await fileAsRequester();
    await tmm.post(`/api/requests/${filed.id}/comments`, {
      body: '## Draft ready\n\n**Review** the [outline](https://example.test/doc) & `notes` <img src=x onerror=alert(1)>',
    });
    const notes = (await requester.get('/api/notifications')).body.notifications as {
      title: string;
      body: string;
    }[];
    const note = notes.find((n) => n.title.includes(`request #${filed.number}`));
    expect(note?.body).toBe('Draft ready Review the outline & notes');
  });

  it('says which @mentions notified nobody, and offers only people who may see the request', async () => {
    const viewer = await t.as('viewer', { email: 'vic.viewer@example.test', name: 'Vic' });
    const gone = await t.as('tmm', { email: 'gone.tmm@example.test', name: 'Gone' });
    await admin.patch(`/api/users/${gone.userId}`, { active: false });
    const filed = await fileAsRequester();
    const people = (await requester.get(`/api/requests/${filed.id}/mentionable`)).body.people as {
      id: string;
      handle: string;
    }[];
    const handles = people.map((person) => person.handle);
    expect(handles).toContain(tmm.email.split('@')[0]);
    expect(handles).toContain(requester.email.split('@')[0]);
    expect(handles).not.toContain('vic.viewer');
    expect(handles).not.toContain('gone.tmm');
    const tmmHandle = tmm.email.split('@')[0];
    const posted = await requester.post(`/api/requests/${filed.id}/comments`, {
      body: `Thanks @${tmmHandle}. Also @vic.viewer, @gone.tmm and @nobody-here.`,
    });
    expect(posted.status).toBe(201);
    expect(posted.body.notNotified.sort()).toEqual(['gone.tmm', 'nobody-here', 'vic.viewer']);
    const seen = (await viewer.get('/api/notifications')).body.notifications as { link: string }[];
    expect(seen.some((n) => n.link === `/requests/${filed.id}`)).toBe(false);
    // Someone who cannot see the request cannot list who can.
    const other = await t.as('requester', { email: 'other.req@example.test', name: 'Other' });
    expect((await other.get(`/api/requests/${filed.id}/mentionable`)).status).toBe(404);
  });
});
