import { z } from 'zod';
import { textSchema } from './common.ts';

/** Inputs and answers of the click-through builder API (server/modules/clickthrough). */

const unit = z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1');

/** A rectangle in relative coordinates (0–1 of the image), inside the image. */
export const relativeBoxSchema = z
  .strictObject({ x: unit, y: unit, w: unit, h: unit })
  .refine((box) => box.w > 0 && box.h > 0, { message: 'must have a width and a height' })
  .refine((box) => box.x + box.w <= 1.0001 && box.y + box.h <= 1.0001, {
    message: 'must lie inside the image',
  });

export const redactionSchema = z
  .strictObject({ x: unit, y: unit, w: unit, h: unit, style: z.enum(['blur', 'solid']) })
  .refine((box) => box.w > 0 && box.h > 0, { message: 'must have a width and a height' })
  .refine((box) => box.x + box.w <= 1.0001 && box.y + box.h <= 1.0001, {
    message: 'must lie inside the image',
  });

const httpUrl = textSchema()
  .max(2000, 'must be at most 2000 characters')
  .refine((value) => /^https?:\/\/\S+$/i.test(value) || /^\{\{/.test(value), {
    message: 'must be an http(s) address',
  });

export const callToActionSchema = z.strictObject({
  text: textSchema().trim().min(1, 'is required').max(80, 'must be at most 80 characters'),
  url: httpUrl,
});

const stepKind = z.enum(['intro', 'step', 'closing']);
const advanceKind = z.enum(['hotspot', 'next', 'timer']);

const stepFields = {
  kind: stepKind,
  hotspot: relativeBoxSchema.nullable(),
  title: textSchema().max(120, 'must be at most 120 characters'),
  body: textSchema().max(2000, 'must be at most 2000 characters'),
  chapter: textSchema().trim().max(80, 'must be at most 80 characters').nullable(),
  categoryId: z.uuid('must be a valid id').nullable(),
  featureId: z.uuid('must be a valid id').nullable(),
  advance: advanceKind,
  timerSeconds: z.number().int('must be whole seconds').min(1).max(600).nullable(),
  cta: callToActionSchema.nullable(),
};

/** A new step without a screenshot (intro, closing, or one whose screenshot comes later). */
export const createStepSchema = z
  .strictObject(stepFields)
  .partial()
  .extend({
    kind: stepKind,
    position: z.number().int().min(1).max(1000).optional().describe('1-based; appended when left out'),
  });
export type CreateStepInput = z.infer<typeof createStepSchema>;

/** What a step's PATCH may change (every field optional). */
export const patchStepSchema = z
  .strictObject(stepFields)
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, { message: 'send at least one field' });
export type StepPatch = z.infer<typeof patchStepSchema>;

export const orderSchema = z.strictObject({
  stepIds: z.array(z.uuid('must be a valid id')).max(1000),
});

export const redactionsInputSchema = z.strictObject({
  redactions: z.array(redactionSchema).min(1, 'draw at least one box').max(50, 'at most 50 boxes'),
});

export const tokensInputSchema = z.strictObject({
  tokens: z
    .record(
      z.string().regex(/^[a-z][a-z0-9_]{0,31}$/, 'token names are lower-case letters, digits and _'),
      textSchema().max(80, 'must be at most 80 characters'),
    )
    .refine((tokens) => Object.keys(tokens).length <= 50, { message: 'at most 50 tokens' }),
});

const relativeBox = z.object({ x: z.number(), y: z.number(), w: z.number(), h: z.number() });
const image = z.object({ url: z.string(), width: z.number().int(), height: z.number().int() });

export const builderStepSchema = z.object({
  id: z.string(),
  position: z.number().int(),
  kind: stepKind,
  image: image.nullable(),
  hotspot: relativeBox.nullable(),
  title: z.string(),
  body: z.string().describe('Markdown'),
  bodyHtml: z.string().describe('The body rendered and sanitized (tokens still in it)'),
  chapter: z.string().nullable(),
  categoryId: z.string().nullable(),
  featureId: z.string().nullable(),
  advance: advanceKind,
  timerSeconds: z.number().int().nullable(),
  cta: z.object({ text: z.string(), url: z.string() }).nullable(),
  redactions: z
    .array(relativeBox.extend({ style: z.enum(['blur', 'solid']) }))
    .describe('The boxes burned into the stored image (the original pixels are gone)'),
});
export type BuilderStep = z.infer<typeof builderStepSchema>;

export const publishedVersionSchema = z.object({
  id: z.string(),
  number: z.number().int(),
  publishedAt: z.string(),
  publishedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
});

export const clickThroughSchema = z.object({
  steps: z.array(builderStepSchema),
  tokens: z.record(z.string(), z.string()),
  versions: z.array(publishedVersionSchema).describe('Newest first'),
  warnings: z.array(z.object({ step: z.number().int().nullable(), message: z.string() })),
  flaggedStepIds: z.array(z.string()).describe("Steps showing what an open freshness flag's release changed"),
  etag: z.string().describe('The draft’s version, for If-Match'),
});

export const playerDocumentSchema = z.object({
  assetId: z.string(),
  versionId: z.string(),
  version: z.number().int(),
  title: z.string(),
  steps: z.array(
    z.object({
      id: z.string(),
      kind: stepKind,
      image: image.nullable(),
      hotspot: relativeBox.nullable(),
      title: z.string(),
      bodyHtml: z.string(),
      bodyText: z.string(),
      chapter: z.string().nullable(),
      advance: z.object({ kind: advanceKind, seconds: z.number().optional() }),
      cta: z.object({ text: z.string(), url: z.string() }).nullable(),
    }),
  ),
  tokens: z.record(z.string(), z.string()),
  eventsUrl: z.string().nullable(),
});

export const oembedSchema = z.object({
  type: z.literal('rich'),
  version: z.literal('1.0'),
  title: z.string(),
  provider_name: z.string(),
  html: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  thumbnail_url: z.string().optional(),
  thumbnail_width: z.number().int().optional(),
  thumbnail_height: z.number().int().optional(),
});
