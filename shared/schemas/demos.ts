import { z } from 'zod';
import { demoStates, flagStates, significances, versionKey } from '../demos.ts';
import { allowedActionsSchema, idSchema, nameSchema, textSchema } from './common.ts';

const ref = z.object({ id: textSchema(), name: textSchema() });
const text = (max: number) => textSchema().trim().max(max, `must be at most ${max} characters`);
const url = textSchema()
  .trim()
  .max(2000, 'must be at most 2000 characters')
  .pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }));
const key = textSchema()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'must be lower-case letters, digits, - or _')
  .max(100);
const tiers = z.array(text(40).min(1)).max(10);
export const versionSchema = textSchema()
  .trim()
  .regex(/^v?\d+(\.\d+)*([-+.][\w.-]*)?$/, 'must be a version such as 15.4 or 15.4.1')
  .max(40)
  // Versions are compared as a database integer array: a part past its range is not a version.
  .refine(
    (version) => (versionKey(version) ?? []).every((part) => part <= 2_147_483_647),
    'must be a version whose numbers are at most 2147483647',
  );

// ---------------------------------------------------------------------------------------------
// Catalogue

export const featureSchema = z.object({
  id: textSchema(),
  categoryId: textSchema(),
  name: textSchema(),
  description: textSchema(),
  documentationUrl: textSchema().nullable(),
  tiers: z.array(textSchema()),
  introducedIn: textSchema().nullable(),
  version: z.number().int().describe('Counts edits; send it back as If-Match: "v<version>"'),
});
export const categorySchema = z.object({
  id: textSchema(),
  key: textSchema(),
  stageId: textSchema(),
  name: textSchema(),
  description: textSchema(),
  documentationUrl: textSchema().nullable(),
  maturity: textSchema().nullable(),
  tiers: z.array(textSchema()),
  version: z.number().int().describe('Counts edits; send it back as If-Match: "v<version>"'),
  demoCount: z.number().describe('Demos whose trail walks through this category'),
  features: z.array(featureSchema),
});
export const stageSchema = z.object({
  id: textSchema(),
  key: textSchema(),
  name: textSchema(),
  description: textSchema(),
  version: z.number().int().describe('Counts edits; send it back as If-Match: "v<version>"'),
  categories: z.array(categorySchema),
});
export const catalogueSchema = z.object({ stages: z.array(stageSchema) });
export type Catalogue = z.infer<typeof catalogueSchema>;
export type CatalogueStage = z.infer<typeof stageSchema>;
export type CatalogueCategory = z.infer<typeof categorySchema>;
export type CatalogueFeature = z.infer<typeof featureSchema>;

export const catalogueKinds = ['stages', 'categories', 'features'] as const;
export const catalogueItemParams = z.object({ kind: z.enum(catalogueKinds), id: idSchema });
/** One catalogue item as an edit answers it (and a 412 shows it): the item without its children. */
export const catalogueItemSchema = z.object({
  ok: z.literal(true),
  kind: z.enum(catalogueKinds),
  version: z.number().int().describe('The item’s version (also its ETag)'),
  item: z.union([
    featureSchema,
    categorySchema.omit({ demoCount: true, features: true }),
    stageSchema.omit({ categories: true }),
  ]),
});
export type CatalogueItem = z.infer<typeof catalogueItemSchema>;

export const createStageSchema = z.strictObject({
  key: key.optional().describe('Stable key used by importers; derived from the name when left out'),
  name: nameSchema(200),
  description: text(2000).optional(),
});
export const createCategorySchema = z.strictObject({
  stageId: idSchema,
  key: key.optional(),
  name: nameSchema(200),
  description: text(2000).optional(),
  documentationUrl: url.nullable().optional(),
  maturity: text(40).nullable().optional(),
  tiers: tiers.optional(),
});
export const createFeatureSchema = z.strictObject({
  categoryId: idSchema,
  name: nameSchema(300),
  description: text(5000).optional(),
  documentationUrl: url.nullable().optional(),
  tiers: tiers.optional(),
  introducedIn: versionSchema.nullable().optional(),
});
export const updateCatalogueItemSchema = z.strictObject({
  name: nameSchema(300).optional(),
  description: text(5000).optional(),
  stageId: idSchema.optional().describe('Categories only: move to another stage'),
  categoryId: idSchema.optional().describe('Features only: move to another category'),
  documentationUrl: url.nullable().optional(),
  maturity: text(40).nullable().optional(),
  tiers: tiers.optional(),
  introducedIn: versionSchema.nullable().optional(),
});
export type CreateStageInput = z.infer<typeof createStageSchema>;
export type CreateCategoryInput = z.infer<typeof createCategorySchema>;
export type CreateFeatureInput = z.infer<typeof createFeatureSchema>;
export type UpdateCatalogueItemInput = z.infer<typeof updateCatalogueItemSchema>;

