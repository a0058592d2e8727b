import type { z } from 'zod';
import type { Webhook, WebhookWithSecret, webhookDeliverySchema } from '../../../shared/schemas/webhooks.ts';
import type { listDeliveryRows, listWebhookRows } from './webhooks.repository.ts';

type WebhookRow = Awaited<ReturnType<typeof listWebhookRows>>[number];
type WebhookDeliveryRow = Awaited<ReturnType<typeof listDeliveryRows>>[number];

/** A subscription as admins see it: its address and events. */
export function presentWebhook(
  row: Pick<WebhookRow, 'id' | 'name' | 'url' | 'events' | 'active' | 'version'>,
): Webhook {
  return {
    id: row.id,
    name: row.name,
    url: row.url,
    events: row.events as Webhook['events'],
    active: row.active,
    version: row.version,
  };
}

/**
 * A subscription with its signing secret: only for the answer that creates the secret (adding the
 * webhook, rotating the secret). Everything else presents without it.
 */
export function presentWebhookWithSecret(
  row: Pick<WebhookRow, 'id' | 'name' | 'url' | 'events' | 'active' | 'secret' | 'version'>,
): WebhookWithSecret {
  return { ...presentWebhook(row), secret: row.secret };
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
