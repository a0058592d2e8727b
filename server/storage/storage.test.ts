import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3Server } from '../../test/s3.ts';
import { envSchema } from '../env.ts';
import { openStorage } from './open.ts';
import { FileNotFoundError, FileTooLargeError, parseByteRange, type Storage } from './storage.ts';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const bytesOf = (length: number, seed = 7) => {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = (i * 31 + seed) % 251;
  return bytes;
};
async function readAll(body: AsyncIterable<Uint8Array>) {
  const chunks: Uint8Array[] = [];
  for await (const chunk of body) chunks.push(chunk);
  return new Uint8Array(Buffer.concat(chunks));
}
/** A source that yields `length` bytes in 64 KiB chunks, as an upload arrives. */
async function* streamOf(bytes: Uint8Array) {
  for (let offset = 0; offset < bytes.byteLength; offset += 65_536)
    yield bytes.subarray(offset, offset + 65_536);
}

let s3: Awaited<ReturnType<typeof startS3Server>>;
let dataDir: string;
const drivers: Record<'local' | 's3', Storage> = {} as never;

beforeAll(async () => {
  s3 = await startS3Server();
  dataDir = await mkdtemp(join(tmpdir(), 'showcase-storage-'));
  drivers.local = await openStorage(envSchema.parse({ SHOWCASE_DATA_DIR: dataDir }));
  drivers.s3 = await openStorage(
    envSchema.parse({ ...s3.env, SHOWCASE_S3_PREFIX: `contract-${process.env.SHOWCASE_TEST_DB ?? 'x'}` }),
  );
});
afterAll(async () => {
  await s3?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe.each(['local', 's3'] as const)('the %s storage driver', (kind) => {
  const storage = () => drivers[kind];

  it('stores a stream under a key with its size and SHA-256, and gives it back', async () => {
    expect(storage().kind).toBe(kind);
    const bytes = bytesOf(300_000);
    const stored = await storage().put('contract/round-trip', streamOf(bytes), { maxBytes: 1_000_000 });
    expect(stored).toEqual({ size: bytes.byteLength, sha256: sha256(bytes) });
    expect(await storage().stat('contract/round-trip')).toEqual({ size: bytes.byteLength });
    const file = await storage().get('contract/round-trip');
    expect(file.size).toBe(bytes.byteLength);
    expect(await readAll(file.body)).toEqual(bytes);
  });

  it('streams a file larger than one multipart part (6 MB)', async () => {
    const bytes = bytesOf(6 * 1024 * 1024 + 5, 3);
    const stored = await storage().put('contract/large', streamOf(bytes), { maxBytes: 10 * 1024 * 1024 });
    expect(stored.sha256).toBe(sha256(bytes));
    expect(sha256(await readAll((await storage().get('contract/large')).body))).toBe(sha256(bytes));
  });

  it('gives back a byte range', async () => {
    const bytes = bytesOf(10_000);
    await storage().put('contract/range', [bytes], { maxBytes: 10_000 });
    const part = await storage().get('contract/range', { range: { start: 100, end: 199 } });
    expect(part.size).toBe(100);
    expect(await readAll(part.body)).toEqual(bytes.subarray(100, 200));
  });

  it('refuses a file over the limit as it streams and stores nothing under its key', async () => {
    const bytes = bytesOf(6 * 1024 * 1024);
    await expect(
      storage().put('contract/too-large', streamOf(bytes), { maxBytes: 5 * 1024 * 1024 + 10 }),
    ).rejects.toBeInstanceOf(FileTooLargeError);
    expect(await storage().stat('contract/too-large')).toBeUndefined();
    if (kind === 'local') expect(await readdir(join(dataDir, 'files', '.incoming'))).toEqual([]);
  });

  it('stores nothing when the incoming stream fails half-way', async () => {
    async function* broken() {
      yield bytesOf(100_000);
      throw new Error('connection reset');
    }
    await expect(storage().put('contract/broken', broken(), { maxBytes: 1_000_000 })).rejects.toThrow(
      'connection reset',
    );
    expect(await storage().stat('contract/broken')).toBeUndefined();
  });

  it('replaces a file put again under the same key, whole', async () => {
    await storage().put('contract/again', [bytesOf(500, 1)], { maxBytes: 1000 });
    await storage().put('contract/again', [bytesOf(700, 2)], { maxBytes: 1000 });
    expect(await readAll((await storage().get('contract/again')).body)).toEqual(bytesOf(700, 2));
  });

  it('deletes, and a missing file is reported as missing', async () => {
    await storage().put('contract/gone', [bytesOf(10)], { maxBytes: 10 });
    await storage().delete('contract/gone');
    await storage().delete('contract/gone');
    expect(await storage().stat('contract/gone')).toBeUndefined();
    await expect(storage().get('contract/gone')).rejects.toBeInstanceOf(FileNotFoundError);
  });

  it('refuses keys that could leave its folder or prefix', async () => {
    for (const key of ['../escape', 'a/../../b', '/absolute', 'Upper', 'a//b', '']) {
      await expect(storage().put(key, [bytesOf(1)], { maxBytes: 1 }), key).rejects.toThrow(
        'invalid storage key',
      );
    }
  });
});

describe('configuration', () => {
  it('names the missing bucket and a lone access key at boot', () => {
    const result = envSchema.safeParse({ SHOWCASE_STORAGE: 's3', SHOWCASE_S3_ACCESS_KEY_ID: 'key' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'SHOWCASE_S3_BUCKET',
      'SHOWCASE_S3_SECRET_ACCESS_KEY',
    ]);
  });

  it('refuses to start on a bucket it cannot reach', async () => {
    await expect(
      openStorage(envSchema.parse({ ...s3.env, SHOWCASE_S3_BUCKET: 'no-such-bucket' })),
    ).rejects.toThrow('the S3 bucket “no-such-bucket” is not reachable');
  });

  it('reads one byte range from a Range header', () => {
    expect(parseByteRange('bytes=0-9', 100)).toEqual({ start: 0, end: 9 });
    expect(parseByteRange('bytes=90-', 100)).toEqual({ start: 90, end: 99 });
    expect(parseByteRange('bytes=-5', 100)).toEqual({ start: 95, end: 99 });
    expect(parseByteRange('bytes=50-500', 100)).toEqual({ start: 50, end: 99 });
    expect(parseByteRange('bytes=100-', 100)).toBe('unsatisfiable');
    expect(parseByteRange('bytes=0-1,5-6', 100)).toBeUndefined();
    expect(parseByteRange(undefined, 100)).toBeUndefined();
  });
});
