import type { z } from 'zod';
import type { Webhook, webhookDeliverySchema } from '../../../shared/schemas/webhooks.ts';
import type { listDeliveryRows, listWebhookRows } from './webhooks.repository.ts';

type WebhookRow = Awaited<ReturnType<typeof listWebhookRows>>[number];
type WebhookDeliveryRow = Awaited<ReturnType<typeof listDeliveryRows>>[number];

/** A subscription as admins see it: its address and events. */
export function presentWebhook(row: Pick<WebhookRow, 'id' | 'name' | 'url' | 'events' | 'active'>): Webhook {
  return {
    id: row.id,
    name: row.name,
    url: row.url,
    events: row.events as Webhook['events'],
    active: row.active,
  };
}

/** One queued or sent event: its attempts and the receiver's last answer, never the payload. */
export function presentWebhookDelivery(row: WebhookDeliveryRow): z.infer<typeof webhookDeliverySchema> {
  return {
    id: row.id,
    event: row.event,
    status: row.status,
    attempts: row.attempts,
    lastStatusCode: row.last_status_code,
    lastError: row.last_error,
    createdAt: row.created_at.toISOString(),
    nextAttemptAt: row.next_attempt_at.toISOString(),
    deliveredAt: row.delivered_at?.toISOString() ?? null,
  };
}
