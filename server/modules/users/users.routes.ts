import { OpenAPIHono } from '@hono/zod-openapi';
import { idParams } from '../../../shared/schemas/common.ts';
import {
  createdUserSchema,
  createUserSchema,
  updateUserSchema,
  userListSchema,
  userSchema,
} from '../../../shared/schemas/users.ts';
import type { AppEnv } from '../../http/context.ts';
import { defineRoute, jsonBody, jsonResponse } from '../../http/route.ts';
import { presentUser } from './users.presenter.ts';
import { createUser, getUsers, updateUser } from './users.service.ts';

const tags = ['Users'];

const listRoute = defineRoute('users.read', {
  method: 'get',
  path: '/api/users',
  tags,
  summary: 'List accounts',
  responses: { 200: jsonResponse(userListSchema, 'Every account, active first') },
});

const createRouteDef = defineRoute('users.manage', {
  method: 'post',
  path: '/api/users',
  tags,
  summary: 'Create an account',
  description: 'Without a password a temporary one is generated and returned once, to hand to the person.',
  request: { body: jsonBody(createUserSchema) },
  responses: { 201: jsonResponse(createdUserSchema, 'Created') },
});

const updateRoute = defineRoute('users.manage', {
  method: 'patch',
  path: '/api/users/{id}',
  tags,
  summary: 'Rename, change role, deactivate or reactivate an account',
  description:
    'Deactivation signs the person out everywhere and stops their API tokens. The last active admin cannot be demoted or deactivated.',
  request: { params: idParams, body: jsonBody(updateUserSchema) },
  responses: { 200: jsonResponse(userSchema, 'Updated') },
});

export function userRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(listRoute, async (c) => {
    const rows = await getUsers({ db: c.get('deps').database.db });
    return c.json({ users: rows.map(presentUser) }, 200);
  });

  app.openapi(createRouteDef, async (c) => {
    const { user, temporaryPassword } = await createUser({
      db: c.get('deps').database.db,
      input: c.req.valid('json'),
    });
    return c.json({ user: presentUser(user), ...(temporaryPassword ? { temporaryPassword } : {}) }, 201);
  });

  app.openapi(updateRoute, async (c) => {
    const user = await updateUser({
      db: c.get('deps').database.db,
      id: c.req.valid('param').id,
      input: c.req.valid('json'),
      now: c.get('deps').now(),
    });
    return c.json(presentUser(user), 200);
  });

  return app;
}
