import { z } from 'zod';

export const idSchema = z.uuid('must be a valid id').describe('Record id (UUID)');
export const idParams = z.object({ id: idSchema });

/** A trimmed, non-empty, bounded line of text. */
export const nameSchema = (max = 120) =>
  z.string().trim().min(1, 'is required').max(max, `must be at most ${max} characters`);

export const emailSchema = z
  .string()
  .trim()
  .max(254, 'must be at most 254 characters')
  .pipe(z.email('must be a valid email address'))
  .transform((value) => value.toLowerCase());

export const passwordSchema = z
  .string()
  .min(10, 'must be at least 10 characters')
  .max(200, 'must be at most 200 characters');

export const errorResponseSchema = z
  .object({
    error: z.object({
      code: z.string().describe('Stable machine-readable code'),
      message: z.string().describe('What went wrong, for people'),
      fields: z
        .record(z.string(), z.string())
        .optional()
        .describe('Each bad field and what is wrong with it'),
      requestId: z.string().describe('Quote this when reporting a problem'),
    }),
  })
  .describe('Every error Showcase returns has this shape');

export const okSchema = z.object({ ok: z.literal(true) });
