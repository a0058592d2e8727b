import { fileTypeFromBuffer } from 'file-type';
import { AppError } from './errors.ts';
import type { IncomingFile } from './http/multipart.ts';
import { type ByteRange, FileTooLargeError, peekStream, type Storage } from './storage/storage.ts';

/**
 * What uploads may be: the type is decided from the file's content (never from its name or the
 * browser's claim) by `file-type`, and the name's extension must agree with it.
 */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** How much of the start of a file is read to identify it (file-type needs 4100 bytes at most; zip-based Office files may need more). */
export const SNIFF_BYTES = 64 * 1024;
export const MAX_FILENAME_LENGTH = 200;

/** Accepted detected types → the extensions a file of that content may carry. */
const accepted: Record<string, string[]> = {
  'image/png': ['png'],
  'image/apng': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/gif': ['gif'],
  'image/webp': ['webp'],
  'application/pdf': ['pdf'],
};
/** Office documents are zip containers: the extension says which one, the content that it is one. */
const zipFamily = new Set([
  'application/zip',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
]);
const zipExtensions: Record<string, string> = {
  zip: 'application/zip',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
const textExtensions: Record<string, string> = { txt: 'text/plain', md: 'text/markdown', csv: 'text/csv' };

export const acceptedDescription = 'images, PDF, Office documents, zip, text, Markdown and CSV files';

function extensionOf(filename: string): string {
  const dot = filename.lastIndexOf('.');
  return dot > 0 ? filename.slice(dot + 1).toLowerCase() : '';
}

/**
 * The safe content type of an upload from its first bytes (`head`, up to SNIFF_BYTES), or the
 * reason it is refused. Size is enforced while the file streams into storage, not here.
 */
export async function classifyUpload(
  filename: string,
  head: Uint8Array,
): Promise<{ type: string } | { error: string }> {
  if (head.byteLength === 0) return { error: 'the file is empty' };
  const extension = extensionOf(filename);
  const detected = await fileTypeFromBuffer(head).catch(() => undefined);
  if (detected && (accepted[detected.mime] || zipFamily.has(detected.mime))) {
    if (zipFamily.has(detected.mime)) {
      const type = zipExtensions[extension];
      if (type) return { type };
    } else if (accepted[detected.mime]?.includes(extension)) {
      return { type: detected.mime === 'image/apng' ? 'image/png' : detected.mime };
    }
    return {
      error: `the content is ${detected.mime}, which does not match “${extension ? `.${extension}` : filename}”`,
    };
  }
  const text = textExtensions[extension];
  // Text formats file-type recognises (XML, SVG) are still text when named so; binaries never.
  const textual = !detected || detected.mime.startsWith('text/') || detected.mime.includes('xml');
  if (text && textual && !head.includes(0)) return { type: `${text}; charset=utf-8` };
  if (detected) return { error: `the content is ${detected.mime}; only ${acceptedDescription} are accepted` };
  return { error: `only ${acceptedDescription} are accepted` };
}

// Control characters (C0, DEL, C1), path separators, quotes, and the bidirectional overrides that
// can make an .exe look like a .pdf.
const unsafe = /[\p{Cc}/\\"\u202a-\u202e\u2066-\u2069]/gu;

/**
 * A file name safe to store and to send back in a header: no paths, control characters or quotes,
 * NFC-normalised, at most 200 characters. A longer name loses the end of its stem, never its
 * extension.
 */
export function safeFilename(name: string): string {
  const cleaned = name.normalize('NFC').replace(unsafe, '_').trim();
  const chars = [...cleaned];
  if (chars.length <= MAX_FILENAME_LENGTH) return cleaned || 'file';
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 ? [...cleaned.slice(dot)] : [];
  // An "extension" longer than 20 characters is part of the name, not a type.
  if (extension.length > 21 || extension.length === 0) return chars.slice(0, MAX_FILENAME_LENGTH).join('');
  const stem = [...cleaned.slice(0, dot)].slice(0, MAX_FILENAME_LENGTH - extension.length);
  return stem.join('') + extension.join('');
}

/**
 * `Content-Disposition: attachment` for any file name: an ASCII fallback for old clients and the
 * exact name as RFC 5987 / RFC 6266 `filename*=UTF-8''…`.
 */
export function contentDisposition(filename: string): string {
  const fallback = [...filename]
    .map((char) => (char >= ' ' && char <= '~' && char !== '"' && char !== '\\' && char !== '%' ? char : '_'))
    .join('');
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** What an upload became once stored: its safe name, the type read from its content, size and hash. */
export interface StoredUpload {
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
}

/**
 * Stores one uploaded file under `key`, the one upload path of every module that keeps files:
 * the name is made safe, the type is identified from the first 64 KiB (415 naming `file` when it
 * is not accepted, or not one `accept` takes), and the bytes stream into storage with a size limit
 * (413 naming `file`, nothing kept). The caller writes its row afterwards and deletes the key if
 * that fails (`discardUpload`).
 */
export async function storeUpload(options: {
  storage: Storage;
  key: string;
  file: IncomingFile;
  maxBytes?: number;
  /** Narrows the accepted types further: answers the reason a detected type is refused, or null. */
  accept?: (contentType: string) => string | null;
}): Promise<StoredUpload> {
  const maxBytes = options.maxBytes ?? MAX_UPLOAD_BYTES;
  const filename = safeFilename(options.file.name);
  const { head, body } = await peekStream(options.file.stream, SNIFF_BYTES);
  const kind = await classifyUpload(filename, head);
  const problem = 'error' in kind ? kind.error : options.accept?.(kind.type);
  if (problem || 'error' in kind) {
    const reason = problem ?? 'it is not accepted';
    throw new AppError('unsupported_media_type', `Refused “${filename}”: ${reason}`, {
      fields: { file: reason },
    });
  }
  try {
    const stored = await options.storage.put(options.key, body, { maxBytes, contentType: kind.type });
    return { filename, contentType: kind.type, size: stored.size, sha256: stored.sha256 };
  } catch (error) {
    if (error instanceof FileTooLargeError)
      throw new AppError('payload_too_large', `Refused “${filename}”: ${error.message}`, {
        fields: { file: error.message },
      });
    throw error;
  }
}

/** Removes a stored upload whose row could not be written; a failure to remove it is not the caller's. */
export async function discardUpload(storage: Storage, key: string): Promise<void> {
  await storage.delete(key).catch(() => {});
}

/**
 * The headers of a file sent as a download: its type, `attachment` with its name, length, the
 * SHA-256 as ETag (when the bytes are the stored ones), nosniff, and the range when one was asked.
 */
export function downloadHeaders(file: {
  contentType: string;
  filename: string;
  size: number;
  sha256?: string;
  range?: ByteRange;
  totalSize?: number;
}): Record<string, string> {
  const headers: Record<string, string> = {
    'content-type': file.contentType,
    'content-disposition': contentDisposition(file.filename),
    'content-length': String(file.size),
    'x-content-type-options': 'nosniff',
  };
  if (file.sha256) {
    headers['accept-ranges'] = 'bytes';
    headers.etag = `"${file.sha256}"`;
  }
  if (file.range) headers['content-range'] = `bytes ${file.range.start}-${file.range.end}/${file.totalSize}`;
  return headers;
}
