import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, createTestContext, type TestContext } from '../../../test/app.ts';
import { createTestAsset } from '../../../test/factories.ts';
import { recordEngagement } from './insights.service.ts';

/**
 * Insights read the rollups of the one engagement model. Every figure here is checked against
 * the raw events (or a count written out by hand for a scripted set of events), in a quarter of
 * 2031 that no other test writes to.
 */
let t: TestContext;
let tmm: ApiClient;
let requester: ApiClient;
let viewer: ApiClient;
let solutionId: string;
let personaId: string;
let published: { id: string; title: string };
let draft: { id: string; title: string };

const range = 'from=2031-01-01&to=2031-03-31';

beforeAll(async () => {
  t = await createTestContext();
  t.clock.now = new Date('2031-02-10T09:00:00Z');
  [tmm, requester, viewer] = await Promise.all([t.as('tmm'), t.as('requester'), t.as('viewer')]);
  const admin = await t.as('admin');
  solutionId = (await admin.post('/api/settings/terms', { kind: 'solution', name: 'Insights solution' })).body
    .id;
  personaId = (await admin.post('/api/settings/terms', { kind: 'persona', name: 'Insights persona' })).body
    .id;
  published = await createTestAsset(t.db, {
    title: 'Published for insights',
    status: 'published',
    visibility: 'external',
    solutionIds: [solutionId],
    personaIds: [personaId],
  });
  draft = await createTestAsset(t.db, { title: 'Draft for insights', solutionIds: [solutionId] });
});
afterAll(() => t.close());

/** What the raw events of the range add up to, per source and kind. */
async function rawCounts(assetId?: string) {
  const { rows } = await sql<{ source: string; kind: string; total: number }>`
    SELECT source, kind, sum(quantity)::int AS total FROM engagement_events
    WHERE occurred_at >= '2031-01-01' AND occurred_at < '2031-04-01'
      ${assetId ? sql`AND asset_id = ${assetId}` : sql``}
    GROUP BY 1, 2`.execute(t.db);
  return Object.fromEntries(rows.map((row) => [`${row.source}/${row.kind}`, row.total]));
}

describe('views in Showcase', () => {
  it('are events of the engagement model, counted per day in insights and on the asset', async () => {
    for (const day of ['2031-02-10', '2031-02-10', '2031-02-11']) {
      t.clock.now = new Date(`${day}T10:00:00Z`);
      expect((await viewer.post(`/api/assets/${published.id}/views`, {})).status).toBe(200);
    }
    const engagement = (await tmm.get(`/api/assets/${published.id}/engagement?${range}`)).body;
    expect(engagement.totals.showcaseViews).toBe(3);
    expect(engagement.days.map((day: any) => [day.day, day.showcaseViews])).toEqual([
      ['2031-02-10', 2],
      ['2031-02-11', 1],
    ]);
    expect((await rawCounts(published.id))['showcase/view']).toBe(3);
    // The view count used for ranking moved with it.
    expect((await tmm.get(`/api/assets/${published.id}`)).body.viewCount).toBe(3);
  });
});