const yamlText = textSchema().min(1, 'is empty').max(5_000_000, 'must be at most 5 MB');
export const catalogueImportSchema = z.strictObject({
  stages: yamlText.describe('The text of a stages.yml file'),
  categories: yamlText.describe('The text of a categories.yml file'),
  dryRun: z.boolean().default(false),
});
const tally = z.object({ create: z.number(), update: z.number(), unchanged: z.number() });
export const catalogueImportResultSchema = z.object({
  dryRun: z.boolean(),
  stages: tally,
  categories: tally,
  problems: z.array(z.object({ where: textSchema(), message: textSchema() })),
});
export type CatalogueImportResult = z.infer<typeof catalogueImportResultSchema>;

// ---------------------------------------------------------------------------------------------
// Releases

export const releaseFileSchema = z.strictObject({
  name: text(300).min(1, 'is required'),
  content: textSchema().max(2_000_000, 'must be at most 2 MB'),
});
export const releaseImportSchema = z.strictObject({
  format: z
    .enum(['gitlab', 'json', 'csv'])
    .describe(
      'gitlab: one YAML file per release-post item; json: {changes:[…]}; csv: name,significance,stage,categories,tiers,description,documentation_link',
    ),
  version: versionSchema,
  releasedOn: z.iso.date('must be a date (YYYY-MM-DD)').optional(),
  files: z.array(releaseFileSchema).min(1, 'must have at least one file').max(500, 'at most 500 files'),
  dryRun: z.boolean().default(false),
  replace: z
    .boolean()
    .default(false)
    .describe(
      'A version already imported is replaced only when this is true (a dry run says what it would replace)',
    ),
});
export type ReleaseImportInput = z.infer<typeof releaseImportSchema>;

export const releaseChangeSchema = z.object({
  id: textSchema(),
  name: textSchema(),
  significance: z.enum(significances),
  stage: ref.nullable(),
  categories: z.array(ref),
  unknownCategories: z.array(textSchema()),
  feature: ref.nullable(),
  tiers: z.array(textSchema()),
  description: textSchema(),
  documentationUrl: textSchema().nullable(),
  sourceFile: textSchema(),
});
export const fileReportSchema = z.object({
  file: textSchema(),
  imported: z.number().describe('Changes taken from the file'),
  skipped: z.array(z.object({ what: textSchema(), reason: textSchema() })),
  error: textSchema().nullable().describe('Why the whole file could not be read'),
});
export type FileReport = z.infer<typeof fileReportSchema>;
export const releaseSummarySchema = z.object({
  id: textSchema(),
  version: textSchema(),
  releasedOn: textSchema().nullable(),
  source: textSchema(),
  changeCount: z.number(),
  flags: z.object({ raised: z.number(), quiet: z.number() }),
  createdAt: textSchema(),
});
export const releaseSchema = releaseSummarySchema.extend({
  changes: z.array(releaseChangeSchema),
  report: z.array(fileReportSchema),
});
export const releaseImportResultSchema = z.object({
  dryRun: z.boolean(),
  release: releaseSummarySchema.nullable(),
  replaces: z
    .object({ version: z.string(), changes: z.number() })
    .nullable()
    .describe('The stored release of this version that the import replaces (or would, in a dry run)'),
  changes: z.number(),
  files: z.array(fileReportSchema),
  flags: z.object({ raised: z.number(), quiet: z.number() }),
  flagged: z
    .array(z.object({ demoId: z.string(), title: z.string(), score: z.number() }))
    .describe('The demos this release raised flags on, highest score first'),
});
export type ReleaseImportResult = z.infer<typeof releaseImportResultSchema>;
export type Release = z.infer<typeof releaseSchema>;
export type ReleaseSummary = z.infer<typeof releaseSummarySchema>;

// ---------------------------------------------------------------------------------------------
// Demos

const sceneSchema = z.strictObject({
  title: text(200).default(''),
  shows: text(2000).default('').describe('What the scene shows'),
  whyItMatters: text(2000).default('').describe('Why it matters to the persona'),
  script: textSchema().max(20_000, 'must be at most 20,000 characters').default(''),
});
export const storyboardSchema = z.strictObject({
  painPoints: z.array(text(500).min(1, 'cannot be empty')).max(20).default([]),
  story: text(5000).default(''),
  scenes: z.array(sceneSchema).max(40, 'at most 40 scenes').default([]),
});
export const trailStepInputSchema = z
  .strictObject({
    categoryId: idSchema.optional(),
    featureId: idSchema.optional(),
    core: z.boolean().default(true),
    note: text(500).optional(),
  })
  .refine((step) => Boolean(step.categoryId) !== Boolean(step.featureId), {
    message: 'name either a category or a feature',
    path: ['categoryId'],
  });
