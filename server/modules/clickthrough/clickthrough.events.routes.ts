import { getConnInfo } from '@hono/node-server/conninfo';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { z } from 'zod';
import {
  funnelQuery,
  funnelSchema,
  playerEventBatchSchema,
  playerEventsAcceptedSchema,
} from '../../../shared/schemas/clickthrough-events.ts';
import { idParams, idSchema } from '../../../shared/schemas/common.ts';
import { AppError } from '../../errors.ts';
import { type AppEnv, principalOf } from '../../http/context.ts';
import { defineRoute, jsonResponse } from '../../http/route.ts';
import { presentAccepted, presentFunnel } from './clickthrough.events.presenter.ts';
import { funnelCsv, getFunnel, recordPlayerEvents } from './clickthrough.events.service.ts';

const routes = {
  events: defineRoute('public', {
    method: 'post',
    path: '/api/play/{assetId}/events',
    tags: ['Click-through player'],
    summary: 'A batch of a player session’s events (sendBeacon: text/plain JSON is taken too)',
    description:
      'All or nothing. No cookie is read or set and no address stored; a share-link token, when given, counts the session for that link (and its one recipient). 429 with Retry-After when one client sends too many batches a minute.',
    request: {
      params: z.object({ assetId: idSchema }),
      body: {
        content: {
          'application/json': { schema: playerEventBatchSchema },
          'text/plain': { schema: z.string().describe('The same JSON, as navigator.sendBeacon sends it') },
        },
        // Not `required`: zod-openapi would then check a text/plain body as if it were JSON.
        required: false,
      },
    },
    responses: { 202: jsonResponse(playerEventsAcceptedSchema, 'Stored') },
  }),
  funnel: defineRoute('demos.read', {
    method: 'get',
    path: '/api/demos/{id}/click-through/funnel',
    tags: ['Click-through demos'],
    summary: 'The funnel of a published version over sessions started in a date range (format=csv: per step)',
    request: { params: idParams, query: funnelQuery },
    responses: {
      200: {
        description: 'The funnel',
        content: { 'application/json': { schema: funnelSchema }, 'text/csv': { schema: z.string() } },
      },
    },
  }),
};

function clientOf(c: Context<AppEnv>) {
  let ip: string | undefined;
  try {
    ip = getConnInfo(c).remote.address;
  } catch {}
  return { ip, userAgent: c.req.header('user-agent') };
}

/** The body as JSON, whatever its content type says (sendBeacon sends text/plain). */
async function jsonOf(c: Context<AppEnv>): Promise<unknown> {
  const text = await c.req.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('malformed_json', 'The body is not JSON');
  }
}

/** Player events (public, outside the workspace's sign-in: app.ts) and the funnel. */
export function clickThroughEventRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  // A JSON body is checked against the schema on the way in (zod-openapi), a text/plain one by
  // recordPlayerEvents: the same schema, the same field names.
  app.openapi(routes.events, async (c) => {
    const { database, now } = c.get('deps');
    const result = await recordPlayerEvents({
      db: database.db,
      now: now(),
      assetId: c.req.valid('param').assetId,
      body: await jsonOf(c),
      client: clientOf(c),
    });
    return c.json(presentAccepted(result), 202);
  });

  app.openapi(routes.funnel, async (c) => {
    const { database, now } = c.get('deps');
    const { format, ...query } = c.req.valid('query');
    const id = c.req.valid('param').id;
    const funnel = presentFunnel(
      await getFunnel({ db: database.db, assetId: id, role: principalOf(c).role, query, now: now() }),
    );
    if (format === 'csv')
      return c.body(funnelCsv(funnel), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="funnel-${id}-v${funnel.version}-${funnel.from}-${funnel.to}.csv"`,
      });
    return c.json(funnel, 200);
  });

  return app;
}
