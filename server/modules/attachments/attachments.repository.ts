import type { Database } from '../../db/connect.ts';

type Db = Database['db'];

const listed = ['id', 'filename', 'content_type', 'size', 'created_at'] as const;

export function insertAttachment(
  db: Db,
  attachment: {
    id: string;
    requestId: string;
    uploaderId: string;
    filename: string;
    contentType: string;
    size: number;
    storageKey: string;
    sha256: string;
  },
) {
  return db
    .insertInto('request_attachments')
    .values({
      id: attachment.id,
      request_id: attachment.requestId,
      uploader_id: attachment.uploaderId,
      filename: attachment.filename,
      content_type: attachment.contentType,
      size: attachment.size,
      storage_key: attachment.storageKey,
      sha256: attachment.sha256,
    })
    .returning(listed)
    .executeTakeFirstOrThrow();
}

export function listAttachments(db: Db, requestId: string) {
  return db
    .selectFrom('request_attachments')
    .select(listed)
    .where('request_id', '=', requestId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** One attachment's facts and where it lives, never its bytes. */
export function findAttachment(db: Db, requestId: string, id: string) {
  return db
    .selectFrom('request_attachments')
    .select([...listed, 'storage_key', 'sha256'])
    .where('request_id', '=', requestId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Ids of attachments still held as bytea, in id order after `after`. */
export async function listAttachmentsInDatabase(db: Db, options: { after?: string; limit: number }) {
  let query = db
    .selectFrom('request_attachments')
    .select('id')
    .where('data', 'is not', null)
    .orderBy('id')
    .limit(options.limit);
  if (options.after) query = query.where('id', '>', options.after);
  return (await query.execute()).map((row) => row.id);
}

/** The bytes of one attachment still in the database (undefined once moved). */
export async function readAttachmentData(db: Db, id: string) {
  const row = await db
    .selectFrom('request_attachments')
    .select('data')
    .where('id', '=', id)
    .where('data', 'is not', null)
    .executeTakeFirst();
  return row?.data ?? undefined;
}

/** Points the row at its stored file and empties `data`; false when another instance did it first. */
export async function markAttachmentStored(
  db: Db,
  options: { id: string; storageKey: string; sha256: string },
) {
  const result = await db
    .updateTable('request_attachments')
    .set({ storage_key: options.storageKey, sha256: options.sha256, data: null })
    .where('id', '=', options.id)
    .where('data', 'is not', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
