import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/connect.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AppError } from '../../errors.ts';
import type { Principal } from '../../http/context.ts';
import type { IncomingFile } from '../../http/multipart.ts';
import { type ByteRange, FileNotFoundError, parseByteRange, type Storage } from '../../storage/storage.ts';
import { discardUpload, MAX_UPLOAD_BYTES, storeUpload } from '../../uploads.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { getAssetFor, getVisibleAsset } from '../library/library.service.ts';
import {
  deleteAssetFileRow,
  findAssetFileRow,
  insertAssetFile,
  listAssetFileRows,
} from './asset-files.repository.ts';
import { canWatermark, watermarkFile } from './asset-files.watermark.ts';

type Db = Database['db'];

/** Files on assets are at most this large (the same limit as request attachments). */
export const ASSET_FILE_MAX_BYTES = MAX_UPLOAD_BYTES;

/** The caller as the asset policy (shared/policies.ts) sees them: adding and removing files is editing. */
const actorOf = (principal: Principal) => ({ id: principal.userId, role: principal.role });

/** Where an asset file's bytes live in storage. */
const keyOf = (id: string) => `asset-files/${id}`;

/** The files of an asset the caller may see (404 for an asset their role does not see). */
export async function listAssetFiles(options: { db: Db; assetId: string; principal: Principal }) {
  const asset = await getVisibleAsset({ db: options.db, id: options.assetId, role: options.principal.role });
  return listAssetFileRows(options.db, asset.id);
}

/**
 * Adds an uploaded file to an asset: the shared upload path (type from content, 10 MB), then the
 * row; the stored file is removed again if the row cannot be written.
 */
export async function uploadAssetFile(options: {
  db: Db;
  storage: Storage;
  assetId: string;
  principal: Principal;
  file: IncomingFile;
  now: Date;
}) {
  const { db, storage, principal } = options;
  const asset = await getAssetFor({ db, id: options.assetId, actor: actorOf(principal), action: 'edit' });
  const id = randomUUID();
  const key = keyOf(id);
  const stored = await storeUpload({ storage, key, file: options.file, maxBytes: ASSET_FILE_MAX_BYTES });
  try {
    const row = await insertAssetFile(db, {
      id,
      assetId: asset.id,
      filename: stored.filename,
      contentType: stored.contentType,
      size: stored.size,
      sha256: stored.sha256,
      storageKey: key,
      uploadedBy: principal.userId,
      createdAt: options.now,
    });
    return { ...row, uploader_name: principal.name };
  } catch (error) {
    await discardUpload(storage, key);
    throw error;
  }
}

async function streamOf(storage: Storage, row: { storage_key: string; filename: string }, range?: ByteRange) {
  return storage.get(row.storage_key, { range }).catch((error) => {
    if (error instanceof FileNotFoundError)
      throw new AppError('not_found', `The file of “${row.filename}” is missing from storage`);
    throw error;
  });
}

/** One file of an asset the caller may see, as a stream (whole, or the range a `Range` header asks). */
export async function openAssetFile(options: {
  db: Db;
  storage: Storage;
  assetId: string;
  fileId: string;
  principal: Principal;
  rangeHeader?: string;
}) {
  const { db } = options;
  const asset = await getVisibleAsset({ db, id: options.assetId, role: options.principal.role });
  const row = await findAssetFileRow(db, asset.id, options.fileId);
  if (!row) throw new AppError('not_found', 'File not found');
  const range = parseByteRange(options.rangeHeader, row.size);
  if (range === 'unsatisfiable')
    throw new AppError('range_not_satisfiable', `The file has ${row.size} bytes`, {
      headers: { 'content-range': `bytes */${row.size}` },
    });
  const file = await streamOf(options.storage, row, range);
  return { row, body: file.body, size: file.size, range };
}

/** Removes a file from an asset: the row first, then the stored object. */
export async function deleteAssetFile(options: {
  db: Db;
  storage: Storage;
  assetId: string;
  fileId: string;
  principal: Principal;
}) {
  const { db } = options;
  const asset = await getAssetFor({
    db,
    id: options.assetId,
    actor: actorOf(options.principal),
    action: 'edit',
  });
  const key = await inTransaction(db, async (trx) => {
    const deleted = await deleteAssetFileRow(trx, asset.id, options.fileId);
    if (!deleted) throw new AppError('not_found', 'File not found');
    await recordAudit(trx, {
      action: 'asset.file_deleted',
      target: { type: 'asset', id: asset.id, label: asset.title },
      details: { fileId: options.fileId, filename: deleted.filename },
    });
    return deleted.storage_key;
  });
  // Once the row is gone nothing refers to the object; a failure here leaves an orphan, not a
  // row without its file.
  await options.storage.delete(key);
}

// ---------------------------------------------------------------------------------------------
// For share links: the caller (sharing) has already checked the link, its gates and the asset.

/** The files an open share link offers, for the shared page. */
export function listSharedAssetFiles(options: { db: Db; assetId: string }) {
  return listAssetFileRows(options.db, options.assetId);
}

/**
 * One file of a shared asset as it leaves through a link: with `watermark` text, images (PNG,
 * JPEG, WebP) and PDFs are read whole (at most 10 MB), marked and answered as bytes; anything else,
 * or without a watermark, is the stored file streamed unchanged.
 */
export async function openSharedAssetFile(options: {
  db: Db;
  storage: Storage;
  assetId: string;
  fileId: string;
  watermark?: string;
}) {
  const row = await findAssetFileRow(options.db, options.assetId, options.fileId);
  if (!row) throw new AppError('not_found', 'File not found');
  const file = await streamOf(options.storage, row);
  if (options.watermark && canWatermark(row.content_type)) {
    const chunks: Uint8Array[] = [];
    for await (const chunk of file.body) chunks.push(chunk);
    const text = options.watermark;
    const marked = await watermarkFile(Buffer.concat(chunks), row.content_type, text).catch(() => {
      // A file that cannot be read (a damaged or encrypted PDF) is never served unmarked instead.
      throw new AppError('conflict', `“${row.filename}” could not be watermarked; ask the sender for it`);
    });
    return { row, bytes: marked, watermarked: true as const };
  }
  return { row, body: file.body, size: file.size, watermarked: false as const };
}
