import type { NotificationRow } from '../../db/schema.ts';
import { markdownExcerpt } from '../../markdown.ts';

/** A person's notifications and how many of them are unread; bodies are plain text. */
export function presentNotifications(rows: NotificationRow[]) {
  return {
    notifications: rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      title: row.title,
      // Bodies quote people's Markdown (a comment): only a plain-text excerpt leaves the server.
      body: markdownExcerpt(row.body),
      link: row.link,
      read: row.read_at !== null,
      createdAt: row.created_at.toISOString(),
    })),
    unread: rows.filter((row) => row.read_at === null).length,
  };
}
