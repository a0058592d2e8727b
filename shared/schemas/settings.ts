import { z } from 'zod';
import { idSchema, nameSchema, textSchema } from './common.ts';

/**
 * The workspace taxonomy. Every kind is a list of named terms that other records point to by id,
 * so a rename never breaks a record. `parent` names the kind a term may sit under.
 */
export const termKinds = {
  solution: { label: 'Solutions', singular: 'Solution' },
  use_case: { label: 'Use cases', singular: 'Use case', parent: 'solution' },
  value_driver: { label: 'Value drivers', singular: 'Value driver' },
  persona: { label: 'Personas', singular: 'Persona' },
  buyer_stage: { label: 'Buyer stages', singular: 'Buyer stage' },
  region: { label: 'Regions', singular: 'Region' },
  segment: { label: 'Market segments', singular: 'Market segment' },
  industry: { label: 'Industries', singular: 'Industry' },
  format: { label: 'Content formats', singular: 'Content format' },
  deliverable_type: { label: 'Deliverable types', singular: 'Deliverable type', ranked: true },
} as const satisfies Record<string, { label: string; singular: string; parent?: string; ranked?: boolean }>;

export type TermKind = keyof typeof termKinds;
export const termKindSchema = z.enum(Object.keys(termKinds) as [TermKind, ...TermKind[]]);

export const termSchema = z.object({
  id: textSchema(),
  kind: termKindSchema,
  name: textSchema(),
  description: textSchema(),
  parentId: textSchema().nullable().describe('For use cases: the solution they belong to'),
  key: textSchema()
    .nullable()
    .describe('Stable key of a built-in term that rules refer to (survives renames)'),
  position: z
    .number()
    .int()
    .describe('Order in lists; for deliverable types, the priority rank (0 is highest)'),
  archived: z.boolean(),
  formatIds: z.array(textSchema()).describe('For deliverable types: the content formats it produces'),
  usage: z.number().int().describe('How many records refer to this term'),
  version: z.number().int().describe('Counts edits; send it back as If-Match: "v<version>"'),
});
export type Term = z.infer<typeof termSchema>;

export const createTermSchema = z.strictObject({
  kind: termKindSchema,
  name: nameSchema(),
  description: textSchema().trim().max(2000, 'must be at most 2000 characters').optional(),
  parentId: idSchema.nullable().optional(),
  formatIds: z.array(idSchema).max(50).optional(),
});
export type CreateTermInput = z.infer<typeof createTermSchema>;

export const updateTermSchema = z.strictObject({
  name: nameSchema().optional(),
  description: textSchema().trim().max(2000, 'must be at most 2000 characters').optional(),
  parentId: idSchema.nullable().optional(),
  formatIds: z.array(idSchema).max(50).optional(),
  archived: z
    .boolean()
    .optional()
    .describe('Archived terms stay on old records but are not offered for new ones'),
});
export type UpdateTermInput = z.infer<typeof updateTermSchema>;

export const reorderTermsSchema = z.strictObject({
  kind: termKindSchema,
  ids: z
    .array(idSchema)
    .min(1, 'must list at least one term')
    .max(500)
    .describe('Every term of the kind, in the new order'),
});

export const termListSchema = z.object({ terms: z.array(termSchema) });
export const termQuerySchema = z.object({ kind: termKindSchema.optional() });

export const teamSchema = z.object({
  id: textSchema(),
  name: textSchema(),
  quarterlyBudget: z.number().int().describe('Request points per quarter'),
  archived: z.boolean(),
  version: z.number().int().describe('Counts edits; send it back as If-Match: "v<version>"'),
});
export type Team = z.infer<typeof teamSchema>;

const budgetSchema = z.number().int('must be a whole number').min(0, 'cannot be negative').max(1000);
export const createTeamSchema = z.strictObject({
  name: nameSchema(),
  quarterlyBudget: budgetSchema.optional(),
});
export const updateTeamSchema = z.strictObject({
  name: nameSchema().optional(),
  quarterlyBudget: budgetSchema.optional(),
  archived: z.boolean().optional(),
});
export type CreateTeamInput = z.infer<typeof createTeamSchema>;
export type UpdateTeamInput = z.infer<typeof updateTeamSchema>;
export const teamListSchema = z.object({ teams: z.array(teamSchema) });

