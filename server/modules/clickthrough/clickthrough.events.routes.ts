import { randomBytes } from 'node:crypto';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { z } from 'zod';
import {
  funnelQuery,
  funnelSchema,
  playerEventBatchSchema,
  playerEventsAcceptedSchema,
} from '../../../shared/schemas/clickthrough-events.ts';
import { idParams, idSchema } from '../../../shared/schemas/common.ts';
import { shareTokenParams } from '../../../shared/schemas/sharing.ts';
import { AppError } from '../../errors.ts';
import { clientOf } from '../../http/client.ts';
import { type AppEnv, principalOf } from '../../http/context.ts';
import { rateLimited } from '../../http/rate-limit.ts';
import { defineRoute, jsonResponse } from '../../http/route.ts';
import { rateLimits } from '../limits/limits.service.ts';
import { SHARE_GRANT_COOKIE } from '../sharing/sharing.service.ts';
import { presentAccepted, presentFunnel } from './clickthrough.events.presenter.ts';
import {
  funnelCsv,
  getFunnel,
  recordPlayerEvents,
  recordSharedPlayerEvents,
} from './clickthrough.events.service.ts';
import { sharedPlayUnavailablePage } from './clickthrough.presenter.ts';
import { sharedPlayPage } from './clickthrough.service.ts';

/**
 * A player's batch as JSON or as the text/plain JSON navigator.sendBeacon sends. Not `required`:
 * zod-openapi would then check a text/plain body as if it were JSON (the service checks it).
 */
const playerEventBody = {
  content: {
    'application/json': { schema: playerEventBatchSchema },
    'text/plain': { schema: z.string().describe('The same JSON, as navigator.sendBeacon sends it') },
  },
  required: false,
} as const;

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
      body: playerEventBody,
    },
    responses: { 202: jsonResponse(playerEventsAcceptedSchema, 'Stored') },
  }),
  sharedPlay: defineRoute('public', {
    method: 'get',
    path: '/api/shared/{token}/play',
    tags: ['Shared links (public)'],
    summary: 'The player page of a share link’s click-through demo (framed by the link’s page)',
    description:
      'Every rule of the link each time: unknown 404, turned off or expired 410, the asset no longer published, external and safe to share 410, the passcode or email check not passed 403 (the visitor’s pass cookie of this link is read). 404 when the link’s asset is not a published click-through demo. Tokens are filled from the link’s recipient (first_name, last_name, name, company), never from URL parameters. Only the app itself may frame it.',
    request: { params: shareTokenParams },
    responses: { 200: { description: 'The page', content: { 'text/html': { schema: z.string() } } } },
  }),
  sharedEvents: defineRoute('public', {
    method: 'post',
    path: '/api/shared/{token}/play/events',
    tags: ['Shared links (public)'],
    summary:
      'A batch of events from a share link’s player: the session counted for the link and its recipient',
    description:
      'The same batch as /api/play/{assetId}/events, for the link’s demo, with the link’s rules as its page (404, 410, 403 before the passcode or email check). The session names the link and the person the visitor is known to be (the confirmed email, or the one person the link is for).',
    request: {
      params: shareTokenParams,
      body: playerEventBody,
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

  // A share link's player batches per link and address, before the link is looked up (its page's
  // visits and beats have their own budget, so playing never holds back time on page).
  app.use(
    '/api/shared/:token/play/events',
    rateLimited(rateLimits.playerEvents, (c) => [c.req.param('token'), clientOf(c).ip]),
  );

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

  app.openapi(routes.sharedPlay, async (c) => {
    const { database, now } = c.get('deps');
    const nonce = randomBytes(16).toString('base64');
    c.set('playerNonce', nonce);
    try {
      const html = await sharedPlayPage({
        db: database.db,
        now: now(),
        token: c.req.valid('param').token,
        grantToken: getCookie(c, SHARE_GRANT_COOKIE),
        nonce,
      });
      return c.html(html, 200, { 'Cache-Control': 'private, no-store' }) as never;
    } catch (error) {
      if (!(error instanceof AppError) || error.status >= 500) throw error;
      return c.html(sharedPlayUnavailablePage(error.message), error.status as 403, {
        'Cache-Control': 'no-store',
      }) as never;
    }
  });

  app.openapi(routes.sharedEvents, async (c) => {
    const { database, now } = c.get('deps');
    const result = await recordSharedPlayerEvents({
      db: database.db,
      now: now(),
      token: c.req.valid('param').token,
      grantToken: getCookie(c, SHARE_GRANT_COOKIE),
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
