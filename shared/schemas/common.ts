import { z } from 'zod';
import { actions } from '../policies.ts';

/**
 * Text PostgreSQL can store: no NUL character (text columns refuse it) and no lone UTF-16
 * surrogate (jsonb refuses its escape, and UTF-8 cannot encode it). Every string the API reads
 * is built on this, so such text is a 422 naming the field instead of a database error.
 */
export function isStorableText(value: string): boolean {
  return !value.includes('\u0000') && value.isWellFormed();
}

/** Any string field of an input: `textSchema()` that refuses text the database cannot store. */
export const textSchema = () =>
  z
    .string()
    .refine(isStorableText, { message: 'must not contain a NUL character or a lone surrogate', abort: true });

/** The largest value of a PostgreSQL `integer` column. */
export const maxInt = 2_147_483_647;

/** A whole number read from a path or query string, bounded so it always fits an `integer`. */
export const intParam = (min = 0, max = maxInt) =>
  z.coerce
    .number('must be a whole number')
    .int('must be a whole number')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);

export const idSchema = z.uuid('must be a valid id').describe('Record id (UUID)');
export const idParams = z.object({ id: idSchema });

/** A trimmed, non-empty, bounded line of text. */
export const nameSchema = (max = 120) =>
  textSchema().trim().min(1, 'is required').max(max, `must be at most ${max} characters`);

export const emailSchema = textSchema()
  .trim()
  .max(254, 'must be at most 254 characters')
  .pipe(z.email('must be a valid email address'))
  .transform((value) => value.toLowerCase());

export const passwordSchema = textSchema()
  .min(10, 'must be at least 10 characters')
  .max(200, 'must be at most 200 characters');

export const errorResponseSchema = z
  .object({
    error: z.object({
      code: textSchema().describe('Stable machine-readable code'),
      message: textSchema().describe('What went wrong, for people'),
      fields: z
        .record(textSchema(), textSchema())
        .optional()
        .describe('Each bad field and what is wrong with it'),
      current: z
        .unknown()
        .optional()
        .describe('With version_conflict (412): the record as it is stored now, as a read presents it'),
      requestId: textSchema().describe('Quote this when reporting a problem'),
    }),
  })
  .describe('Every error Showcase returns has this shape');

export const okSchema = z.object({ ok: z.literal(true) });

/**
 * What the caller may do with a record (shared/policies.ts), so a client shows only what is
 * possible; the routes check the same rules.
 */
export const allowedActionsSchema = z
  .array(z.enum(actions))
  .describe(
    'The actions the caller holds on this record: read, edit, triage, publish, share, cancel, delete, addResults (shared/policies.ts)',
  );
