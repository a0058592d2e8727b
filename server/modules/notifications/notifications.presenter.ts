import type { NotificationRow } from '../../db/schema.ts';

/** A person's notifications and how many of them are unread. */
export function presentNotifications(rows: NotificationRow[]) {
  return {
    notifications: rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      title: row.title,
      body: row.body,
      link: row.link,
      read: row.read_at !== null,
      createdAt: row.created_at.toISOString(),
    })),
    unread: rows.filter((row) => row.read_at === null).length,
  };
}
