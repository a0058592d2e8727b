import { OpenAPIHono, z } from '@hono/zod-openapi';
import { can } from '../../../shared/roles.ts';
import { idParams, okSchema } from '../../../shared/schemas/common.ts';
import {
  calendarFeedListSchema,
  calendarQuery,
  calendarSchema,
  createPlanEntrySchema,
  createPlanEventSchema,
  feedParams,
  feedTokenParams,
  issuedFeedSchema,
  movePlanEntrySchema,
  planEntryListSchema,
  planEntryQuery,
  planEntrySchema,
  planEventSchema,
  planImportFields,
  planImportMappingSchema,
  planImportResultSchema,
  planImportSchema,
  roadmapQuery,
  roadmapSchema,
  updatePlanEntrySchema,
  updatePlanEventSchema,
} from '../../../shared/schemas/plan.ts';
import { type AppEnv, principalOf } from '../../http/context.ts';
import { defineRoute, jsonBody, jsonResponse } from '../../http/route.ts';
import {
  conflictResponse,
  ifMatchHeaders,
  versionedResponse,
  versionedWrite,
  withETag,
} from '../../http/versions.ts';
import { feedBaseUrl } from '../library/library.feed.ts';
import { buildCalendar } from './plan.ical.ts';
import { getImportMapping, importPlan } from './plan.import.ts';
import { presentCalendarFeed, presentPlanEntry, presentPlanEvent } from './plan.presenter.ts';
import {
  createPlanEntry,
  createPlanEvent,
  deletePlanEntry,
  deletePlanEvent,
  getCalendar,
  getPlanEntry,
  getPlanEvent,
  getRoadmap,
  issueCalendarFeed,
  listCalendarFeeds,
  listPlanEntries,
  movePlanEntry,
  planViewerOf,
  readCalendarFeed,
  revokeCalendarFeed,
  updatePlanEntry,
  updatePlanEvent,
} from './plan.service.ts';

const tags = ['Plan'];

