import { z } from 'zod';
import { textSchema } from './common.ts';

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.object({ id: z.string().nullable(), label: z.string(), via: z.string() }),
  action: z.string().describe('<area>.<verb>, e.g. user.updated, auth.sign_in_failed'),
  description: z.string().describe('The action in words'),
  target: z.object({ type: z.string(), id: z.string(), label: z.string().nullable() }).nullable(),
  changes: z.record(z.string(), z.object({ before: z.unknown(), after: z.unknown() })),
  details: z.record(z.string(), z.unknown()),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  requestId: z.string().nullable(),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

const dateText = z.iso.date('must be a date (YYYY-MM-DD)');

export const auditQuerySchema = z.object({
  action: textSchema()
    .max(60)
    .regex(/^[a-z_]+(\.[a-z_]+)?$/, 'must be an area (user) or an action (user.updated)')
    .optional(),
  actorId: z.uuid('must be a user id').optional(),
  targetType: textSchema().max(40).optional(),
  targetId: textSchema().max(100).optional(),
  q: textSchema().max(200).optional(),
  from: dateText.optional(),
  to: dateText.optional().describe('Inclusive'),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditPageSchema = z.object({
  entries: z.array(auditEntrySchema),
  next: z.string().nullable().describe('Pass as `before` for the next (older) page'),
});

export const auditVerifySchema = z.object({
  entries: z.number().int(),
  ok: z.boolean(),
  broken: z.object({ id: z.string(), reason: z.string() }).optional(),
});