describe('numbers from outside', () => {
  it('are one per asset, kind and day: entered again they replace, 0 removes, and the rollups follow', async () => {
    const put = (numbers: object[]) => tmm.put(`/api/assets/${published.id}/outside-numbers`, { numbers });
    const first = await put([
      { kind: 'video_view', date: '2031-01-05', value: 120 },
      { kind: 'video_view', date: '2031-01-06', value: 80 },
      { kind: 'registration', date: '2031-01-06', value: 40 },
    ]);
    expect(first.body).toEqual({ created: 3, updated: 0, unchanged: 0, removed: 0 });
    const second = await put([
      { kind: 'video_view', date: '2031-01-05', value: 150 },
      { kind: 'video_view', date: '2031-01-06', value: 80 },
      { kind: 'registration', date: '2031-01-06', value: 0 },
    ]);
    expect(second.body).toEqual({ created: 0, updated: 1, unchanged: 1, removed: 1 });
    const engagement = (await tmm.get(`/api/assets/${published.id}/engagement?${range}`)).body;
    expect(engagement.totals.videoViews).toBe(230);
    expect(engagement.totals.registrations).toBe(0);
    expect(engagement.outside).toEqual([
      { kind: 'video_view', date: '2031-01-06', value: 80 },
      { kind: 'video_view', date: '2031-01-05', value: 150 },
    ]);
    const raw = await rawCounts(published.id);
    expect(raw['outside/video_view']).toBe(230);
    expect(raw['outside/registration']).toBeUndefined();
  });

  it('refuse bad input naming the field, changing nothing', async () => {
    const before = await rawCounts(published.id);
    for (const numbers of [
      [{ kind: 'tweets', date: '2031-01-05', value: 1 }],
      [{ kind: 'video_view', date: '2031-02-30', value: 1 }],
      [{ kind: 'video_view', date: '2031-01-05', value: -1 }],
      [{ kind: 'video_view', date: '2031-01-05', value: 1.5 }],
      [{ kind: 'video_view', date: '0000-01-01', value: 1 }],
      [
        { kind: 'video_view', date: '2031-01-05', value: 1 },
        { kind: 'video_view', date: '2031-01-05', value: 2 },
      ],
      [],
    ]) {
      const response = await tmm.put(`/api/assets/${published.id}/outside-numbers`, { numbers });
      expect(response.status, JSON.stringify(numbers)).toBe(422);
      expect(Object.keys(response.body.error.fields).join()).toMatch(/numbers/);
    }
    expect((await viewer.put(`/api/assets/${published.id}/outside-numbers`, { numbers: [] })).status).toBe(
      403,
    );
    expect(await rawCounts(published.id)).toEqual(before);
  });

  it('are set by clients at the same moment without a deadlock, whatever order each lists them in', async () => {
    // Found by the fuzzer: two writes naming the same days in opposite orders deadlocked (a 500).
    const numbers = [
      { kind: 'attendance', date: '2032-03-01', value: 1 },
      { kind: 'video_view', date: '2032-06-15', value: 2 },
      { kind: 'blog_view', date: '2032-03-01', value: 3 },
      { kind: 'registration', date: '2032-06-15', value: 4 },
    ];
    for (let round = 0; round < 6; round++) {
      const responses = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          tmm.put(`/api/assets/${published.id}/outside-numbers`, {
            numbers: (i % 2 ? [...numbers].reverse() : numbers).map((n) => ({
              ...n,
              value: n.value + round * 10 + i,
            })),
          }),
        ),
      );
      for (const response of responses) expect(response.status, JSON.stringify(response.body)).toBe(200);
    }
  });

  it('import from CSV: a dry run counts, a row with a problem names its line and column and nothing is written', async () => {
    const before = await rawCounts();
    const csv = [
      'asset,date,kind,value',
      `${published.id},2031-03-01,Blog views,"1,200"`,
      `${published.id},2031-03-01,attendance,35`,
      `${published.id},2031-01-05,video views,150`,
    ].join('\n');
    const dry = (await tmm.post('/api/insights/outside-numbers/import', { csv, dryRun: true })).body;
    expect(dry).toMatchObject({ dryRun: true, rows: 3, created: 2, updated: 0, unchanged: 1, problems: [] });
    expect(await rawCounts()).toEqual(before);

    const bad = `${csv}\n${draft.id}x,2031-03-02,podcast plays,ten\n${published.id},0000-01-01,video views,1\n`;
    const refused = (await tmm.post('/api/insights/outside-numbers/import', { csv: bad })).body;
    expect(refused.problems).toEqual([
      { line: 5, column: 'asset', message: expect.stringContaining('no asset has the id') },
      { line: 5, column: 'kind', message: expect.any(String) },
      { line: 5, column: 'value', message: expect.any(String) },
      { line: 6, column: 'date', message: 'must be in 1900 or later' },
    ]);
    expect(await rawCounts()).toEqual(before);

    const done = (await tmm.post('/api/insights/outside-numbers/import', { csv })).body;
    expect(done).toMatchObject({ dryRun: false, created: 2, unchanged: 1, problems: [] });
    const after = await rawCounts(published.id);
    expect(after['outside/blog_view']).toBe(1200);
    expect(after['outside/attendance']).toBe(35);
    // The same file again changes nothing.
    expect((await tmm.post('/api/insights/outside-numbers/import', { csv })).body).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 3,
    });
    const missing = await tmm.post('/api/insights/outside-numbers/import', {
      csv: 'asset,when,value\nx,y,1\n',
    });
    expect(missing.body.problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ line: 1, column: 'kind' })]),
    );
  });
});

