import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, createTestContext, type TestContext } from '../../../test/app.ts';
import { createTestAsset, createTestDemo, createTestRequest } from '../../../test/factories.ts';

/**
 * OKRs computed from live data. Every live key result is checked against the same figure
 * counted another way (raw rows, the freshness view), in 2033's second quarter, which no other
 * test writes to; solutions and teams made here keep other tests' rows out.
 */
let t: TestContext;
let tmm: Awaited<ReturnType<TestContext['as']>>;
let requester: ApiClient;
let viewer: ApiClient;
let solutionId: string;
let teamId: string;
const quarter = '2033-Q2';

beforeAll(async () => {
  t = await createTestContext();
  t.clock.now = new Date('2033-05-20T12:00:00Z');
  [tmm, requester, viewer] = await Promise.all([t.as('tmm'), t.as('requester'), t.as('viewer')]);
  const admin = await t.as('admin');
  solutionId = (await admin.post('/api/settings/terms', { kind: 'solution', name: 'OKR solution' })).body.id;
  teamId = (await admin.post('/api/settings/teams', { name: 'OKR team', quarterlyBudget: 100 })).body.id;
});
afterAll(() => t.close());

const objective = (keyResults: object[], title = 'Grow what the team ships') =>
  tmm.post('/api/okrs', { quarter, title, keyResults });

const historyOf = (keyResult: { history: { day: string; value: number | null }[] }) =>
  Object.fromEntries(keyResult.history.map((point) => [point.day, point.value]));

