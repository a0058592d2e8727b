import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/app.ts';
import { createTestRequest } from '../../../test/factories.ts';
import type { Principal } from '../../http/context.ts';
import { listRequests } from './requests.service.ts';

/** The request list sorts and pages in the database: its own database, so it knows every request. */
let t: TestContext;
let tmm: Awaited<ReturnType<TestContext['as']>>;
let admin: Awaited<ReturnType<TestContext['as']>>;
let filer: Principal;
let terms: { id: string; kind: string; name: string; position: number; archived: boolean }[];

beforeAll(async () => {
  t = await createTestContext();
  t.clock.now = new Date('2026-11-20T10:00:00Z');
  tmm = await t.as('tmm');
  admin = await t.as('admin');
  filer = { userId: tmm.userId, email: tmm.email, name: 'Tam', role: 'tmm', via: 'session' };
  terms = (await tmm.get('/api/settings/terms')).body.terms;
});
afterAll(() => t.close());

type Listed = {
  id: string;
  number: number;
  score: number;
  dueDate: string | null;
  title: string;
  scoreReasons: { points: number }[];
};
const list = async (query: string) => {
  const response = await tmm.get(`/api/requests?${query}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body as { total: number; requests: Listed[] };
};
const ofKind = (kind: string) =>
  terms
    .filter((term) => term.kind === kind && !term.archived)
    .sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : 1));
async function newTeam(name: string) {
  const response = await admin.post('/api/settings/teams', { name, quarterlyBudget: 1000 });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.id as string;
}

/** Highest score first, the older number first among equals, and each score the sum of its reasons. */
function expectPriorityOrder(requests: Listed[]) {
  for (const request of requests)
    expect(request.score).toBe(request.scoreReasons.reduce((sum, reason) => sum + reason.points, 0));
  const ordered = [...requests].sort((a, b) => b.score - a.score || a.number - b.number);
  expect(requests.map((r) => [r.number, r.score])).toEqual(ordered.map((r) => [r.number, r.score]));
}

describe('the request list', () => {
  it('finds the top request among more than 500, however old, and pages through every one once', async () => {
    const team = await newTeam('Volume team');
    const [best] = ofKind('deliverable_type');
    const worst = ofKind('deliverable_type').at(-1);
    const start = t.clock.now.getTime() - 30 * 86_400_000;
    // The oldest request of all has the top score: priority 1, the first deliverable type, due soon.
    const oldest = await createTestRequest(t.db, {
      teamId: team,
      title: 'The oldest request, and the most urgent',
      deliverableTypeId: best?.id,
      dueDate: '2026-11-24',
      requester: filer,
      now: new Date(start),
    });
    expect((await tmm.patch(`/api/requests/${oldest.id}`, { priority: 1 })).status).toBe(200);
    for (let i = 1; i <= 520; i += 4) {
      await Promise.all(
        [0, 1, 2, 3].map((j) =>
          createTestRequest(t.db, {
            teamId: team,
            title: `Routine request ${i + j}`,
            // More than a quarter's budget: a TMM files past it with a reason.
            budgetOverrideReason: 'Volume check',
            deliverableTypeId: worst?.id,
            requester: filer,
            now: new Date(start + (i + j) * 60_000),
          }),
        ),
      );
    }
    const first = await list(`teamId=${team}&limit=10`);
    expect(first.total).toBe(521);
    expect(first.requests).toHaveLength(10);
    expect(first.requests[0]?.id).toBe(oldest.id);
    expect(first.requests[0]?.scoreReasons).toContainEqual({ points: 30, text: 'priority 1 set in triage' });
    expectPriorityOrder(first.requests);

    const seen: Listed[] = [];
    for (let offset = 0; offset < first.total; offset += 200) {
      const page = await list(`teamId=${team}&limit=200&offset=${offset}`);
      expect(page.total).toBe(521);
      seen.push(...page.requests);
    }
    expect(seen).toHaveLength(521);
    expect(new Set(seen.map((r) => r.id)).size).toBe(521);
    expectPriorityOrder(seen);
    expect((await list(`teamId=${team}&limit=200&offset=600`)).requests).toEqual([]);

    const newest = await list(`teamId=${team}&sort=number&limit=3`);
    expect(newest.requests.map((r) => r.number)).toEqual(
      [...newest.requests.map((r) => r.number)].sort((a, b) => b - a),
    );
    expect((await list(`teamId=${team}&sort=number&order=asc&limit=1`)).requests[0]?.id).toBe(oldest.id);
    expect((await list(`teamId=${team}&sort=due_date&limit=1`)).requests[0]?.dueDate).toBe('2026-11-24');
  });

  it('orders by the same score the reasons add up to, for any mix of priorities, ranks and due dates', async () => {
    const types = ofKind('deliverable_type');
    const solutions = ofKind('solution');
    const spec = fc.record({
      priority: fc.constantFrom(undefined, 1, 2, 3),
      type: fc.nat(types.length - 1),
      solution: fc.option(fc.nat(solutions.length - 1), { nil: undefined }),
      dueInDays: fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }),
      // Days the clock moves on after filing: a due date may pass, bands change.
      later: fc.integer({ min: 0, max: 70 }),
    });
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(spec, { minLength: 2, maxLength: 8 }),
        fc.shuffledSubarray(
          solutions.map((s) => s.id),
          { minLength: solutions.length },
        ),
        fc.option(fc.nat(types.length - 1), { nil: undefined }),
        async (specs, solutionOrder, archive) => {
          const team = await newTeam(`Property team ${run++}`);
          const filedAt = new Date('2026-11-20T10:00:00Z');
          t.clock.now = filedAt;
          for (const [index, item] of specs.entries()) {
            const request = await createTestRequest(t.db, {
              teamId: team,
              title: `Mixed request ${index}`,
              deliverableTypeId: types[item.type]?.id,
              solutionId: item.solution === undefined ? undefined : solutions[item.solution]?.id,
              dueDate:
                item.dueInDays === undefined
                  ? undefined
                  : new Date(filedAt.getTime() + item.dueInDays * 86_400_000).toISOString().slice(0, 10),
              requester: filer,
              now: filedAt,
            });
            if (item.priority)
              expect(
                (await tmm.patch(`/api/requests/${request.id}`, { priority: item.priority })).status,
              ).toBe(200);
          }
          // Re-ranked solutions and an archived deliverable type change the scores of stored requests.
          expect(
            (await admin.put('/api/settings/terms/order', { kind: 'solution', ids: solutionOrder })).status,
          ).toBe(200);
          const archived = archive === undefined ? undefined : types[archive];
          if (archived) await admin.patch(`/api/settings/terms/${archived.id}`, { archived: true });
          t.clock.now = new Date(filedAt.getTime() + (specs[0]?.later ?? 0) * 86_400_000);
          try {
            // Signed in on the later day (the others' sessions may have run out by then).
            const reader = await t.as('tmm');
            const page = (await reader.get(`/api/requests?teamId=${team}&limit=200`)).body;
            expect(page.total).toBe(specs.length);
            expectPriorityOrder(page.requests);
            // The score the database sorted by is, request by request, the one the reasons add up to.
            const sorted = await listRequests({
              db: t.db,
              principal: filer,
              states: [],
              view: 'all',
              teamId: team,
              limit: 200,
              offset: 0,
              now: t.clock.now,
            });
            expect(sorted.rows.map((row) => [row.number, row.score])).toEqual(
              page.requests.map((r: Listed) => [r.number, r.score]),
            );
          } finally {
            t.clock.now = filedAt;
            if (archived) await admin.patch(`/api/settings/terms/${archived.id}`, { archived: false });
          }
        },
      ),
      { numRuns: 12 },
    );
  });

  it('narrows a view by state, and refuses a bad page naming the field', async () => {
    expect(await list('view=needs_triage&state=backlog')).toEqual({ total: 0, requests: [] });
    const triage = await list('view=needs_triage&state=new_request&limit=5');
    expect(triage.total).toBeGreaterThan(0);
    const bad = await tmm.get('/api/requests?limit=0&offset=-1&sort=colour');
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['limit', 'offset', 'sort']);
  });
});
