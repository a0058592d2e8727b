import type { Database } from '../../db/connect.ts';
import {
  insertNotification,
  listNotificationRows,
  setNotificationsRead,
  usersWithNotificationSince,
} from './notifications.repository.ts';

type Db = Database['db'];

/** Tells a person something in the app, with a link to it. Joins the caller's transaction. */
export async function sendNotification(options: {
  db: Db;
  userId: string;
  kind: string;
  title: string;
  body?: string;
  link?: string;
  at?: Date;
}): Promise<void> {
  const { db, ...note } = options;
  await insertNotification(db, note);
}

/** A person's latest 50 notifications, newest first. */
export function listNotifications(options: { db: Db; userId: string }) {
  return listNotificationRows(options.db, options.userId);
}

export async function markNotificationsRead(options: { db: Db; userId: string; now: Date }): Promise<void> {
  await setNotificationsRead(options.db, options.userId, options.now);
}

/** Who has received a notification of this kind since `since` (at most one digest a day, say). */
export function usersNotifiedSince(options: { db: Db; kind: string; since: Date }): Promise<string[]> {
  return usersWithNotificationSince(options.db, options.kind, options.since);
}
