import { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { idParams, okSchema } from '../../../shared/schemas/common.ts';
import {
  createWebhookSchema,
  updateWebhookSchema,
  webhookDeliverySchema,
  webhookSchema,
} from '../../../shared/schemas/webhooks.ts';
import type { AppEnv } from '../../http/context.ts';
import { defineRoute, jsonBody, jsonResponse } from '../../http/route.ts';
import { presentWebhook, presentWebhookDelivery } from './webhooks.presenter.ts';
import {
  createWebhook,
  deleteWebhook,
  getWebhookDeliveries,
  getWebhooks,
  updateWebhook,
} from './webhooks.service.ts';

const tags = ['Settings'];

const routes = {
  list: defineRoute('settings.manage', {
    method: 'get',
    path: '/api/settings/webhooks',
    tags,
    summary: 'Outgoing webhooks (Slack-compatible JSON)',
    responses: { 200: jsonResponse(z.object({ webhooks: z.array(webhookSchema) }), 'Webhooks') },
  }),
  create: defineRoute('settings.manage', {
    method: 'post',
    path: '/api/settings/webhooks',
    tags,
    summary: 'Add an outgoing webhook',
    request: { body: jsonBody(createWebhookSchema) },
    responses: { 201: jsonResponse(webhookSchema, 'Created') },
  }),
  update: defineRoute('settings.manage', {
    method: 'patch',
    path: '/api/settings/webhooks/{id}',
    tags,
    summary: 'Change, pause or resume a webhook',
    request: { params: idParams, body: jsonBody(updateWebhookSchema) },
    responses: { 200: jsonResponse(webhookSchema, 'Updated') },
  }),
  remove: defineRoute('settings.manage', {
    method: 'delete',
    path: '/api/settings/webhooks/{id}',
    tags,
    summary: 'Delete a webhook and its delivery log',
    request: { params: idParams },
    responses: { 200: jsonResponse(okSchema, 'Deleted') },
  }),
  deliveries: defineRoute('settings.manage', {
    method: 'get',
    path: '/api/settings/webhooks/{id}/deliveries',
    tags,
    summary: 'Delivery log: each event, its attempts and the last answer',
    request: { params: idParams },
    responses: {
      200: jsonResponse(z.object({ deliveries: z.array(webhookDeliverySchema) }), 'Newest first'),
    },
  }),
};

export function webhookRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  const dbOf = (c: { get(key: 'deps'): AppEnv['Variables']['deps'] }) => c.get('deps').database.db;
  app.openapi(routes.list, async (c) =>
    c.json({ webhooks: (await getWebhooks({ db: dbOf(c) })).map(presentWebhook) }, 200),
  );
  app.openapi(routes.create, async (c) =>
    c.json(presentWebhook(await createWebhook({ db: dbOf(c), input: c.req.valid('json') })), 201),
  );
  app.openapi(routes.update, async (c) =>
    c.json(
      presentWebhook(
        await updateWebhook({ db: dbOf(c), id: c.req.valid('param').id, input: c.req.valid('json') }),
      ),
      200,
    ),
  );
  app.openapi(routes.remove, async (c) => {
    await deleteWebhook({ db: dbOf(c), id: c.req.valid('param').id });
    return c.json({ ok: true as const }, 200);
  });
  app.openapi(routes.deliveries, async (c) => {
    const rows = await getWebhookDeliveries({ db: dbOf(c), id: c.req.valid('param').id });
    return c.json({ deliveries: rows.map(presentWebhookDelivery) }, 200);
  });
  return app;
}
