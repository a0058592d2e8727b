import { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { okSchema } from '../../../shared/schemas/common.ts';
import { type AppEnv, principalOf } from '../../http/context.ts';
import { defineRoute, jsonResponse } from '../../http/route.ts';
import { presentNotifications } from './notifications.presenter.ts';
import { listNotifications, markNotificationsRead } from './notifications.service.ts';

const tags = ['Account'];

const routes = {
  list: defineRoute('notifications.read', {
    method: 'get',
    path: '/api/notifications',
    tags,
    summary: 'Your latest notifications',
    responses: {
      200: jsonResponse(
        z.object({
          notifications: z.array(
            z.object({
              id: z.string(),
              kind: z.string(),
              title: z.string(),
              body: z.string().describe('Plain text (Markdown in comments is rendered and stripped)'),
              link: z.string().nullable(),
              read: z.boolean(),
              createdAt: z.string(),
            }),
          ),
          unread: z.number(),
        }),
        'Newest first',
      ),
    },
  }),
  read: defineRoute('notifications.read', {
    method: 'post',
    path: '/api/notifications/read',
    tags,
    summary: 'Mark all your notifications read',
    responses: { 200: jsonResponse(okSchema, 'Marked') },
  }),
};

export function notificationRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(routes.list, async (c) => {
    const rows = await listNotifications({ db: c.get('deps').database.db, userId: principalOf(c).userId });
    return c.json(presentNotifications(rows), 200);
  });

  app.openapi(routes.read, async (c) => {
    const deps = c.get('deps');
    await markNotificationsRead({ db: deps.database.db, userId: principalOf(c).userId, now: deps.now() });
    return c.json({ ok: true as const }, 200);
  });

  return app;
}