describe('insights', () => {
  beforeAll(async () => {
    // A draft's engagement (previews) is in the model, but requesters do not see drafts.
    await recordEngagement(t.db, {
      asset_id: draft.id,
      source: 'showcase',
      kind: 'view',
      occurred_at: new Date('2031-02-12T10:00:00Z'),
    });
  });

  it('adds up the rollups to what the raw events count, ranking assets, solutions, formats and personas', async () => {
    const response = await tmm.get(`/api/insights?${range}`);
    const body = response.body;
    expect(response.status, JSON.stringify(body)).toBe(200);
    const raw = await rawCounts();
    expect(body.totals.showcaseViews).toBe(raw['showcase/view']);
    expect(body.totals.videoViews).toBe(raw['outside/video_view']);
    expect(body.totals.blogViews).toBe(raw['outside/blog_view']);
    const sumOfDays = body.days.reduce((sum: number, day: any) => sum + day.showcaseViews, 0);
    expect(sumOfDays).toBe(body.totals.showcaseViews);
    expect(body.topAssets[0]).toMatchObject({ id: published.id, total: 3 + 230 + 1200 + 35 });
    expect(body.bySolution).toEqual([
      { id: solutionId, name: 'Insights solution', total: 3 + 230 + 1200 + 35 + 1 },
    ]);
    expect(body.byPersona).toEqual([{ id: personaId, name: 'Insights persona', total: 3 + 230 + 1200 + 35 }]);
    const byMeasure = (await tmm.get(`/api/insights?${range}&measure=showcaseViews`)).body;
    expect(byMeasure.topAssets.map((row: any) => [row.id, row.total])).toEqual([
      [published.id, 3],
      [draft.id, 1],
    ]);
    const filtered = (await tmm.get(`/api/insights?${range}&personaId=${personaId}&measure=showcaseViews`))
      .body;
    expect(filtered.totals.showcaseViews).toBe(3);
  });

  it('shows each role only the assets it may see, and is not for viewers', async () => {
    const seen = (await requester.get(`/api/insights?${range}&measure=showcaseViews`)).body;
    expect(seen.topAssets.map((row: any) => row.id)).toEqual([published.id]);
    expect(seen.totals.showcaseViews).toBe(3);
    expect((await viewer.get(`/api/insights?${range}`)).status).toBe(403);
    expect((await requester.get(`/api/assets/${draft.id}/engagement?${range}`)).status).toBe(404);
  });

  it('refuses a range that ends before it starts or spans more than two years, naming the field', async () => {
    for (const query of [
      'from=2031-03-01&to=2031-02-01',
      'from=2020-01-01&to=2031-01-01',
      'from=yesterday',
    ]) {
      const response = await tmm.get(`/api/insights?${query}`);
      expect(response.status, query).toBe(422);
      expect(response.body.error.fields).toHaveProperty('from');
    }
  });
});

