import ical, { type CalendarResponse, type VEvent } from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, createTestContext, type TestContext } from '../../../test/app.ts';
import { createTestAsset, createTestRequest } from '../../../test/factories.ts';
import { escapeText, foldLine } from './plan.ical.ts';

/**
 * The content plan through HTTP: request → plan entry → asset, the roadmap's moves and warnings,
 * the calendar and its iCal feeds (parsed by node-ical, a standard parser), the spreadsheet
 * import. Everything is planned in 2031, which no other test writes to.
 */
let t: TestContext;
let tmm: Awaited<ReturnType<TestContext['as']>>;
let admin: Awaited<ReturnType<TestContext['as']>>;
let requester: Awaited<ReturnType<TestContext['as']>>;
let viewer: ApiClient;
let formatId: string;
let solutionId: string;

beforeAll(async () => {
  t = await createTestContext();
  t.clock.now = new Date('2031-07-07T09:00:00Z');
  [tmm, admin, requester, viewer] = await Promise.all([
    t.as('tmm', { name: 'Tess Planner' }),
    t.as('admin'),
    t.as('requester'),
    t.as('viewer'),
  ]);
  formatId = (await admin.post('/api/settings/terms', { kind: 'format', name: 'Plan test video' })).body.id;
  solutionId = (await admin.post('/api/settings/terms', { kind: 'solution', name: 'Plan test solution' }))
    .body.id;
});
afterAll(() => t.close());

const eventsOf = (parsed: CalendarResponse) =>
  Object.values(parsed).filter((item): item is VEvent => item?.type === 'VEVENT');

const entry = (overrides: object = {}) =>
  tmm.post('/api/plan/entries', {
    title: 'Pipelines in ten minutes',
    formatId,
    solutionId,
    ownerId: tmm.userId,
    startDate: '2031-08-04',
    dueDate: '2031-08-08',
    ...overrides,
  });

describe('plan entries from requests', () => {
  it('makes one entry per request however often it goes back and forth, and links request, entry and asset', async () => {
    const request = await createTestRequest(t.db, {
      title: 'Kubernetes agent walkthrough',
      solutionId,
      formatIds: [formatId],
      dueDate: '2031-08-20',
      now: t.clock.now,
    });
    const id = request.id;
    expect((await tmm.post(`/api/requests/${id}/transitions`, { to: 'triage' })).status).toBe(200);
    expect((await tmm.get(`/api/requests/${id}`)).body.planEntry).toBeNull();
    expect((await tmm.post(`/api/requests/${id}/transitions`, { to: 'backlog' })).status).toBe(200);
    const planned = (await tmm.get(`/api/requests/${id}`)).body.planEntry;
    expect(planned).toMatchObject({
      title: 'Kubernetes agent walkthrough',
      formatId,
      solutionId,
      ownerId: null,
      quarter: '2031-Q3',
      startDate: '2031-08-18',
      dueDate: '2031-08-22',
      status: 'planned',
      request: { id, number: request.number },
      displayName: 'Content: Kubernetes agent walkthrough - Unassigned - August, 2031',
    });
    // Back and forth: triage, backlog, assigned, backlog, assigned.
    for (const to of ['triage', 'backlog', 'assigned', 'backlog', 'assigned'])
      expect(
        (
          await tmm.post(`/api/requests/${id}/transitions`, {
            to,
            assigneeId: to === 'assigned' ? tmm.userId : undefined,
          })
        ).status,
      ).toBe(200);
    const list = (await tmm.get('/api/plan/entries?quarter=2031-Q3')).body.entries.filter(
      (e: { request: { id: string } | null }) => e.request?.id === id,
    );
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      id: planned.id,
      ownerId: tmm.userId,
      displayName: 'Content: Kubernetes agent walkthrough - Tess Planner - August, 2031',
    });
    // The entry links back; once completed with an asset, both show it.
    const asset = await createTestAsset(t.db, { title: 'Agent walkthrough video', status: 'published' });
    expect(
      (await tmm.post(`/api/requests/${id}/transitions`, { to: 'completed', deliveredAssetIds: [asset.id] }))
        .status,
    ).toBe(200);
    const done = (await tmm.get(`/api/plan/entries/${planned.id}`)).body;
    expect(done).toMatchObject({ status: 'published', asset: { id: asset.id }, request: { id } });
    expect((await tmm.get(`/api/requests/${id}`)).body.planEntry.asset.id).toBe(asset.id);
  });

  it('assigning straight from triage plans it with its owner; a declined request drops its entry', async () => {
    const request = await createTestRequest(t.db, { now: t.clock.now });
    await tmm.post(`/api/requests/${request.id}/transitions`, { to: 'triage' });
    await tmm.post(`/api/requests/${request.id}/transitions`, { to: 'assigned', assigneeId: tmm.userId });
    const planned = (await tmm.get(`/api/requests/${request.id}`)).body.planEntry;
    expect(planned.ownerId).toBe(tmm.userId);
    await tmm.post(`/api/requests/${request.id}/transitions`, { to: 'backlog' });
    await tmm.post(`/api/requests/${request.id}/transitions`, { to: 'declined', reason: 'Not this year' });
    expect((await tmm.get(`/api/plan/entries/${planned.id}`)).body.status).toBe('dropped');
  });

  it('shows a requester the request link only for requests they may see', async () => {
    const other = await createTestRequest(t.db, { now: t.clock.now });
    await tmm.post(`/api/requests/${other.id}/transitions`, { to: 'triage' });
    await tmm.post(`/api/requests/${other.id}/transitions`, { to: 'backlog' });
    const seen = (await requester.get('/api/plan/entries?quarter=2031-Q3')).body.entries.find(
      (e: { title: string }) => e.title === other.title,
    );
    expect(seen).toBeDefined();
    expect(seen.request).toBeNull();
  });
});

