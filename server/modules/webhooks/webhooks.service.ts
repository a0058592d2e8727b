import {
  type CreateWebhookInput,
  type UpdateWebhookInput,
  type WebhookEvent,
  webhookHeaders,
} from '../../../shared/schemas/webhooks.ts';
import { randomToken, signWebhookPayload } from '../../crypto.ts';
import type { Database } from '../../db/connect.ts';
import { bumpVersion, checkVersion, type ExpectedVersion } from '../../db/versions.ts';
import { AppError } from '../../errors.ts';
import { changedFields, recordAudit } from '../audit/audit.service.ts';
import { getWebhookAllowedHosts, setWebhookAllowedHosts } from '../settings/settings.service.ts';
import { RefusedAddressError, resolveWebhookTarget } from './webhooks.address.ts';
import {
  claimDueDeliveries,
  deleteWebhookRow,
  enqueueDeliveries,
  findWebhookRow,
  insertWebhook,
  listDeliveryRows,
  listWebhookRows,
  recordAttempt,
  updateWebhookRow,
} from './webhooks.repository.ts';
import { postWebhook } from './webhooks.send.ts';

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

/** How long a receiver has to answer one delivery. */
export const DELIVERY_TIMEOUT_MS = 5_000;

/**
 * Sends what is due: a 2xx marks a delivery done; anything else (a redirect too, which is never
 * followed, or no answer in 5 s) schedules a retry with backoff, and after six attempts marks it
 * failed. Every attempt is kept in the log. Each delivery is signed with its webhook's secret
 * (webhookHeaders), and goes only to an address resolved and checked at send time (postWebhook).
 * No transaction is open while a receiver is called: the claim is one short statement (a lease),
 * the sends run in parallel after it, and each outcome is one short update.
 */
