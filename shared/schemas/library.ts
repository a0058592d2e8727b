import { z } from 'zod';
import {
  assetStatuses,
  type FacetName,
  facetLabels,
  facetNames,
  freshnessStates,
  linkKinds,
  visibilities,
} from '../library.ts';
import { allowedActionsSchema, idSchema, intParam, nameSchema, textSchema } from './common.ts';

const day = z.iso.date('must be a date (YYYY-MM-DD)');
const url = textSchema()
  .trim()
  .max(2000, 'must be at most 2000 characters')
  .pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }));
const count = (max: number) => z.number().int('must be a whole number').min(0, 'cannot be negative').max(max);
const ids = z.array(idSchema).max(50, 'at most 50');

export const assetLinkSchema = z.strictObject({
  kind: z.enum(linkKinds),
  url,
  label: textSchema().trim().max(120).optional(),
});

/** Everything an editor can set on an asset; all optional on update. */
const assetFields = {
  title: nameSchema(300),
  summary: textSchema()
    .trim()
    .max(2000, 'must be at most 2000 characters')
    .describe('Required before publishing'),
  body: textSchema()
    .max(200_000, 'must be at most 200,000 characters')
    .describe('Markdown; sanitized when rendered'),
  formatId: idSchema.nullable(),
  deliverableTypeId: idSchema.nullable(),
  buyerStageId: idSchema.nullable(),
  solutionIds: ids,
  useCaseIds: ids,
  personaIds: ids,
  regionIds: ids,
  segmentIds: ids,
  industryIds: ids,
  valueDriverIds: ids,
  ownerId: idSchema.nullable().describe('The DRI'),
  contributorIds: ids,
  primaryUrl: url.nullable(),
  links: z.array(assetLinkSchema).max(20, 'at most 20 links'),
  durationMinutes: count(10_000).nullable(),
  slideCount: count(1000).nullable(),
  wordCount: count(1_000_000).nullable(),
  stepCount: count(500).nullable(),
  keyTakeaway: textSchema().trim().max(500, 'must be at most 500 characters'),
  safeToShare: z.boolean().describe('Confirms an external asset is safe to share publicly'),
  visibility: z
    .enum(visibilities)
    .describe('internal assets never leave through a share link, feed or outsider export'),
  status: z.enum(assetStatuses),
  publishedOn: day.nullable(),
  expiresOn: day.nullable().describe('Defaults to one year (a setting) after publishing'),
  lastVerifiedOn: day.nullable(),
  tags: z.array(textSchema().trim().min(1).max(60)).max(30, 'at most 30 tags'),
  listIds: ids,
  externalKey: textSchema().trim().min(1).max(300).nullable().describe('Stable key for imports'),
};

export const createAssetSchema = z.strictObject({
  ...Object.fromEntries(Object.entries(assetFields).map(([key, schema]) => [key, schema.optional()])),
  title: assetFields.title,
}) as unknown as z.ZodObject<{
  [K in keyof typeof assetFields]: K extends 'title'
    ? typeof assetFields.title
    : z.ZodOptional<(typeof assetFields)[K]>;
}>;
export type CreateAssetInput = z.infer<typeof createAssetSchema>;

export const updateAssetSchema = z.strictObject(
  Object.fromEntries(Object.entries(assetFields).map(([key, schema]) => [key, schema.optional()])),
) as unknown as z.ZodObject<{ [K in keyof typeof assetFields]: z.ZodOptional<(typeof assetFields)[K]> }>;
export type UpdateAssetInput = z.infer<typeof updateAssetSchema>;

const checklistOverride = textSchema()
  .trim()
  .min(3, 'must say why (at least 3 characters)')
  .max(500, 'must be at most 500 characters')
  .describe(
    'Publishes although required publishing checklist items are open (TMMs and admins); the reason is recorded',
  );
/** What POST /api/assets takes: the asset, and a reason when publishing with checklist items open. */
export const createAssetBodySchema = createAssetSchema.extend({
  checklistOverride: checklistOverride.optional(),
});
/** What PATCH /api/assets/{id} takes. */
export const updateAssetBodySchema = updateAssetSchema.extend({
  checklistOverride: checklistOverride.optional(),
});

