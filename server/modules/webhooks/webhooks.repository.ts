import { sql } from 'kysely';
import type { Database } from '../../db/connect.ts';

type Db = Database['db'];

export function listWebhookRows(db: Db) {
  return db.selectFrom('webhooks').selectAll().orderBy('created_at').execute();
}

export function findWebhookRow(db: Db, id: string) {
  return db.selectFrom('webhooks').selectAll().where('id', '=', id).executeTakeFirst();
}

export function insertWebhook(
  db: Db,
  webhook: { name: string; url: string; events: string[]; secret: string },
) {
  return db.insertInto('webhooks').values(webhook).returningAll().executeTakeFirstOrThrow();
}

export function updateWebhookRow(
  db: Db,
  id: string,
  changes: { name?: string; url?: string; events?: string[]; active?: boolean; secret?: string },
) {
  // An UPDATE needs at least one column to set: with nothing to change, answer the row as it is.
  if (!Object.values(changes).some((value) => value !== undefined)) return findWebhookRow(db, id);
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

/**
 * Claims due deliveries in one statement (its own short transaction): each claimed row's next
 * attempt moves `leaseMs` ahead, which is the lease. SKIP LOCKED lets several instances claim at
 * once without taking the same rows; a sender that stops before recording an outcome leaves its
 * rows due again when the lease runs out. Sending happens after this, outside any transaction.
 */
export async function claimDueDeliveries(db: Db, now: Date, limit: number, leaseMs: number) {
  const { rows } = await sql<{
    id: string;
    event: string;
    payload: Record<string, unknown>;
    attempts: number;
    url: string;
    secret: string;
  }>`
    UPDATE webhook_deliveries AS d
    SET next_attempt_at = ${new Date(now.getTime() + leaseMs)}
    FROM webhooks AS w
    WHERE w.id = d.webhook_id AND d.id IN (
      SELECT id FROM webhook_deliveries
      WHERE status = 'pending' AND next_attempt_at <= ${now}
      ORDER BY next_attempt_at
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING d.id, d.event, d.payload, d.attempts, w.url, w.secret`.execute(db);
  return rows;
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
  return (
    db
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
      // Only the sender whose claim this is: a stale one, whose lease ran out, records nothing.
      .where('attempts', '=', result.attempts - 1)
      .where('status', '=', 'pending')
      .execute()
  );
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
