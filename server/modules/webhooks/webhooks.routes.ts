import { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { idParams, okSchema } from '../../../shared/schemas/common.ts';
import {
  createWebhookSchema,
  updateWebhookSchema,
  type Webhook,
  webhookDeliverySchema,
  webhookSchema,
} from '../../../shared/schemas/webhooks.ts';
import type { AppEnv } from '../../http/context.ts';
import { defineRoute, jsonBody, jsonResponse } from '../../http/route.ts';
import { listDeliveryRows, listWebhookRows } from './webhooks.repository.ts';
import { createWebhook, deleteWebhook, updateWebhook } from './webhooks.service.ts';

const tags = ['Settings'];
const present = (row: {
  id: string;
  name: string;
  url: string;
  events: string[];
  active: boolean;
}): Webhook => ({
  id: row.id,
  name: row.name,
  url: row.url,
  events: row.events as Webhook['events'],
  active: row.active,
});

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
    c.json({ webhooks: (await listWebhookRows(dbOf(c))).map(present) }, 200),
  );
  app.openapi(routes.create, async (c) =>
    c.json(present(await createWebhook({ db: dbOf(c), input: c.req.valid('json') })), 201),
  );
  app.openapi(routes.update, async (c) =>
    c.json(
      present(await updateWebhook({ db: dbOf(c), id: c.req.valid('param').id, input: c.req.valid('json') })),
      200,
    ),
  );
  app.openapi(routes.remove, async (c) => {
    await deleteWebhook({ db: dbOf(c), id: c.req.valid('param').id });
    return c.json({ ok: true as const }, 200);
  });
  app.openapi(routes.deliveries, async (c) => {
    const rows = await listDeliveryRows(dbOf(c), c.req.valid('param').id);
    return c.json(
      {
        deliveries: rows.map((row) => ({
          id: row.id,
          event: row.event,
          status: row.status,
          attempts: row.attempts,
          lastStatusCode: row.last_status_code,
          lastError: row.last_error,
          createdAt: row.created_at.toISOString(),
          nextAttemptAt: row.next_attempt_at.toISOString(),
          deliveredAt: row.delivered_at?.toISOString() ?? null,
        })),
      },
      200,
    );
  });
  return app;
}
