import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Term } from '../../../shared/schemas/settings.ts';
import { createTestContext, type TestContext } from '../../../test/app.ts';

let t: TestContext;
let admin: Awaited<ReturnType<TestContext['as']>>;
beforeAll(async () => {
  t = await createTestContext();
  admin = await t.as('admin');
});
afterAll(() => t.close());

async function terms(kind: string): Promise<Term[]> {
  return (await admin.get(`/api/settings/terms?kind=${kind}`)).body.terms;
}

describe('workspace defaults from the team practice', () => {
  // A database no other test has re-ranked, renamed or added to.
  let t: TestContext;
  let admin: Awaited<ReturnType<TestContext['as']>>;
  beforeAll(async () => {
    t = await createTestContext();
    admin = await t.as('admin');
  });
  afterAll(() => t.close());
  const terms = async (kind: string): Promise<Term[]> =>
    (await admin.get(`/api/settings/terms?kind=${kind}`)).body.terms;

  it('ranks the fourteen deliverable types with Analyst Demos first and Evangelization last', async () => {
    const types = await terms('deliverable_type');
    expect(types).toHaveLength(14);
    expect(types[0]?.name).toBe('Analyst Demos/Analyst Evaluations');
    expect(types.at(-1)?.name).toBe('Evangelization');
    expect(types.every((type) => type.formatIds.length > 0)).toBe(true);
  });

  it('has the content formats, buyer stages, solutions with their use cases, and nine teams with 15 points each', async () => {
    expect((await terms('format')).map((term) => term.name)).toContain('Lightning talk');
    expect((await terms('buyer_stage')).map((term) => term.name)).toEqual([
      'Awareness',
      'Consideration',
      'Decision',
    ]);
    const solutions = await terms('solution');
    const useCases = await terms('use_case');
    const delivery = solutions.find((s) => s.name === 'Automated Software Delivery');
    expect(useCases.filter((u) => u.parentId === delivery?.id).map((u) => u.name)).toContain('CI');
    const teams = (await admin.get('/api/settings/teams')).body.teams;
    expect(teams).toHaveLength(9);
    expect(teams.every((team: { quarterlyBudget: number }) => team.quarterlyBudget === 15)).toBe(true);
  });
});

