import { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { idParams, okSchema } from '../../../shared/schemas/common.ts';
import {
  createWebhookSchema,
  updateWebhookAllowedHostsSchema,
  updateWebhookSchema,
  webhookAllowedHostsSchema,
  webhookDeliverySchema,
  webhookSchema,
  webhookSigningHelp,
  webhookWithSecretSchema,
} from '../../../shared/schemas/webhooks.ts';
import type { AppEnv } from '../../http/context.ts';
import { defineRoute, jsonBody, jsonResponse } from '../../http/route.ts';
import {
  conflictResponse,
  ifMatchHeaders,
  versionedResponse,
  versionedWrite,
  withETag,
} from '../../http/versions.ts';
import { presentWebhook, presentWebhookDelivery, presentWebhookWithSecret } from './webhooks.presenter.ts';
import {
  createWebhook,
  deleteWebhook,
  getWebhook,
  getWebhookAllowedHosts,
  getWebhookDeliveries,
  getWebhooks,
  rotateWebhookSecret,
  setWebhookAllowedHosts,
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
    description: `The answer carries the webhook's signing secret, the only time it is shown. ${webhookSigningHelp} The URL may not point at a loopback, link-local or private address unless its host is on the allowed hosts list; redirects are never followed.`,
    request: { body: jsonBody(createWebhookSchema) },
    responses: { 201: jsonResponse(webhookWithSecretSchema, 'Created, with its signing secret') },
  }),
  rotateSecret: defineRoute('settings.manage', {
    method: 'post',
    path: '/api/settings/webhooks/{id}/secret',
    tags,
    summary: 'Give a webhook a new signing secret',
    description: `The old secret stops working at once; the answer carries the new one, the only time it is shown. ${webhookSigningHelp}`,
    request: { params: idParams },
    responses: { 200: jsonResponse(webhookWithSecretSchema, 'The webhook with its new secret') },
  }),
  allowedHosts: defineRoute('settings.manage', {
    method: 'get',
    path: '/api/settings/webhooks/allowed-hosts',
    tags,
    summary: 'Hosts webhooks may reach although they resolve to private addresses',
    description:
      'Webhooks refuse loopback, link-local, private, unspecified, multicast and reserved addresses (and IPv6 forms of them), at save time and again at each delivery. A host on this list (an internal Slack proxy) is let through.',
    responses: { 200: jsonResponse(webhookAllowedHostsSchema, 'The allowed hosts') },
  }),
  setAllowedHosts: defineRoute('settings.manage', {
    method: 'put',
    path: '/api/settings/webhooks/allowed-hosts',
    tags,
    summary: 'Replace the hosts webhooks may reach although they resolve to private addresses',
    request: { body: jsonBody(updateWebhookAllowedHostsSchema) },
    responses: { 200: jsonResponse(webhookAllowedHostsSchema, 'The allowed hosts') },
  }),
  get: defineRoute('settings.manage', {
    method: 'get',
    path: '/api/settings/webhooks/{id}',
    tags,
    summary: 'One webhook (without its secret), with its version (ETag) for an edit',
    request: { params: idParams },
    responses: { 200: versionedResponse(webhookSchema, 'The webhook') },
  }),
  update: defineRoute('settings.manage', {
    method: 'patch',
    path: '/api/settings/webhooks/{id}',
    tags,
    summary: 'Change, pause or resume a webhook',
    request: { params: idParams, headers: ifMatchHeaders, body: jsonBody(updateWebhookSchema) },
    responses: { 200: versionedResponse(webhookSchema, 'Updated'), ...conflictResponse },
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
  app.openapi(routes.allowedHosts, async (c) =>
    c.json({ hosts: await getWebhookAllowedHosts({ db: dbOf(c) }) }, 200),
  );
  app.openapi(routes.setAllowedHosts, async (c) =>
    c.json({ hosts: await setWebhookAllowedHosts({ db: dbOf(c), hosts: c.req.valid('json').hosts }) }, 200),
  );
  app.openapi(routes.create, async (c) =>
    c.json(presentWebhookWithSecret(await createWebhook({ db: dbOf(c), input: c.req.valid('json') })), 201),
  );
  app.openapi(routes.rotateSecret, async (c) =>
    c.json(
      presentWebhookWithSecret(await rotateWebhookSecret({ db: dbOf(c), id: c.req.valid('param').id })),
      200,
    ),
  );
  // After allowed-hosts, so that literal path wins.
  app.openapi(routes.get, async (c) =>
    c.json(withETag(c, presentWebhook(await getWebhook({ db: dbOf(c), id: c.req.valid('param').id }))), 200),
  );
  app.openapi(routes.update, async (c) => {
    const db = dbOf(c);
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const body = await versionedWrite(
      c,
      async (expected) => presentWebhook(await updateWebhook({ db, id, input, expected })),
      async () => presentWebhook(await getWebhook({ db, id })),
    );
    return c.json(body, 200);
  });
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
