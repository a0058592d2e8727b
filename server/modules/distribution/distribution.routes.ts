import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { idParams, okSchema } from '../../../shared/schemas/common.ts';
import {
  announcementSchema,
  assetChannelParams,
  assetChecklistSchema,
  assetItemParams,
  channelListSchema,
  channelSchema,
  createChannelSchema,
  createShortLinkSchema,
  createUtmTemplateSchema,
  distributionSchema,
  formatChecklistSchema,
  formatParams,
  postedAnnouncementSchema,
  publishingChecklistsSchema,
  replaceChecklistSchema,
  shortLinkListSchema,
  shortLinkSchema,
  tickChecklistSchema,
  updateChannelSchema,
  updateDistributionSchema,
  updateShortLinkSchema,
  utmTemplateListSchema,
  utmTemplateSchema,
} from '../../../shared/schemas/distribution.ts';
import { clientOf } from '../../http/client.ts';
import { type AppDeps, type AppEnv, principalOf } from '../../http/context.ts';
import { cameOverTls, HSTS } from '../../http/middleware.ts';
import { defineRoute, jsonBody, jsonResponse } from '../../http/route.ts';
import { feedBaseUrl } from '../library/library.feed.ts';
import { httpRequests } from '../metrics/metrics.registry.ts';
import {
  presentAssetChecklist,
  presentChannel,
  presentDistribution,
  presentShortLink,
  presentUtmTemplate,
} from './distribution.presenter.ts';
import {
  createChannel,
  createShortLink,
  createUtmTemplate,
  deleteChannel,
  deleteShortLink,
  deleteUtmTemplate,
  followShortLink,
  getAnnouncement,
  getAssetChecklist,
  getChannels,
  getDistribution,
  getPublishingChecklists,
  getShortLinks,
  getUtmTemplates,
  postAnnouncement,
  replacePublishingChecklist,
  tickChecklistItem,
  updateChannel,
  updateDistribution,
  updateShortLink,
} from './distribution.service.ts';

const tags = ['Distribution'];
const settingsTags = ['Settings'];

