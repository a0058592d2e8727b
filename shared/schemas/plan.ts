import { z } from 'zod';
import { eventKinds, isQuarter, planStatuses } from '../plan.ts';
import { idSchema, nameSchema, textSchema } from './common.ts';

const daySchema = z.iso
  .date('must be a date (YYYY-MM-DD)')
  .refine((day) => day >= '2000-01-01' && day <= '2099-12-31', 'must be between 2000 and 2099');

export const planQuarterSchema = textSchema()
  .trim()
  .refine(isQuarter, 'must be a quarter like 2026-Q4')
  .describe('A quarter, like "2026-Q4"');

const notesSchema = textSchema().max(5000, 'must be at most 5000 characters');
const dueAfterStart = (value: { startDate?: string; dueDate?: string }) =>
  !value.startDate || !value.dueDate || value.dueDate >= value.startDate;
const dueAfterStartIssue = { message: 'must be on or after the start date', path: ['dueDate'] };

export const createPlanEntrySchema = z
  .strictObject({
    title: nameSchema(200).describe('What the piece is called'),
    formatId: idSchema.nullable().optional().describe('A format term'),
    solutionId: idSchema.nullable().optional().describe('A solution term'),
    ownerId: idSchema.nullable().optional().describe('The TMM or admin who makes it'),
    quarter: planQuarterSchema.optional().describe('The quarter it is planned in; by default the due date’s'),
    startDate: daySchema.describe('First day of the expected publish week'),
    dueDate: daySchema.describe('Expected publish date (the end of the publish week)'),
    status: z.enum(planStatuses, `must be one of ${planStatuses.join(', ')}`).optional(),
    assetId: idSchema.nullable().optional().describe('The library asset, once published'),
    notes: notesSchema.optional(),
  })
  .refine(dueAfterStart, dueAfterStartIssue);
export type CreatePlanEntryInput = z.infer<typeof createPlanEntrySchema>;

export const updatePlanEntrySchema = z
  .strictObject({
    title: nameSchema(200).optional(),
    formatId: idSchema.nullable().optional(),
    solutionId: idSchema.nullable().optional(),
    ownerId: idSchema.nullable().optional(),
    quarter: planQuarterSchema.optional(),
    startDate: daySchema.optional(),
    dueDate: daySchema.optional(),
    status: z.enum(planStatuses, `must be one of ${planStatuses.join(', ')}`).optional(),
    assetId: idSchema.nullable().optional(),
    notes: notesSchema.optional(),
  })
  .refine(dueAfterStart, dueAfterStartIssue);
export type UpdatePlanEntryInput = z.infer<typeof updatePlanEntrySchema>;

export const movePlanEntrySchema = z
  .strictObject({
    week: daySchema
      .optional()
      .describe('Any day of the week to move to; the entry keeps its weekday and length'),
    ownerId: idSchema.nullable().optional().describe('The owner to move it to (null: unassigned)'),
  })
  .refine((value) => value.week !== undefined || value.ownerId !== undefined, {
    message: 'give a week or an owner to move to',
    path: ['week'],
  });
export type MovePlanEntryInput = z.infer<typeof movePlanEntrySchema>;

export const planEntryQuery = z.object({
  quarter: planQuarterSchema.optional(),
  ownerId: idSchema.optional(),
  status: z.enum(planStatuses, `must be one of ${planStatuses.join(', ')}`).optional(),
});

