import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { createS3Storage } from '../server/storage/s3.ts';
import type { Storage } from '../server/storage/storage.ts';

export const TEST_BUCKET = 'showcase-test';

/**
 * A local S3-compatible server (s3rver, from npm) on a free loopback port, with one bucket, for
 * the S3 driver's tests. `storage(prefix)` gives an S3 storage on it; `close()` stops it.
 */
export async function startS3Server() {
  const directory = await mkdtemp(join(tmpdir(), 'showcase-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: TEST_BUCKET }],
  });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    /** The environment that selects this server (s3rver accepts the S3RVER key pair). */
    env: {
      SHOWCASE_STORAGE: 's3',
      SHOWCASE_S3_ENDPOINT: endpoint,
      SHOWCASE_S3_BUCKET: TEST_BUCKET,
      SHOWCASE_S3_ACCESS_KEY_ID: 'S3RVER',
      SHOWCASE_S3_SECRET_ACCESS_KEY: 'S3RVER',
      SHOWCASE_S3_FORCE_PATH_STYLE: 'true',
    },
    storage(prefix?: string): Storage {
      return createS3Storage({
        endpoint,
        bucket: TEST_BUCKET,
        region: 'us-east-1',
        accessKeyId: 'S3RVER',
        secretAccessKey: 'S3RVER',
        forcePathStyle: true,
        prefix,
      });
    },
    async close() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
