import type { Database } from '../../db/connect.ts';

type Db = Database['db'];

/** In-app notifications: any module tells a person something with a link to it. */
export function insertNotification(
  db: Db,
  note: { userId: string; kind: string; title: string; body?: string; link?: string; at?: Date },
) {
  return db
    .insertInto('notifications')
    .values({
      user_id: note.userId,
      kind: note.kind,
      title: note.title,
      body: note.body ?? '',
      link: note.link ?? null,
      created_at: note.at,
    })
    .execute();
}

export function listNotificationRows(db: Db, userId: string) {
  return db
    .selectFrom('notifications')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .limit(50)
    .execute();
}

export function setNotificationsRead(db: Db, userId: string, now: Date) {
  return db
    .updateTable('notifications')
    .set({ read_at: now })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .execute();
}

/** Who has received a notification of this kind since `since`. */
export async function usersWithNotificationSince(db: Db, kind: string, since: Date): Promise<string[]> {
  const rows = await db
    .selectFrom('notifications')
    .select('user_id')
    .distinct()
    .where('kind', '=', kind)
    .where('created_at', '>', since)
    .execute();
  return rows.map((row) => row.user_id);
}