describe('live key results', () => {
  it('count assets published this quarter and engagement, equal to the raw rows, with history by week', async () => {
    const inQuarter = [];
    for (const today of ['2033-04-03', '2033-04-12', '2033-05-15'])
      inQuarter.push(
        await createTestAsset(t.db, {
          status: 'published',
          visibility: 'external',
          solutionIds: [solutionId],
          today,
        }),
      );
    await createTestAsset(t.db, { status: 'published', solutionIds: [solutionId], today: '2033-03-30' });
    await createTestAsset(t.db, { solutionIds: [solutionId], today: '2033-04-20' });
    const [first, second] = inQuarter;
    for (const day of ['2033-04-12', '2033-04-12', '2033-05-02']) {
      t.clock.now = new Date(`${day}T10:00:00Z`);
      const visitor = await t.as('viewer');
      expect((await visitor.post(`/api/assets/${first?.id}/views`, {})).status).toBe(200);
    }
    t.clock.now = new Date('2033-05-20T12:00:00Z');
    await tmm.put(`/api/assets/${second?.id}/outside-numbers`, {
      numbers: [{ kind: 'video_view', date: '2033-04-20', value: 50 }],
    });

    const made = await objective([
      { title: 'Publish solution content', measure: 'published_assets', filters: { solutionId }, target: 6 },
      { title: 'Engage', measure: 'engagement', filters: { solutionId }, target: 100 },
      {
        title: 'Views in Showcase',
        measure: 'engagement',
        filters: { solutionId, engagement: 'showcaseViews' },
        target: 10,
      },
    ]);
    expect(made.status).toBe(201);
    const [published, engagement, views] = made.body.keyResults;

    const { rows } = await sql<{ count: number }>`
      SELECT count(*)::int AS count FROM assets a JOIN asset_terms t ON t.asset_id = a.id AND t.term_id = ${solutionId}
      WHERE a.status = 'published' AND a.published_on BETWEEN '2033-04-01' AND '2033-05-20'`.execute(t.db);
    expect(published.value).toBe(rows[0]?.count);
    expect(published.value).toBe(3);
    expect(published.progress).toBe(0.5);
    expect(published.filterSummary).toBe('Solution: OKR solution');
    const { rows: events } = await sql<{ total: number }>`
      SELECT coalesce(sum(e.quantity), 0)::int AS total FROM engagement_events e
      JOIN asset_terms t ON t.asset_id = e.asset_id AND t.term_id = ${solutionId}
      WHERE e.occurred_at >= '2033-04-01' AND e.occurred_at < '2033-05-21' AND e.kind <> 'beat'`.execute(
      t.db,
    );
    expect(engagement.value).toBe(events[0]?.total);
    expect(engagement.value).toBe(53);
    expect(views.value).toBe(3);

    // The value at the end of each week: the quarter's 7th, 14th, … day, and today.
    expect(historyOf(published)).toEqual({
      '2033-04-07': 1,
      '2033-04-14': 2,
      '2033-04-21': 2,
      '2033-04-28': 2,
      '2033-05-05': 2,
      '2033-05-12': 2,
      '2033-05-19': 3,
      '2033-05-20': 3,
    });
    expect(historyOf(engagement)).toMatchObject({
      '2033-04-07': 0,
      '2033-04-14': 2,
      '2033-04-21': 52,
      '2033-05-05': 53,
    });
    // Every week's value (whole weeks from the weekly rollup, the last, partial one from the daily) is the raw events' count.
    const { rows: byWeek } = await sql<{ day: string; value: number }>`
      SELECT w.day::text AS day, (SELECT coalesce(sum(e.quantity), 0)::int FROM engagement_events e
        JOIN asset_terms t ON t.asset_id = e.asset_id AND t.term_id = ${solutionId}
        WHERE e.occurred_at >= '2033-04-01' AND e.occurred_at < ((w.day + 1)::timestamp AT TIME ZONE 'UTC')
          AND e.kind <> 'beat') AS value
      FROM unnest(${Object.keys(historyOf(engagement))}::date[]) AS w(day) ORDER BY w.day`.execute(t.db);
    expect(historyOf(engagement)).toEqual(Object.fromEntries(byWeek.map((row) => [row.day, row.value])));
  });

  it('count requests per team, the share reviewed within the SLA, answered with existing content, and delivered', async () => {
    const filed = [];
    for (const day of ['2033-04-04', '2033-04-05', '2033-04-18', '2033-05-20'])
      filed.push(await createTestRequest(t.db, { teamId, now: new Date(`${day}T09:00:00Z`) }));
    const [onTime, late, delivered] = filed;
    // Reviewed the next day (within two business days), and a week late.
    // Sessions follow the clock: each moment gets a fresh one.
    const tmmAt = async (moment: string) => {
      t.clock.now = new Date(moment);
      return t.as('tmm');
    };
    const reviewer = await tmmAt('2033-04-05T10:00:00Z');
    expect((await reviewer.post(`/api/requests/${onTime?.id}/transitions`, { to: 'triage' })).status).toBe(
      200,
    );
    const lateReviewer = await tmmAt('2033-04-15T10:00:00Z');
    expect((await lateReviewer.post(`/api/requests/${late?.id}/transitions`, { to: 'triage' })).status).toBe(
      200,
    );
    const triager = await tmmAt('2033-04-19T10:00:00Z');
    for (const to of ['triage', 'backlog'])
      expect((await triager.post(`/api/requests/${delivered?.id}/transitions`, { to })).status).toBe(200);
    const assigned = await triager.post(`/api/requests/${delivered?.id}/transitions`, {
      to: 'assigned',
      assigneeId: tmm.userId,
    });
    expect(assigned.status, JSON.stringify(assigned.body)).toBe(200);
    const finisher = await tmmAt('2033-05-02T10:00:00Z');
    const asset = await createTestAsset(t.db, { status: 'published', today: '2033-05-01' });
    const done = await finisher.post(`/api/requests/${delivered?.id}/transitions`, {
      to: 'completed',
      deliveredAssetIds: [asset.id],
    });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    t.clock.now = new Date('2033-05-20T12:00:00Z');

    const made = await objective(
      [
        { title: 'Requests', measure: 'requests_received', filters: { teamId }, target: 10 },
        { title: 'SLA', measure: 'requests_reviewed_in_sla', filters: { teamId }, target: 90 },
        { title: 'Delivered', measure: 'requests_delivered', filters: { teamId }, target: 2 },
      ],
      'Serve the field',
    );
    expect(made.status).toBe(201);
    const [received, sla, deliveredKr] = made.body.keyResults;
    const rows = await t.db.selectFrom('requests').selectAll().where('team_id', '=', teamId).execute();
    expect(received.value).toBe(rows.length);
    expect(received.value).toBe(4);
    // Due (or reviewed) by today: the first three; the last is within its clock, so not counted yet.
    const cutoff = new Date('2033-05-21T00:00:00Z');
    const counted = rows.filter((r) => r.review_due_at < cutoff || (r.reviewed_at && r.reviewed_at < cutoff));
    const inSla = counted.filter((r) => r.reviewed_at && r.reviewed_at <= r.review_due_at);
    expect(counted).toHaveLength(3);
    expect(sla.value).toBe(Math.round((1000 * inSla.length) / counted.length) / 10);
    expect(sla.value).toBe(66.7);
    expect(sla.unit).toBe('percent');
    expect(deliveredKr.value).toBe(1);
    expect(historyOf(deliveredKr)['2033-04-28']).toBe(0);
    expect(historyOf(deliveredKr)['2033-05-05']).toBe(1);

    const work = (await tmm.get('/api/insights/work?from=2033-04-01&to=2033-05-20')).body;
    expect(work.requests.find((row: { teamId: string }) => row.teamId === teamId)).toMatchObject({
      received: 4,
      reviewedInSla: 2,
      late: 1,
      awaitingReview: 1,
      delivered: 1,
    });
    const budget = work.budget.find((row: { teamId: string }) => row.teamId === teamId);
    const { rows: spent } = await sql<{ spent: number }>`
      SELECT coalesce(sum(cost), 0)::int AS spent FROM requests WHERE team_id = ${teamId} AND quarter = '2033-Q2'
        AND state IN ('new_request', 'triage', 'backlog', 'assigned', 'completed', 'closed')`.execute(t.db);
    expect(budget).toMatchObject({ budget: 100, spent: spent[0]?.spent });
    expect((await requester.get('/api/insights/work')).status).toBe(403);
  });

  it('give the share of published demos that are fresh, as the freshness view counts them', async () => {
    const ids: string[] = [];
    for (const title of ['OKR demo one', 'OKR demo two'])
      ids.push(
        (await createTestDemo(t.db, { asset: { title, solutionIds: [solutionId] }, now: t.clock.now })).id,
      );
    const made = await objective([
      { title: 'Fresh demos', measure: 'demos_fresh', filters: { solutionId }, target: 95 },
    ]);
    const view = (await tmm.get('/api/demos')).body.items.filter((item: { id: string }) =>
      ids.includes(item.id),
    );
    const fresh = view.filter((item: { state: string }) => item.state === 'fresh').length;
    expect(made.body.keyResults[0].value).toBe((100 * fresh) / view.length);
    expect(made.body.keyResults[0].value).toBe(100);
  });
});