const routes = {
  list: defineRoute('plan.read', {
    method: 'get',
    path: '/api/plan/entries',
    tags,
    summary: 'Plan entries, by quarter, owner or status',
    request: { query: planEntryQuery },
    responses: { 200: jsonResponse(planEntryListSchema, 'Plan entries by due date') },
  }),
  create: defineRoute('plan.edit', {
    method: 'post',
    path: '/api/plan/entries',
    tags,
    summary: 'Plan a piece of content',
    request: { body: jsonBody(createPlanEntrySchema) },
    responses: { 201: versionedResponse(planEntrySchema, 'Planned') },
  }),
  get: defineRoute('plan.read', {
    method: 'get',
    path: '/api/plan/entries/{id}',
    tags,
    summary: 'One plan entry, with its request and asset',
    request: { params: idParams },
    responses: { 200: versionedResponse(planEntrySchema, 'The plan entry') },
  }),
  update: defineRoute('plan.edit', {
    method: 'patch',
    path: '/api/plan/entries/{id}',
    tags,
    summary: 'Change a plan entry',
    request: { params: idParams, headers: ifMatchHeaders, body: jsonBody(updatePlanEntrySchema) },
    responses: { 200: versionedResponse(planEntrySchema, 'Updated'), ...conflictResponse },
  }),
  move: defineRoute('plan.edit', {
    method: 'post',
    path: '/api/plan/entries/{id}/move',
    tags,
    summary: 'Move an entry on the roadmap to another week or owner',
    description:
      'A new week keeps the entry’s weekday and length; its quarter stays (a due date past it warns).',
    request: { params: idParams, headers: ifMatchHeaders, body: jsonBody(movePlanEntrySchema) },
    responses: { 200: versionedResponse(planEntrySchema, 'Moved'), ...conflictResponse },
  }),
  remove: defineRoute('plan.edit', {
    method: 'delete',
    path: '/api/plan/entries/{id}',
    tags,
    summary: 'Delete a plan entry',
    request: { params: idParams },
    responses: { 200: jsonResponse(okSchema, 'Deleted') },
  }),
  roadmap: defineRoute('plan.read', {
    method: 'get',
    path: '/api/plan/roadmap',
    tags,
    summary: 'A quarter’s roadmap: weeks, a lane per owner with capacity and load, and warnings',
    request: { query: roadmapQuery },
    responses: { 200: jsonResponse(roadmapSchema, 'The roadmap') },
  }),
  calendar: defineRoute('plan.read', {
    method: 'get',
    path: '/api/plan/calendar',
    tags,
    summary: 'Publish dates and events between two days',
    request: { query: calendarQuery },
    responses: { 200: jsonResponse(calendarSchema, 'Entries and events') },
  }),
  createEvent: defineRoute('plan.edit', {
    method: 'post',
    path: '/api/plan/events',
    tags,
    summary: 'Add a webinar, workshop, conference or other event to the calendar',
    request: { body: jsonBody(createPlanEventSchema) },
    responses: { 201: versionedResponse(planEventSchema, 'Added') },
  }),
  getEvent: defineRoute('plan.read', {
    method: 'get',
    path: '/api/plan/events/{id}',
    tags,
    summary: 'One event',
    request: { params: idParams },
    responses: { 200: versionedResponse(planEventSchema, 'The event') },
  }),
  updateEvent: defineRoute('plan.edit', {
    method: 'patch',
    path: '/api/plan/events/{id}',
    tags,
    summary: 'Change an event',
    request: { params: idParams, headers: ifMatchHeaders, body: jsonBody(updatePlanEventSchema) },
    responses: { 200: versionedResponse(planEventSchema, 'Updated'), ...conflictResponse },
  }),
  removeEvent: defineRoute('plan.edit', {
    method: 'delete',
    path: '/api/plan/events/{id}',
    tags,
    summary: 'Delete an event',
    request: { params: idParams },
    responses: { 200: jsonResponse(okSchema, 'Deleted') },
  }),
  feeds: defineRoute('plan.read', {
    method: 'get',
    path: '/api/plan/feeds',
    tags,
    summary: 'Your iCal feeds (their addresses are shown only when issued)',
    responses: { 200: jsonResponse(calendarFeedListSchema, 'Your feeds') },
  }),
  issueFeed: defineRoute('plan.read', {
    method: 'post',
    path: '/api/plan/feeds/{scope}',
    tags,
    summary: 'Issue (or re-issue) the secret address of your feed: mine or team',
    description: 'Issuing again replaces the address; the old one stops working at once.',
    request: { params: feedParams },
    responses: { 201: jsonResponse(issuedFeedSchema, 'The feed and its secret address') },
  }),
  revokeFeed: defineRoute('plan.read', {
    method: 'delete',
    path: '/api/plan/feeds/{scope}',
    tags,
    summary: 'Revoke your feed: its address stops working',
    request: { params: feedParams },
    responses: { 200: jsonResponse(okSchema, 'Revoked') },
  }),
  ical: defineRoute('public', {
    method: 'get',
    path: '/feeds/calendar/{token}',
    tags,
    summary: 'An iCal feed (RFC 5545) behind its secret address',
    request: { params: feedTokenParams },
    responses: { 200: { description: 'The calendar', content: { 'text/calendar': { schema: z.string() } } } },
  }),
  importMapping: defineRoute('plan.edit', {
    method: 'get',
    path: '/api/plan/import/mapping',
    tags,
    summary: 'The column mapping of your last plan import',
    responses: { 200: jsonResponse(planImportMappingSchema, 'The mapping') },
  }),
  import: defineRoute('plan.edit', {
    method: 'post',
    path: '/api/plan/import',
    tags,
    summary: 'Import a content-plan spreadsheet (CSV): dry run by default',
    description:
      'Each column is mapped to a plan field (the mapping given, else your last one, else guessed from the headings). A row whose title is already planned in its quarter updates that entry. Any refused row stores nothing; a real import remembers the mapping.',
    request: { body: jsonBody(planImportSchema) },
    responses: {
      200: jsonResponse(planImportResultSchema, 'What was (or would be) created, updated and refused'),
    },
  }),
};

