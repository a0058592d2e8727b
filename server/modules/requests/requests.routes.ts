import { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { idParams, okSchema } from '../../../shared/schemas/common.ts';
import { planEntrySchema } from '../../../shared/schemas/plan.ts';
import {
  budgetQuery,
  budgetSchema,
  commentSchema,
  createCommentSchema,
  createGitlabUserLinkSchema,
  createRequestSchema,
  gitlabUserLinkSchema,
  gitlabUsernameParams,
  mentionableSchema,
  postedCommentSchema,
  requestEventSchema,
  requestListQuery,
  requestSchema,
  resultsSchema,
  similarRequestSchema,
  similarRequestsQuerySchema,
  transitionSchema,
  updateRequestSchema,
} from '../../../shared/schemas/requests.ts';
import type { Database } from '../../db/connect.ts';
import type { RequestRow } from '../../db/schema.ts';
import { type AppEnv, type Principal, principalOf } from '../../http/context.ts';
import { defineRoute, jsonBody, jsonResponse } from '../../http/route.ts';
import {
  conflictResponse,
  ifMatchHeaders,
  versionedResponse,
  versionedWrite,
  withETag,
} from '../../http/versions.ts';
import { presentPlanEntry } from '../plan/plan.presenter.ts';
import { getPlanEntryOfRequest, planViewerOf } from '../plan/plan.service.ts';
import {
  linkGitlabUser,
  listGitlabUserLinks,
  receiveGitlabIssue,
  unlinkGitlabUser,
} from './requests.gitlab.ts';
import {
  presentBudget,
  presentComment,
  presentGitlabUserLink,
  presentMentionable,
  presentRequest,
  presentRequestEvent,
  presentSimilarRequest,
} from './requests.presenter.ts';
import {
  addComment,
  addResults,
  createRequest,
  findSimilarRequests,
  getBudget,
  getRequestComments,
  getRequestHistory,
  getVisibleRequest,
  listMentionablePeople,
  listRequests,
  loadRequestLookups,
  requestPrincipalOf,
  suggestRequestAssignee,
  transitionRequest,
  updateRequest,
} from './requests.service.ts';

const tags = ['Requests'];
const routes = {
  list: defineRoute('requests.read', {
    method: 'get',
    path: '/api/requests',
    tags,
    summary: 'Requests, highest priority score first, a page at a time',
    description:
      'Views: all, mine (assigned to me), needs_triage, overdue (not reviewed within the review clock). Requesters see their own and their team’s. Sorted and paged in the database: `total` counts every request of the view, `requests` holds `limit` of them from `offset`.',
    request: { query: requestListQuery },
    responses: {
      200: jsonResponse(
        z.object({
          total: z.number().describe('Requests in the view, on every page'),
          requests: z.array(requestSchema),
        }),
        'One page of requests',
      ),
    },
  }),
  budget: defineRoute('requests.read', {
    method: 'get',
    path: '/api/requests/budget',
    tags,
    summary: 'A requesting team’s budget this quarter',
    request: { query: budgetQuery },
    responses: { 200: jsonResponse(budgetSchema, 'Budget, spent and remaining points, and the prices') },
  }),
  create: defineRoute('requests.create', {
    method: 'post',
    path: '/api/requests',
    tags,
    summary: 'File a request (or answer it with an existing asset)',
    description:
      'Charged to the team’s quarterly budget; refused with 409 over_budget when it would overdraw it, unless a TMM or admin gives budgetOverrideReason.',
    request: { body: jsonBody(createRequestSchema) },
    responses: { 201: jsonResponse(requestSchema, 'Filed') },
  }),
  similar: defineRoute('requests.create', {
    method: 'post',
    path: '/api/requests/similar',
    tags,
    summary: 'Open requests of the team that look like the one being filed',
    description:
      'The duplicate check of the intake form: the team’s open requests (new, in triage, in the backlog, assigned) whose title and business goal share enough words with the text (stop words dropped), most alike first, at most five. Requesters may ask for their own team only. A POST because the text can be long.',
    request: { body: jsonBody(similarRequestsQuerySchema) },
    responses: {
      200: jsonResponse(z.object({ requests: z.array(similarRequestSchema) }), 'Most alike first'),
    },
  }),
  get: defineRoute('requests.read', {
    method: 'get',
    path: '/api/requests/{id}',
    tags,
    summary: 'One request with its history and a suggested assignee',
    request: { params: idParams },
    responses: {
      200: jsonResponse(
        requestSchema.extend({
          history: z.array(requestEventSchema),
          suggestedAssignee: z
            .object({ userId: z.string(), name: z.string(), reason: z.string() })
            .nullable(),
          planEntry: planEntrySchema
            .nullable()
            .describe(
              'Its plan entry, made when it was accepted into the backlog or assigned; with the asset once published',
            ),
        }),
        'The request',
      ),
    },
  }),
  transition: defineRoute('requests.create', {
    method: 'post',
    path: '/api/requests/{id}/transitions',
    tags,
    summary: 'Move a request to another state',
    description:
      'TMMs and admins move requests; requesters may cancel their own. Illegal moves answer 409 illegal_transition; missing pieces 422 naming them.',
    request: { params: idParams, body: jsonBody(transitionSchema) },
    responses: { 200: jsonResponse(requestSchema, 'Moved') },
  }),
  update: defineRoute('requests.create', {
    method: 'patch',
    path: '/api/requests/{id}',
    tags,
    summary: 'Change what a request asks for, or (triage) its priority and work stage',
    description:
      'Its requester changes title, business goal, audience, description, distribution plan, event and due date until the request is accepted; TMMs and admins change them at any time and alone set priority (1–3) and work stage. The request’s allowedActions say which: edit and triage.',
    request: { params: idParams, headers: ifMatchHeaders, body: jsonBody(updateRequestSchema) },
    responses: { 200: versionedResponse(requestSchema, 'Updated'), ...conflictResponse },
  }),
  comments: defineRoute('requests.read', {
    method: 'get',
    path: '/api/requests/{id}/comments',
    tags,
    summary: 'The comment thread',
    request: { params: idParams },
    responses: { 200: jsonResponse(z.object({ comments: z.array(commentSchema) }), 'Oldest first') },
  }),
  comment: defineRoute('requests.create', {
    method: 'post',
    path: '/api/requests/{id}/comments',
    tags,
    summary: 'Comment (Markdown, sanitized; @handle mentions notify people)',
    description:
      'notNotified lists the @handles that told nobody: no such active account, or one that may not see the request.',
    request: { params: idParams, body: jsonBody(createCommentSchema) },
    responses: { 201: jsonResponse(postedCommentSchema, 'Added') },
  }),
  mentionable: defineRoute('requests.read', {
    method: 'get',
    path: '/api/requests/{id}/mentionable',
    tags,
    summary: 'The people a comment on this request can @mention (those who may see it)',
    request: { params: idParams },
    responses: {
      200: jsonResponse(z.object({ people: z.array(mentionableSchema) }), 'By name'),
    },
  }),
  gitlab: defineRoute('public', {
    method: 'post',
    path: '/api/integrations/gitlab/issues',
    tags: ['Integrations'],
    summary: 'GitLab issue webhook: files a request from an issue opened with the content request template',
    description:
      'Point a GitLab project webhook (Issues events) here with the secret token set to SHOWCASE_GITLAB_WEBHOOK_TOKEN. Checked against X-Gitlab-Token; repeated deliveries (X-Gitlab-Event-UUID, or the same issue) are acknowledged and ignored. Template headings fill the fields; the rest stays in the description and is reported.',
    request: { body: jsonBody(z.looseObject({})) },
    responses: {
      200: jsonResponse(
        z.object({
          status: z.enum(['created', 'duplicate', 'ignored']),
          requestId: z.string().optional(),
          report: z.array(z.string()),
        }),
        'What was done, and what could not be read',
      ),
    },
  }),
  gitlabUsers: defineRoute('settings.manage', {
    method: 'get',
    path: '/api/settings/gitlab-users',
    tags: ['Integrations'],
    summary: 'GitLab users linked to Showcase accounts',
    description:
      'GitLab intake files an issue as the Showcase account linked to its author’s GitLab username, and as the “GitLab intake” account otherwise (keeping the author’s name on the request).',
    responses: {
      200: jsonResponse(z.object({ links: z.array(gitlabUserLinkSchema) }), 'By GitLab username'),
    },
  }),
  linkGitlabUser: defineRoute('settings.manage', {
    method: 'post',
    path: '/api/settings/gitlab-users',
    tags: ['Integrations'],
    summary: 'Link a GitLab username to a Showcase account',
    description:
      'The account must be active and allowed to file requests. A username already linked answers 409 conflict.',
    request: { body: jsonBody(createGitlabUserLinkSchema) },
    responses: { 201: jsonResponse(gitlabUserLinkSchema, 'Linked') },
  }),
  unlinkGitlabUser: defineRoute('settings.manage', {
    method: 'delete',
    path: '/api/settings/gitlab-users/{username}',
    tags: ['Integrations'],
    summary: 'Remove the link of a GitLab username',
    request: { params: gitlabUsernameParams },
    responses: { 200: jsonResponse(okSchema, 'Removed') },
  }),
  results: defineRoute('requests.create', {
    method: 'post',
    path: '/api/requests/{id}/results',
    tags,
    summary: 'Add the results of a completed request (closes it)',
    request: { params: idParams, body: jsonBody(resultsSchema) },
    responses: { 200: jsonResponse(requestSchema, 'Closed with results') },
  }),
};

async function present(db: Database['db'], rows: RequestRow[], now: Date, principal: Principal) {
  const lookups = await loadRequestLookups({ db, rows, role: principal.role });
  const actor = await requestPrincipalOf(db, principal);
  return rows.map((row) => presentRequest(row, lookups, now, actor));
}

export function requestRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  const ctx = (c: { get(key: 'deps'): AppEnv['Variables']['deps'] }) => ({
    db: c.get('deps').database.db,
    now: c.get('deps').now(),
  });

  app.openapi(routes.list, async (c) => {
    const { db, now } = ctx(c);
    const query = c.req.valid('query');
    const { rows, total } = await listRequests({
      db,
      principal: principalOf(c),
      states: query.state,
      view: query.view,
      teamId: query.teamId,
      sort: query.sort,
      order: query.order,
      limit: query.limit,
      offset: query.offset,
      now,
    });
    return c.json({ total, requests: await present(db, rows, now, principalOf(c)) }, 200);
  });

  // Registered before /api/requests/{id} so the literal path wins.
  app.openapi(routes.budget, async (c) => {
    const { db, now } = ctx(c);
    const budget = await getBudget({
      db,
      teamId: c.req.valid('query').teamId,
      now,
      principal: principalOf(c),
    });
    return c.json(presentBudget(budget), 200);
  });

  app.openapi(routes.similar, async (c) => {
    const { db } = ctx(c);
    const { rows, users } = await findSimilarRequests({
      db,
      query: c.req.valid('json'),
      principal: principalOf(c),
    });
    return c.json({ requests: rows.map((row) => presentSimilarRequest(row, users)) }, 200);
  });

  app.openapi(routes.create, async (c) => {
    const { db, now } = ctx(c);
    const row = await createRequest({ db, input: c.req.valid('json'), principal: principalOf(c), now });
    return c.json((await present(db, [row], now, principalOf(c)))[0] as z.infer<typeof requestSchema>, 201);
  });

  app.openapi(routes.get, async (c) => {
    const { db, now } = ctx(c);
    const row = await getVisibleRequest({ db, id: c.req.valid('param').id, principal: principalOf(c) });
    const [presented] = await present(db, [row], now, principalOf(c));
    const events = await getRequestHistory({ db, id: row.id });
    const suggestedAssignee = await suggestRequestAssignee({ db, row, quarter: row.quarter });
    const planEntry = await getPlanEntryOfRequest({ db, requestId: row.id });
    return c.json(
      withETag(c, {
        ...(presented as z.infer<typeof requestSchema>),
        history: events.map(presentRequestEvent),
        suggestedAssignee,
        planEntry: planEntry ? presentPlanEntry(planEntry, await planViewerOf(db, principalOf(c))) : null,
      }),
      200,
    );
  });

  app.openapi(routes.transition, async (c) => {
    const { db, now } = ctx(c);
    const row = await transitionRequest({
      db,
      id: c.req.valid('param').id,
      input: c.req.valid('json'),
      principal: principalOf(c),
      now,
    });
    return c.json(
      withETag(c, (await present(db, [row], now, principalOf(c)))[0] as z.infer<typeof requestSchema>),
      200,
    );
  });

  app.openapi(routes.update, async (c) => {
    const { db, now } = ctx(c);
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const principal = principalOf(c);
    const presentOne = async (row: RequestRow) =>
      (await present(db, [row], now, principal))[0] as z.infer<typeof requestSchema>;
    const body = await versionedWrite(
      c,
      async (expected) => presentOne(await updateRequest({ db, id, input, principal, now, expected })),
      async () => presentOne(await getVisibleRequest({ db, id, principal })),
    );
    return c.json(body, 200);
  });

  app.openapi(routes.comments, async (c) => {
    const { db } = ctx(c);
    const row = await getVisibleRequest({ db, id: c.req.valid('param').id, principal: principalOf(c) });
    const comments = await getRequestComments({ db, id: row.id });
    return c.json({ comments: comments.map(presentComment) }, 200);
  });

  app.openapi(routes.comment, async (c) => {
    const { db } = ctx(c);
    const principal = principalOf(c);
    const { comment, notNotified } = await addComment({
      db,
      id: c.req.valid('param').id,
      body: c.req.valid('json').body,
      principal,
    });
    return c.json(
      {
        ...presentComment({ ...comment, author_id: principal.userId, author_name: principal.name }),
        notNotified,
      },
      201,
    );
  });

  app.openapi(routes.mentionable, async (c) => {
    const { db } = ctx(c);
    const people = await listMentionablePeople({
      db,
      id: c.req.valid('param').id,
      principal: principalOf(c),
    });
    return c.json({ people: people.map(presentMentionable) }, 200);
  });

  app.openapi(routes.gitlab, async (c) => {
    const { db, now } = ctx(c);
    const result = await receiveGitlabIssue({
      db,
      token: c.req.header('x-gitlab-token'),
      expectedToken: c.get('deps').env.SHOWCASE_GITLAB_WEBHOOK_TOKEN,
      deliveryId: c.req.header('x-gitlab-event-uuid') ?? c.req.header('idempotency-key'),
      payload: c.req.valid('json'),
      now,
    });
    return c.json(result, 200);
  });

  app.openapi(routes.gitlabUsers, async (c) => {
    const { db } = ctx(c);
    const links = await listGitlabUserLinks({ db });
    return c.json({ links: links.map(presentGitlabUserLink) }, 200);
  });

  app.openapi(routes.linkGitlabUser, async (c) => {
    const { db } = ctx(c);
    const link = await linkGitlabUser({ db, input: c.req.valid('json'), principal: principalOf(c) });
    return c.json(presentGitlabUserLink(link), 201);
  });

  app.openapi(routes.unlinkGitlabUser, async (c) => {
    const { db } = ctx(c);
    await unlinkGitlabUser({ db, username: c.req.valid('param').username });
    return c.json({ ok: true as const }, 200);
  });

  app.openapi(routes.results, async (c) => {
    const { db, now } = ctx(c);
    const row = await addResults({
      db,
      id: c.req.valid('param').id,
      results: c.req.valid('json'),
      principal: principalOf(c),
    });
    return c.json(
      withETag(c, (await present(db, [row], now, principalOf(c)))[0] as z.infer<typeof requestSchema>),
      200,
    );
  });

  return app;
}
