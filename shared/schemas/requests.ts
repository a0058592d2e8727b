import { z } from 'zod';
import { assignedStages, requestStates } from '../requests.ts';
import { allowedActionsSchema, idSchema, intParam, nameSchema, textSchema } from './common.ts';

const text = (max: number) => textSchema().trim().max(max, `must be at most ${max} characters`);

export const createRequestSchema = z.strictObject({
  title: nameSchema(300),
  deliverableTypeId: idSchema.describe('What kind of deliverable is asked for'),
  businessGoal: text(4000).describe('The business goal or opportunity'),
  audience: text(1000).optional(),
  audienceSize: z.number().int().min(0).max(100_000_000).nullable().optional(),
  personaIds: z.array(idSchema).max(20).optional(),
  solutionId: idSchema.nullable().optional(),
  useCaseId: idSchema.nullable().optional(),
  formatIds: z.array(idSchema).max(20).optional(),
  distributionPlan: text(4000).optional(),
  dueDate: z.iso.date('must be a date (YYYY-MM-DD)').nullable().optional(),
  eventName: text(300).optional().describe('The event or campaign it serves'),
  forEvent: z.boolean().optional().describe('Events are priced differently'),
  teamId: idSchema.describe('The requesting team whose budget pays'),
  links: z
    .array(
      z.strictObject({
        url: textSchema().pipe(z.url({ protocol: /^https?$/ })),
        label: text(120).optional(),
      }),
    )
    .max(20)
    .optional(),
  description: text(20_000).optional(),
  reusedAssetId: idSchema
    .nullable()
    .optional()
    .describe('Answer the request with this existing library asset (costs the reuse price)'),
  budgetOverrideReason: text(500)
    .optional()
    .describe('TMMs and admins may exceed a team budget with a reason'),
});
export type CreateRequestInput = z.infer<typeof createRequestSchema>;

export const transitionSchema = z.strictObject({
  to: z.enum(requestStates),
  reason: text(2000).optional(),
  assigneeId: idSchema.optional(),
  stage: z.enum(assignedStages).optional(),
  duplicateOfId: idSchema.optional(),
  deliveredAssetIds: z.array(idSchema).max(20).optional(),
});
export type TransitionInput = z.infer<typeof transitionSchema>;

export const resultsSchema = z.strictObject({
  summary: text(4000).min(1, 'is required'),
  views: z.number().int().min(0).optional(),
  audienceReached: z.number().int().min(0).optional(),
  dealsInfluenced: z.number().int().min(0).optional(),
});
export type ResultsInput = z.infer<typeof resultsSchema>;

const ref = z.object({ id: textSchema(), name: textSchema() });
export const requestSchema = z.object({
  id: textSchema(),
  number: z.number(),
  title: textSchema(),
  state: z.enum(requestStates),
  stage: z.enum(assignedStages).nullable(),
  priority: z.number().nullable(),
  score: z.number(),
  scoreReasons: z.array(z.object({ points: z.number(), text: textSchema() })),
  deliverableType: ref.nullable(),
  solution: ref.nullable(),
  useCase: ref.nullable(),
  kind: z
    .enum(['content', 'demo_update'])
    .describe('demo_update: raised from a freshness flag; no team pays'),
  demo: ref.nullable().describe('The demo a demo update is about'),
  team: ref.nullable().describe('The requesting team whose budget pays; none for demo updates'),
  requester: ref,
  assignee: ref.nullable(),
  businessGoal: textSchema(),
  audience: textSchema(),
  audienceSize: z.number().nullable(),
  distributionPlan: textSchema(),
  eventName: textSchema(),
  description: textSchema(),
  dueDate: textSchema().nullable(),
  reuse: z.boolean(),
  forEvent: z.boolean(),
  reusedAsset: ref.nullable(),
  deliveredAssets: z.array(ref),
  cost: z.number(),
  quarter: textSchema(),
  reviewDueAt: textSchema(),
  overdue: z.boolean().describe('Not reviewed and past the review deadline'),
  results: z.record(textSchema(), z.unknown()).nullable(),
  gitlabAuthor: z
    .object({ name: textSchema().nullable(), username: textSchema().nullable() })
    .nullable()
    .describe('Who opened the GitLab issue a request was filed from (none for requests filed in Showcase)'),
  allowedActions: allowedActionsSchema.describe(
    'read; edit (what it asks for: its requester until accepted, TMMs and admins always); triage (priority, work stage and every move but cancelling); cancel; addResults. The moves the state allows are nextStates in shared/requests.ts',
  ),
  createdAt: textSchema(),
  updatedAt: textSchema(),
  version: z
    .number()
    .int()
    .describe('Counts edits (field changes and moves); send it back as If-Match: "v<version>"'),
});
export type ContentRequest = z.infer<typeof requestSchema>;