describe('entries, moves and the roadmap', () => {
  it('creates, versions with If-Match, and refuses bad input naming each field', async () => {
    const made = await entry({ title: 'Versioned entry' });
    expect(made.status).toBe(201);
    expect(made.headers.get('etag')).toBe('"v1"');
    const first = await tmm.request(
      'PATCH',
      `/api/plan/entries/${made.body.id}`,
      { status: 'in_progress' },
      { 'if-match': '"v1"' },
    );
    expect(first.status).toBe(200);
    const stale = await tmm.request(
      'PATCH',
      `/api/plan/entries/${made.body.id}`,
      { title: 'Lost' },
      { 'if-match': '"v1"' },
    );
    expect(stale.status).toBe(412);
    expect(stale.body.error.current.status).toBe('in_progress');

    const bad = await tmm.post('/api/plan/entries', {
      title: '',
      startDate: '2031-08-08',
      dueDate: '2031-08-04',
      quarter: 'Q9',
      status: 'maybe',
    });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['quarter', 'status', 'title']);
    const reversed = await entry({ startDate: '2031-08-08', dueDate: '2031-08-04' });
    expect(reversed.body.error.fields).toEqual({ dueDate: 'must be on or after the start date' });
    const refs = await entry({ formatId: solutionId, ownerId: requester.userId });
    expect(refs.status).toBe(422);
    expect(refs.body.error.fields).toEqual({
      formatId: 'must be a format id',
      ownerId: 'must be an active TMM or admin',
    });
    const backwards = await tmm.patch(`/api/plan/entries/${made.body.id}`, { dueDate: '2031-08-01' });
    expect(backwards.status).toBe(422);
    expect(backwards.body.error.fields).toHaveProperty('dueDate');
    expect((await tmm.get('/api/plan/entries/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('moves an entry to another week keeping its weekday and length, and to another owner', async () => {
    const other = await t.as('tmm', { name: 'Otto Other' });
    const made = (await entry({ title: 'Movable', startDate: '2031-08-05', dueDate: '2031-08-08' })).body;
    const moved = await tmm.post(`/api/plan/entries/${made.id}/move`, {
      week: '2031-09-17',
      ownerId: other.userId,
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({
      startDate: '2031-09-16',
      dueDate: '2031-09-19',
      ownerId: other.userId,
    });
    expect(moved.body.displayName).toBe('Content: Movable - Otto Other - September, 2031');
    const stale = await tmm.request(
      'POST',
      `/api/plan/entries/${made.id}/move`,
      { week: '2031-09-01' },
      { 'if-match': '"v1"' },
    );
    expect(stale.status).toBe(412);
    const empty = await tmm.post(`/api/plan/entries/${made.id}/move`, {});
    expect(empty.status).toBe(422);
    expect(empty.body.error.fields).toHaveProperty('week');
    expect((await requester.post(`/api/plan/entries/${made.id}/move`, { week: '2031-09-01' })).status).toBe(
      403,
    );
  });

  it('shows each owner’s load against capacity, warning when over it or when a due date leaves its quarter', async () => {
    const busy = await t.as('tmm', { name: 'Bea Busy' });
    const member = await admin.post('/api/settings/team-members', {
      userId: busy.userId,
      title: 'TMM',
      quarterlyCapacity: 2,
    });
    expect(member.status).toBe(201);
    for (const title of ['One', 'Two'])
      await entry({
        title: `Busy ${title}`,
        ownerId: busy.userId,
        quarter: '2031-Q4',
        startDate: '2031-10-06',
        dueDate: '2031-10-10',
      });
    let roadmap = (await requester.get('/api/plan/roadmap?quarter=2031-Q4')).body;
    let lane = roadmap.owners.find((owner: { id: string }) => owner.id === busy.userId);
    expect(lane).toMatchObject({ capacity: 2, load: 2, overCapacity: false, warning: null });
    expect(roadmap.weeks[0]).toBe('2031-09-29');
    expect(roadmap.weeks).toHaveLength(14);
    const third = (
      await entry({
        title: 'Busy Three',
        ownerId: busy.userId,
        quarter: '2031-Q4',
        startDate: '2031-10-13',
        dueDate: '2031-10-17',
      })
    ).body;
    roadmap = (await tmm.get('/api/plan/roadmap?quarter=2031-Q4')).body;
    lane = roadmap.owners.find((owner: { id: string }) => owner.id === busy.userId);
    expect(lane).toMatchObject({ load: 3, overCapacity: true });
    expect(roadmap.warnings).toContain('Bea Busy has 3 pieces planned against a capacity of 2');
    // Dragged into January, it stays a Q4 entry and warns.
    await tmm.post(`/api/plan/entries/${third.id}/move`, { week: '2032-01-07' });
    roadmap = (await tmm.get('/api/plan/roadmap?quarter=2031-Q4')).body;
    const moved = roadmap.entries.find((e: { id: string }) => e.id === third.id);
    expect(moved.warnings).toEqual(['Due 2032-01-09, outside 2031-Q4 (2031-10-01 to 2031-12-31)']);
    expect(roadmap.warnings).toContain(
      'Busy Three: Due 2032-01-09, outside 2031-Q4 (2031-10-01 to 2031-12-31)',
    );
    // A dropped entry is no load.
    await tmm.patch(`/api/plan/entries/${third.id}`, { status: 'dropped' });
    lane = (await tmm.get('/api/plan/roadmap?quarter=2031-Q4')).body.owners.find(
      (owner: { id: string }) => owner.id === busy.userId,
    );
    expect(lane).toMatchObject({ load: 2, overCapacity: false });
    expect((await viewer.get('/api/plan/roadmap?quarter=2031-Q4')).status).toBe(403);
    expect((await tmm.get('/api/plan/roadmap?quarter=2031-Q5')).body.error.fields).toHaveProperty('quarter');
  });
});

describe('calendar and iCal feeds', () => {
  it('lists entries and events of a range, and refuses bad events naming the field', async () => {
    const made = await tmm.post('/api/plan/events', {
      kind: 'webinar',
      title: 'Ship faster, webinar',
      startsAt: '2031-08-12T16:00:00Z',
      endsAt: '2031-08-12T17:00:00Z',
      location: 'Online',
      registrationUrl: 'https://example.com/register?a=1&b=2',
      ownerId: tmm.userId,
    });
    expect(made.status).toBe(201);
    const calendar = (await requester.get('/api/plan/calendar?from=2031-08-01&to=2031-08-31')).body;
    expect(calendar.events.map((e: { id: string }) => e.id)).toContain(made.body.id);
    expect(calendar.entries.length).toBeGreaterThan(0);
    const bad = await tmm.post('/api/plan/events', {
      kind: 'party',
      title: 'x',
      startsAt: '2031-08-12T16:00:00Z',
      endsAt: '2031-08-12T15:00:00Z',
      registrationUrl: 'javascript:alert(1)',
    });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['kind', 'registrationUrl']);
    const backwards = await tmm.post('/api/plan/events', {
      kind: 'other',
      title: 'Backwards',
      startsAt: '2031-08-12T16:00:00Z',
      endsAt: '2031-08-12T15:00:00Z',
    });
    expect(backwards.body.error.fields).toEqual({ endsAt: 'must be at or after the start' });
    expect(
      (await tmm.get('/api/plan/calendar?from=2031-08-31&to=2031-08-01')).body.error.fields,
    ).toHaveProperty('to');
  });

  it('serves a valid RFC 5545 feed behind a secret that can be revoked and re-issued; a moved entry keeps its UID', async () => {
    const long = `A very long title, with commas; semicolons and a backslash \\ — ünïcödé ${'x'.repeat(80)}`;
    const made = (await entry({ title: long.slice(0, 200), notes: 'Line one\nLine two' })).body;
    const issued = await tmm.post('/api/plan/feeds/mine', {});
    expect(issued.status).toBe(201);
    const path = new URL(issued.body.url).pathname;
    expect(path).toMatch(/^\/feeds\/calendar\/cal_[\w-]+\.ics$/);
    const read = async () => t.anonymous().request('GET', path);
    const first = await read();
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toContain('text/calendar');
    const text = first.body as string;
    // CRLF everywhere, no line over 75 octets, folded lines start with a space.
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:/);
    const parsed = ical.sync.parseICS(text);
    const uid = `plan-entry-${made.id}@showcase`;
    const event = parsed[uid] as VEvent;
    expect(event.type).toBe('VEVENT');
    expect(event.summary).toBe(`Content: ${long.slice(0, 200)} - Tess Planner - August, 2031`);
    expect(event.description).toContain('Line one\nLine two');
    expect(event.start.toISOString().slice(0, 10)).toBe('2031-08-04');
    const webinar = eventsOf(parsed).find((item) => String(item.summary).startsWith('Webinar: Ship faster'));
    expect(webinar?.summary).toBe('Webinar: Ship faster, webinar');
    expect(webinar?.location).toBe('Online');

    await tmm.post(`/api/plan/entries/${made.id}/move`, { week: '2031-09-01' });
    const after = ical.sync.parseICS((await read()).body as string);
    const movedEvent = after[uid] as VEvent;
    expect(movedEvent.start.toISOString().slice(0, 10)).toBe('2031-09-01');
    expect(Number(movedEvent.sequence)).toBeGreaterThan(Number(event.sequence));
    expect(Object.keys(after).filter((key) => key === uid)).toHaveLength(1);

    const feeds = (await tmm.get('/api/plan/feeds')).body.feeds;
    expect(feeds).toEqual([expect.objectContaining({ scope: 'mine' })]);
    expect(JSON.stringify(feeds)).not.toContain(path.split('/').pop()?.replace('.ics', ''));
    // Re-issued: the old address stops working, the new one works.
    t.clock.now = new Date('2031-07-08T09:00:00Z');
    const reissued = await tmm.post('/api/plan/feeds/mine', {});
    expect(reissued.body).toMatchObject({ createdAt: '2031-07-08T09:00:00.000Z', lastReadAt: null });
    expect((await read()).status).toBe(404);
    expect((await t.anonymous().request('GET', new URL(reissued.body.url).pathname)).status).toBe(200);
    expect((await tmm.delete('/api/plan/feeds/mine')).status).toBe(200);
    expect((await t.anonymous().request('GET', new URL(reissued.body.url).pathname)).status).toBe(404);
    expect((await tmm.delete('/api/plan/feeds/mine')).status).toBe(404);
    expect((await t.anonymous().request('GET', '/feeds/calendar/cal_guessed-token-123.ics')).status).toBe(
      404,
    );
  });

  it('a team feed carries everyone’s entries; a requester may subscribe, a viewer may not', async () => {
    const team = await requester.post('/api/plan/feeds/team', {});
    expect(team.status).toBe(201);
    const parsed = ical.sync.parseICS(
      (await t.anonymous().request('GET', new URL(team.body.url).pathname)).body as string,
    );
    expect(eventsOf(parsed).length).toBeGreaterThan(3);
    // Other teams' requests are not named to a requester: the feed says no request number.
    expect(eventsOf(parsed).some((item) => String(item.description).includes('Request #'))).toBe(false);
    const tmmTeam = await tmm.post('/api/plan/feeds/team', {});
    const full = ical.sync.parseICS(
      (await t.anonymous().request('GET', new URL(tmmTeam.body.url).pathname)).body as string,
    );
    expect(eventsOf(full).some((item) => String(item.description).includes('Request #'))).toBe(true);
    expect((await viewer.post('/api/plan/feeds/team', {})).status).toBe(403);
    expect((await requester.post('/api/plan/feeds/everyone', {})).body.error.fields).toHaveProperty('scope');
  });
});

describe('spreadsheet import', () => {
  const sheet = [
    'Content,Type,DRI,Publish Date,Quarter,Status,Comments',
    'Runner fleet deep dive,Plan test video,Tess Planner,9/15/2031,Q3 2031,In Progress,"Needs a demo, with sound"',
    'Security scanning tour,Plan test video,,2031-09-22,,Planned,',
  ];

  it('guesses a mapping, dry-runs, refuses rows naming the column, changes nothing on failure, and remembers the mapping', async () => {
    const bad = [...sheet, 'Broken row,Podcast,Nobody Known,31/31/2031,Q7,Maybe,'].join('\n');
    const before = (await tmm.get('/api/plan/entries?quarter=2031-Q3')).body.entries.length;
    const dry = await tmm.post('/api/plan/import', { content: bad });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, applied: false, created: 2, updated: 0, refused: 1 });
    expect(dry.body.mapping).toEqual({
      Content: 'title',
      Type: 'format',
      DRI: 'owner',
      'Publish Date': 'dueDate',
      Quarter: 'quarter',
      Status: 'status',
      Comments: 'notes',
    });
    expect(dry.body.rows[2]).toMatchObject({ row: 4, action: 'refuse' });
    expect(Object.keys(dry.body.rows[2].errors).sort()).toEqual([
      'DRI',
      'Publish Date',
      'Quarter',
      'Status',
      'Type',
    ]);
    // A real import with a refused row stores nothing.
    const failed = await tmm.post('/api/plan/import', { content: bad, dryRun: false });
    expect(failed.body).toMatchObject({ applied: false, refused: 1 });
    expect((await tmm.get('/api/plan/entries?quarter=2031-Q3')).body.entries.length).toBe(before);
    expect((await tmm.get('/api/plan/import/mapping')).body.mapping).toEqual({});

    const good = await tmm.post('/api/plan/import', { content: sheet.join('\n'), dryRun: false });
    expect(good.body).toMatchObject({ applied: true, created: 2, refused: 0 });
    const entries = (await tmm.get('/api/plan/entries?quarter=2031-Q3')).body.entries;
    expect(entries.find((e: { title: string }) => e.title === 'Runner fleet deep dive')).toMatchObject({
      startDate: '2031-09-15',
      dueDate: '2031-09-15',
      status: 'in_progress',
      ownerId: tmm.userId,
      formatId,
      notes: 'Needs a demo, with sound',
    });
    expect(entries.find((e: { title: string }) => e.title === 'Security scanning tour')).toMatchObject({
      startDate: '2031-09-22',
      dueDate: '2031-09-22',
    });
    // Remembered: a sheet with a renamed heading mapped once keeps its mapping next time.
    expect((await tmm.get('/api/plan/import/mapping')).body.mapping.DRI).toBe('owner');
    const again = await tmm.post('/api/plan/import', {
      content: sheet.join('\n').replace('In Progress', 'Published'),
      dryRun: false,
    });
    expect(again.body).toMatchObject({ applied: true, created: 0, updated: 2 });
  });

  it('refuses a mapping without title or due date, and unknown columns, naming them', async () => {
    const missing = await tmm.post('/api/plan/import', {
      content: sheet.join('\n'),
      mapping: { 'Publish Date': 'ignore' },
    });
    expect(missing.status).toBe(422);
    expect(missing.body.error.fields.mapping).toContain('dueDate');
    const unknown = await tmm.post('/api/plan/import', {
      content: sheet.join('\n'),
      mapping: { Nope: 'title' },
    });
    expect(unknown.body.error.fields).toHaveProperty(['mapping.Nope']);
    const wrong = await tmm.post('/api/plan/import', { content: sheet.join('\n'), mapping: { DRI: 'boss' } });
    expect(wrong.status).toBe(422);
    expect((await requester.post('/api/plan/import', { content: sheet.join('\n') })).status).toBe(403);
  });
});

describe('iCal folding', () => {
  it('folds at 75 octets without splitting a character, and unfolds to the same line', () => {
    for (const line of [
      `SUMMARY:${'é'.repeat(100)}`,
      `SUMMARY:${'a'.repeat(73)}😀${'b'.repeat(80)}`,
      'SHORT:ok',
    ]) {
      const folded = foldLine(line);
      for (const part of folded.split('\r\n'))
        expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
      expect(folded.replace(/\r\n /g, '')).toBe(line);
    }
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });
});
