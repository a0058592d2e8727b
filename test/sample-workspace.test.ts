import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSampleWorkspace } from '../server/seed/sample-workspace.ts';
import { createTestContext, type TestContext } from './app.ts';

let t: TestContext;
let first: Awaited<ReturnType<typeof seedSampleWorkspace>>;
beforeAll(async () => {
  t = await createTestContext();
  first = await seedSampleWorkspace(t.db, { storage: t.storage });
});
afterAll(() => t.close());

describe('sample workspace', () => {
  it('loads the team, users of every role and a library of 40 assets, and a second run changes nothing', async () => {
    expect(first).toMatchObject({ created: 8, assets: 40, requests: 20, demos: 14, okrs: 3, plan: 21 });
    expect(first.engagement).toBeGreaterThan(1000);
    expect(await seedSampleWorkspace(t.db)).toEqual({
      created: 0,
      assets: 0,
      requests: 0,
      demos: 0,
      engagement: 0,
      okrs: 0,
      plan: 0,
      clicks: 0,
    });
    const priya = t.anonymous();
    expect((await priya.signIn('priya@lumenstack.example', 'showcase-sample')).status).toBe(200);
    const members = (await priya.get('/api/settings/team-members')).body.members;
    expect(members.map((m: { name: string }) => m.name).sort()).toEqual([
      'Mei Lindqvist',
      'Priya Raman',
      'Tomás Okafor',
    ]);
    const library = (await priya.get('/api/assets?limit=1')).body;
    expect(library.total).toBe(40);
    const formats = library.facets.format.map((f: { label: string }) => f.label);
    expect(formats).toEqual(
      expect.arrayContaining(['Demo video', 'Click-through demo', 'Webinar', 'Workshop', 'Lightning talk']),
    );
    const freshness = Object.fromEntries(
      library.facets.freshness.map((f: { value: string; count: number }) => [f.value, f.count]),
    );
    expect(freshness.expiring).toBeGreaterThan(0);
    expect(freshness.expired).toBeGreaterThan(0);
    expect(library.facets.visibility.map((f: { value: string }) => f.value).sort()).toEqual([
      'external',
      'internal',
    ]);
    expect((await priya.get('/api/lists')).body.lists).toHaveLength(5);
    const requests = (await priya.get('/api/requests')).body.requests;
    const states = new Set(requests.map((r: { state: string }) => r.state));
    for (const state of ['new_request', 'triage', 'backlog', 'assigned', 'completed', 'closed', 'declined'])
      expect(states).toContain(state);
    expect(requests.some((r: { overdue: boolean }) => r.overdue)).toBe(true);
    expect(requests.filter((r: { reuse: boolean }) => r.reuse)).toHaveLength(3);
    const roadmap = (await priya.get('/api/plan/roadmap')).body;
    const lanes = Object.fromEntries(
      roadmap.owners.map((o: { name: string; overCapacity: boolean; load: number }) => [o.name, o]),
    );
    expect(lanes['Tomás Okafor']).toMatchObject({ overCapacity: true });
    expect(lanes['Priya Raman'].overCapacity).toBe(false);
    expect(lanes['Mei Lindqvist'].overCapacity).toBe(false);
    expect(roadmap.warnings.some((w: string) => w.startsWith('Artifact registry migration guide'))).toBe(
      true,
    );
    const { from, to } = roadmap;
    const calendar = (await priya.get(`/api/plan/calendar?from=${from}&to=${to}`)).body;
    expect(calendar.events.map((e: { kind: string }) => e.kind).sort()).toEqual([
      'conference',
      'other',
      'webinar',
      'workshop',
    ]);
    const jordan = t.anonymous();
    await jordan.signIn('jordan@lumenstack.example', 'showcase-sample');
    expect(
      (await jordan.get('/api/requests')).body.requests.every(
        (r: { team: { name: string } }) => r.team.name === 'Sales',
      ),
    ).toBe(true);
  });

  it('has published assets with their distribution checklists and short links with clicks', async () => {
    expect(first.clicks).toBeGreaterThan(50);
    const priya = t.anonymous();
    await priya.signIn('priya@lumenstack.example', 'showcase-sample');
    const rows = await t.db.selectFrom('short_links').select(['asset_id']).distinct().execute();
    expect(rows).toHaveLength(4);
    const assetId = rows[0]?.asset_id as string;
    const links = (await priya.get(`/api/assets/${assetId}/short-links`)).body.shortLinks;
    expect(links.map((link: { channelName: string }) => link.channelName).sort()).toEqual([
      'LinkedIn',
      'Reddit',
      'X',
    ]);
    expect(links.every((link: { clicks: number }) => link.clicks > 0)).toBe(true);
    const distribution = (await priya.get(`/api/assets/${assetId}/distribution`)).body;
    expect(
      distribution.rows.filter((row: { status: string }) => row.status === 'done').length,
    ).toBeGreaterThanOrEqual(4);
    const announcement = (await priya.get(`/api/assets/${assetId}/announcement`)).body.text;
    expect(announcement).toMatch(/ published: .+\n\nLinkedIn: http/);
  });

  it('has a catalogue, demos with trails and storyboards, and two releases whose flags differ in score', async () => {
    const priya = t.anonymous();
    await priya.signIn('priya@lumenstack.example', 'showcase-sample');
    const catalogue = (await priya.get('/api/catalogue')).body;
    expect(catalogue.stages.length).toBeGreaterThanOrEqual(5);
    const releases = (await priya.get('/api/releases')).body;
    expect(releases.map((r: { version: string }) => r.version)).toEqual(['4.8', '4.7']);
    const demos = (await priya.get('/api/demos')).body;
    expect(demos.items.length).toBeGreaterThanOrEqual(10);
    expect(demos.counts.flagged).toBeGreaterThanOrEqual(2);
    expect(demos.counts.update_requested).toBe(1);
    expect(demos.counts.fresh).toBeGreaterThanOrEqual(1);
    const scores = new Set(
      demos.items.filter((d: { score: number }) => d.score > 0).map((d: { score: number }) => d.score),
    );
    expect(scores.size).toBeGreaterThanOrEqual(3);
    const first = (await priya.get(`/api/demos/${demos.items[0].id}`)).body;
    expect(first.trail.length).toBeGreaterThanOrEqual(4);
    expect(first.storyboard.scenes.length).toBeGreaterThanOrEqual(3);
    expect(first.script.words).toBeGreaterThan(0);
  });

  it('has a quarter of engagement: views, outside numbers, and share-link visits from two companies', async () => {
    const priya = t.anonymous();
    await priya.signIn('priya@lumenstack.example', 'showcase-sample');
    const okrs = (await priya.get('/api/okrs')).body;
    expect(okrs.objectives).toHaveLength(3);
    const keyResults = okrs.objectives.flatMap(
      (o: { keyResults: { value: number | null }[] }) => o.keyResults,
    );
    expect(keyResults).toHaveLength(6);
    // Live from the sample data: views of security content and a manual entry.
    expect(keyResults[1].value).toBeGreaterThan(0);
    expect(keyResults[5].value).toBe(4);
    const insights = (await priya.get('/api/insights')).body;
    expect(insights.totals.showcaseViews).toBeGreaterThan(500);
    expect(insights.totals.videoViews).toBeGreaterThan(0);
    expect(insights.totals.registrations).toBeGreaterThan(insights.totals.attendance);
    expect(insights.accounts.map((row: { name: string }) => row.name).sort()).toEqual([
      'Fabrikam Health',
      'Northwind Logistics',
    ]);
    expect(insights.accounts.every((row: { thisWeek: number }) => row.thisWeek > 0)).toBe(true);
    expect(insights.recipients).toHaveLength(3);
    expect(insights.timeOnPageSeconds).toBeGreaterThan(0);
    // The rollups the page reads add up to the raw events.
    const raw = await t.db
      .selectFrom('engagement_events')
      .select((eb) => eb.fn.sum<string>('quantity').as('total'))
      .where('source', '=', 'showcase')
      .where('occurred_at', '>=', new Date(`${insights.from}T00:00:00Z`))
      .executeTakeFirstOrThrow();
    expect(insights.totals.showcaseViews).toBe(Number(raw.total));
  });

  it('has two published click-through demos with drawn screenshots, one redacted, one flagged through its steps', async () => {
    const priya = t.anonymous();
    await priya.signIn('priya@lumenstack.example', 'showcase-sample');
    const demos = (await priya.get('/api/demos?sort=title')).body.items as {
      id: string;
      title: string;
      state: string;
    }[];
    const pipeline = demos.find((demo) => demo.title === 'Click-through: set up your first pipeline');
    const triage = demos.find((demo) => demo.title === 'Vulnerability triage in ten minutes a day');
    const pipelineView = (await priya.get(`/api/demos/${pipeline?.id}/click-through`)).body;
    const triageView = (await priya.get(`/api/demos/${triage?.id}/click-through`)).body;
    for (const view of [pipelineView, triageView]) {
      expect(view.steps.length).toBeGreaterThanOrEqual(10);
      expect(view.versions).toHaveLength(1);
      const shot = view.steps.find((step: { image: unknown }) => step.image);
      expect(shot.image).toMatchObject({ width: 1920, height: 1080 });
      expect((await priya.get(shot.image.url)).status).toBe(200);
    }
    expect(
      triageView.steps.filter((step: { redactions: unknown[] }) => step.redactions.length > 0),
    ).toHaveLength(1);
    expect(pipeline?.state).not.toBe('fresh');
    expect(pipelineView.flaggedStepIds.length).toBeGreaterThan(0);
    expect((await t.anonymous().get(`/play/${pipeline?.id}`)).status).toBe(200);
  });
});
