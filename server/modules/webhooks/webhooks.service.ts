import type { WebhookEvent } from '../../../shared/schemas/webhooks.ts';
import type { Database } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import {
  claimDueDeliveries,
  deleteWebhookRow,
  enqueueDeliveries,
  insertWebhook,
  listDeliveryRows,
  listWebhookRows,
  recordAttempt,
  updateWebhookRow,
} from './webhooks.repository.ts';

type Db = Database['db'];

export const MAX_ATTEMPTS = 6;
/** Retry backoff: 30 s, 1 min, 2 min, 4 min, 8 min after each failure. */
export const retryDelayMs = (attempts: number) => 30_000 * 2 ** (attempts - 1);

/**
 * Queues an event for every subscribed webhook. The payload is Slack-compatible (`text`) and
 * carries the structured event for other receivers.
 */
export function emitEvent(
  db: Db,
  event: WebhookEvent,
  text: string,
  data: Record<string, unknown>,
  now: Date,
) {
  return enqueueDeliveries(db, event, { text, event, data, sentAt: now.toISOString() }, now);
}

/** How long a claimed delivery is reserved for its sender: well over one send's 5 s timeout. */
export const DELIVERY_LEASE_MS = 60_000;

/**
 * Sends what is due: a 2xx marks a delivery done; anything else (or no answer in 5 s) schedules a
 * retry with backoff, and after six attempts marks it failed. Every attempt is kept in the log.
 * No transaction is open while a receiver is called: the claim is one short statement (a lease),
 * the sends run in parallel after it, and each outcome is one short update.
 */
export async function dispatchDueDeliveries(options: {
  db: Db;
  now: Date;
  limit?: number;
  fetchImpl?: typeof fetch;
}) {
  const send = options.fetchImpl ?? fetch;
  const due = await claimDueDeliveries(options.db, options.now, options.limit ?? 20, DELIVERY_LEASE_MS);
  const outcomes = await Promise.all(
    due.map(async (delivery) => {
      const attempts = delivery.attempts + 1;
      let statusCode: number | null = null;
      let error: string | null = null;
      try {
        const response = await send(delivery.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'user-agent': 'Showcase-Webhooks' },
          body: JSON.stringify(delivery.payload),
          signal: AbortSignal.timeout(5_000),
        });
        statusCode = response.status;
        await response.body?.cancel();
        if (!response.ok) error = `HTTP ${response.status}`;
      } catch (caught) {
        error = caught instanceof Error ? caught.message.slice(0, 300) : 'request failed';
      }
      const ok = error === null;
      await recordAttempt(options.db, delivery.id, {
        status: ok ? 'delivered' : attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
        attempts,
        statusCode,
        error,
        nextAttemptAt: new Date(options.now.getTime() + (ok ? 0 : retryDelayMs(attempts))),
        deliveredAt: ok ? options.now : null,
      });
      return ok;
    }),
  );
  return { attempted: due.length, delivered: outcomes.filter(Boolean).length };
}

export function createWebhook(options: { db: Db; input: { name: string; url: string; events: string[] } }) {
  return insertWebhook(options.db, options.input);
}

export async function updateWebhook(options: {
  db: Db;
  id: string;
  input: { name?: string; url?: string; events?: string[]; active?: boolean };
}) {
  const row = await updateWebhookRow(options.db, options.id, options.input);
  if (!row) throw new AppError('not_found', 'Webhook not found');
  return row;
}

export async function deleteWebhook(options: { db: Db; id: string }) {
  const result = await deleteWebhookRow(options.db, options.id);
  if (!result.numDeletedRows) throw new AppError('not_found', 'Webhook not found');
}

/** Every subscription, oldest first. */
export function getWebhooks(options: { db: Db }) {
  return listWebhookRows(options.db);
}

/** A subscription's latest 100 deliveries, newest first. */
export function getWebhookDeliveries(options: { db: Db; id: string }) {
  return listDeliveryRows(options.db, options.id);
}