export const teamMemberSchema = z.object({
  id: textSchema(),
  userId: textSchema(),
  name: textSchema(),
  email: textSchema(),
  title: textSchema(),
  quarterlyCapacity: z.number().int().describe('Deliverables the member can take on per quarter'),
  areaIds: z.array(textSchema()).describe('Solutions and use cases the member is responsible for'),
  archived: z.boolean(),
  version: z.number().int().describe('Counts edits of the member; send it back as If-Match'),
});
export type TeamMember = z.infer<typeof teamMemberSchema>;

const capacitySchema = z.number().int('must be a whole number').min(0, 'cannot be negative').max(500);
export const createTeamMemberSchema = z.strictObject({
  userId: idSchema,
  title: textSchema().trim().max(120).optional(),
  quarterlyCapacity: capacitySchema.optional(),
  areaIds: z.array(idSchema).max(100).optional(),
});
export const updateTeamMemberSchema = z.strictObject({
  title: textSchema().trim().max(120).optional(),
  quarterlyCapacity: capacitySchema.optional(),
  areaIds: z.array(idSchema).max(100).optional(),
  archived: z.boolean().optional(),
});
export type CreateTeamMemberInput = z.infer<typeof createTeamMemberSchema>;
export type UpdateTeamMemberInput = z.infer<typeof updateTeamMemberSchema>;
export const teamMemberListSchema = z.object({ members: z.array(teamMemberSchema) });

export const workspaceSchema = z.object({
  name: textSchema(),
  version: z.number().int().describe('Counts edits; send it back as If-Match: "v<version>"'),

  settings: z.object({
    defaultTeamBudget: z.number().int().describe('Points per quarter given to a new requesting team'),
    reviewSlaBusinessDays: z.number().int().describe('Business days within which a new request is reviewed'),
    assetExpiryDays: z.number().int().describe('Days after publishing until a library item expires'),
    workdays: z
      .array(z.number().int().min(0).max(6))
      .describe('Days that count for the review clock (0 = Sunday)'),
    requestPricing: z
      .object({
        newContent: z.number().int(),
        reuse: z.number().int(),
        eventNew: z.number().int(),
        eventReuse: z.number().int(),
      })
      .describe('Budget points a request costs'),
    freshnessThreshold: z
      .number()
      .describe(
        'Significance score (0–100) at which a release raises a freshness flag on a demo; below it the match is kept quiet',
      ),
    shortFormSeconds: z
      .number()
      .int()
      .describe('Longest spoken length of a short-form demo video, in seconds'),
    utmCampaignPrefix: z
      .string()
      .describe('Put in front of every UTM campaign the builder makes (e.g. "tmm" gives tmm-<campaign>)'),
    auditRetentionDays: z
      .number()
      .int()
      .describe('Days the audit log keeps an entry before the daily purge removes it'),
  }),
});
export type Workspace = z.infer<typeof workspaceSchema>;
export const workspaceSettingsDefaults: Workspace['settings'] = {
  defaultTeamBudget: 15,
  reviewSlaBusinessDays: 2,
  assetExpiryDays: 365,
  workdays: [1, 2, 3, 4, 5],
  requestPricing: { newContent: 2, reuse: 1, eventNew: 3, eventReuse: 1 },
  freshnessThreshold: 40,
  shortFormSeconds: 180,
  utmCampaignPrefix: 'tmm',
  auditRetentionDays: 365,
};
export const updateWorkspaceSchema = z.strictObject({
  name: nameSchema().optional(),
  settings: z
    .strictObject({
      defaultTeamBudget: budgetSchema.optional(),
      reviewSlaBusinessDays: z.number().int().min(1).max(30).optional(),
      assetExpiryDays: z.number().int().min(1).max(3650).optional(),
      workdays: z
        .array(z.number().int().min(0).max(6))
        .min(1, 'needs at least one workday')
        .max(7)
        .optional(),
      requestPricing: z
        .strictObject({
          newContent: z.number().int().min(0).max(100),
          reuse: z.number().int().min(0).max(100),
          eventNew: z.number().int().min(0).max(100),
          eventReuse: z.number().int().min(0).max(100),
        })
        .optional(),
      freshnessThreshold: z.number().min(0).max(100).optional(),
      shortFormSeconds: z.number().int().min(10).max(3600).optional(),
      utmCampaignPrefix: textSchema()
        .trim()
        .max(40, 'must be at most 40 characters')
        .regex(/^[A-Za-z0-9_-]*$/, 'may hold only letters, digits, - and _')
        .optional(),
      auditRetentionDays: z.number().int().min(30, 'must be at least 30 days').max(3650).optional(),
    })
    .optional(),
});
export type UpdateWorkspaceInput = z.infer<typeof updateWorkspaceSchema>;