describe('taxonomy terms', () => {
  it('renames a term without changing its id', async () => {
    const [persona] = await terms('persona');
    const renamed = await admin.patch(`/api/settings/terms/${persona?.id}`, { name: 'Software Developer' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ id: persona?.id, name: 'Software Developer' });
  });

  it('refuses a duplicate name within a kind, case-insensitively, naming the field', async () => {
    const duplicate = await admin.post('/api/settings/terms', { kind: 'region', name: 'emea' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.fields).toEqual({ name: 'is already in use' });
    expect((await admin.post('/api/settings/terms', { kind: 'industry', name: 'EMEA' })).status).toBe(201);
  });

  it('puts a use case under a solution and refuses one without, or under the wrong kind', async () => {
    const [solution] = await terms('solution');
    const [persona] = await terms('persona');
    expect(
      (
        await admin.post('/api/settings/terms', {
          kind: 'use_case',
          name: 'Code Review',
          parentId: solution?.id,
        })
      ).status,
    ).toBe(201);
    const orphan = await admin.post('/api/settings/terms', { kind: 'use_case', name: 'Orphan' });
    expect(orphan.status).toBe(422);
    expect(orphan.body.error.fields).toEqual({ parentId: 'is required' });
    const wrongKind = await admin.post('/api/settings/terms', {
      kind: 'use_case',
      name: 'Wrong',
      parentId: persona?.id,
    });
    expect(wrongKind.status).toBe(422);
    expect(wrongKind.body.error.fields).toHaveProperty('parentId');
  });

  it('refuses to delete a term in use, says what uses it, and allows archiving it instead', async () => {
    const format = (await terms('format')).find((f) => f.name === 'Webinar') as Term;
    expect(format.usage).toBeGreaterThan(0);
    const refused = await admin.delete(`/api/settings/terms/${format.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('in_use');
    expect(refused.body.error.message).toMatch(/“Webinar” is used by \d+ deliverable types?/);
    expect((await terms('format')).some((f) => f.id === format.id)).toBe(true);
    const archived = await admin.patch(`/api/settings/terms/${format.id}`, { archived: true });
    expect(archived.body.archived).toBe(true);
    const restored = await admin.patch(`/api/settings/terms/${format.id}`, { archived: false });
    expect(restored.body.archived).toBe(false);
  });

  it('deletes a term nothing uses', async () => {
    const created = await admin.post('/api/settings/terms', { kind: 'segment', name: 'Startups' });
    expect((await admin.delete(`/api/settings/terms/${created.body.id}`)).status).toBe(200);
    expect((await terms('segment')).some((s) => s.id === created.body.id)).toBe(false);
    expect((await admin.delete(`/api/settings/terms/${created.body.id}`)).status).toBe(404);
  });

  it('re-ranks deliverable types and refuses an order that leaves one out', async () => {
    const types = await terms('deliverable_type');
    const reversed = types.map((type) => type.id).reverse();
    const response = await admin.put('/api/settings/terms/order', {
      kind: 'deliverable_type',
      ids: reversed,
    });
    expect(response.status).toBe(200);
    expect(response.body.terms.map((type: Term) => type.id)).toEqual(reversed);
    expect((await terms('deliverable_type'))[0]?.name).toBe('Evangelization');
    const partial = await admin.put('/api/settings/terms/order', {
      kind: 'deliverable_type',
      ids: reversed.slice(1),
    });
    expect(partial.status).toBe(422);
    expect(partial.body.error.fields).toHaveProperty('ids');
    expect((await terms('deliverable_type')).map((type) => type.id)).toEqual(reversed);
  });

  it('sets the formats of a deliverable type, only to formats', async () => {
    const [type] = await terms('deliverable_type');
    const [lightning, presentation] = (await terms('format')).filter((f) =>
      ['Lightning talk', 'Presentation'].includes(f.name),
    );
    const updated = await admin.patch(`/api/settings/terms/${type?.id}`, {
      formatIds: [lightning?.id, presentation?.id],
    });
    expect(updated.status).toBe(200);
    expect(updated.body.formatIds.sort()).toEqual([lightning?.id, presentation?.id].sort());
    const [region] = await terms('region');
    const wrong = await admin.patch(`/api/settings/terms/${type?.id}`, { formatIds: [region?.id] });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.fields).toHaveProperty('formatIds');
  });
});

describe('requesting teams and team members', () => {
  it('creates a team with the workspace default budget and changes it', async () => {
    await admin.patch('/api/settings/workspace', { settings: { defaultTeamBudget: 12 } });
    const team = await admin.post('/api/settings/teams', { name: 'Partner Marketing' });
    expect(team.body.quarterlyBudget).toBe(12);
    const changed = await admin.patch(`/api/settings/teams/${team.body.id}`, { quarterlyBudget: 20 });
    expect(changed.body.quarterlyBudget).toBe(20);
    expect((await admin.delete(`/api/settings/teams/${team.body.id}`)).status).toBe(200);
  });

  it('adds a TMM with areas of responsibility and capacity, refuses non-TMMs and non-area terms', async () => {
    const tmm = await t.as('tmm');
    const viewer = await t.as('viewer');
    const [solution] = await terms('solution');
    const ci = (await terms('use_case')).find((u) => u.name === 'CI');
    const created = await admin.post('/api/settings/team-members', {
      userId: tmm.userId,
      title: 'TMM, Delivery',
      quarterlyCapacity: 7,
      areaIds: [solution?.id, ci?.id],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ userId: tmm.userId, quarterlyCapacity: 7, email: tmm.email });
    expect(created.body.areaIds).toHaveLength(2);
    expect((await admin.post('/api/settings/team-members', { userId: tmm.userId })).status).toBe(409);
    const notTmm = await admin.post('/api/settings/team-members', { userId: viewer.userId });
    expect(notTmm.status).toBe(422);
    expect(notTmm.body.error.fields).toHaveProperty('userId');
    const [persona] = await terms('persona');
    const badArea = await admin.patch(`/api/settings/team-members/${created.body.id}`, {
      areaIds: [persona?.id],
    });
    expect(badArea.status).toBe(422);
    expect(badArea.body.error.fields).toHaveProperty('areaIds');

    const refused = await admin.delete(`/api/settings/terms/${ci?.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('team member area');
  });
});
