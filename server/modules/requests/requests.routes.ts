import { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { idParams } from '../../../shared/schemas/common.ts';
import {
  budgetQuery,
  budgetSchema,
  commentSchema,
  createCommentSchema,
  createRequestSchema,
  mentionableSchema,
  postedCommentSchema,
  requestEventSchema,
  requestListQuery,
  requestSchema,
  resultsSchema,
  transitionSchema,
  updateRequestSchema,
} from '../../../shared/schemas/requests.ts';
import type { Database } from '../../db/connect.ts';
import type { RequestRow } from '../../db/schema.ts';
import { type AppEnv, principalOf } from '../../http/context.ts';
import { defineRoute, jsonBody, jsonResponse } from '../../http/route.ts';
import { receiveGitlabIssue } from './requests.gitlab.ts';
import {
  presentBudget,
  presentComment,
  presentMentionable,
  presentRequest,
  presentRequestEvent,
} from './requests.presenter.ts';
import {
  addComment,
  addResults,
  createRequest,
  getBudget,
  getRequestComments,
  getRequestHistory,
  getVisibleRequest,
  listMentionablePeople,
  listRequests,
  loadRequestLookups,
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
    summary: 'Requests, highest priority score first',
    description:
      'Views: all, mine (assigned to me), needs_triage, overdue (not reviewed within the review clock). Requesters see their own and their team’s.',
    request: { query: requestListQuery },
    responses: { 200: jsonResponse(z.object({ requests: z.array(requestSchema) }), 'Requests') },
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
  update: defineRoute('requests.triage', {
    method: 'patch',
    path: '/api/requests/{id}',
    tags,
    summary: 'Set priority (1–3), work stage or due date',
    request: { params: idParams, body: jsonBody(updateRequestSchema) },
    responses: { 200: jsonResponse(requestSchema, 'Updated') },
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
  results: defineRoute('requests.create', {
    method: 'post',
    path: '/api/requests/{id}/results',
    tags,
    summary: 'Add the results of a completed request (closes it)',
    request: { params: idParams, body: jsonBody(resultsSchema) },
    responses: { 200: jsonResponse(requestSchema, 'Closed with results') },
  }),
};

async function present(db: Database['db'], rows: RequestRow[], now: Date) {
  const lookups = await loadRequestLookups({ db, rows });
  return rows.map((row) => presentRequest(row, lookups, now));
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
    const rows = await listRequests({
      db,
      principal: principalOf(c),
      states: query.state,
      view: query.view,
      teamId: query.teamId,
      now,
    });
    const requests = (await present(db, rows, now)).sort((a, b) => b.score - a.score || a.number - b.number);
    return c.json({ requests }, 200);
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

  app.openapi(routes.create, async (c) => {
    const { db, now } = ctx(c);
    const row = await createRequest({ db, input: c.req.valid('json'), principal: principalOf(c), now });
    return c.json((await present(db, [row], now))[0] as z.infer<typeof requestSchema>, 201);
  });

  app.openapi(routes.get, async (c) => {
    const { db, now } = ctx(c);
    const row = await getVisibleRequest({ db, id: c.req.valid('param').id, principal: principalOf(c) });
    const [presented] = await present(db, [row], now);
    const events = await getRequestHistory({ db, id: row.id });
    const suggestedAssignee = await suggestRequestAssignee({ db, row, quarter: row.quarter });
    return c.json(
      {
        ...(presented as z.infer<typeof requestSchema>),
        history: events.map(presentRequestEvent),
        suggestedAssignee,
      },
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
    return c.json((await present(db, [row], now))[0] as z.infer<typeof requestSchema>, 200);
  });

  app.openapi(routes.update, async (c) => {
    const { db, now } = ctx(c);
    const row = await updateRequest({
      db,
      id: c.req.valid('param').id,
      input: c.req.valid('json'),
      principal: principalOf(c),
      now,
    });
    return c.json((await present(db, [row], now))[0] as z.infer<typeof requestSchema>, 200);
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

  app.openapi(routes.results, async (c) => {
    const { db, now } = ctx(c);
    const row = await addResults({
      db,
      id: c.req.valid('param').id,
      results: c.req.valid('json'),
      principal: principalOf(c),
    });
    return c.json((await present(db, [row], now))[0] as z.infer<typeof requestSchema>, 200);
  });

  return app;
}