export function planRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  const ok = { ok: true as const };
  const db = (c: { get(key: 'deps'): AppEnv['Variables']['deps'] }) => c.get('deps').database.db;

  app.openapi(routes.list, async (c) => {
    const viewer = await planViewerOf(db(c), principalOf(c));
    const rows = await listPlanEntries({ db: db(c), ...c.req.valid('query') });
    return c.json({ entries: rows.map((row) => presentPlanEntry(row, viewer)) }, 200);
  });

  app.openapi(routes.create, async (c) => {
    const viewer = await planViewerOf(db(c), principalOf(c));
    const row = await createPlanEntry({ db: db(c), input: c.req.valid('json'), principal: principalOf(c) });
    return c.json(withETag(c, presentPlanEntry(row, viewer)), 201);
  });

  app.openapi(routes.get, async (c) => {
    const viewer = await planViewerOf(db(c), principalOf(c));
    const row = await getPlanEntry({ db: db(c), id: c.req.valid('param').id });
    return c.json(withETag(c, presentPlanEntry(row, viewer)), 200);
  });

  app.openapi(routes.update, async (c) => {
    const viewer = await planViewerOf(db(c), principalOf(c));
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const body = await versionedWrite(
      c,
      async (expected) => presentPlanEntry(await updatePlanEntry({ db: db(c), id, input, expected }), viewer),
      async () => presentPlanEntry(await getPlanEntry({ db: db(c), id }), viewer),
    );
    return c.json(body, 200);
  });

  app.openapi(routes.move, async (c) => {
    const viewer = await planViewerOf(db(c), principalOf(c));
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const body = await versionedWrite(
      c,
      async (expected) => presentPlanEntry(await movePlanEntry({ db: db(c), id, input, expected }), viewer),
      async () => presentPlanEntry(await getPlanEntry({ db: db(c), id }), viewer),
    );
    return c.json(body, 200);
  });

  app.openapi(routes.remove, async (c) => {
    await deletePlanEntry({ db: db(c), id: c.req.valid('param').id });
    return c.json(ok, 200);
  });

  app.openapi(routes.roadmap, async (c) => {
    const viewer = await planViewerOf(db(c), principalOf(c));
    const roadmap = await getRoadmap({
      db: db(c),
      quarter: c.req.valid('query').quarter,
      now: c.get('deps').now(),
    });
    return c.json({ ...roadmap, entries: roadmap.entries.map((row) => presentPlanEntry(row, viewer)) }, 200);
  });

  app.openapi(routes.calendar, async (c) => {
    const viewer = await planViewerOf(db(c), principalOf(c));
    const { from, to } = c.req.valid('query');
    const calendar = await getCalendar({ db: db(c), from, to });
    return c.json(
      {
        from,
        to,
        entries: calendar.entries.map((row) => presentPlanEntry(row, viewer)),
        events: calendar.events.map(presentPlanEvent),
      },
      200,
    );
  });

  app.openapi(routes.createEvent, async (c) => {
    const row = await createPlanEvent({ db: db(c), input: c.req.valid('json'), principal: principalOf(c) });
    return c.json(withETag(c, presentPlanEvent(row)), 201);
  });

  app.openapi(routes.getEvent, async (c) => {
    const row = await getPlanEvent({ db: db(c), id: c.req.valid('param').id });
    return c.json(withETag(c, presentPlanEvent(row)), 200);
  });

  app.openapi(routes.updateEvent, async (c) => {
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const body = await versionedWrite(
      c,
      async (expected) => presentPlanEvent(await updatePlanEvent({ db: db(c), id, input, expected })),
      async () => presentPlanEvent(await getPlanEvent({ db: db(c), id })),
    );
    return c.json(body, 200);
  });

  app.openapi(routes.removeEvent, async (c) => {
    await deletePlanEvent({ db: db(c), id: c.req.valid('param').id });
    return c.json(ok, 200);
  });

  app.openapi(routes.feeds, async (c) => {
    const rows = await listCalendarFeeds({ db: db(c), userId: principalOf(c).userId });
    return c.json({ feeds: rows.map(presentCalendarFeed) }, 200);
  });

  app.openapi(routes.issueFeed, async (c) => {
    const { scope } = c.req.valid('param');
    const { row, token } = await issueCalendarFeed({
      db: db(c),
      userId: principalOf(c).userId,
      scope,
      now: c.get('deps').now(),
    });
    const url = `${feedBaseUrl(c.get('deps').env)}/feeds/calendar/${token}.ics`;
    return c.json({ ...presentCalendarFeed(row), url }, 201);
  });

  app.openapi(routes.revokeFeed, async (c) => {
    await revokeCalendarFeed({ db: db(c), userId: principalOf(c).userId, scope: c.req.valid('param').scope });
    return c.json(ok, 200);
  });

  app.openapi(routes.ical, async (c) => {
    const deps = c.get('deps');
    const token = c.req.valid('param').token.replace(/\.ics$/, '');
    const { feed, entries, events } = await readCalendarFeed({ db: db(c), token, now: deps.now() });
    const body = buildCalendar({
      name: feed.scope === 'mine' ? `Showcase plan: ${feed.name}` : 'Showcase plan: the team',
      baseUrl: feedBaseUrl(deps.env),
      entries,
      events,
      now: deps.now(),
      showRequests: can(feed.role, 'requests.triage'),
    });
    return c.body(body, 200, {
      'content-type': 'text/calendar; charset=utf-8',
      'cache-control': 'private, no-store',
      'referrer-policy': 'no-referrer',
    });
  });

  app.openapi(routes.importMapping, async (c) => {
    const mapping = await getImportMapping({ db: db(c), userId: principalOf(c).userId });
    return c.json({ mapping, fields: [...planImportFields] }, 200);
  });

  app.openapi(routes.import, async (c) => {
    const result = await importPlan({ db: db(c), input: c.req.valid('json'), principal: principalOf(c) });
    return c.json(result, 200);
  });

  return app;
}
