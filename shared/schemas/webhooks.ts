import { z } from 'zod';
import { nameSchema } from './common.ts';

/** Events a webhook can subscribe to. */
export const webhookEvents = ['request.created', 'request.transitioned', 'request.overdue'] as const;
export type WebhookEvent = (typeof webhookEvents)[number];

export const webhookSchema = z.object({
  id: z.string(),
  name: z.string(),
  url: z.string(),
  events: z.array(z.enum(webhookEvents)),
  active: z.boolean(),
});
export type Webhook = z.infer<typeof webhookSchema>;

const url = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).max(2000);
export const createWebhookSchema = z.strictObject({
  name: nameSchema(),
  url,
  events: z.array(z.enum(webhookEvents)).min(1, 'pick at least one event'),
});
export type CreateWebhookInput = z.infer<typeof createWebhookSchema>;
export const updateWebhookSchema = z.strictObject({
  name: nameSchema().optional(),
  url: url.optional(),
  events: z.array(z.enum(webhookEvents)).min(1, 'pick at least one event').optional(),
  active: z.boolean().optional(),
});

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
