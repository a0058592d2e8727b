import { sql } from 'kysely';
import type { Database } from '../../db/connect.ts';

type Db = Database['db'];

/**
 * Counts one call in its window and answers the window's count after it, in one statement: two
 * instances counting at once each see their own increment (the row lock serialises them).
 */
export async function countCall(
  db: Db,
  call: { scope: string; key: string; windowStart: Date; windowEnd: Date },
): Promise<number> {
  const row = await db
    .insertInto('rate_limits')
    .values({
      scope: call.scope,
      key: call.key,
      window_start: call.windowStart,
      window_end: call.windowEnd,
      count: 1,
    })
    .onConflict((conflict) =>
      conflict
        .columns(['scope', 'key', 'window_start'])
        .doUpdateSet({ count: sql<number>`rate_limits.count + 1` }),
    )
    .returning('count')
    .executeTakeFirstOrThrow();
  return row.count;
}

/** Windows that ended before `before`: they count nothing any more. */
export function deleteWindowsEndedBefore(db: Db, before: Date) {
  return db.deleteFrom('rate_limits').where('window_end', '<', before).executeTakeFirst();
}
