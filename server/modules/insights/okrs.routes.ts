import { OpenAPIHono } from '@hono/zod-openapi';
import { idParams, okSchema } from '../../../shared/schemas/common.ts';
import {
  createKeyResultSchema,
  createObjectiveSchema,
  keyResultEntrySchema,
  keyResultSchema,
  objectiveSchema,
  okrListSchema,
  okrQuery,
  updateKeyResultSchema,
  updateObjectiveSchema,
} from '../../../shared/schemas/okrs.ts';
import { type AppEnv, principalOf } from '../../http/context.ts';
import { defineRoute, jsonBody, jsonResponse } from '../../http/route.ts';
import {
  conflictResponse,
  ifMatchHeaders,
  versionedResponse,
  versionedWrite,
  withETag,
} from '../../http/versions.ts';
import { presentKeyResult, presentObjective } from './insights.presenter.ts';
import {
  addKeyResult,
  createObjective,
  deleteKeyResult,
  deleteObjective,
  enterKeyResultValue,
  getKeyResult,
  getObjective,
  listOkrs,
  updateKeyResult,
  updateObjective,
} from './okrs.service.ts';

const tags = ['OKRs'];

const routes = {
  list: defineRoute('insights.read', {
    method: 'get',
    path: '/api/okrs',
    tags,
    summary: 'A quarter’s objectives, each key result computed now from live data, with its history by week',
    description:
      'A live key result is a query over Showcase’s data (the library, requests, demos and the engagement rollups) from the quarter’s first day; its history is the same query at the end of each week. A manual one shows the last number entered by then.',
    request: { query: okrQuery },
    responses: { 200: jsonResponse(okrListSchema, 'Objectives and key results') },
  }),
  create: defineRoute('okrs.manage', {
    method: 'post',
    path: '/api/okrs',
    tags,
    summary: 'Set an objective for a quarter, with its key results',
    request: { body: jsonBody(createObjectiveSchema) },
    responses: { 201: jsonResponse(objectiveSchema, 'Created') },
  }),
  get: defineRoute('insights.read', {
    method: 'get',
    path: '/api/okrs/{id}',
    tags,
    summary: 'One objective with its key results computed now',
    request: { params: idParams },
    responses: { 200: versionedResponse(objectiveSchema, 'The objective') },
  }),
  update: defineRoute('okrs.manage', {
    method: 'patch',
    path: '/api/okrs/{id}',
    tags,
    summary: 'Rename an objective, change its description, owner or place',
    request: { params: idParams, headers: ifMatchHeaders, body: jsonBody(updateObjectiveSchema) },
    responses: { 200: versionedResponse(objectiveSchema, 'Updated'), ...conflictResponse },
  }),
  remove: defineRoute('okrs.manage', {
    method: 'delete',
    path: '/api/okrs/{id}',
    tags,
    summary: 'Delete an objective and its key results',
    request: { params: idParams },
    responses: { 200: jsonResponse(okSchema, 'Deleted') },
  }),
  addKeyResult: defineRoute('okrs.manage', {
    method: 'post',
    path: '/api/okrs/{id}/key-results',
    tags,
    summary: 'Add a key result: a measure with filters (or a number entered by hand) and a target',
    request: { params: idParams, body: jsonBody(createKeyResultSchema) },
    responses: { 201: jsonResponse(objectiveSchema, 'The objective with the new key result') },
  }),
  updateKeyResult: defineRoute('okrs.manage', {
    method: 'patch',
    path: '/api/key-results/{id}',
    tags,
    summary: 'Change a key result’s title, measure, filters, target or place',
    description: 'A new measure keeps only the filters it takes, unless filters are given with it.',
    request: { params: idParams, headers: ifMatchHeaders, body: jsonBody(updateKeyResultSchema) },
    responses: { 200: versionedResponse(keyResultSchema, 'Updated'), ...conflictResponse },
  }),
  removeKeyResult: defineRoute('okrs.manage', {
    method: 'delete',
    path: '/api/key-results/{id}',
    tags,
    summary: 'Delete a key result',
    request: { params: idParams },
    responses: { 200: jsonResponse(okSchema, 'Deleted') },
  }),
  enter: defineRoute('okrs.manage', {
    method: 'post',
    path: '/api/key-results/{id}/entries',
    tags,
    summary: 'Enter today’s number of a manual key result (every entry is kept as its history)',
    request: { params: idParams, body: jsonBody(keyResultEntrySchema) },
    responses: { 201: jsonResponse(keyResultSchema, 'The key result with the number') },
  }),
};

export function okrRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  const ok = { ok: true as const };

  app.openapi(routes.list, async (c) => {
    const { database, now } = c.get('deps');
    const list = await listOkrs({ db: database.db, quarter: c.req.valid('query').quarter, now: now() });
    return c.json({ ...list, objectives: list.objectives.map(presentObjective) }, 200);
  });

  app.openapi(routes.create, async (c) => {
    const { database, now } = c.get('deps');
    const objective = await createObjective({
      db: database.db,
      input: c.req.valid('json'),
      principal: principalOf(c),
      now: now(),
    });
    return c.json(withETag(c, presentObjective(objective)), 201);
  });

  app.openapi(routes.get, async (c) => {
    const { database, now } = c.get('deps');
    const objective = await getObjective({ db: database.db, id: c.req.valid('param').id, now: now() });
    return c.json(withETag(c, presentObjective(objective)), 200);
  });

  app.openapi(routes.update, async (c) => {
    const { database, now } = c.get('deps');
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const body = await versionedWrite(
      c,
      async (expected) =>
        presentObjective(await updateObjective({ db: database.db, id, input, expected, now: now() })),
      async () => presentObjective(await getObjective({ db: database.db, id, now: now() })),
    );
    return c.json(body, 200);
  });

  app.openapi(routes.remove, async (c) => {
    await deleteObjective({ db: c.get('deps').database.db, id: c.req.valid('param').id });
    return c.json(ok, 200);
  });

  app.openapi(routes.addKeyResult, async (c) => {
    const { database, now } = c.get('deps');
    const objective = await addKeyResult({
      db: database.db,
      objectiveId: c.req.valid('param').id,
      input: c.req.valid('json'),
      now: now(),
    });
    return c.json(presentObjective(objective), 201);
  });

  app.openapi(routes.updateKeyResult, async (c) => {
    const { database, now } = c.get('deps');
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const body = await versionedWrite(
      c,
      async (expected) =>
        presentKeyResult(
          (await updateKeyResult({ db: database.db, id, input, expected, now: now() })).keyResult,
        ),
      async () => presentKeyResult((await getKeyResult({ db: database.db, id, now: now() })).keyResult),
    );
    return c.json(body, 200);
  });

  app.openapi(routes.removeKeyResult, async (c) => {
    await deleteKeyResult({ db: c.get('deps').database.db, id: c.req.valid('param').id });
    return c.json(ok, 200);
  });

  app.openapi(routes.enter, async (c) => {
    const { database, now } = c.get('deps');
    const { keyResult } = await enterKeyResultValue({
      db: database.db,
      id: c.req.valid('param').id,
      value: c.req.valid('json').value,
      principal: principalOf(c),
      now: now(),
    });
    return c.json(presentKeyResult(keyResult), 201);
  });

  return app;
}