describe('the summary over ranges', () => {
  it('gives days and asset totals equal to the raw events, whether a range holds whole weeks or not', async () => {
    const asset = await createTestAsset(t.db, {
      title: 'Summed for insights',
      status: 'published',
      visibility: 'external',
    });
    const event = (source: 'showcase' | 'short_link', kind: 'view' | 'click', at: string) =>
      recordEngagement(t.db, { asset_id: asset.id, source, kind, occurred_at: new Date(at) });
    // At a quarter's edges, at a week's edges (weeks of the quarter: from 01-01, 01-08, …) and inside one.
    for (const at of [
      '2031-01-01T00:00:00Z',
      '2031-01-07T23:59:59Z',
      '2031-01-08T00:00:00Z',
      '2031-01-10T12:00:00Z',
      '2031-03-25T10:00:00Z',
      '2031-03-31T23:59:00Z',
    ])
      await event('showcase', 'view', at);
    await event('short_link', 'click', '2031-01-09T10:00:00Z');
    await event('short_link', 'click', '2031-03-30T10:00:00Z');
    await event('showcase', 'view', '2031-04-01T00:00:00Z'); // the next quarter

    const measured = sql.join(
      [
        sql`(source = 'share_link' AND kind = 'visit')`,
        sql`(source = 'showcase' AND kind = 'view')`,
        sql`kind = 'download'`,
        sql`(source = 'short_link' AND kind = 'click')`,
        sql`(source = 'click_through' AND kind = 'session')`,
        sql`(source = 'outside' AND kind IN ('video_view', 'blog_view', 'registration', 'attendance'))`,
      ],
      sql` OR `,
    );
    for (const [from, to] of [
      ['2031-01-01', '2031-03-31'],
      ['2031-01-01', '2031-01-07'],
      ['2031-01-02', '2031-01-09'],
      ['2031-01-08', '2031-03-30'],
      ['2031-01-10', '2031-01-10'],
      ['2031-03-31', '2031-04-02'],
    ]) {
      const where = `${from}…${to}`;
      const range = sql`occurred_at >= ${from}::date::timestamp AT TIME ZONE 'UTC'
        AND occurred_at < (${to}::date + 1)::timestamp AT TIME ZONE 'UTC'`;
      const { rows: totals } = await sql<{ id: string; all: number; views: number }>`
        SELECT asset_id AS id, sum(quantity)::float8 AS all,
          (sum(quantity) FILTER (WHERE source = 'showcase' AND kind = 'view'))::float8 AS views
        FROM engagement_events WHERE ${range} AND (${measured}) GROUP BY asset_id`.execute(t.db);
      const { rows: days } = await sql<{ day: string; views: number }>`
        SELECT (occurred_at AT TIME ZONE 'UTC')::date::text AS day, sum(quantity)::float8 AS views
        FROM engagement_events WHERE ${range} AND source = 'showcase' AND kind = 'view'
        GROUP BY 1 ORDER BY 1`.execute(t.db);

      const whole = (await tmm.get(`/api/insights?from=${from}&to=${to}`)).body;
      expect(
        whole.topAssets.map((row: { id: string; total: number }) => [row.id, row.total]).sort(),
        where,
      ).toEqual(totals.map((row) => [row.id, row.all]).sort());
      expect(
        whole.days
          .filter((day: { showcaseViews: number }) => day.showcaseViews > 0)
          .map((day: { day: string; showcaseViews: number }) => ({ day: day.day, views: day.showcaseViews })),
        where,
      ).toEqual(days);
      // One measure, and a filter that narrows the assets (the join to assets on both parts).
      const views = (await tmm.get(`/api/insights?from=${from}&to=${to}&measure=showcaseViews`)).body;
      expect(
        views.topAssets.map((row: { id: string; total: number }) => [row.id, row.total]).sort(),
        where,
      ).toEqual(
        totals
          .filter((row) => row.views > 0)
          .map((row) => [row.id, row.views])
          .sort(),
      );
      const published = (
        await requester.get(`/api/insights?from=${from}&to=${to}&measure=showcaseViews`)
      ).body.topAssets.find((row: { id: string }) => row.id === asset.id);
      expect(published?.total ?? 0, where).toBe(totals.find((row) => row.id === asset.id)?.views ?? 0);
    }
  });
});