const routes = {
  listShortLinks: defineRoute('library.edit', {
    method: 'get',
    path: '/api/assets/{id}/short-links',
    tags,
    summary: "An asset's short links with the clicks counted",
    request: { params: idParams },
    responses: { 200: jsonResponse(shortLinkListSchema, 'Oldest first') },
  }),
  createShortLink: defineRoute('library.edit', {
    method: 'post',
    path: '/api/short-links',
    tags,
    summary: 'Make a short link (/s/<code>) to an http(s) URL, counted towards an asset',
    description:
      'Without a code one is generated. Codes are unique whatever their case; reserved words are refused.',
    request: { body: jsonBody(createShortLinkSchema) },
    responses: { 201: jsonResponse(shortLinkSchema, 'Made') },
  }),
  updateShortLink: defineRoute('library.edit', {
    method: 'patch',
    path: '/api/short-links/{id}',
    tags,
    summary: "Change a short link's code, target or channel",
    request: { params: idParams, body: jsonBody(updateShortLinkSchema) },
    responses: { 200: jsonResponse(shortLinkSchema, 'Changed') },
  }),
  deleteShortLink: defineRoute('library.edit', {
    method: 'delete',
    path: '/api/short-links/{id}',
    tags,
    summary: 'Delete a short link (its code stops redirecting; counted clicks stay)',
    request: { params: idParams },
    responses: { 200: jsonResponse(okSchema, 'Deleted') },
  }),
  listChannels: defineRoute('settings.read', {
    method: 'get',
    path: '/api/settings/distribution-channels',
    tags: settingsTags,
    summary: 'The channels a published piece goes out on',
    responses: { 200: jsonResponse(channelListSchema, 'In display order, archived ones too') },
  }),
  createChannel: defineRoute('settings.manage', {
    method: 'post',
    path: '/api/settings/distribution-channels',
    tags: settingsTags,
    summary: 'Add a distribution channel',
    request: { body: jsonBody(createChannelSchema) },
    responses: { 201: jsonResponse(channelSchema, 'Added') },
  }),
  updateChannel: defineRoute('settings.manage', {
    method: 'patch',
    path: '/api/settings/distribution-channels/{id}',
    tags: settingsTags,
    summary: 'Rename, reorder or archive a channel, or change its usual UTM source and medium',
    request: { params: idParams, body: jsonBody(updateChannelSchema) },
    responses: { 200: jsonResponse(channelSchema, 'Changed') },
  }),
  deleteChannel: defineRoute('settings.manage', {
    method: 'delete',
    path: '/api/settings/distribution-channels/{id}',
    tags: settingsTags,
    summary: 'Delete a channel no checklist or short link has used (archive one that has)',
    request: { params: idParams },
    responses: { 200: jsonResponse(okSchema, 'Deleted') },
  }),
  listChecklists: defineRoute('settings.read', {
    method: 'get',
    path: '/api/settings/publishing-checklists',
    tags: settingsTags,
    summary: 'The publishing checklist of every format',
    responses: { 200: jsonResponse(publishingChecklistsSchema, 'Per format, in display order') },
  }),
  replaceChecklist: defineRoute('settings.manage', {
    method: 'put',
    path: '/api/settings/publishing-checklists/{formatId}',
    tags: settingsTags,
    summary: "Replace a format's checklist (items sent with their id keep their ticks)",
    request: { params: formatParams, body: jsonBody(replaceChecklistSchema) },
    responses: { 200: jsonResponse(formatChecklistSchema, 'Replaced') },
  }),
  listTemplates: defineRoute('library.edit', {
    method: 'get',
    path: '/api/utm-templates',
    tags,
    summary: 'Saved UTM templates, per channel',
    request: { query: z.object({ channelId: z.uuid('must be a valid id').optional() }) },
    responses: { 200: jsonResponse(utmTemplateListSchema, 'By name') },
  }),
  createTemplate: defineRoute('library.edit', {
    method: 'post',
    path: '/api/utm-templates',
    tags,
    summary: "Save a channel's UTM template",
    request: { body: jsonBody(createUtmTemplateSchema) },
    responses: { 201: jsonResponse(utmTemplateSchema, 'Saved') },
  }),
  deleteTemplate: defineRoute('library.edit', {
    method: 'delete',
    path: '/api/utm-templates/{id}',
    tags,
    summary: 'Delete a saved UTM template',
    request: { params: idParams },
    responses: { 200: jsonResponse(okSchema, 'Deleted') },
  }),
  distribution: defineRoute('library.edit', {
    method: 'get',
    path: '/api/assets/{id}/distribution',
    tags,
    summary: "An asset's distribution checklist (opened when it is published)",
    request: { params: idParams },
    responses: { 200: jsonResponse(distributionSchema, 'One row per channel') },
  }),
  updateDistribution: defineRoute('library.edit', {
    method: 'put',
    path: '/api/assets/{id}/distribution/{channelId}',
    tags,
    summary: 'Mark a channel done, skipped or to do, with where it was posted',
    request: { params: assetChannelParams, body: jsonBody(updateDistributionSchema) },
    responses: { 200: jsonResponse(distributionSchema, 'The whole checklist') },
  }),
  checklist: defineRoute('library.edit', {
    method: 'get',
    path: '/api/assets/{id}/publishing-checklist',
    tags,
    summary: "The publishing checklist of the asset's format, what is ticked and any overrides",
    request: { params: idParams },
    responses: { 200: jsonResponse(assetChecklistSchema, 'Items in order') },
  }),
  tick: defineRoute('library.edit', {
    method: 'put',
    path: '/api/assets/{id}/publishing-checklist/{itemId}',
    tags,
    summary: 'Tick or untick an item of the publishing checklist',
    request: { params: assetItemParams, body: jsonBody(tickChecklistSchema) },
    responses: { 200: jsonResponse(assetChecklistSchema, 'The whole checklist') },
  }),
  announcement: defineRoute('library.edit', {
    method: 'get',
    path: '/api/assets/{id}/announcement',
    tags,
    summary: 'The announcement of a published asset, ready to copy',
    request: { params: idParams },
    responses: { 200: jsonResponse(announcementSchema, 'The text') },
  }),
  postAnnouncement: defineRoute('library.edit', {
    method: 'post',
    path: '/api/assets/{id}/announcement',
    tags,
    summary: 'Post the announcement to the webhooks subscribed to asset.announced',
    request: { params: idParams },
    responses: { 200: jsonResponse(postedAnnouncementSchema, 'Queued') },
  }),
};

