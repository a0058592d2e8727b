import { z } from 'zod';
import { sharedFileSchema } from './asset-files.ts';
import { allowedActionsSchema, emailSchema, nameSchema, textSchema } from './common.ts';

/** Who a share link is for: one person, a company, or a group of named people. */
export const shareAudiences = ['recipient', 'account', 'group'] as const;
export type ShareAudience = (typeof shareAudiences)[number];
export const shareAudienceLabels: Record<ShareAudience, string> = {
  recipient: 'One person',
  account: 'A company',
  group: 'A group of people',
};

/** Time on page is counted in beats of this many seconds, sent while the page is visible. */
export const BEAT_SECONDS = 10;
/** The page stops sending beats after this long without a key press, click, scroll or pointer move. */
export const IDLE_AFTER_MS = 60_000;
/** A visit by the same recipient within this long of their last activity continues that visit. */
export const VISIT_MERGE_MS = 30 * 60_000;
/** An email code is good for this long, and for this many tries. */
export const EMAIL_CODE_MS = 10 * 60_000;
export const EMAIL_CODE_TRIES = 5;

/** An email address, or `@domain` for everyone at that domain. */
export const emailOrDomainSchema = textSchema()
  .trim()
  .toLowerCase()
  .max(254, 'must be at most 254 characters')
  .refine(
    (value) =>
      /^@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/.test(value) ||
      z.email().safeParse(value).success,
    'must be an email address or @domain',
  );

/** Whether an email matches an entry of an allow or deny list (`@example.com` matches the domain). */
export function matchesEmailList(email: string, list: readonly string[]): boolean {
  const lower = email.toLowerCase();
  const domain = lower.slice(lower.lastIndexOf('@'));
  return list.some((entry) => (entry.startsWith('@') ? entry === domain : entry === lower));
}

const recipientSchema = z.strictObject({
  name: nameSchema(120).describe('What to call the person'),
  email: emailSchema,
});

const emailList = z
  .array(emailOrDomainSchema, 'must be a list of emails or @domains')
  .max(200, 'must be at most 200 entries');

export const createShareLinkSchema = z
  .strictObject({
    name: nameSchema(200).describe('What the link is called in the workspace (never shown to the recipient)'),
    notes: textSchema().max(2000, 'must be at most 2000 characters').default(''),
    audience: z.enum(shareAudiences, 'must be recipient, account or group'),
    recipients: z
      .array(recipientSchema, 'must be a list of people')
      .max(100, 'must be at most 100 people')
      .default([]),
    accountName: nameSchema(200).optional().describe('The company, for an account link'),
    expiresAt: z.iso
      .datetime({ offset: true, error: 'must be a date and time (ISO 8601)' })
      .optional()
      .describe('After this the link stops working'),
    passcode: textSchema()
      .min(4, 'must be at least 4 characters')
      .max(200, 'must be at most 200 characters')
      .optional()
      .describe('Visitors must type it; stored only as a hash'),
    emailGate: z.boolean().default(false).describe('Visitors confirm their email with a code sent to it'),
    allowList: emailList.default([]).describe('Only these emails or @domains may open it (needs emailGate)'),
    denyList: emailList.default([]).describe('These emails or @domains may not open it (needs emailGate)'),
    downloads: z.boolean().default(true).describe('Whether visitors may open or download the file itself'),
    watermark: z
      .boolean()
      .default(false)
      .describe(
        "Burn the visitor's confirmed email (else the link's name) into the images and PDFs the link serves",
      ),
  })
  .superRefine((input, context) => {
    const issue = (path: string, message: string) =>
      context.addIssue({ code: 'custom', path: [path], message });
    if (input.audience === 'recipient' && input.recipients.length !== 1)
      issue('recipients', 'must name exactly one person for a link to one person');
    if (input.audience === 'group' && input.recipients.length < 2)
      issue('recipients', 'must name at least two people for a group link');
    if (input.audience === 'account' && !input.accountName)
      issue('accountName', 'is required for a company link');
    const emails = input.recipients.map((recipient) => recipient.email);
    if (new Set(emails).size !== emails.length) issue('recipients', 'must not name the same email twice');
    if (!input.emailGate && input.allowList.length)
      issue('allowList', 'needs the email check: only a confirmed email can be matched');
    if (!input.emailGate && input.denyList.length)
      issue('denyList', 'needs the email check: only a confirmed email can be matched');
  });
