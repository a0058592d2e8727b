import { z } from 'zod';
import { isQuarter, type okrFilterKeys, okrMeasureInfo, okrMeasures } from '../okrs.ts';
import { idSchema, nameSchema, textSchema } from './common.ts';
import { measures } from './insights.ts';

export const quarterSchema = textSchema()
  .trim()
  .refine(isQuarter, 'must be a quarter like 2026-Q4')
  .describe('A quarter, like "2026-Q4"');

const filtersSchema = z
  .strictObject({
    formatId: idSchema.optional(),
    solutionId: idSchema.optional(),
    personaId: idSchema.optional(),
    visibility: z.enum(['internal', 'external'], 'must be internal or external').optional(),
    engagement: z.enum(measures, `must be one of ${measures.join(', ')}`).optional(),
    teamId: idSchema.optional(),
  })
  .describe('Narrows the measure; each measure takes only the filters it lists');

const targetSchema = z
  .number('must be a number')
  .positive('must be more than 0')
  .max(1_000_000_000, 'must be at most 1,000,000,000');

/** A key result's measure and filters, checked together: a filter the measure does not take is refused. */
function checkMeasure(
  value: { measure?: (typeof okrMeasures)[number]; filters?: z.infer<typeof filtersSchema>; target?: number },
  context: z.RefinementCtx,
) {
  if (!value.measure) return;
  const info = okrMeasureInfo[value.measure];
  for (const key of Object.keys(value.filters ?? {}) as (typeof okrFilterKeys)[number][]) {
    if (!info.filters.includes(key))
      context.addIssue({
        code: 'custom',
        path: ['filters', key],
        message: `does not apply to “${info.label}”`,
      });
  }
  if (info.unit === 'percent' && value.target !== undefined && value.target > 100)
    context.addIssue({ code: 'custom', path: ['target'], message: 'is a percentage: at most 100' });
}

const keyResultFields = {
  title: nameSchema(200),
  measure: z.enum(okrMeasures, `must be one of ${okrMeasures.join(', ')}`),
  filters: filtersSchema.optional(),
  target: targetSchema,
};

export const createKeyResultSchema = z.strictObject(keyResultFields).superRefine(checkMeasure);

export const updateKeyResultSchema = z
  .strictObject({
    title: keyResultFields.title.optional(),
    measure: keyResultFields.measure.optional(),
    filters: filtersSchema.optional(),
    target: targetSchema.optional(),
    position: z.number().int().min(0).max(1000).optional(),
  })
  .superRefine(checkMeasure);

export const keyResultEntrySchema = z.strictObject({
  value: z
    .number('must be a number')
    .min(-1_000_000_000, 'must be at least -1,000,000,000')
    .max(1_000_000_000, 'must be at most 1,000,000,000'),
});

export const createObjectiveSchema = z.strictObject({
  quarter: quarterSchema,
  title: nameSchema(200),
  description: textSchema().max(2000, 'must be at most 2000 characters').optional(),
  ownerId: idSchema.nullable().optional(),
  keyResults: z.array(createKeyResultSchema).max(10, 'must be at most 10').optional(),
});

export const updateObjectiveSchema = z.strictObject({
  title: nameSchema(200).optional(),
  description: textSchema().max(2000, 'must be at most 2000 characters').optional(),
  ownerId: idSchema.nullable().optional(),
  position: z.number().int().min(0).max(1000).optional(),
});

export const okrQuery = z.object({ quarter: quarterSchema.optional().describe('Default: this quarter') });

export const keyResultSchema = z.object({
  id: idSchema,
  objectiveId: idSchema,
  title: textSchema(),
  measure: z.enum(okrMeasures),
  measureLabel: textSchema(),
  unit: z.enum(['count', 'percent', 'number']),
  filters: filtersSchema,
  filterSummary: textSchema().describe(
    'The filters in words, e.g. “Format: Demo video · Solution: DevSecOps”',
  ),
  target: z.number(),
  value: z.number().nullable().describe('The value now (null for a manual key result with no entry yet)'),
  progress: z.number().describe('0 to 1'),
  status: z.enum(['done', 'on_track', 'at_risk']),
  history: z
    .array(z.object({ day: textSchema(), value: z.number().nullable() }))
    .describe('The value at the end of each week of the quarter so far'),
  version: z.number().int(),
});
export type KeyResult = z.infer<typeof keyResultSchema>;

export const objectiveSchema = z.object({
  id: idSchema,
  quarter: textSchema(),
  title: textSchema(),
  description: textSchema(),
  owner: z.object({ id: idSchema, name: textSchema() }).nullable(),
  progress: z.number().describe('The mean progress of its key results, 0 to 1'),
  keyResults: z.array(keyResultSchema),
  version: z.number().int(),
});
export type Objective = z.infer<typeof objectiveSchema>;

export const okrListSchema = z.object({
  quarter: textSchema(),
  from: textSchema(),
  to: textSchema(),
  elapsed: z.number().describe('How much of the quarter has gone by, 0 to 1'),
  quarters: z.array(textSchema()).describe('Quarters that have objectives, newest first'),
  objectives: z.array(objectiveSchema),
});
export type OkrList = z.infer<typeof okrListSchema>;
