import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Database } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import type { Principal } from '../../http/context.ts';
import type { IncomingFile } from '../../http/multipart.ts';
import { type ByteRange, FileNotFoundError, parseByteRange, type Storage } from '../../storage/storage.ts';
import { discardUpload, storeUpload } from '../../uploads.ts';
import { getVisibleRequest } from '../requests/requests.service.ts';
import {
  findAttachment,
  insertAttachment,
  listAttachments,
  listAttachmentsInDatabase,
  markAttachmentStored,
  readAttachmentData,
} from './attachments.repository.ts';

type Db = Database['db'];

/** Where an attachment's file lives in storage: derived from its id, so a move can be repeated. */
const keyOf = (id: string) => `attachments/${id}`;

export async function listRequestAttachments(options: { db: Db; requestId: string; principal: Principal }) {
  const request = await getVisibleRequest({
    db: options.db,
    id: options.requestId,
    principal: options.principal,
  });
  return listAttachments(options.db, request.id);
}

/**
 * Attaches an uploaded file to a request: its type is identified from its first bytes, then it
 * streams into storage (refused past 10 MB with nothing kept) and the row is written last.
 */
export async function attachFile(options: {
  db: Db;
  storage: Storage;
  requestId: string;
  principal: Principal;
  file: IncomingFile;
}) {
  const { db, storage, principal } = options;
  const request = await getVisibleRequest({ db, id: options.requestId, principal });
  const id = randomUUID();
  const key = keyOf(id);
  const stored = await storeUpload({ storage, key, file: options.file });
  try {
    return await insertAttachment(db, {
      id,
      requestId: request.id,
      uploaderId: principal.userId,
      filename: stored.filename,
      contentType: stored.contentType,
      size: stored.size,
      storageKey: key,
      sha256: stored.sha256,
    });
  } catch (error) {
    await discardUpload(storage, key);
    throw error;
  }
}

/**
 * An attachment's file as a stream, whole or the byte range asked by a `Range` header. A file
 * still held in the database is moved to storage first.
 */
export async function openAttachment(options: {
  db: Db;
  storage: Storage;
  requestId: string;
  attachmentId: string;
  principal: Principal;
  rangeHeader?: string;
}) {
  const { db, storage } = options;
  const request = await getVisibleRequest({ db, id: options.requestId, principal: options.principal });
  let row = await findAttachment(db, request.id, options.attachmentId);
  if (!row) throw new AppError('not_found', 'Attachment not found');
  if (!row.storage_key) {
    await moveAttachment({ db, storage, id: row.id });
    row = await findAttachment(db, request.id, options.attachmentId);
  }
  if (!row?.storage_key || !row.sha256)
    throw new Error(`attachment ${options.attachmentId} has no stored file`);
  const range = parseByteRange(options.rangeHeader, row.size);
  if (range === 'unsatisfiable')
    throw new AppError('range_not_satisfiable', `The file has ${row.size} bytes`, {
      headers: { 'content-range': `bytes */${row.size}` },
    });
  const file = await storage.get(row.storage_key, { range }).catch((error) => {
    if (error instanceof FileNotFoundError)
      throw new AppError('not_found', `The file of “${row?.filename}” is missing from storage`);
    throw error;
  });
  return {
    attachment: row,
    sha256: row.sha256,
    body: file.body,
    size: file.size,
    range: range as ByteRange | undefined,
  };
}

/** Moves one attachment's bytes from its row into storage; false if it had been moved already. */
async function moveAttachment(options: { db: Db; storage: Storage; id: string }): Promise<boolean> {
  const data = await readAttachmentData(options.db, options.id);
  if (!data) return false;
  const key = keyOf(options.id);
  const stored = await options.storage.put(key, [data], { maxBytes: Number.MAX_SAFE_INTEGER });
  // Two instances may both copy the same row: they write the same bytes under the same key, and
  // only one of them clears the row.
  return markAttachmentStored(options.db, { id: options.id, storageKey: key, sha256: stored.sha256 });
}

/**
 * Moves every attachment still held as bytea (rows from before 0007_files) into storage, in
 * batches, one file in memory at a time. Run at start-up; safe to run on several instances.
 */
export async function moveAttachmentsToStorage(options: {
  db: Db;
  storage: Storage;
  batchSize?: number;
  logger?: Logger;
}): Promise<{ moved: number }> {
  const limit = options.batchSize ?? 50;
  let moved = 0;
  let after: string | undefined;
  for (;;) {
    const ids = await listAttachmentsInDatabase(options.db, { after, limit });
    if (ids.length === 0) return { moved };
    for (const id of ids) {
      if (await moveAttachment({ db: options.db, storage: options.storage, id })) moved++;
    }
    after = ids.at(-1);
    options.logger?.info({ moved }, 'attachments moved to file storage');
  }
}
