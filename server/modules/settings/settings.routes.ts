import { OpenAPIHono } from '@hono/zod-openapi';
import { idParams, okSchema } from '../../../shared/schemas/common.ts';
import {
  createTeamMemberSchema,
  createTeamSchema,
  createTermSchema,
  reorderTermsSchema,
  teamListSchema,
  teamMemberListSchema,
  teamMemberSchema,
  teamSchema,
  termListSchema,
  termQuerySchema,
  termSchema,
  updateTeamMemberSchema,
  updateTeamSchema,
  updateTermSchema,
  updateWorkspaceSchema,
  workspaceSchema,
} from '../../../shared/schemas/settings.ts';
import type { AppEnv } from '../../http/context.ts';
import { defineRoute, jsonBody, jsonResponse } from '../../http/route.ts';
import {
  conflictResponse,
  ifMatchHeaders,
  versionedResponse,
  versionedWrite,
  withETag,
} from '../../http/versions.ts';
import { presentTeam, presentTeamMember, presentTerm } from './settings.presenter.ts';
import {
  createTeam,
  createTeamMember,
  createTerm,
  deleteTeam,
  deleteTeamMember,
  deleteTerm,
  getOneTerm,
  getTeam,
  getTeamMember,
  getTeamMembers,
  getTeams,
  getTerms,
  getWorkspace,
  reorderTerms,
  updateTeam,
  updateTeamMember,
  updateTerm,
  updateWorkspace,
} from './settings.service.ts';

const tags = ['Settings'];
const deleted = { 200: jsonResponse(okSchema, 'Deleted; 409 when in use (archive instead)') };

const routes = {
  getWorkspace: defineRoute('settings.read', {
    method: 'get',
    path: '/api/settings/workspace',
    tags,
    summary: 'Workspace name and settings',
    responses: { 200: versionedResponse(workspaceSchema, 'The workspace') },
  }),
  updateWorkspace: defineRoute('settings.manage', {
    method: 'patch',
    path: '/api/settings/workspace',
    tags,
    summary: 'Rename the workspace or change its settings',
    request: { headers: ifMatchHeaders, body: jsonBody(updateWorkspaceSchema) },
    responses: { 200: versionedResponse(workspaceSchema, 'Updated'), ...conflictResponse },
  }),
  listTerms: defineRoute('settings.read', {
    method: 'get',
    path: '/api/settings/terms',
    tags,
    summary: 'Taxonomy terms: solutions, use cases, personas, formats, deliverable types…',
    request: { query: termQuerySchema },
    responses: {
      200: jsonResponse(termListSchema, 'Terms in display order (rank order for deliverable types)'),
    },
  }),
  createTerm: defineRoute('settings.manage', {
    method: 'post',
    path: '/api/settings/terms',
    tags,
    summary: 'Add a taxonomy term',
    request: { body: jsonBody(createTermSchema) },
    responses: { 201: jsonResponse(termSchema, 'Created') },
  }),
  reorderTerms: defineRoute('settings.manage', {
    method: 'put',
    path: '/api/settings/terms/order',
    tags,
    summary: 'Reorder the terms of one kind (ranks deliverable types)',
    request: { body: jsonBody(reorderTermsSchema) },
    responses: { 200: jsonResponse(termListSchema, 'The kind in its new order') },
  }),
  getTerm: defineRoute('settings.read', {
    method: 'get',
    path: '/api/settings/terms/{id}',
    tags,
    summary: 'One taxonomy term, with its version (ETag) for an edit',
    request: { params: idParams },
    responses: { 200: versionedResponse(termSchema, 'The term') },
  }),
  updateTerm: defineRoute('settings.manage', {
    method: 'patch',
    path: '/api/settings/terms/{id}',
    tags,
    summary: 'Rename, describe, archive or restore a term; set a deliverable type’s formats',
    request: { params: idParams, headers: ifMatchHeaders, body: jsonBody(updateTermSchema) },
    responses: { 200: versionedResponse(termSchema, 'Updated'), ...conflictResponse },
  }),
  deleteTerm: defineRoute('settings.manage', {
    method: 'delete',
    path: '/api/settings/terms/{id}',
    tags,
    summary: 'Delete a term that nothing uses',
    request: { params: idParams },
    responses: deleted,
  }),
  listTeams: defineRoute('settings.read', {
    method: 'get',
    path: '/api/settings/teams',
    tags,
    summary: 'Requesting teams and their quarterly budgets',
    responses: { 200: jsonResponse(teamListSchema, 'Teams') },
  }),
  createTeam: defineRoute('settings.manage', {
    method: 'post',
    path: '/api/settings/teams',
    tags,
    summary: 'Add a requesting team',
    request: { body: jsonBody(createTeamSchema) },
    responses: { 201: jsonResponse(teamSchema, 'Created') },
  }),
  getTeam: defineRoute('settings.read', {
    method: 'get',
    path: '/api/settings/teams/{id}',
    tags,
    summary: 'One requesting team, with its version (ETag) for an edit',
    request: { params: idParams },
    responses: { 200: versionedResponse(teamSchema, 'The team') },
  }),
  updateTeam: defineRoute('settings.manage', {
    method: 'patch',
    path: '/api/settings/teams/{id}',
    tags,
    summary: 'Rename a team, change its budget, archive or restore it',
    request: { params: idParams, headers: ifMatchHeaders, body: jsonBody(updateTeamSchema) },
    responses: { 200: versionedResponse(teamSchema, 'Updated'), ...conflictResponse },
  }),
  deleteTeam: defineRoute('settings.manage', {
    method: 'delete',
    path: '/api/settings/teams/{id}',
    tags,
    summary: 'Delete a team that nothing uses',
    request: { params: idParams },
    responses: deleted,
  }),
  listMembers: defineRoute('settings.read', {
    method: 'get',
    path: '/api/settings/team-members',
    tags,
    summary: 'Technical marketing team members, their areas and capacity',
    responses: { 200: jsonResponse(teamMemberListSchema, 'Team members') },
  }),
  createMember: defineRoute('settings.manage', {
    method: 'post',
    path: '/api/settings/team-members',
    tags,
    summary: 'Add a TMM to the team with their areas of responsibility',
    request: { body: jsonBody(createTeamMemberSchema) },
    responses: { 201: jsonResponse(teamMemberSchema, 'Created') },
  }),
  getMember: defineRoute('settings.read', {
    method: 'get',
    path: '/api/settings/team-members/{id}',
    tags,
    summary: 'One team member, with their version (ETag) for an edit',
    request: { params: idParams },
    responses: { 200: versionedResponse(teamMemberSchema, 'The team member') },
  }),
  updateMember: defineRoute('settings.manage', {
    method: 'patch',
    path: '/api/settings/team-members/{id}',
    tags,
    summary: 'Change a team member’s title, capacity or areas',
    request: { params: idParams, headers: ifMatchHeaders, body: jsonBody(updateTeamMemberSchema) },
    responses: { 200: versionedResponse(teamMemberSchema, 'Updated'), ...conflictResponse },
  }),
  deleteMember: defineRoute('settings.manage', {
    method: 'delete',
    path: '/api/settings/team-members/{id}',
    tags,
    summary: 'Remove someone from the team (their account stays)',
    request: { params: idParams },
    responses: deleted,
  }),
};