export function distributionRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  const ctx = (c: Context<AppEnv>) => {
    const deps = c.get('deps');
    const now = deps.now();
    return {
      db: deps.database.db,
      now,
      today: now.toISOString().slice(0, 10),
      baseUrl: feedBaseUrl(deps.env),
    };
  };

  app.openapi(routes.listShortLinks, async (c) => {
    const { db, baseUrl } = ctx(c);
    const rows = await getShortLinks({ db, assetId: c.req.valid('param').id, role: principalOf(c).role });
    return c.json({ shortLinks: rows.map((row) => presentShortLink(row, baseUrl)) }, 200);
  });
  app.openapi(routes.createShortLink, async (c) => {
    const { db, now, baseUrl } = ctx(c);
    const row = await createShortLink({
      db,
      input: c.req.valid('json'),
      actorId: principalOf(c).userId,
      now,
    });
    return c.json(presentShortLink(row, baseUrl), 201);
  });
  app.openapi(routes.updateShortLink, async (c) => {
    const { db, now, baseUrl } = ctx(c);
    const row = await updateShortLink({ db, id: c.req.valid('param').id, input: c.req.valid('json'), now });
    return c.json(presentShortLink(row, baseUrl), 200);
  });
  app.openapi(routes.deleteShortLink, async (c) => {
    await deleteShortLink({ db: ctx(c).db, id: c.req.valid('param').id });
    return c.json({ ok: true as const }, 200);
  });

  app.openapi(routes.listChannels, async (c) => {
    const rows = await getChannels({ db: ctx(c).db });
    return c.json({ channels: rows.map(presentChannel) }, 200);
  });
  app.openapi(routes.createChannel, async (c) => {
    const row = await createChannel({ db: ctx(c).db, input: c.req.valid('json') });
    return c.json(presentChannel(row), 201);
  });
  app.openapi(routes.updateChannel, async (c) => {
    const row = await updateChannel({
      db: ctx(c).db,
      id: c.req.valid('param').id,
      input: c.req.valid('json'),
    });
    return c.json(presentChannel(row), 200);
  });
  app.openapi(routes.deleteChannel, async (c) => {
    await deleteChannel({ db: ctx(c).db, id: c.req.valid('param').id });
    return c.json({ ok: true as const }, 200);
  });

  app.openapi(routes.listChecklists, async (c) =>
    c.json({ formats: await getPublishingChecklists({ db: ctx(c).db }) }, 200),
  );
  app.openapi(routes.replaceChecklist, async (c) => {
    const result = await replacePublishingChecklist({
      db: ctx(c).db,
      formatId: c.req.valid('param').formatId,
      input: c.req.valid('json'),
    });
    return c.json(result as z.infer<typeof formatChecklistSchema>, 200);
  });

  app.openapi(routes.listTemplates, async (c) => {
    const rows = await getUtmTemplates({ db: ctx(c).db, channelId: c.req.valid('query').channelId });
    return c.json({ templates: rows.map(presentUtmTemplate) }, 200);
  });
  app.openapi(routes.createTemplate, async (c) => {
    const row = await createUtmTemplate({
      db: ctx(c).db,
      input: c.req.valid('json'),
      actorId: principalOf(c).userId,
    });
    return c.json(presentUtmTemplate(row), 201);
  });
  app.openapi(routes.deleteTemplate, async (c) => {
    await deleteUtmTemplate({ db: ctx(c).db, id: c.req.valid('param').id });
    return c.json({ ok: true as const }, 200);
  });

  app.openapi(routes.distribution, async (c) => {
    const { db, now } = ctx(c);
    const result = await getDistribution({
      db,
      now,
      assetId: c.req.valid('param').id,
      role: principalOf(c).role,
    });
    return c.json(presentDistribution(result), 200);
  });
  app.openapi(routes.updateDistribution, async (c) => {
    const { db, now, today } = ctx(c);
    const { id, channelId } = c.req.valid('param');
    const principal = principalOf(c);
    const result = await updateDistribution({
      db,
      now,
      today,
      assetId: id,
      channelId,
      input: c.req.valid('json'),
      actorId: principal.userId,
      role: principal.role,
    });
    return c.json(presentDistribution(result), 200);
  });

  app.openapi(routes.checklist, async (c) => {
    const result = await getAssetChecklist({
      db: ctx(c).db,
      assetId: c.req.valid('param').id,
      role: principalOf(c).role,
    });
    return c.json(presentAssetChecklist(result), 200);
  });
  app.openapi(routes.tick, async (c) => {
    const { db, now } = ctx(c);
    const { id, itemId } = c.req.valid('param');
    const principal = principalOf(c);
    const result = await tickChecklistItem({
      db,
      now,
      assetId: id,
      itemId,
      done: c.req.valid('json').done,
      actorId: principal.userId,
      role: principal.role,
    });
    return c.json(presentAssetChecklist(result), 200);
  });

  app.openapi(routes.announcement, async (c) => {
    const { db, baseUrl } = ctx(c);
    return c.json(
      await getAnnouncement({ db, baseUrl, assetId: c.req.valid('param').id, role: principalOf(c).role }),
      200,
    );
  });
  app.openapi(routes.postAnnouncement, async (c) => {
    const { db, baseUrl, now } = ctx(c);
    const result = await postAnnouncement({
      db,
      baseUrl,
      now,
      assetId: c.req.valid('param').id,
      role: principalOf(c).role,
    });
    return c.json(result, 200);
  });

  return app;
}

