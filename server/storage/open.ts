import { join } from 'node:path';
import type { Env } from '../env.ts';
import { createLocalStorage } from './local.ts';
import { createS3Storage } from './s3.ts';
import type { Storage } from './storage.ts';

/** The storage the environment asks for, checked (folder writable, bucket reachable). */
export async function openStorage(env: Env): Promise<Storage> {
  const storage =
    env.SHOWCASE_STORAGE === 's3'
      ? createS3Storage({
          bucket: env.SHOWCASE_S3_BUCKET ?? '',
          endpoint: env.SHOWCASE_S3_ENDPOINT,
          region: env.SHOWCASE_S3_REGION,
          accessKeyId: env.SHOWCASE_S3_ACCESS_KEY_ID,
          secretAccessKey: env.SHOWCASE_S3_SECRET_ACCESS_KEY,
          forcePathStyle: env.SHOWCASE_S3_FORCE_PATH_STYLE === 'true',
          prefix: env.SHOWCASE_S3_PREFIX,
        })
      : createLocalStorage({ root: join(env.SHOWCASE_DATA_DIR, 'files') });
  await storage.check();
  return storage;
}

/** Where files are kept, for the start-up banner. */
export function describeStorage(env: Env): string {
  return env.SHOWCASE_STORAGE === 's3'
    ? `S3 bucket ${env.SHOWCASE_S3_BUCKET}${env.SHOWCASE_S3_ENDPOINT ? ` at ${env.SHOWCASE_S3_ENDPOINT}` : ''}`
    : join(env.SHOWCASE_DATA_DIR, 'files');
}