export const requestListQuery = z.object({
  state: textSchema()
    .optional()
    .transform((value) => (value ? value.split(',') : []))
    .pipe(z.array(z.enum(requestStates))),
  view: z.enum(['all', 'mine', 'needs_triage', 'overdue']).default('all'),
  teamId: idSchema.optional(),
  sort: z
    .enum(['score', 'number', 'title', 'due_date'])
    .default('score')
    .describe(
      'score: priority score (highest first, then oldest); number (newest first); title; due_date (soonest first)',
    ),
  order: z.enum(['asc', 'desc']).optional().describe('Reverses the sort’s usual direction'),
  limit: intParam(1, 200).default(50).describe('Requests per page'),
  offset: intParam(0).default(0).describe('Requests to skip: (page − 1) × limit'),
});

export const budgetQuery = z.object({ teamId: idSchema });
export const budgetSchema = z.object({
  team: ref,
  quarter: textSchema(),
  budget: z.number(),
  spent: z.number(),
  remaining: z.number(),
  pricing: z.object({
    newContent: z.number(),
    reuse: z.number(),
    eventNew: z.number(),
    eventReuse: z.number(),
  }),
});

export const requestEventSchema = z.object({
  kind: textSchema(),
  fromState: textSchema().nullable(),
  toState: textSchema().nullable(),
  reason: textSchema(),
  actor: ref.nullable(),
  createdAt: textSchema(),
});

/**
 * A change to a request. What it asks for (title to due date) its requester may change until it
 * is accepted, TMMs and admins always; priority and work stage are triage (TMMs and admins).
 */
export const updateRequestSchema = z.strictObject({
  title: nameSchema(300).optional(),
  businessGoal: text(4000).min(1, 'is required').optional(),
  audience: text(1000).optional(),
  description: text(20_000).optional(),
  distributionPlan: text(4000).optional(),
  eventName: text(300).optional(),
  dueDate: z.iso.date('must be a date (YYYY-MM-DD)').nullable().optional(),
  priority: z
    .union([z.literal(1), z.literal(2), z.literal(3)])
    .nullable()
    .optional()
    .describe('1 is highest; set in triage'),
  stage: z.enum(assignedStages).optional().describe('Work stage while assigned'),
});
export type UpdateRequestInput = z.infer<typeof updateRequestSchema>;

export const createCommentSchema = z.strictObject({
  body: textSchema()
    .trim()
    .min(1, 'is required')
    .max(20_000, 'must be at most 20,000 characters')
    .describe('Markdown; @name mentions notify people'),
});
export const commentSchema = z.object({
  id: textSchema(),
  author: z.object({ id: textSchema(), name: textSchema() }).nullable(),
  body: textSchema(),
  bodyHtml: textSchema().describe('Sanitized HTML'),
  createdAt: textSchema(),
});
export type RequestComment = z.infer<typeof commentSchema>;

/** A GitLab username as people write it: an optional leading @, compared without case. */
export const gitlabUsernameSchema = textSchema()
  .trim()
  .min(1, 'is required')
  .max(255, 'must be at most 255 characters')
  .regex(/^@?[A-Za-z0-9_][A-Za-z0-9_.-]*$/, 'must be a GitLab username (letters, digits, _ . -)')
  .transform((value) => value.replace(/^@/, '').toLowerCase());

export const createGitlabUserLinkSchema = z.strictObject({
  username: gitlabUsernameSchema.describe('The GitLab username, as in @username'),
  userId: idSchema.describe('The Showcase account that requests from this GitLab user are filed as'),
});
export type CreateGitlabUserLinkInput = z.input<typeof createGitlabUserLinkSchema>;

export const gitlabUsernameParams = z.object({ username: gitlabUsernameSchema });

export const gitlabUserLinkSchema = z.object({
  username: textSchema().describe('GitLab username, lower case'),
  user: z.object({ id: textSchema(), name: textSchema(), email: textSchema(), active: z.boolean() }),
  createdAt: textSchema(),
});
export type GitlabUserLink = z.infer<typeof gitlabUserLinkSchema>;

export const similarRequestsQuerySchema = z.strictObject({
  teamId: idSchema.describe('The requesting team filing'),
  text: textSchema()
    .max(8_400, 'must be at most 8,400 characters')
    .describe('What the new request asks for: its title and business goal'),
});
export type SimilarRequestsQuery = z.infer<typeof similarRequestsQuerySchema>;

export const similarRequestSchema = z.object({
  id: textSchema(),
  number: z.number(),
  title: textSchema(),
  state: z.enum(requestStates),
  requester: ref,
  createdAt: textSchema(),
});
export type SimilarRequest = z.infer<typeof similarRequestSchema>;
export const postedCommentSchema = commentSchema.extend({
  notNotified: z
    .array(textSchema())
    .describe(
      '@handles in the comment that notified nobody (no such account, or it may not see the request)',
    ),
});
export const mentionableSchema = z.object({
  id: textSchema(),
  name: textSchema(),
  handle: textSchema().describe('What to type after @'),
});
export type MentionablePerson = z.infer<typeof mentionableSchema>;
