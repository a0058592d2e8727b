import { sql } from 'kysely';
import type { Database } from '../../db/connect.ts';

type Db = Database['db'];

export function listWebhookRows(db: Db) {
  return db.selectFrom('webhooks').selectAll().orderBy('created_at').execute();
}

export function insertWebhook(db: Db, webhook: { name: string; url: string; events: string[] }) {
  return db.insertInto('webhooks').values(webhook).returningAll().executeTakeFirstOrThrow();
}

export function updateWebhookRow(
  db: Db,
  id: string,
  changes: { name?: string; url?: string; events?: string[]; active?: boolean },
) {
  return db.updateTable('webhooks').set(changes).where('id', '=', id).returningAll().executeTakeFirst();
}

export function deleteWebhookRow(db: Db, id: string) {
  return db.deleteFrom('webhooks').where('id', '=', id).executeTakeFirst();
}

/** Queues one delivery per active webhook subscribed to the event. */
export async function enqueueDeliveries(db: Db, event: string, payload: unknown, now: Date) {
  await sql`INSERT INTO webhook_deliveries (webhook_id, event, payload, next_attempt_at)
    SELECT id, ${event}, ${JSON.stringify(payload)}::jsonb, ${now} FROM webhooks WHERE active AND ${event} = ANY(events)`.execute(
    db,
  );
}

/** Claims due deliveries; SKIP LOCKED lets several app instances send without sending twice. */
export function claimDueDeliveries(db: Db, now: Date, limit: number) {
  return db
    .selectFrom('webhook_deliveries')
    .innerJoin('webhooks', 'webhooks.id', 'webhook_deliveries.webhook_id')
    .select([
      'webhook_deliveries.id',
      'webhook_deliveries.payload',
      'webhook_deliveries.attempts',
      'webhooks.url',
    ])
    .where('webhook_deliveries.status', '=', 'pending')
    .where('webhook_deliveries.next_attempt_at', '<=', now)
    .orderBy('webhook_deliveries.next_attempt_at')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();
}

export function recordAttempt(
  db: Db,
  id: string,
  result: {
    status: 'pending' | 'delivered' | 'failed';
    attempts: number;
    statusCode: number | null;
    error: string | null;
    nextAttemptAt: Date;
    deliveredAt: Date | null;
  },
) {
  return db
    .updateTable('webhook_deliveries')
    .set({
      status: result.status,
      attempts: result.attempts,
      last_status_code: result.statusCode,
      last_error: result.error,
      next_attempt_at: result.nextAttemptAt,
      delivered_at: result.deliveredAt,
    })
    .where('id', '=', id)
    .execute();
}

export function listDeliveryRows(db: Db, webhookId: string) {
  return db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('webhook_id', '=', webhookId)
    .orderBy('created_at', 'desc')
    .limit(100)
    .execute();
}
