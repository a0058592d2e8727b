import { z } from 'zod';
import { idSchema, intParam, textSchema } from './common.ts';

/**
 * What the engagement model counts, in the words people use. Each measure is one (source, kind)
 * of the event store; time on page (share-link beats) is shown as time, not as a count.
 */
export const measures = [
  'shareVisits',
  'showcaseViews',
  'downloads',
  'shortLinkClicks',
  'clickThroughSessions',
  'videoViews',
  'blogViews',
  'registrations',
  'attendance',
] as const;
export type Measure = (typeof measures)[number];

export const measureLabels: Record<Measure, string> = {
  shareVisits: 'Share-link visits',
  showcaseViews: 'Views in Showcase',
  downloads: 'Downloads',
  shortLinkClicks: 'Short-link clicks',
  clickThroughSessions: 'Click-through sessions',
  videoViews: 'Video views',
  blogViews: 'Blog views',
  registrations: 'Webinar registrations',
  attendance: 'Webinar attendance',
};

/** Numbers entered by hand or imported from a spreadsheet, one per asset, kind and day. */
export const outsideKinds = ['video_view', 'blog_view', 'registration', 'attendance'] as const;
export type OutsideKind = (typeof outsideKinds)[number];
export const outsideKindLabels: Record<OutsideKind, string> = {
  video_view: 'Video views',
  blog_view: 'Blog views',
  registration: 'Webinar registrations',
  attendance: 'Webinar attendance',
};

const dateSchema = z.iso.date('must be a date (YYYY-MM-DD)');
/** A day a number can be for: from 1900 on (PostgreSQL has no year 0, and nothing is counted before). */
const countedDay = dateSchema.refine((day) => day >= '1900-01-01', 'must be in 1900 or later');

export const outsideNumberSchema = z.strictObject({
  kind: z.enum(outsideKinds, 'must be video_view, blog_view, registration or attendance'),
  date: countedDay.describe('The day the number is for (UTC)'),
  value: intParam(0, 1_000_000_000).describe('The number for that day; 0 removes it'),
});
export type OutsideNumberInput = z.infer<typeof outsideNumberSchema>;

export const setOutsideNumbersSchema = z.strictObject({
  numbers: z
    .array(outsideNumberSchema)
    .min(1, 'must hold at least one number')
    .max(1000)
    .superRefine((numbers, context) => {
      const seen = new Map<string, number>();
      numbers.forEach((number, index) => {
        const key = `${number.kind} ${number.date}`;
        const earlier = seen.get(key);
        if (earlier !== undefined)
          context.addIssue({
            code: 'custom',
            path: [index, 'date'],
            message: `repeats item ${earlier + 1}: one number per kind and day`,
          });
        seen.set(key, index);
      });
    }),
});

export const outsideNumbersSchema = z.object({
  numbers: z.array(z.object({ kind: z.enum(outsideKinds), date: textSchema(), value: z.number().int() })),
});

export const outsideImportSchema = z.strictObject({
  csv: textSchema()
    .min(1, 'is empty')
    .max(5_000_000, 'must be at most 5 MB')
    .describe(
      'Columns: asset (id, primary URL or external key), date, kind (or its words: "video views"), value',
    ),
  dryRun: z.boolean().optional().describe('Check and count without writing'),
});

export const outsideImportResultSchema = z.object({
  dryRun: z.boolean(),
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  removed: z.number().int(),
  problems: z
    .array(z.object({ line: z.number().int(), column: textSchema(), message: textSchema() }))
    .describe('Row-level problems; when there is any, nothing was written'),
});

export const engagementRangeQuery = z.object({
  from: dateSchema.optional().describe('First day (UTC), default 90 days ago'),
  to: dateSchema.optional().describe('Last day (UTC), default today'),
});

const totalsSchema = z.object(
  Object.fromEntries(measures.map((measure) => [measure, z.number()])) as Record<Measure, z.ZodNumber>,
);

export const engagementPointSchema = totalsSchema.extend({ day: textSchema() });

/** One asset's engagement: totals and a series by day, every measure. */
export const assetEngagementSchema = z.object({
  from: textSchema(),
  to: textSchema(),
  totals: totalsSchema,
  timeOnPageSeconds: z.number().describe('Time spent on share pages, from the 10-second beats'),
  days: z.array(engagementPointSchema).describe('Only days with engagement'),
  outside: outsideNumbersSchema.shape.numbers,
});

const rankedSchema = z.object({ id: textSchema(), name: textSchema(), total: z.number() });

export const insightsQuery = engagementRangeQuery.extend({
  measure: z.enum(measures).optional().describe('What the rankings rank by; default every measure together'),
  solutionId: idSchema.optional(),
  formatId: idSchema.optional(),
  personaId: idSchema.optional(),
});

export const insightsSchema = z.object({
  from: textSchema(),
  to: textSchema(),
  totals: totalsSchema,
  timeOnPageSeconds: z.number(),
  days: z.array(engagementPointSchema),
  topAssets: z.array(rankedSchema.extend({ formatName: textSchema().nullable() })),
  bySolution: z.array(rankedSchema),
  byFormat: z.array(rankedSchema),
  byPersona: z.array(rankedSchema),
  accounts: z
    .array(
      z.object({
        name: textSchema(),
        visits: z.number(),
        seconds: z.number(),
        downloads: z.number(),
        lastDay: textSchema(),
        thisWeek: z.number().describe('Visits in the last 7 days of the range'),
      }),
    )
    .describe(
      'Share-link activity per company (the link’s company, or the recipient’s email domain), hottest this week first',
    ),
  recipients: z.array(
    z.object({
      name: textSchema(),
      email: textSchema(),
      account: textSchema(),
      visits: z.number(),
      seconds: z.number(),
      lastDay: textSchema(),
    }),
  ),
});
export type Insights = z.infer<typeof insightsSchema>;

/** The team's work over a range: requests per team, budget use, freshness of the demo catalogue. */
export const workSchema = z.object({
  from: textSchema(),
  to: textSchema(),
  quarter: textSchema().describe('The budget quarter the range ends in'),
  requests: z.array(
    z.object({
      teamId: textSchema().nullable(),
      team: textSchema(),
      received: z.number(),
      reviewedInSla: z.number().describe('Reviewed by the review deadline'),
      late: z.number().describe('Reviewed after the deadline, or past it and not reviewed'),
      awaitingReview: z.number().describe('Not reviewed yet, still within the deadline'),
      answeredWithExisting: z.number(),
      delivered: z.number(),
    }),
  ),
  budget: z.array(
    z.object({
      teamId: textSchema(),
      team: textSchema(),
      budget: z.number(),
      spent: z.number(),
      requests: z.number(),
    }),
  ),
  demos: z
    .object({
      fresh: z.number(),
      flagged: z.number(),
      update_requested: z.number(),
      being_updated: z.number(),
    })
    .describe('Demos by freshness state now, as the freshness view counts them'),
  freshByWeek: z
    .array(z.object({ day: textSchema(), value: z.number().nullable() }))
    .describe('The share of published demos that were fresh at the end of each week of the range'),
});
export type Work = z.infer<typeof workSchema>;