/**
 * GET /s/<code>: a short link made in Showcase answers 302 to its stored target and counts the
 * click; anything else (an unknown code, a code that is not one, a share link's token, more path)
 * goes on to the web app as before. The target is only ever the stored one: nothing of the path
 * or query reaches the Location header.
 *
 * The lean path: createApp mounts it before every other middleware, so a redirect skips the
 * request id, access log line, timing histogram, compression and security headers (a 302 without
 * a body needs none of them; it is counted in `showcase_http_requests_total` under `/s/:code`).
 * What falls through runs the whole chain as any other request.
 */
export function shortLinkRedirect(deps: AppDeps): MiddlewareHandler<AppEnv> {
  const onError = (error: unknown, lost: number) =>
    deps.logger.error(
      { err: error instanceof Error ? error.message : String(error), lost },
      lost ? 'short-link clicks dropped' : 'short-link clicks not written yet; retrying',
    );
  const redirected = { method: 'GET', route: '/s/:code', status: '302' };
  return async (c, next) => {
    let target: string | null;
    try {
      target = await followShortLink({
        db: deps.database.db,
        code: c.req.param('code') ?? '',
        now: deps.now(),
        client: clientOf(c),
        onError,
      });
    } catch (error) {
      // The error handler logs through these, as for any request.
      c.set('deps', deps);
      c.set('logger', deps.logger);
      throw error;
    }
    if (!target) return next();
    httpRequests.inc(redirected);
    const headers: Record<string, string> = {
      location: target,
      'cache-control': 'private, no-store',
      'referrer-policy': 'no-referrer-when-downgrade',
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
    };
    if (cameOverTls(c)) headers['strict-transport-security'] = HSTS;
    return new Response(null, { status: 302, headers });
  };
}