/** A new asset's state before anything is filled in. */
export const emptyAssetState: Required<UpdateAssetInput> = {
  title: '',
  summary: '',
  body: '',
  formatId: null,
  deliverableTypeId: null,
  buyerStageId: null,
  solutionIds: [],
  useCaseIds: [],
  personaIds: [],
  regionIds: [],
  segmentIds: [],
  industryIds: [],
  valueDriverIds: [],
  ownerId: null,
  contributorIds: [],
  primaryUrl: null,
  links: [],
  durationMinutes: null,
  slideCount: null,
  wordCount: null,
  stepCount: null,
  keyTakeaway: '',
  safeToShare: false,
  visibility: 'internal',
  status: 'draft',
  publishedOn: null,
  expiresOn: null,
  lastVerifiedOn: null,
  tags: [],
  listIds: [],
  externalKey: null,
};

const warningSchema = z.object({ field: textSchema(), message: textSchema() });
const refSchema = z.object({ id: textSchema(), name: textSchema() });

export const assetSchema = z.object({
  id: textSchema(),
  title: textSchema(),
  summary: textSchema(),
  body: textSchema(),
  bodyHtml: textSchema().describe('The body rendered from Markdown and sanitized'),
  format: refSchema.extend({ key: textSchema().nullable() }).nullable(),
  deliverableType: refSchema.nullable(),
  buyerStage: refSchema.nullable(),
  solutions: z.array(refSchema),
  useCases: z.array(refSchema),
  personas: z.array(refSchema),
  regions: z.array(refSchema),
  segments: z.array(refSchema),
  industries: z.array(refSchema),
  valueDrivers: z.array(refSchema),
  owner: refSchema.nullable(),
  contributors: z.array(refSchema),
  primaryUrl: textSchema().nullable(),
  links: z.array(z.object({ kind: textSchema(), url: textSchema(), label: textSchema().optional() })),
  embed: z.object({ kind: z.enum(['youtube', 'vimeo', 'image']), src: textSchema() }).nullable(),
  durationMinutes: z.number().nullable(),
  slideCount: z.number().nullable(),
  wordCount: z.number().nullable(),
  stepCount: z.number().nullable(),
  keyTakeaway: textSchema(),
  safeToShare: z.boolean(),
  visibility: z.enum(visibilities),
  status: z.enum(assetStatuses),
  freshness: z.enum(freshnessStates),
  publishedOn: textSchema().nullable(),
  expiresOn: textSchema().nullable(),
  lastVerifiedOn: textSchema().nullable(),
  tags: z.array(textSchema()),
  lists: z.array(refSchema),
  externalKey: textSchema().nullable(),
  viewCount: z.number(),
  version: z
    .number()
    .int()
    .describe(
      'Counts edits (saves, restores, imports that changed it); send it back as If-Match: "v<version>"',
    ),
  historyVersion: z
    .number()
    .int()
    .describe('The number of the newest version-history entry (the expiry job adds entries too)'),
  warnings: z.array(warningSchema).describe('Format rules this asset breaks (warnings, not errors)'),
  allowedActions: allowedActionsSchema,
  createdAt: textSchema(),
  updatedAt: textSchema(),
});
export type Asset = z.infer<typeof assetSchema>;

export const snippetSchema = z.array(z.object({ text: textSchema(), highlight: z.boolean() }));
export const assetHitSchema = z.object({
  id: textSchema(),
  title: textSchema(),
  summary: textSchema(),
  snippet: snippetSchema.describe('Matching text, split into highlighted and plain parts'),
  format: refSchema.nullable(),
  owner: refSchema.nullable(),
  visibility: z.enum(visibilities),
  status: z.enum(assetStatuses),
  freshness: z.enum(freshnessStates),
  publishedOn: textSchema().nullable(),
  expiresOn: textSchema().nullable(),
  viewCount: z.number(),
  updatedAt: textSchema(),
  score: z.number(),
  allowedActions: allowedActionsSchema,
});
export type AssetHit = z.infer<typeof assetHitSchema>;

// The facet list lives in shared/library.ts (no zod) so the library page's bundle stays small.
export { type FacetName, facetLabels, facetNames };

const csv = <T extends z.ZodType<string, string>>(schema: T) =>
  z
    .union([textSchema(), z.array(textSchema())])
    .optional()
    .transform((value) =>
      value === undefined ? [] : (Array.isArray(value) ? value : value.split(',')).filter(Boolean),
    )
    .pipe(z.array(schema).max(50));

