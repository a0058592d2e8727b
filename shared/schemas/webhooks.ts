import { z } from 'zod';
import { nameSchema, textSchema } from './common.ts';

/** Events a webhook can subscribe to. */
export const webhookEvents = [
  'request.created',
  'request.transitioned',
  'request.overdue',
  'share_link.first_visit',
  'asset.announced',
] as const;
export type WebhookEvent = (typeof webhookEvents)[number];
/** What each event means, in the words the settings page uses. */
export const webhookEventLabels: Record<WebhookEvent, string> = {
  'request.created': 'A request is filed',
  'request.transitioned': 'A request moves to another state',
  'request.overdue': 'A request is past its review deadline',
  'share_link.first_visit': 'A share link is opened for the first time',
  'asset.announced': 'A published asset is announced (the text, short links and plan entry)',
};

/** The headers every delivery carries; `signatureHeader` is `v1=<hex HMAC-SHA256 of "timestamp.body">`. */
export const webhookHeaders = {
  timestamp: 'X-Showcase-Timestamp',
  signature: 'X-Showcase-Signature',
  delivery: 'X-Showcase-Delivery',
  event: 'X-Showcase-Event',
} as const;

/** How a receiver checks a delivery; shown on the settings page and in the API reference. */
export const webhookSigningHelp =
  'Every delivery is signed with the webhook’s secret: X-Showcase-Timestamp is the send time in Unix seconds and X-Showcase-Signature is "v1=" followed by the hex HMAC-SHA256, keyed with the secret, of the timestamp, a dot and the raw request body ("<timestamp>.<body>"). Recompute it, compare in constant time and refuse timestamps more than five minutes old. X-Showcase-Delivery is the same on every retry of one event.';

export const webhookSchema = z.object({
  id: z.string(),
  name: z.string(),
  url: z.string(),
  events: z.array(z.enum(webhookEvents)),
  active: z.boolean(),
  version: z.number().int().describe('Counts edits; send it back as If-Match: "v<version>"'),
});
export type Webhook = z.infer<typeof webhookSchema>;

/** A webhook with its signing secret: only the answer to creating it or rotating its secret. */
export const webhookWithSecretSchema = webhookSchema.extend({
  secret: z.string().describe('The signing secret. Shown only in this answer: store it in the receiver now.'),
});
export type WebhookWithSecret = z.infer<typeof webhookWithSecretSchema>;

const url = textSchema()
  .trim()
  .max(2000, 'must be at most 2000 characters')
  .pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }));
const events = z
  .array(z.enum(webhookEvents, 'must be one of the webhook events'), 'must be a list of events')
  .min(1, 'pick at least one event')
  .max(webhookEvents.length, `must be at most ${webhookEvents.length} events`);

export const createWebhookSchema = z.strictObject({
  name: nameSchema(),
  url: url.describe(
    'http(s) address to post to. Loopback, link-local and private addresses are refused unless the host is on the allowed hosts list',
  ),
  events,
});
export type CreateWebhookInput = z.infer<typeof createWebhookSchema>;
/** Every field is optional; an empty change is answered with the webhook as it is. */
export const updateWebhookSchema = z.strictObject({
  name: nameSchema().optional(),
  url: url.optional(),
  events: events.optional(),
  active: z.boolean('must be true or false').optional(),
});
export type UpdateWebhookInput = z.infer<typeof updateWebhookSchema>;

/**
 * A host an admin lets webhooks reach even when it resolves to a loopback, link-local or private
 * address (an internal Slack proxy): a name or IP address as it appears in a URL, without scheme,
 * port or path. Stored as the URL parser writes it (lowercase, `[::1]` for IPv6).
 */
export const allowedHostSchema = textSchema()
  .trim()
  .min(1, 'is required')
  .max(253, 'must be at most 253 characters')
  .transform((value, context) => {
    const bare = value.includes(':') && !value.startsWith('[') ? `[${value}]` : value;
    let parsed: URL | null = null;
    try {
      parsed = new URL(`http://${bare}/`);
    } catch {}
    if (!parsed || parsed.port || parsed.username || parsed.pathname !== '/' || /[/?#@\s]/.test(value)) {
      context.addIssue({
        code: 'custom',
        message: 'must be a host name or IP address, without scheme, port or path',
      });
      return z.NEVER;
    }
    return parsed.hostname;
  });

export const webhookAllowedHostsSchema = z.object({
  hosts: z
    .array(z.string())
    .describe(
      'Hosts webhooks may reach even though they resolve to loopback, link-local or private addresses',
    ),
});
export const updateWebhookAllowedHostsSchema = z.strictObject({
  hosts: z.array(allowedHostSchema, 'must be a list of hosts').max(100, 'must be at most 100 hosts'),
});
export type UpdateWebhookAllowedHostsInput = z.infer<typeof updateWebhookAllowedHostsSchema>;

export const webhookDeliverySchema = z.object({
  id: z.string(),
  event: z.string(),
  status: z.enum(['pending', 'delivered', 'failed']),
  attempts: z.number(),
  lastStatusCode: z.number().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  nextAttemptAt: z.string(),
  deliveredAt: z.string().nullable(),
});
export type WebhookDelivery = z.infer<typeof webhookDeliverySchema>;