export async function dispatchDueDeliveries(options: { db: Db; now: Date; limit?: number }) {
  const allowedHosts = await getWebhookAllowedHosts({ db: options.db });
  const due = await claimDueDeliveries(options.db, options.now, options.limit ?? 20, DELIVERY_LEASE_MS);
  const outcomes = await Promise.all(
    due.map(async (delivery) => {
      const attempts = delivery.attempts + 1;
      let statusCode: number | null = null;
      let error: string | null = null;
      try {
        const body = JSON.stringify(delivery.payload);
        const timestamp = Math.floor(options.now.getTime() / 1000);
        const response = await postWebhook({
          url: delivery.url,
          body,
          headers: {
            'content-type': 'application/json',
            'user-agent': 'Showcase-Webhooks',
            [webhookHeaders.timestamp]: String(timestamp),
            [webhookHeaders.signature]: `v1=${signWebhookPayload(delivery.secret, timestamp, body)}`,
            [webhookHeaders.delivery]: delivery.id,
            [webhookHeaders.event]: delivery.event,
          },
          allowedHosts,
          timeoutMs: DELIVERY_TIMEOUT_MS,
        });
        statusCode = response.status;
        if (statusCode >= 300 && statusCode < 400) error = `HTTP ${statusCode} (redirects are not followed)`;
        else if (statusCode < 200 || statusCode >= 300) error = `HTTP ${statusCode}`;
      } catch (caught) {
        error =
          caught instanceof RefusedAddressError
            ? `Refused: ${caught.message}. Add the host to the allowed hosts to send to it.`
            : caught instanceof Error
              ? caught.message.slice(0, 300)
              : 'request failed';
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

/** A new signing secret: 32 random bytes, prefixed so people can tell what it is. */
const newSecret = () => `whsec_${randomToken(32)}`;

/**
 * Refuses, as a 422 on `url`, an address webhooks may not reach (unless its host is allowed).
 * A name that does not resolve now is accepted: it is checked again at every delivery.
 */
async function checkWebhookUrl(db: Db, url: string) {
  const allowedHosts = await getWebhookAllowedHosts({ db });
  try {
    await resolveWebhookTarget(new URL(url), allowedHosts, 3_000);
  } catch (caught) {
    if (caught instanceof RefusedAddressError)
      throw new AppError('validation_failed', `Webhooks may not send there: ${caught.message}`, {
        fields: {
          url: `must not point at a loopback, link-local or private address (${caught.message}); an admin can allow the host`,
        },
      });
  }
}

export async function createWebhook(options: { db: Db; input: CreateWebhookInput }) {
  await checkWebhookUrl(options.db, options.input.url);
  return options.db.transaction().execute(async (db) => {
    const row = await insertWebhook(db, { ...options.input, secret: newSecret() });
    await recordAudit(db, {
      action: 'webhook.created',
      target: { type: 'webhook', id: row.id, label: row.name },
      changes: changedFields(null, row, ['name', 'url', 'events', 'active']),
    });
    return row;
  });
}

/** Changes what the input names; an empty input changes nothing and answers the webhook. */
export async function updateWebhook(options: {
  db: Db;
  id: string;
  input: UpdateWebhookInput;
  expected?: ExpectedVersion;
}) {
  // An empty change edits nothing: the webhook as it is, its version unchanged (still checked).
  if (Object.values(options.input).every((value) => value === undefined)) {
    const row = await getWebhook(options);
    checkVersion(row.version, options.expected);
    return row;
  }
  // Resolving the URL can take seconds: done before the transaction, not while holding the row.
  if (options.input.url !== undefined) await checkWebhookUrl(options.db, options.input.url);
  return options.db.transaction().execute(async (db) => {
    if ((await bumpVersion(db, 'webhooks', options.id, options.expected)) === undefined)
      throw new AppError('not_found', 'Webhook not found');
    const before = await findWebhookRow(db, options.id);
    const row = await updateWebhookRow(db, options.id, options.input);
    if (!row) throw new AppError('not_found', 'Webhook not found');
    await recordAudit(db, {
      action: 'webhook.updated',
      target: { type: 'webhook', id: row.id, label: row.name },
      changes: changedFields(before, row, ['name', 'url', 'events', 'active']),
    });
    return row;
  });
}

/** One webhook as it is stored now (for a 412's `current`). */
export async function getWebhook(options: { db: Db; id: string }) {
  const row = await findWebhookRow(options.db, options.id);
  if (!row) throw new AppError('not_found', 'Webhook not found');
  return row;
}

/** A new signing secret for a webhook; the old one stops working at once. */
export async function rotateWebhookSecret(options: { db: Db; id: string }) {
  return options.db.transaction().execute(async (db) => {
    const row = await updateWebhookRow(db, options.id, { secret: newSecret() });
    if (!row) throw new AppError('not_found', 'No such webhook');
    await recordAudit(db, {
      action: 'webhook.updated',
      target: { type: 'webhook', id: row.id, label: row.name },
      changes: { secret: { before: '(hidden)', after: '(hidden)' } },
    });
    return row;
  });
}

export { getWebhookAllowedHosts, setWebhookAllowedHosts };

export async function deleteWebhook(options: { db: Db; id: string }) {
  await options.db.transaction().execute(async (db) => {
    const before = await findWebhookRow(db, options.id);
    const result = await deleteWebhookRow(db, options.id);
    if (!result.numDeletedRows) throw new AppError('not_found', 'Webhook not found');
    await recordAudit(db, {
      action: 'webhook.deleted',
      target: { type: 'webhook', id: options.id, label: before?.name ?? null },
    });
  });
}

/** Every subscription, oldest first. */
export function getWebhooks(options: { db: Db }) {
  return listWebhookRows(options.db);
}

/** A subscription's latest 100 deliveries, newest first. */
export async function getWebhookDeliveries(options: { db: Db; id: string }) {
  if (!(await findWebhookRow(options.db, options.id))) throw new AppError('not_found', 'No such webhook');
  return listDeliveryRows(options.db, options.id);
}
