import { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { idParams, idSchema } from '../../../shared/schemas/common.ts';
import {
  budgetQuery,
  budgetSchema,
  commentSchema,
  createCommentSchema,
  createRequestSchema,
  requestEventSchema,
  requestListQuery,
  requestSchema,
  resultsSchema,
  transitionSchema,
  updateRequestSchema,
} from '../../../shared/schemas/requests.ts';
import type { Database } from '../../db/connect.ts';
import type { RequestRow } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { type AppEnv, principalOf } from '../../http/context.ts';
import { defineRoute, jsonBody, jsonResponse } from '../../http/route.ts';
import { renderMarkdown } from '../../markdown.ts';
import { classifyUpload, safeFilename } from '../../uploads.ts';
import { receiveGitlabIssue } from './requests.gitlab.ts';
import { presentRequest } from './requests.presenter.ts';
import {
  deliveredAssets,
  findAttachment,
  insertAttachment,
  listAttachments,
  listComments,
  listRequestEvents,
} from './requests.repository.ts';
import {
  addComment,
  addResults,
  createRequest,
  getBudget,
  getVisibleRequest,
  listRequests,
  suggestRequestAssignee,
  termRanks,
  transitionRequest,
  updateRequest,
} from './requests.service.ts';

const tags = ['Requests'];
const attachmentSchema = z.object({
  id: z.string(),
  filename: z.string(),
  contentType: z.string(),
  size: z.number(),
  createdAt: z.string(),
});
const presentAttachment = (row: {
  id: string;
  filename: string;
  content_type: string;
  size: number;
  created_at: Date;
}) => ({
  id: row.id,
  filename: row.filename,
  contentType: row.content_type,
  size: row.size,
  createdAt: row.created_at.toISOString(),
});

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
    request: { params: idParams, body: jsonBody(createCommentSchema) },
    responses: { 201: jsonResponse(commentSchema, 'Added') },
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
  attachments: defineRoute('requests.read', {
    method: 'get',
    path: '/api/requests/{id}/attachments',
    tags,
    summary: 'Files attached to a request',
    request: { params: idParams },
    responses: { 200: jsonResponse(z.object({ attachments: z.array(attachmentSchema) }), 'Attachments') },
  }),
  attach: defineRoute('requests.create', {
    method: 'post',
    path: '/api/requests/{id}/attachments',
    tags,
    summary: 'Attach a file (multipart field "file", at most 10 MB)',
    description:
      'The type is read from the file’s content: images, PDF, Office documents, zip, text, Markdown and CSV. Anything else is refused with 415.',
    request: { params: idParams },
    responses: { 201: jsonResponse(attachmentSchema, 'Attached') },
  }),
  download: defineRoute('requests.read', {
    method: 'get',
    path: '/api/requests/{id}/attachments/{attachmentId}',
    tags,
    summary: 'Download an attachment',
    request: { params: z.object({ id: idSchema, attachmentId: idSchema }) },
    responses: {
      200: {
        description: 'The file, as an attachment',
        content: { 'application/octet-stream': { schema: z.string() } },
      },
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
  const ids = rows.map((row) => row.id);
  const userIds = [
    ...new Set(
      rows.flatMap((row) => [row.requester_id, row.assignee_id]).filter((id): id is string => Boolean(id)),
    ),
  ];
  const assetIds = [
    ...new Set(
      rows.flatMap((row) => [row.reused_asset_id, row.demo_id]).filter((id): id is string => Boolean(id)),
    ),
  ];
  const [terms, users, teams, assets, delivered] = await Promise.all([
    db.selectFrom('terms').selectAll().execute(),
    userIds.length ? db.selectFrom('users').select(['id', 'name']).where('id', 'in', userIds).execute() : [],
    db.selectFrom('teams').select(['id', 'name']).execute(),
    assetIds.length
      ? db.selectFrom('assets').select(['id', 'title']).where('id', 'in', assetIds).execute()
      : [],
    deliveredAssets(db, ids),
  ]);
  const lookups = {
    terms: new Map(terms.map((term) => [term.id, term])),
    ranks: termRanks(terms),
    users: new Map(users.map((user) => [user.id, user.name])),
    teams: new Map(teams.map((team) => [team.id, team.name])),
    assets: new Map(assets.map((asset) => [asset.id, asset.title])),
    delivered,
  };
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
    return c.json(
      {
        team: { id: budget.team.id, name: budget.team.name },
        quarter: budget.quarter,
        budget: budget.budget,
        spent: budget.spent,
        remaining: budget.remaining,
        pricing: budget.pricing,
      },
      200,
    );
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
    const events = await listRequestEvents(db, row.id);
    const suggestedAssignee = await suggestRequestAssignee({ db, row, quarter: row.quarter });
    return c.json(
      {
        ...(presented as z.infer<typeof requestSchema>),
        history: events.map((event) => ({
          kind: event.kind,
          fromState: event.from_state,
          toState: event.to_state,
          reason: event.reason,
          actor: event.actor_id ? { id: event.actor_id, name: event.actor_name ?? 'Unknown' } : null,
          createdAt: event.created_at.toISOString(),
        })),
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
    const comments = await listComments(db, row.id);
    return c.json(
      {
        comments: comments.map((comment) => ({
          id: comment.id,
          author: comment.author_id
            ? { id: comment.author_id, name: comment.author_name ?? 'Unknown' }
            : null,
          body: comment.body,
          bodyHtml: renderMarkdown(comment.body),
          createdAt: comment.created_at.toISOString(),
        })),
      },
      200,
    );
  });

  app.openapi(routes.comment, async (c) => {
    const { db } = ctx(c);
    const principal = principalOf(c);
    const comment = await addComment({
      db,
      id: c.req.valid('param').id,
      body: c.req.valid('json').body,
      principal,
    });
    return c.json(
      {
        id: comment.id,
        author: { id: principal.userId, name: principal.name },
        body: comment.body,
        bodyHtml: renderMarkdown(comment.body),
        createdAt: comment.created_at.toISOString(),
      },
      201,
    );
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

  app.openapi(routes.attachments, async (c) => {
    const { db } = ctx(c);
    const row = await getVisibleRequest({ db, id: c.req.valid('param').id, principal: principalOf(c) });
    return c.json({ attachments: (await listAttachments(db, row.id)).map(presentAttachment) }, 200);
  });

  app.openapi(routes.attach, async (c) => {
    const { db } = ctx(c);
    const principal = principalOf(c);
    const row = await getVisibleRequest({ db, id: c.req.valid('param').id, principal });
    const form = await c.req.parseBody().catch(() => {
      throw new AppError(
        'unsupported_media_type',
        'Send the file as multipart/form-data in the field “file”',
      );
    });
    const file = form.file;
    if (!(file instanceof File))
      throw new AppError('validation_failed', 'No file', { fields: { file: 'is required' } });
    const bytes = new Uint8Array(await file.arrayBuffer());
    const filename = safeFilename(file.name);
    const kind = classifyUpload(filename, bytes);
    if ('error' in kind) {
      const tooBig = kind.error.startsWith('files may be at most');
      throw new AppError(
        tooBig ? 'payload_too_large' : 'unsupported_media_type',
        `Refused “${filename}”: ${kind.error}`,
        { fields: { file: kind.error } },
      );
    }
    const saved = await insertAttachment(db, {
      requestId: row.id,
      uploaderId: principal.userId,
      filename,
      contentType: kind.type,
      data: bytes,
    });
    return c.json(presentAttachment(saved), 201);
  });

  app.openapi(routes.download, async (c) => {
    const { db } = ctx(c);
    const { id, attachmentId } = c.req.valid('param');
    const row = await getVisibleRequest({ db, id, principal: principalOf(c) });
    const file = await findAttachment(db, row.id, attachmentId);
    if (!file) throw new AppError('not_found', 'No such attachment');
    return c.body(new Uint8Array(file.data), 200, {
      'content-type': file.content_type,
      'content-disposition': `attachment; filename="${file.filename.replace(/"/g, '')}"`,
      'x-content-type-options': 'nosniff',
    }) as never;
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
