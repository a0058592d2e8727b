import type { Database } from '../../db/connect.ts';
import { type EngagementValues, insertEventWithRollups } from './insights.repository.ts';

type Db = Database['db'];

export type { EngagementValues };

/**
 * The one way into the engagement model: every module (share links, views in Showcase, short
 * links, click-through sessions, outside numbers) records an event here, and the event and its
 * rollups are written in one transaction — the caller's when it is in one.
 */
export function recordEngagement(db: Db, values: EngagementValues) {
  if (db.isTransaction) return insertEventWithRollups(db, values);
  return db.transaction().execute((trx) => insertEventWithRollups(trx, values));
}