describe('share-link activity', () => {
  it('per company and per recipient equals what the raw link events add up to', async () => {
    const asset = await createTestAsset(t.db, {
      title: 'Shared for insights',
      status: 'published',
      visibility: 'external',
      safeToShare: true,
    });
    const made = async (input: Record<string, unknown>) => {
      const response = await tmm.post(`/api/assets/${asset.id}/share-links`, input);
      expect(response.status, JSON.stringify(response.body)).toBe(201);
      return response.body.link as { id: string; recipients: { id: string; email: string }[] };
    };
    const group = await made({
      name: 'Group at Initech',
      audience: 'group',
      recipients: [
        { name: 'Ana', email: 'ana@initech.example' },
        { name: 'Bo', email: 'bo@initech.example' },
      ],
    });
    const account = await made({ name: 'Account link', audience: 'account', accountName: 'Globex' });
    const ana = group.recipients.find((r) => r.email === 'ana@initech.example')?.id as string;
    const bo = group.recipients.find((r) => r.email === 'bo@initech.example')?.id as string;
    const event = (link: string, recipient: string | null, kind: 'visit' | 'beat' | 'download', at: string) =>
      recordEngagement(t.db, {
        asset_id: asset.id,
        link_id: link,
        recipient_id: recipient,
        source: 'share_link',
        kind,
        seconds: kind === 'beat' ? 10 : 0,
        occurred_at: new Date(at),
      });
    await event(group.id, ana, 'visit', '2031-01-05T10:00:00Z');
    await event(group.id, ana, 'beat', '2031-01-05T10:00:10Z');
    await event(group.id, ana, 'visit', '2031-03-28T10:00:00Z');
    await event(group.id, bo, 'download', '2031-03-29T10:00:00Z');
    await event(account.id, null, 'visit', '2031-02-01T10:00:00Z');
    await event(account.id, null, 'visit', '2031-02-01T11:00:00Z');
    await event(account.id, null, 'beat', '2031-02-01T11:00:10Z');
    await event(account.id, null, 'visit', '2030-12-31T10:00:00Z'); // before the range

    // The whole quarter (whole weeks of the quarter: the weekly rollup, and the last 7 days from
    // the daily one), and ranges that start and end inside weeks (their edges from the daily one).
    for (const [from, to, first] of [
      ['2031-01-01', '2031-03-31', 'initech.example'],
      ['2031-01-05', '2031-03-28', 'initech.example'],
      ['2031-01-06', '2031-03-27', 'Globex'],
      ['2031-02-01', '2031-02-03', 'Globex'],
    ]) {
      const end = sql`(${to}::date + 1)::timestamp AT TIME ZONE 'UTC'`;
      const start = sql`${from}::date::timestamp AT TIME ZONE 'UTC'`;
      const { rows: accounts } = await sql`
        SELECT coalesce(nullif(s.account_name, ''), nullif(split_part(r.email, '@', 2), ''), s.name) AS name,
          (count(*) FILTER (WHERE e.kind = 'visit'))::float8 AS visits, sum(e.seconds)::float8 AS seconds,
          (count(*) FILTER (WHERE e.kind = 'download'))::float8 AS downloads,
          max((e.occurred_at AT TIME ZONE 'UTC')::date)::text AS "lastDay",
          (count(*) FILTER (WHERE e.kind = 'visit' AND e.occurred_at >= ${end} - interval '7 days'))::float8 AS "thisWeek"
        FROM engagement_events e JOIN share_links s ON s.id = e.link_id
          LEFT JOIN share_link_recipients r ON r.id = e.recipient_id
        WHERE e.asset_id = ${asset.id} AND e.occurred_at >= ${start} AND e.occurred_at < ${end}
        GROUP BY 1 ORDER BY "thisWeek" DESC, visits DESC, name`.execute(t.db);
      const { rows: recipients } = await sql`
        SELECT max(r.name) AS name, lower(r.email) AS email, split_part(lower(r.email), '@', 2) AS account,
          (count(*) FILTER (WHERE e.kind = 'visit'))::float8 AS visits, sum(e.seconds)::float8 AS seconds,
          max((e.occurred_at AT TIME ZONE 'UTC')::date)::text AS "lastDay"
        FROM engagement_events e JOIN share_link_recipients r ON r.id = e.recipient_id
        WHERE e.asset_id = ${asset.id} AND e.occurred_at >= ${start} AND e.occurred_at < ${end}
        GROUP BY lower(r.email) ORDER BY visits DESC, seconds DESC, email`.execute(t.db);
      expect((accounts[0] as { name: string } | undefined)?.name, `${from}…${to}`).toBe(first);

      const body = (await tmm.get(`/api/insights?from=${from}&to=${to}`)).body;
      const mine = (names: string[]) => (row: { name: string; email?: string }) =>
        names.includes(row.email ?? row.name);
      expect(body.accounts.filter(mine(['initech.example', 'Globex'])), `${from}…${to}`).toEqual(accounts);
      expect(
        body.recipients.filter(mine(['ana@initech.example', 'bo@initech.example'])),
        `${from}…${to}`,
      ).toEqual(recipients);
    }
  });
});
