import { OpenAPIHono } from '@hono/zod-openapi';
import { idParams } from '../../../shared/schemas/common.ts';
import {
  createdUserSchema,
  createUserSchema,
  updateUserSchema,
  userListSchema,
  userSchema,
} from '../../../shared/schemas/users.ts';
import { AppError } from '../../errors.ts';
import type { AppEnv } from '../../http/context.ts';
import { defineRoute, jsonBody, jsonResponse } from '../../http/route.ts';
import {
  conflictResponse,
  ifMatchHeaders,
  versionedResponse,
  versionedWrite,
  withETag,
} from '../../http/versions.ts';
import { presentUser } from './users.presenter.ts';
import { createUser, findUser, getUsers, updateUser } from './users.service.ts';

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

const getRoute = defineRoute('users.read', {
  method: 'get',
  path: '/api/users/{id}',
  tags,
  summary: 'One account, with its version (ETag) for an edit',
  request: { params: idParams },
  responses: { 200: versionedResponse(userSchema, 'The account') },
});

const updateRoute = defineRoute('users.manage', {
  method: 'patch',
  path: '/api/users/{id}',
  tags,
  summary: 'Rename, change role, deactivate or reactivate an account',
  description:
    'Deactivation signs the person out everywhere and stops their API tokens. The last active admin cannot be demoted or deactivated.',
  request: { params: idParams, headers: ifMatchHeaders, body: jsonBody(updateUserSchema) },
  responses: { 200: versionedResponse(userSchema, 'Updated'), ...conflictResponse },
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

  const current = async (db: Parameters<typeof findUser>[0]['db'], id: string) => {
    const user = await findUser({ db, id });
    if (!user) throw new AppError('not_found', 'User not found');
    return presentUser(user);
  };

  app.openapi(getRoute, async (c) =>
    c.json(withETag(c, await current(c.get('deps').database.db, c.req.valid('param').id)), 200),
  );

  app.openapi(updateRoute, async (c) => {
    const { database, now } = c.get('deps');
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const body = await versionedWrite(
      c,
      async (expected) => presentUser(await updateUser({ db: database.db, id, input, now: now(), expected })),
      () => current(database.db, id),
    );
    return c.json(body, 200);
  });

  return app;
}
