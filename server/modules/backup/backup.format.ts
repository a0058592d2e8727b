import { createReadStream, createWriteStream, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import tar from 'tar-stream';
import { z } from 'zod';
import { Meter, type StoredFile } from '../../storage/storage.ts';

/**
 * The backup archive: a gzip-compressed tar of
 *   tables/<table>.ndjson   one JSON object per row, in primary-key order, tables in foreign-key order
 *   files/<storage key>     every stored file a row references
 *   manifest.json           last: what is in the archive, with counts and SHA-256 of every entry
 * (docs/ARCHITECTURE.md, Backups, describes it for people).
 */
export const BACKUP_FORMAT = 'showcase-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST = 'manifest.json';
export const tableEntry = (table: string) => `tables/${table}.ndjson`;
export const fileEntry = (key: string) => `files/${key}`;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'must be a hex SHA-256');
const count = z.number().int().min(0);

export const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().min(1),
  showcaseVersion: z.string(),
  createdAt: z.string(),
  /** The last migration of the database the rows were read from. */
  migration: z.string().nullable(),
  source: z.object({ engine: z.enum(['embedded', 'postgres']), postgres: z.string() }),
  tables: z.array(
    z.object({
      name: z.string().min(1),
      file: z.string(),
      rows: count,
      bytes: count,
      sha256,
      columns: z.array(z.object({ name: z.string(), type: z.string() })),
    }),
  ),
  sequences: z.array(z.object({ table: z.string(), column: z.string(), value: z.string().nullable() })),
  files: z.array(z.object({ key: z.string().min(1), file: z.string(), size: count, sha256 })),
});
export type Manifest = z.infer<typeof manifestSchema>;

/** Showcase's own version (package.json), written into every manifest. */
export const showcaseVersion: string = JSON.parse(
  readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'),
).version;

/** Something wrong with an archive itself (not the database): the message says what. */
export class ArchiveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArchiveError';
  }
}

/**
 * Writes the archive as a stream: each entry goes through the tar packer and gzip straight to the
 * file, hashed as it passes, so neither a table nor a file is ever held whole.
 */
export class ArchiveWriter {
  private readonly pack = tar.pack();
  private readonly written: Promise<void>;
  private readonly mtime: Date;

  constructor(path: string, mtime: Date) {
    this.mtime = mtime;
    this.written = pipeline(this.pack, createGzip(), createWriteStream(path, { flags: 'wx', flush: true }));
    // Surfaced by finish(); an entry being written fails on its own when the pack breaks.
    this.written.catch(() => {});
  }

  /** Adds an entry of exactly `size` bytes read from `body`; returns its size and SHA-256. */
  async add(
    name: string,
    size: number,
    body: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  ): Promise<StoredFile> {
    const meter = new Meter(size);
    await new Promise<void>((resolve, reject) => {
      const entry = this.pack.entry({ name, size, mtime: this.mtime }, (error) =>
        error ? reject(error) : resolve(),
      );
      pipeline(Readable.from(body), meter, entry).catch(reject);
    });
    return meter.result();
  }

  /** Ends the archive and waits until every byte is on disk. */
  async finish(): Promise<void> {
    this.pack.finalize();
    await this.written;
  }

  /** Abandons the archive (the caller removes the partial file). */
  async abort(): Promise<void> {
    this.pack.destroy();
    await this.written.catch(() => {});
  }
}

export interface ArchiveEntry {
  name: string;
  size: number;
  type: string;
  /** The entry's bytes; an entry not read to its end is skipped. */
  body: AsyncIterable<Buffer>;
}

/** An error met while reading an archive, as an ArchiveError saying what is wrong with the file. */
export function archiveError(error: unknown, path: string): ArchiveError {
  if (error instanceof ArchiveError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new ArchiveError(
    (error as { code?: string }).code === 'ENOENT'
      ? `no such file: ${path}`
      : `${path} is not a complete Showcase backup (a gzip-compressed tar): ${reason}`,
  );
}

/** Reads the entries of an archive in order, streaming each; a broken archive is an ArchiveError. */
export async function* readArchive(path: string): AsyncGenerator<ArchiveEntry> {
  const source = createReadStream(path);
  const extract = tar.extract();
  const piping = pipeline(source, createGunzip(), extract);
  piping.catch(() => {});
  try {
    for await (const entry of extract) {
      yield {
        name: entry.header.name,
        size: entry.header.size ?? 0,
        type: entry.header.type ?? 'file',
        body: entry as AsyncIterable<Buffer>,
      };
      entry.resume();
    }
    await piping;
  } catch (error) {
    throw archiveError(error, path);
  } finally {
    source.destroy();
  }
}

/** The newline-terminated lines of a stream, as text (one NDJSON row each). */
export async function* splitLines(body: AsyncIterable<Buffer>): AsyncGenerator<string> {
  let pending: Buffer[] = [];
  for await (const chunk of body) {
    let start = 0;
    for (let end = chunk.indexOf(10); end !== -1; end = chunk.indexOf(10, start)) {
      pending.push(chunk.subarray(start, end));
      yield Buffer.concat(pending).toString('utf8');
      pending = [];
      start = end + 1;
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  if (pending.length) throw new ArchiveError('a table file ends in the middle of a row');
}

/** Counts and hashes a stream without keeping it. */
export async function measure(body: AsyncIterable<Buffer>): Promise<StoredFile & { lines: number }> {
  const meter = new Meter(Number.POSITIVE_INFINITY);
  let lines = 0;
  meter.on('data', (chunk: Buffer) => {
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines++;
  });
  await pipeline(Readable.from(body), meter);
  return { ...meter.result(), lines };
}
