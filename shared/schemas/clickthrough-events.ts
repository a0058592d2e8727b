import { z } from 'zod';
import { PLAYER_EVENTS_PER_BATCH, playerEventKinds } from '../clickthrough.ts';
import { idSchema } from './common.ts';
import { engagementRangeQuery } from './insights.ts';

/** Player events (POST /api/play/{assetId}/events) and the funnel of a version (server/modules/clickthrough). */

/** The longest a session may run, in milliseconds since its start (a day). */
export const MAX_SESSION_MS = 86_400_000;

const kindsWithStep = new Set(['step_viewed', 'hotspot_clicked', 'cta_clicked']);

export const playerEventSchema = z
  .strictObject({
    kind: z.enum(playerEventKinds),
    stepId: z.uuid('must be a step id of this version').optional(),
    at: z
      .number('must be a number of milliseconds')
      .int('must be a whole number of milliseconds')
      .min(0, 'must be 0 or more')
      .max(MAX_SESSION_MS, 'must be within a day of the session’s start'),
  })
  .superRefine((event, context) => {
    if (kindsWithStep.has(event.kind) && !event.stepId)
      context.addIssue({ code: 'custom', path: ['stepId'], message: `is required for ${event.kind}` });
  });

/** shared/clickthrough.ts PlayerEventBatch. */
export const playerEventBatchSchema = z.strictObject({
  versionId: idSchema.describe('The published version played (PlayerDocument.versionId)'),
  sessionId: z.uuid('must be the session’s random id (a UUID)').describe('Random per page load'),
  shareToken: z
    .string()
    .min(1, 'must not be empty')
    .max(200, 'must be at most 200 characters')
    .optional()
    .describe('A tracked share link’s token: the session is then counted for that link and its recipient'),
  events: z
    .array(playerEventSchema)
    .min(1, 'must hold at least one event')
    .max(PLAYER_EVENTS_PER_BATCH, `must hold at most ${PLAYER_EVENTS_PER_BATCH} events`),
});
export type PlayerEventBatchInput = z.infer<typeof playerEventBatchSchema>;

export const playerEventsAcceptedSchema = z.object({
  accepted: z.number().int().describe('Events stored'),
});

export const funnelQuery = engagementRangeQuery.extend({
  versionId: idSchema.optional().describe('The version; default the latest published'),
  format: z.enum(['json', 'csv']).optional().describe('csv: one row per step'),
});

export const funnelStepSchema = z.object({
  stepId: z.string(),
  title: z.string(),
  position: z.number().int().describe('1-based, in the version'),
  reached: z.number().int().describe('Sessions that viewed the step'),
  dropped: z.number().int().describe('Sessions whose furthest step it was, not completed'),
  medianMs: z.number().nullable().describe('Median time from viewing the step to the next step or the end'),
  ctaClicks: z.number().int(),
});

export const funnelSchema = z.object({
  versionId: z.string(),
  version: z.number().int(),
  from: z.string(),
  to: z.string(),
  steps: z.array(funnelStepSchema),
  sessions: z.number().int().describe('Sessions started in the range'),
  completed: z.number().int(),
  completionRate: z.number().describe('completed / sessions, 0 to 1 (0 with no sessions)'),
  ctaClicks: z.number().int(),
});
export type Funnel = z.infer<typeof funnelSchema>;
