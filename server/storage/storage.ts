import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';

/**
 * One interface for every file Showcase keeps (request attachments now; screenshots and exports
 * next). Files are streamed in and out, never held whole in memory. A key is a relative path of
 * lowercase letters, digits, `-`, `_`, `.` and `/` (no `..`), chosen by the caller.
 */
export interface Storage {
  /** `local` (a folder) or `s3` (an S3-compatible bucket). */
  readonly kind: 'local' | 's3';
  /**
   * Streams `body` under `key`, counting its bytes and hashing it as it goes. Throws
   * FileTooLargeError (and stores nothing) once more than `maxBytes` arrive. A file appears under
   * its key whole or not at all.
   */
  put(
    key: string,
    body: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
    options: PutOptions,
  ): Promise<StoredFile>;
  /** The file as a stream, or one byte range of it (`end` inclusive). Throws FileNotFoundError. */
  get(key: string, options?: { range?: ByteRange }): Promise<FileStream>;
  /** Size of the stored file, or undefined when there is none. */
  stat(key: string): Promise<{ size: number } | undefined>;
  /** Removes the file; removing a missing file is not an error. */
  delete(key: string): Promise<void>;
  /** Checks at boot that files can be written (folder writable, bucket reachable). */
  check(): Promise<void>;
}

export interface PutOptions {
  maxBytes: number;
  contentType?: string;
}

export interface StoredFile {
  size: number;
  /** Hex SHA-256 of the content. */
  sha256: string;
}

export interface ByteRange {
  start: number;
  end: number;
}

export interface FileStream {
  body: AsyncIterable<Uint8Array> & NodeJS.ReadableStream;
  /** Bytes in `body` (the range's length when a range was asked for). */
  size: number;
}

export class FileTooLargeError extends Error {
  readonly maxBytes: number;
  constructor(maxBytes: number) {
    super(`files may be at most ${formatBytes(maxBytes)}`);
    this.name = 'FileTooLargeError';
    this.maxBytes = maxBytes;
  }
}

export class FileNotFoundError extends Error {
  constructor(key: string) {
    super(`no stored file under ${key}`);
    this.name = 'FileNotFoundError';
  }
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

const keyPattern = /^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/;

/** Refuses keys that could escape the folder or bucket prefix. */
export function checkKey(key: string): string {
  if (!keyPattern.test(key) || key.split('/').some((part) => part === '..' || part === '.'))
    throw new Error(`invalid storage key: ${JSON.stringify(key)}`);
  return key;
}

/**
 * A pass-through stream that counts and hashes what flows through it and fails with
 * FileTooLargeError as soon as more than `maxBytes` have passed. Both drivers put through it.
 */
export class Meter extends Transform {
  readonly maxBytes: number;
  // Not called `size`: lib-storage reads a body's `size` as its total length.
  private counted = 0;
  private readonly hash = createHash('sha256');
  private digest?: string;

  constructor(maxBytes: number) {
    super();
    this.maxBytes = maxBytes;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
    this.counted += chunk.byteLength;
    if (this.counted > this.maxBytes) {
      callback(new FileTooLargeError(this.maxBytes));
      return;
    }
    this.hash.update(chunk);
    callback(null, chunk);
  }

  /** The result, once the stream has ended. */
  result(): StoredFile {
    this.digest ??= this.hash.digest('hex');
    return { size: this.counted, sha256: this.digest };
  }
}

/**
 * Reads the first `bytes` of a stream (to identify the file) and gives back the whole stream,
 * those bytes included, still unread.
 */
export async function peekStream(
  source: AsyncIterable<Uint8Array>,
  bytes: number,
): Promise<{ head: Uint8Array; body: AsyncIterable<Uint8Array> }> {
  const iterator = source[Symbol.asyncIterator]();
  const chunks: Uint8Array[] = [];
  let length = 0;
  let ended = false;
  while (length < bytes) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    chunks.push(next.value);
    length += next.value.byteLength;
  }
  const head = Buffer.concat(chunks);
  async function* body() {
    if (head.byteLength) yield head;
    if (ended) return;
    try {
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        yield next.value;
      }
    } finally {
      await iterator.return?.();
    }
  }
  return { head: head.subarray(0, bytes), body: body() };
}

/**
 * The one byte range of a `Range: bytes=…` header (first-last, first-, or -suffix) within a file
 * of `size` bytes: undefined when there is no usable header (serve the whole file), 'unsatisfiable'
 * when it lies outside the file. Several ranges at once are answered with the whole file.
 */
export function parseByteRange(
  header: string | undefined,
  size: number,
): ByteRange | 'unsatisfiable' | undefined {
  const match = header?.trim().match(/^bytes=(\d*)-(\d*)$/);
  if (!match) return undefined;
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return undefined;
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  if (start >= size || end < start) return 'unsatisfiable';
  return { start, end };
}