export const planEntrySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    displayName: z.string().describe('"Content: <Title> - <Author> - <Publish Month>, <Publish Year>"'),
    formatId: z.string().nullable(),
    formatName: z.string().nullable(),
    solutionId: z.string().nullable(),
    solutionName: z.string().nullable(),
    ownerId: z.string().nullable(),
    ownerName: z.string().nullable(),
    quarter: z.string(),
    startDate: z.string(),
    dueDate: z.string(),
    status: z.enum(planStatuses),
    request: z.object({ id: z.string(), number: z.number(), title: z.string() }).nullable(),
    asset: z.object({ id: z.string(), title: z.string() }).nullable(),
    notes: z.string(),
    warnings: z.array(z.string()).describe('A due date outside its quarter'),
    version: z.number(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .describe('A piece of content in the plan');
export type PlanEntry = z.infer<typeof planEntrySchema>;

export const planEntryListSchema = z.object({ entries: z.array(planEntrySchema) });

export const roadmapQuery = z.object({
  quarter: planQuarterSchema.optional().describe('By default this quarter'),
});

export const roadmapOwnerSchema = z.object({
  id: z.string().nullable().describe('The owner’s user id; null is the lane of unassigned entries'),
  name: z.string(),
  capacity: z
    .number()
    .nullable()
    .describe('Pieces a quarter (the team member’s capacity); null when not a team member'),
  load: z.number().describe('Entries planned for the quarter, dropped ones left out'),
  overCapacity: z.boolean(),
  warning: z.string().nullable(),
});

export const roadmapSchema = z.object({
  quarter: z.string(),
  from: z.string(),
  to: z.string(),
  weeks: z.array(z.string()).describe('The Monday of every week touching the quarter'),
  owners: z.array(roadmapOwnerSchema),
  entries: z.array(planEntrySchema),
  warnings: z.array(z.string()).describe('Every owner over capacity and every entry due outside its quarter'),
});
export type Roadmap = z.infer<typeof roadmapSchema>;

const dateTimeSchema = z.iso.datetime({ offset: true, message: 'must be a date and time (ISO 8601)' });
const urlSchema = textSchema()
  .trim()
  .max(2000, 'must be at most 2000 characters')
  .refine((value) => /^https?:\/\/[^\s]+$/i.test(value) && URL.canParse(value), 'must be an http(s) address');

export const createPlanEventSchema = z
  .strictObject({
    kind: z.enum(eventKinds, `must be one of ${eventKinds.join(', ')}`),
    title: nameSchema(200),
    startsAt: dateTimeSchema,
    endsAt: dateTimeSchema,
    location: textSchema().trim().max(300, 'must be at most 300 characters').optional(),
    registrationUrl: urlSchema.nullable().optional(),
    description: notesSchema.optional(),
    ownerId: idSchema.nullable().optional(),
  })
  .refine((value) => new Date(value.endsAt) >= new Date(value.startsAt), {
    message: 'must be at or after the start',
    path: ['endsAt'],
  });
export type CreatePlanEventInput = z.infer<typeof createPlanEventSchema>;

export const updatePlanEventSchema = z
  .strictObject({
    kind: z.enum(eventKinds, `must be one of ${eventKinds.join(', ')}`).optional(),
    title: nameSchema(200).optional(),
    startsAt: dateTimeSchema.optional(),
    endsAt: dateTimeSchema.optional(),
    location: textSchema().trim().max(300, 'must be at most 300 characters').optional(),
    registrationUrl: urlSchema.nullable().optional(),
    description: notesSchema.optional(),
    ownerId: idSchema.nullable().optional(),
  })
  .refine((value) => !value.startsAt || !value.endsAt || new Date(value.endsAt) >= new Date(value.startsAt), {
    message: 'must be at or after the start',
    path: ['endsAt'],
  });
export type UpdatePlanEventInput = z.infer<typeof updatePlanEventSchema>;

export const planEventSchema = z.object({
  id: z.string(),
  kind: z.enum(eventKinds),
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  location: z.string(),
  registrationUrl: z.string().nullable(),
  description: z.string(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  version: z.number(),
});
export type PlanEvent = z.infer<typeof planEventSchema>;

export const calendarQuery = z
  .object({
    from: daySchema.describe('First day (UTC)'),
    to: daySchema.describe('Last day (UTC)'),
  })
  .refine((value) => value.to >= value.from, { message: 'must be on or after from', path: ['to'] })
  .refine((value) => value.from >= '2000-01-01' && daysApart(value.from, value.to) <= 400, {
    message: 'must be at most 400 days after from',
    path: ['to'],
  });
function daysApart(from: string, to: string) {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

export const calendarSchema = z.object({
  from: z.string(),
  to: z.string(),
  entries: z.array(planEntrySchema).describe('Plan entries whose publish week overlaps the range'),
  events: z.array(planEventSchema),
});
export type Calendar = z.infer<typeof calendarSchema>;

export const feedScopes = ['mine', 'team'] as const;
export const feedScopeSchema = z.enum(feedScopes, 'must be mine or team');
export const feedParams = z.object({ scope: feedScopeSchema });
export const feedTokenParams = z.object({
  token: textSchema().min(10, 'is not a feed address').max(200, 'is not a feed address'),
});

export const calendarFeedSchema = z.object({
  scope: feedScopeSchema.describe('mine: what you own; team: the whole team’s plan and events'),
  createdAt: z.string(),
  lastReadAt: z.string().nullable(),
});
export const calendarFeedListSchema = z.object({ feeds: z.array(calendarFeedSchema) });
export const issuedFeedSchema = calendarFeedSchema.extend({
  url: z.string().describe('The secret address to subscribe to; shown only now. Issuing again replaces it.'),
});

/** What a plan spreadsheet column may fill. */
export const planImportFields = [
  'title',
  'format',
  'owner',
  'solution',
  'quarter',
  'startDate',
  'dueDate',
  'status',
  'notes',
] as const;
export type PlanImportField = (typeof planImportFields)[number];

export const planImportSchema = z.strictObject({
  content: textSchema()
    .min(1, 'is empty')
    .max(5 * 1024 * 1024, 'must be at most 5 MB')
    .describe('The spreadsheet exported as CSV'),
  mapping: z
    .record(textSchema().max(200), z.enum([...planImportFields, 'ignore'], 'must be a plan field or ignore'))
    .optional()
    .describe(
      'Column heading → plan field. Left out: the mapping of your last import, else guessed from the headings',
    ),
  dryRun: z.boolean().default(true).describe('Check every row, store nothing'),
});
export type PlanImportInput = z.infer<typeof planImportSchema>;

export const planImportRowSchema = z.object({
  row: z.number().describe('Line in the file (the heading is line 1)'),
  action: z.enum(['create', 'update', 'refuse']),
  title: z.string(),
  errors: z.record(z.string(), z.string()).describe('Column heading → what is wrong'),
});

export const planImportResultSchema = z.object({
  dryRun: z.boolean(),
  applied: z
    .boolean()
    .describe('Whether anything was stored: never on a dry run, nor when any row is refused'),
  columns: z.array(z.string()),
  mapping: z.record(z.string(), z.string()),
  created: z.number(),
  updated: z.number(),
  refused: z.number(),
  rows: z.array(planImportRowSchema),
});
export type PlanImportResult = z.infer<typeof planImportResultSchema>;

export const planImportMappingSchema = z.object({
  mapping: z.record(z.string(), z.string()).describe('The mapping of your last import; empty before one'),
  fields: z.array(z.string()),
});