export const saveDemoSchema = z.strictObject({
  personaId: idSchema.nullable().optional().describe('The one persona this demo is made for'),
  productVersion: versionSchema.nullable().optional().describe('The product version it was recorded on'),
  environment: text(500).optional(),
  storyboard: storyboardSchema.optional(),
  steps: z
    .array(trailStepInputSchema)
    .max(40, 'at most 40 steps')
    .optional()
    .describe('The feature trail, in order'),
  personaOverrideReason: text(500)
    .min(1, 'is required')
    .optional()
    .describe('Why a published demo may change its persona in place instead of becoming a new demo'),
});
export type SaveDemoInput = z.infer<typeof saveDemoSchema>;
export const forkDemoSchema = z.strictObject({
  personaId: idSchema,
  title: nameSchema(300).optional(),
});
export const verifyDemoSchema = z.strictObject({
  productVersion: versionSchema,
  note: text(500).optional(),
});
export const dismissFlagSchema = z.strictObject({ reason: text(500).min(1, 'is required') });

export const flagSchema = z.object({
  id: textSchema(),
  demo: ref,
  release: z.object({ id: textSchema(), version: textSchema() }),
  score: z.number(),
  reasons: z.array(textSchema()),
  state: z.enum(flagStates),
  dismissReason: textSchema().nullable(),
  request: z.object({ id: textSchema(), number: z.number(), state: textSchema() }).nullable(),
  flaggedSteps: z.array(z.number()),
  createdAt: textSchema(),
  resolvedAt: textSchema().nullable(),
});
export type DemoFlag = z.infer<typeof flagSchema>;

export const trailStepSchema = z.object({
  position: z.number(),
  core: z.boolean(),
  note: textSchema(),
  stage: ref,
  category: ref,
  feature: ref.nullable(),
  flagged: z.boolean().describe('An open or requested flag touches this step'),
});
export const demoSummarySchema = z.object({
  id: textSchema(),
  title: textSchema(),
  status: textSchema(),
  format: ref.nullable(),
  owner: ref.nullable(),
  persona: ref.nullable(),
  productVersion: textSchema().nullable(),
  versionLag: z.number().nullable().describe('Minor releases behind the newest imported release'),
  ageDays: z.number().nullable().describe('Days since last verified (or published)'),
  lastVerifiedOn: textSchema().nullable(),
  state: z.enum(demoStates),
  score: z.number().describe('Highest score among its open and requested flags'),
  openFlags: z.number(),
  steps: z.number(),
  clickThrough: z
    .boolean()
    .describe('A click-through demo: its steps are built in the click-through builder'),
});
export const demoListSchema = z.object({
  items: z.array(demoSummarySchema),
  counts: z.record(z.enum(demoStates), z.number()),
  latestVersion: textSchema().nullable(),
});
export const demoListQuery = z.object({
  state: z.enum(demoStates).optional(),
  sort: z.enum(['score', 'age', 'lag', 'title']).default('score'),
});
export const demoSchema = demoSummarySchema.extend({
  environment: textSchema(),
  keyTakeaway: textSchema(),
  storyboard: z.object({
    painPoints: z.array(textSchema()),
    story: textSchema(),
    scenes: z.array(
      z.object({
        title: textSchema(),
        shows: textSchema(),
        whyItMatters: textSchema(),
        script: textSchema(),
      }),
    ),
  }),
  script: z.object({
    words: z.number(),
    seconds: z.number(),
    scenes: z.array(z.object({ words: z.number(), seconds: z.number() })),
    warnings: z.array(textSchema()),
  }),
  trail: z.array(trailStepSchema),
  flags: z.array(flagSchema),
  derivedFrom: ref.nullable(),
  derivatives: z.array(ref),
  personaOverrideReason: textSchema().nullable(),
  allowedActions: allowedActionsSchema.describe(
    'read; edit (trail, storyboard, verify, flags) for TMMs and admins',
  ),
  version: z
    .number()
    .int()
    .describe(
      'Counts edits of the demo (storyboard, trail, persona…); send it back as If-Match: "v<version>"',
    ),
});
export type Demo = z.infer<typeof demoSchema>;
export type DemoSummary = z.infer<typeof demoSummarySchema>;
export type DemoList = z.infer<typeof demoListSchema>;