export type CreateShareLinkInput = z.infer<typeof createShareLinkSchema>;

export const shareLinkStatuses = ['active', 'expired', 'revoked'] as const;

export const shareLinkSchema = z.object({
  id: z.string(),
  assetId: z.string(),
  name: z.string(),
  notes: z.string(),
  audience: z.enum(shareAudiences),
  accountName: z.string().nullable(),
  recipients: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      email: z.string(),
      addedByVisit: z.boolean().describe('Confirmed their email on the link without being named on it'),
    }),
  ),
  expiresAt: z.string().nullable(),
  hasPasscode: z.boolean(),
  emailGate: z.boolean(),
  allowList: z.array(z.string()),
  denyList: z.array(z.string()),
  downloads: z.boolean(),
  watermark: z.boolean().describe("Served images and PDFs carry the recipient's email"),
  status: z.enum(shareLinkStatuses),
  revokedAt: z.string().nullable(),
  createdBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  createdAt: z.string(),
  allowedActions: allowedActionsSchema.describe(
    'read; cancel (turn it off) for its maker, TMMs and admins (a revoked link stays revoked: see status)',
  ),
  stats: z.object({
    visits: z.number().int(),
    lastVisitAt: z.string().nullable(),
    secondsOnPage: z.number().int(),
    downloads: z.number().int(),
    plays: z.number().int().describe('Click-through demo sessions played through the link'),
    completedPlays: z.number().int().describe('Of those, the ones played to the end'),
  }),
});
export type ShareLink = z.infer<typeof shareLinkSchema>;

export const createdShareLinkSchema = z.object({
  link: shareLinkSchema,
  url: z.string().describe('The address to send. Shown only in this answer: the token is stored as a digest'),
});
export type CreatedShareLink = z.infer<typeof createdShareLinkSchema>;

export const shareLinkListSchema = z.object({
  links: z.array(shareLinkSchema),
  emailGateAvailable: z.boolean().describe('Whether SMTP is configured, so links can check emails'),
  shareable: z.object({
    ok: z.boolean(),
    reason: z.string().nullable().describe('Why the asset cannot be shared, when it cannot'),
  }),
});

export const shareTokenParams = z.object({
  token: textSchema()
    .min(1, 'is required')
    .max(200, 'must be at most 200 characters')
    .describe('The link token'),
});

/** What a visitor may be asked for before the asset shows. */
export const shareGates = ['passcode', 'email'] as const;

/** Everything an outsider sees of an asset through a link: this and nothing more. */
export const sharedAssetSchema = z.object({
  title: z.string(),
  summary: z.string(),
  format: z.string().nullable(),
  embed: z.object({ kind: z.enum(['youtube', 'vimeo', 'image']), src: z.string() }).nullable(),
  downloadable: z.boolean().describe('Whether the file itself may be opened or downloaded'),
  files: z
    .array(sharedFileSchema)
    .describe("The asset's files, each at /api/shared/{token}/files/{fileId}; empty when downloads are off"),
  player: z
    .boolean()
    .describe('A published click-through demo: its player is the page at /api/shared/{token}/play'),
});
export type SharedAsset = z.infer<typeof sharedAssetSchema>;

export const sharedViewSchema = z.object({
  needs: z
    .array(z.enum(shareGates))
    .describe('What the visitor still has to give; empty when the asset shows'),
  asset: sharedAssetSchema.nullable(),
  sharedBy: z.string().describe('The workspace that shared it (its name), shown as the sender'),
});
export type SharedView = z.infer<typeof sharedViewSchema>;

export const sharedPasscodeSchema = z.strictObject({
  passcode: textSchema().min(1, 'is required').max(200, 'must be at most 200 characters'),
});
export const sharedEmailSchema = z.strictObject({ email: emailSchema });
export const sharedCodeSchema = z.strictObject({
  email: emailSchema,
  code: textSchema()
    .trim()
    .regex(/^\d{6}$/, 'must be the 6 digits from the email'),
});
export const sharedVisitSchema = z.object({ visitId: z.string() });
export const sharedBeatSchema = z.strictObject({ visitId: z.uuid('must be a visit id') });
export const sharedBeatResultSchema = z.object({
  counted: z
    .boolean()
    .describe('False when the beat came too soon after the last one or the visit has ended'),
});