export function settingsRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  const dbOf = (c: { get(key: 'deps'): AppEnv['Variables']['deps'] }) => c.get('deps').database.db;
  const ok = { ok: true as const };

  app.openapi(routes.getWorkspace, async (c) =>
    c.json(withETag(c, await getWorkspace({ db: dbOf(c) })), 200),
  );
  app.openapi(routes.updateWorkspace, async (c) => {
    const db = dbOf(c);
    const input = c.req.valid('json');
    const body = await versionedWrite(
      c,
      (expected) => updateWorkspace({ db, input, expected }),
      () => getWorkspace({ db }),
    );
    return c.json(body, 200);
  });

  app.openapi(routes.listTerms, async (c) => {
    const terms = await getTerms({ db: dbOf(c), kind: c.req.valid('query').kind });
    return c.json({ terms: terms.map(presentTerm) }, 200);
  });
  app.openapi(routes.createTerm, async (c) =>
    c.json(presentTerm(await createTerm({ db: dbOf(c), input: c.req.valid('json') })), 201),
  );
  app.openapi(routes.reorderTerms, async (c) => {
    const { kind, ids } = c.req.valid('json');
    const terms = await reorderTerms({ db: dbOf(c), kind, ids });
    return c.json({ terms: terms.map(presentTerm) }, 200);
  });
  app.openapi(routes.getTerm, async (c) =>
    c.json(withETag(c, presentTerm(await getOneTerm({ db: dbOf(c), id: c.req.valid('param').id }))), 200),
  );
  app.openapi(routes.updateTerm, async (c) => {
    const db = dbOf(c);
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const body = await versionedWrite(
      c,
      async (expected) => presentTerm(await updateTerm({ db, id, input, expected })),
      async () => presentTerm(await getOneTerm({ db, id })),
    );
    return c.json(body, 200);
  });
  app.openapi(routes.deleteTerm, async (c) => {
    await deleteTerm({ db: dbOf(c), id: c.req.valid('param').id });
    return c.json(ok, 200);
  });

  app.openapi(routes.listTeams, async (c) =>
    c.json({ teams: (await getTeams({ db: dbOf(c) })).map(presentTeam) }, 200),
  );
  app.openapi(routes.createTeam, async (c) =>
    c.json(presentTeam(await createTeam({ db: dbOf(c), input: c.req.valid('json') })), 201),
  );
  app.openapi(routes.getTeam, async (c) =>
    c.json(withETag(c, presentTeam(await getTeam({ db: dbOf(c), id: c.req.valid('param').id }))), 200),
  );
  app.openapi(routes.updateTeam, async (c) => {
    const db = dbOf(c);
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const body = await versionedWrite(
      c,
      async (expected) => presentTeam(await updateTeam({ db, id, input, expected })),
      async () => presentTeam(await getTeam({ db, id })),
    );
    return c.json(body, 200);
  });
  app.openapi(routes.deleteTeam, async (c) => {
    await deleteTeam({ db: dbOf(c), id: c.req.valid('param').id });
    return c.json(ok, 200);
  });

  app.openapi(routes.listMembers, async (c) =>
    c.json({ members: (await getTeamMembers({ db: dbOf(c) })).map(presentTeamMember) }, 200),
  );
  app.openapi(routes.createMember, async (c) =>
    c.json(presentTeamMember(await createTeamMember({ db: dbOf(c), input: c.req.valid('json') })), 201),
  );
  app.openapi(routes.getMember, async (c) =>
    c.json(withETag(c, presentTeamMember(await getTeamMember(dbOf(c), c.req.valid('param').id))), 200),
  );
  app.openapi(routes.updateMember, async (c) => {
    const db = dbOf(c);
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const body = await versionedWrite(
      c,
      async (expected) => presentTeamMember(await updateTeamMember({ db, id, input, expected })),
      async () => presentTeamMember(await getTeamMember(db, id)),
    );
    return c.json(body, 200);
  });
  app.openapi(routes.deleteMember, async (c) => {
    await deleteTeamMember({ db: dbOf(c), id: c.req.valid('param').id });
    return c.json(ok, 200);
  });

  return app;
}
