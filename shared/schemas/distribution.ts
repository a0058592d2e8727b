import { z } from 'zod';
import { shortCodeProblem } from '../distribution.ts';
import { idSchema, nameSchema, textSchema } from './common.ts';

const httpUrl = textSchema()
  .trim()
  .max(2000, 'must be at most 2000 characters')
  .pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }));
const utmPart = textSchema().trim().max(200, 'must be at most 200 characters');
const day = z.iso.date('must be a date (YYYY-MM-DD)');

export const shortCodeSchema = textSchema()
  .trim()
  .superRefine((code, ctx) => {
    const problem = shortCodeProblem(code);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .describe('Letters, digits, - and _ (at most 32); left out, one is generated');

/* Short links */

export const shortLinkSchema = z.object({
  id: z.string(),
  code: z.string(),
  url: z.string().describe('The short URL to hand out'),
  targetUrl: z.string(),
  assetId: z.string(),
  channelId: z.string().nullable(),
  channelName: z.string().nullable(),
  clicks: z.number().int().describe('Clicks counted (bots left out, one per client an hour)'),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});
export type ShortLink = z.infer<typeof shortLinkSchema>;
export const shortLinkListSchema = z.object({ shortLinks: z.array(shortLinkSchema) });

export const createShortLinkSchema = z.strictObject({
  assetId: idSchema.describe('The asset whose engagement the clicks count towards'),
  targetUrl: httpUrl.describe('Where the link sends people (http or https)'),
  code: shortCodeSchema.optional(),
  channelId: idSchema.nullable().optional(),
});
export type CreateShortLinkInput = z.infer<typeof createShortLinkSchema>;
export const updateShortLinkSchema = z.strictObject({
  targetUrl: httpUrl.optional(),
  code: shortCodeSchema.optional(),
  channelId: idSchema.nullable().optional(),
});
export type UpdateShortLinkInput = z.infer<typeof updateShortLinkSchema>;

/* Channels and UTM templates */

export const channelSchema = z.object({
  id: z.string(),
  name: z.string(),
  utmSource: z.string(),
  utmMedium: z.string(),
  position: z.number().int(),
  archived: z.boolean(),
});
export type Channel = z.infer<typeof channelSchema>;
export const channelListSchema = z.object({ channels: z.array(channelSchema) });
export const createChannelSchema = z.strictObject({
  name: nameSchema(80),
  utmSource: utmPart.optional().describe('The usual utm_source of links posted there'),
  utmMedium: utmPart.optional().describe('The usual utm_medium of links posted there'),
  position: z.number().int().min(0).max(10_000).optional(),
});
export const updateChannelSchema = z.strictObject({
  name: nameSchema(80).optional(),
  utmSource: utmPart.optional(),
  utmMedium: utmPart.optional(),
  position: z.number().int().min(0).max(10_000).optional(),
  archived: z.boolean().optional().describe('Archived channels are left off new checklists'),
});
export type CreateChannelInput = z.infer<typeof createChannelSchema>;
export type UpdateChannelInput = z.infer<typeof updateChannelSchema>;

export const utmTemplateSchema = z.object({
  id: z.string(),
  channelId: z.string(),
  name: z.string(),
  campaign: z.string(),
  source: z.string(),
  medium: z.string(),
  content: z.string(),
});
export type UtmTemplate = z.infer<typeof utmTemplateSchema>;
export const utmTemplateListSchema = z.object({ templates: z.array(utmTemplateSchema) });
export const createUtmTemplateSchema = z.strictObject({
  channelId: idSchema,
  name: nameSchema(80),
  campaign: utmPart.optional(),
  source: utmPart.optional(),
  medium: utmPart.optional(),
  content: utmPart.optional(),
});
export type CreateUtmTemplateInput = z.infer<typeof createUtmTemplateSchema>;

/* An asset's distribution checklist */

export const distributionStatuses = ['todo', 'done', 'skipped'] as const;
export type DistributionStatus = (typeof distributionStatuses)[number];
export const distributionStatusLabels: Record<DistributionStatus, string> = {
  todo: 'To do',
  done: 'Done',
  skipped: 'Skipped',
};

export const distributionRowSchema = z.object({
  channelId: z.string(),
  channelName: z.string(),
  utmSource: z.string(),
  utmMedium: z.string(),
  status: z.enum(distributionStatuses),
  url: z.string().nullable(),
  doneOn: z.string().nullable(),
  doneBy: z.object({ id: z.string(), name: z.string() }).nullable(),
});
export const distributionSchema = z.object({
  open: z.boolean().describe('Opened when the asset is published'),
  rows: z.array(distributionRowSchema),
});
export type Distribution = z.infer<typeof distributionSchema>;
export const updateDistributionSchema = z.strictObject({
  status: z.enum(distributionStatuses),
  url: httpUrl.nullable().optional().describe('Where it was posted'),
  doneOn: day.nullable().optional().describe('Defaults to today when marked done'),
});
export type UpdateDistributionInput = z.infer<typeof updateDistributionSchema>;

/* Publishing checklists */

export const checklistItemSchema = z.object({
  id: z.string(),
  label: z.string(),
  required: z.boolean(),
});
export const formatChecklistSchema = z.object({
  formatId: z.string(),
  formatName: z.string(),
  items: z.array(checklistItemSchema),
});
export const publishingChecklistsSchema = z.object({ formats: z.array(formatChecklistSchema) });
export const replaceChecklistSchema = z.strictObject({
  items: z
    .array(
      z.strictObject({
        id: idSchema.optional().describe('Kept items keep their ticks'),
        label: nameSchema(200),
        required: z.boolean().optional(),
      }),
    )
    .max(40, 'at most 40 items'),
});
export type ReplaceChecklistInput = z.infer<typeof replaceChecklistSchema>;
export const formatParams = z.object({ formatId: idSchema });

export const assetChecklistSchema = z.object({
  formatName: z.string().nullable(),
  items: z.array(
    checklistItemSchema.extend({
      done: z.boolean(),
      doneBy: z.object({ id: z.string(), name: z.string() }).nullable(),
      doneAt: z.string().nullable(),
    }),
  ),
  overrides: z.array(
    z.object({
      reason: z.string(),
      openItems: z.array(z.string()),
      by: z.object({ id: z.string(), name: z.string() }).nullable(),
      at: z.string(),
    }),
  ),
});
export type AssetChecklist = z.infer<typeof assetChecklistSchema>;
export const tickChecklistSchema = z.strictObject({ done: z.boolean() });
export const assetItemParams = z.object({ id: idSchema, itemId: idSchema });
export const assetChannelParams = z.object({ id: idSchema, channelId: idSchema });

/* Announcement */

export const announcementSchema = z.object({
  text: z.string().describe('Ready to paste'),
  webhooks: z.number().int().describe('Outgoing webhooks subscribed to asset.announced'),
});
export const postedAnnouncementSchema = z.object({
  text: z.string(),
  queued: z.number().int().describe('Deliveries queued (0 when no webhook subscribes)'),
});
