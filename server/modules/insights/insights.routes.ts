import { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { idParams } from '../../../shared/schemas/common.ts';
import {
  assetEngagementSchema,
  engagementRangeQuery,
  insightsQuery,
  insightsSchema,
  outsideImportResultSchema,
  outsideImportSchema,
  setOutsideNumbersSchema,
  workSchema,
} from '../../../shared/schemas/insights.ts';
import { type AppEnv, principalOf } from '../../http/context.ts';
import { defineRoute, jsonBody, jsonResponse } from '../../http/route.ts';
import { getVisibleAsset, visibleStatuses } from '../library/library.service.ts';
import { presentOutsideNumber } from './insights.presenter.ts';
import {
  engagementRange,
  getAssetEngagement,
  getInsights,
  getWork,
  importOutsideNumbers,
  setOutsideNumbers,
} from './insights.service.ts';

const tags = ['Insights'];

const routes = {
  insights: defineRoute('insights.read', {
    method: 'get',
    path: '/api/insights',
    tags,
    summary:
      'Engagement over a date range: by day, top assets, by solution, format and persona, per company and recipient',
    description:
      'Read from the daily rollups of the one engagement model. Each role sees the assets it may see (requesters no drafts). Ranges are at most two years; the default is the last 90 days.',
    request: { query: insightsQuery },
    responses: { 200: jsonResponse(insightsSchema, 'Insights for the range') },
  }),
  work: defineRoute('requests.triage', {
    method: 'get',
    path: '/api/insights/work',
    tags,
    summary:
      'Requests served per team (reviewed within the SLA or not, answered with existing content), budget use, freshness of the demo catalogue',
    request: { query: engagementRangeQuery },
    responses: { 200: jsonResponse(workSchema, 'The team’s work over the range') },
  }),
  assetEngagement: defineRoute('library.read', {
    method: 'get',
    path: '/api/assets/{id}/engagement',
    tags,
    summary: 'One asset’s engagement over a date range, with its numbers from outside',
    request: { params: idParams, query: engagementRangeQuery },
    responses: { 200: jsonResponse(assetEngagementSchema, 'The asset’s engagement') },
  }),
  setOutside: defineRoute('library.edit', {
    method: 'put',
    path: '/api/assets/{id}/outside-numbers',
    tags,
    summary:
      'Enter numbers from outside (video views, blog views, webinar registrations and attendance) per day',
    description:
      'One number per kind and day: a number given again replaces the stored one, 0 removes it. All or nothing.',
    request: { params: idParams, body: jsonBody(setOutsideNumbersSchema) },
    responses: {
      200: jsonResponse(
        z.object({
          created: z.number().int(),
          updated: z.number().int(),
          unchanged: z.number().int(),
          removed: z.number().int(),
        }),
        'What changed',
      ),
    },
  }),
  importOutside: defineRoute('library.import', {
    method: 'post',
    path: '/api/insights/outside-numbers/import',
    tags,
    summary: 'Import numbers from outside from CSV (asset, date, kind, value)',
    description:
      'Every row is checked first: with any problem nothing is written and each problem names its line and column. `dryRun` counts what would be created, updated, unchanged and removed.',
    request: { body: jsonBody(outsideImportSchema) },
    responses: { 200: jsonResponse(outsideImportResultSchema, 'What was (or would be) done') },
  }),
};

export function insightRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(routes.insights, async (c) => {
    const { database, now } = c.get('deps');
    const { measure, solutionId, formatId, personaId, ...range } = c.req.valid('query');
    const scope = {
      ...engagementRange(range, now()),
      statuses: visibleStatuses(principalOf(c).role),
      solutionId,
      formatId,
      personaId,
    };
    return c.json(await getInsights({ db: database.db, scope, measure }), 200);
  });

  app.openapi(routes.work, async (c) => {
    const { database, now } = c.get('deps');
    const at = now();
    const work = await getWork({
      db: database.db,
      range: engagementRange(c.req.valid('query'), at),
      role: principalOf(c).role,
      now: at,
    });
    return c.json(work, 200);
  });

  app.openapi(routes.assetEngagement, async (c) => {
    const { database, now } = c.get('deps');
    const role = principalOf(c).role;
    const asset = await getVisibleAsset({ db: database.db, id: c.req.valid('param').id, role });
    const engagement = await getAssetEngagement({
      db: database.db,
      assetId: asset.id,
      range: engagementRange(c.req.valid('query'), now()),
      statuses: visibleStatuses(role),
    });
    return c.json({ ...engagement, outside: engagement.outside.map(presentOutsideNumber) }, 200);
  });

  app.openapi(routes.setOutside, async (c) => {
    const db = c.get('deps').database.db;
    const asset = await getVisibleAsset({ db, id: c.req.valid('param').id, role: principalOf(c).role });
    return c.json(
      await setOutsideNumbers({ db, assetId: asset.id, numbers: c.req.valid('json').numbers }),
      200,
    );
  });

  app.openapi(routes.importOutside, async (c) => {
    const { csv, dryRun } = c.req.valid('json');
    const result = await importOutsideNumbers({
      db: c.get('deps').database.db,
      csv,
      dryRun: dryRun ?? false,
      statuses: visibleStatuses(principalOf(c).role),
    });
    return c.json(result, 200);
  });

  return app;
}
