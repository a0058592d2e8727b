import type { Database } from '../../db/connect.ts';
import { engagementEvents } from '../metrics/metrics.registry.ts';
import { type EngagementValues, insertEventWithRollups } from './insights.repository.ts';

type Db = Database['db'];

export type { EngagementValues };

/**
 * The one way into the engagement model: every module (share links, views in Showcase, short
 * links, click-through sessions, outside numbers) records an event here, and the event and its
 * rollups are written in one transaction — the caller's when it is in one.
 */
export async function recordEngagement(db: Db, values: EngagementValues) {
  const row = db.isTransaction
    ? await insertEventWithRollups(db, values)
    : await db.transaction().execute((trx) => insertEventWithRollups(trx, values));
  engagementEvents.inc({ source: values.source, kind: values.kind });
  return row;
}