describe('manual key results', () => {
  it('keep every number entered, and their history is the last number entered by each week’s end', async () => {
    const made = await objective([{ title: 'Campaigns influenced', measure: 'manual', target: 12 }]);
    const id = made.body.keyResults[0].id;
    expect(made.body.keyResults[0].value).toBeNull();
    for (const [day, value] of [
      ['2033-04-10', 2],
      ['2033-04-11', 3],
      ['2033-05-03', 7],
    ] as const) {
      t.clock.now = new Date(`${day}T15:00:00Z`);
      const editor = await t.as('tmm');
      expect((await editor.post(`/api/key-results/${id}/entries`, { value })).status).toBe(201);
    }
    t.clock.now = new Date('2033-05-20T12:00:00Z');
    const read = (await requester.get(`/api/okrs?quarter=${quarter}`)).body;
    const keyResult = read.objectives
      .flatMap((o: { keyResults: object[] }) => o.keyResults)
      .find((kr: { id: string }) => kr.id === id);
    expect(keyResult.value).toBe(7);
    expect(historyOf(keyResult)).toMatchObject({
      '2033-04-07': null,
      '2033-04-14': 3,
      '2033-04-28': 3,
      '2033-05-05': 7,
    });
    // A live key result's number is computed, never entered.
    const live = await objective([{ title: 'Live', measure: 'requests_received', target: 3 }]);
    const refused = await tmm.post(`/api/key-results/${live.body.keyResults[0].id}/entries`, { value: 4 });
    expect(refused.status).toBe(422);
    expect(refused.body.error.fields.value).toMatch(/computed/);
    // Outside its quarter a number would never count: refused, and the history is unchanged.
    t.clock.now = new Date('2033-07-02T12:00:00Z');
    const late = await (await t.as('tmm')).post(`/api/key-results/${id}/entries`, { value: 9 });
    expect(late.status).toBe(422);
    expect(late.body.error.fields.value).toMatch(/only during 2033 Q2/);
    const after = (await (await t.as('requester')).get(`/api/okrs?quarter=${quarter}`)).body;
    expect(
      after.objectives
        .flatMap((o: { keyResults: { id: string; value: number }[] }) => o.keyResults)
        .find((kr: { id: string }) => kr.id === id).value,
    ).toBe(7);
    t.clock.now = new Date('2033-05-20T12:00:00Z');
  });
});

