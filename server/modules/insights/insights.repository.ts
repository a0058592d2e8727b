import { sql } from 'kysely';
import type { Database } from '../../db/connect.ts';
import type { EngagementKind, EngagementSource } from '../../db/schema.ts';

type Db = Database['db'];

export const NIL_RECIPIENT = '00000000-0000-0000-0000-000000000000';

export interface EngagementValues {
  asset_id: string;
  link_id?: string | null;
  recipient_id?: string | null;
  source: EngagementSource;
  kind: EngagementKind;
  visit_id?: string | null;
  visitor_hash?: string | null;
  seconds?: number;
  quantity?: number;
  occurred_at: Date;
}

/** Adds the event and bumps both rollups; the caller gives a transaction. */
export async function insertEventWithRollups(trx: Db, values: EngagementValues) {
  const row = await trx
    .insertInto('engagement_events')
    .values({
      asset_id: values.asset_id,
      link_id: values.link_id ?? null,
      recipient_id: values.recipient_id ?? null,
      source: values.source,
      kind: values.kind,
      visit_id: values.visit_id ?? null,
      visitor_hash: values.visitor_hash ?? null,
      seconds: values.seconds ?? 0,
      quantity: values.quantity ?? 1,
      occurred_at: values.occurred_at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const day = row.occurred_at.toISOString().slice(0, 10);
  await sql`
    INSERT INTO engagement_daily (asset_id, source, kind, day, events, seconds)
    VALUES (${row.asset_id}, ${row.source}, ${row.kind}, ${day}, ${row.quantity}, ${row.seconds})
    ON CONFLICT (asset_id, source, kind, day) DO UPDATE SET
      events = engagement_daily.events + EXCLUDED.events,
      seconds = engagement_daily.seconds + EXCLUDED.seconds
  `.execute(trx);
  if (row.link_id) {
    await sql`
      INSERT INTO engagement_link_daily (link_id, recipient_id, kind, day, events, seconds)
      VALUES (${row.link_id}, ${row.recipient_id ?? NIL_RECIPIENT}, ${row.kind}, ${day},
        ${row.quantity}, ${row.seconds})
      ON CONFLICT (link_id, recipient_id, kind, day) DO UPDATE SET
        events = engagement_link_daily.events + EXCLUDED.events,
        seconds = engagement_link_daily.seconds + EXCLUDED.seconds
    `.execute(trx);
  }
  return row;
}