export const assetSearchSchema = z.object({
  q: textSchema()
    .trim()
    .max(200, 'must be at most 200 characters')
    .optional()
    .describe('Search text; typos and prefixes are forgiven'),
  format: csv(idSchema),
  solution: csv(idSchema),
  useCase: csv(idSchema),
  persona: csv(idSchema),
  buyerStage: csv(idSchema),
  owner: csv(idSchema),
  visibility: csv(z.enum(visibilities)),
  status: csv(z.enum(assetStatuses)),
  freshness: csv(z.enum(freshnessStates)),
  list: idSchema.optional(),
  match: z
    .enum(['all', 'any'])
    .default('all')
    .describe('all: every word must match (search); any: some words (suggestions)'),
  sort: z.enum(['relevance', 'newest', 'most_viewed', 'updated']).default('relevance'),
  limit: intParam(1, 100).default(20),
  offset: intParam(0, 10_000).default(0),
});
export type AssetSearchQuery = z.infer<typeof assetSearchSchema>;

export const assetSuggestionsSchema = z.strictObject({
  text: textSchema()
    .max(8_400, 'must be at most 8,400 characters')
    .describe('What is needed, in words: a request’s title and business goal'),
  limit: z.number().int().min(1).max(20).default(5),
});

export const facetValueSchema = z.object({ value: textSchema(), label: textSchema(), count: z.number() });
export const assetSearchResultSchema = z.object({
  total: z.number(),
  hits: z.array(assetHitSchema),
  facets: z
    .record(textSchema(), z.array(facetValueSchema))
    .describe('For each facet, its values with live counts'),
  exhaustive: z
    .boolean()
    .describe(
      'Whether the facet counts are exact. Beyond 2,000 matching assets they are estimates from a sample of about 2,000 of the matches (the total stays exact).',
    ),
});
export type AssetSearchResult = z.infer<typeof assetSearchResultSchema>;
export type FacetValue = z.infer<typeof facetValueSchema>;

export const assetVersionSchema = z.object({
  version: z.number(),
  changes: z.array(textSchema()),
  note: textSchema(),
  actor: refSchema.nullable(),
  createdAt: textSchema(),
});
export const assetVersionListSchema = z.object({ versions: z.array(assetVersionSchema) });
export const versionParams = z.object({ id: idSchema, version: intParam(1) });
export const versionDiffSchema = z.object({
  version: z.number(),
  changes: z
    .array(
      z.object({
        field: textSchema().describe('The state key, e.g. keyTakeaway'),
        label: textSchema().describe('The field in words, e.g. Key takeaway'),
        current: textSchema().describe('The value now, in words ("—" when empty)'),
        restored: textSchema().describe('The value after restoring this version'),
      }),
    )
    .describe('Only the fields that would change'),
});
export type VersionDiff = z.infer<typeof versionDiffSchema>;

export const listSchema = z.object({
  id: textSchema(),
  name: textSchema(),
  description: textSchema(),
  owner: refSchema.nullable(),
  assetCount: z.number(),
  updatedAt: textSchema(),
});
export type AssetList = z.infer<typeof listSchema>;
export const listListSchema = z.object({ lists: z.array(listSchema) });
export const createListSchema = z.strictObject({
  name: nameSchema(),
  description: textSchema().trim().max(2000).optional(),
});
export type CreateListInput = z.infer<typeof createListSchema>;
export const updateListSchema = z.strictObject({
  name: nameSchema().optional(),
  description: textSchema().trim().max(2000).optional(),
  assetIds: z.array(idSchema).max(1000).optional().describe('The list’s assets in order'),
});

/** One CSV row as text cells, keyed by column name. */
export const importRowSchema = z.record(textSchema(), textSchema().max(200_000));
export const importRequestSchema = z.strictObject({
  rows: z
    .array(importRowSchema)
    .min(1, 'must have at least one row')
    .max(1000, 'send at most 1000 rows per request'),
  dryRun: z.boolean().default(false),
  firstRowNumber: z.number().int().min(1).default(2).describe('Line number of the first row, for reports'),
});
export const importOutcomeSchema = z.object({
  row: z.number(),
  action: z.enum(['create', 'update', 'unchanged', 'reject']),
  title: textSchema(),
  id: textSchema().optional(),
  problems: z.array(textSchema()).describe('Why a row is rejected, or values that were not recognised'),
});
export type ImportOutcome = z.infer<typeof importOutcomeSchema>;
export const importResultSchema = z.object({
  dryRun: z.boolean(),
  counts: z.object({ create: z.number(), update: z.number(), unchanged: z.number(), reject: z.number() }),
  outcomes: z.array(importOutcomeSchema),
});
export type ImportResult = z.infer<typeof importResultSchema>;

export const restoreSchema = z.strictObject({ note: textSchema().trim().max(500).optional() });
export { url as urlSchema };