describe('editing', () => {
  it('refuses filters a measure does not take, unknown records, percentages over 100 and bad quarters, naming the field', async () => {
    const cases: [object, string, RegExp][] = [
      [
        {
          quarter,
          title: 'x',
          keyResults: [{ title: 'k', measure: 'demos_fresh', filters: { teamId }, target: 5 }],
        },
        'keyResults.0.filters.teamId',
        /does not apply/,
      ],
      [
        { quarter, title: 'x', keyResults: [{ title: 'k', measure: 'demos_fresh', target: 150 }] },
        'keyResults.0.target',
        /at most 100/,
      ],
      [
        {
          quarter,
          title: 'x',
          keyResults: [
            { title: 'k', measure: 'published_assets', filters: { solutionId: teamId }, target: 5 },
          ],
        },
        'keyResults.0.filters.solutionId',
        /not a solution/,
      ],
      [
        { quarter, title: 'x', keyResults: [{ title: 'k', measure: 'nope', target: 5 }] },
        'keyResults.0.measure',
        /must be one of/,
      ],
      [
        { quarter, title: 'x', keyResults: [{ title: 'k', measure: 'manual', target: 0 }] },
        'keyResults.0.target',
        /more than 0/,
      ],
      [{ quarter: '2033-Q5', title: 'x' }, 'quarter', /quarter like/],
      [{ quarter, title: '' }, 'title', /required/],
    ];
    const before = (await tmm.get(`/api/okrs?quarter=${quarter}`)).body.objectives.length;
    for (const [body, field, message] of cases) {
      const response = await tmm.post('/api/okrs', body);
      expect(response.status, field).toBe(422);
      expect(response.body.error.fields[field], field).toMatch(message);
    }
    expect((await tmm.get(`/api/okrs?quarter=${quarter}`)).body.objectives.length).toBe(before);
    expect((await tmm.get('/api/okrs?quarter=Q2')).status).toBe(422);
  });

  it('edits with If-Match: a stale edit changes nothing and answers 412 with what is stored', async () => {
    const made = await objective([{ title: 'Target', measure: 'requests_received', target: 5 }], 'Editable');
    const id = made.body.id;
    const krId = made.body.keyResults[0].id;
    const renamed = await tmm.request(
      'PATCH',
      `/api/okrs/${id}`,
      { title: 'Renamed' },
      { 'if-match': `"v${made.body.version}"` },
    );
    expect(renamed.status).toBe(200);
    const stale = await tmm.request(
      'PATCH',
      `/api/okrs/${id}`,
      { title: 'Lost' },
      { 'if-match': `"v${made.body.version}"` },
    );
    expect(stale.status).toBe(412);
    expect(stale.body.error.current.title).toBe('Renamed');
    // A new measure drops the filters it does not take.
    await tmm.patch(`/api/key-results/${krId}`, { filters: { teamId } });
    const changed = await tmm.patch(`/api/key-results/${krId}`, { measure: 'demos_fresh', target: 80 });
    expect(changed.status).toBe(200);
    expect(changed.body.filters).toEqual({});
    expect(changed.body.measureLabel).toBe('Demos fresh');
    expect((await tmm.delete(`/api/key-results/${krId}`)).status).toBe(200);
    expect((await tmm.delete(`/api/okrs/${id}`)).status).toBe(200);
    expect((await tmm.get(`/api/okrs/${id}`)).status).toBe(404);
    expect((await requester.post('/api/okrs', { quarter, title: 'Mine' })).status).toBe(403);
    expect((await viewer.get('/api/okrs')).status).toBe(403);
  });
});
