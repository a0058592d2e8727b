import { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import {
  type ByteRange,
  checkKey,
  FileNotFoundError,
  Meter,
  type PutOptions,
  type Storage,
} from './storage.ts';

export interface S3StorageOptions {
  bucket: string;
  /** Leave unset for AWS itself; set for MinIO, Ceph, R2, Garage and the like. */
  endpoint?: string;
  region: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  /** bucket in the path (`endpoint/bucket/key`) instead of the host name; most self-hosted servers need it. */
  forcePathStyle: boolean;
  /** Prepended to every key, so one bucket can hold several workspaces. */
  prefix?: string;
}

const notFound = (error: unknown) =>
  error instanceof S3ServiceException &&
  (error.name === 'NotFound' || error.name === 'NoSuchKey' || error.$metadata.httpStatusCode === 404);

/**
 * Files in an S3-compatible bucket. Uploads stream through lib-storage's multipart Upload (5 MB
 * parts, at most two in memory); a failed or over-limit upload is aborted, so no object appears.
 */
export function createS3Storage(options: S3StorageOptions): Storage {
  const client = new S3Client({
    region: options.region,
    endpoint: options.endpoint,
    forcePathStyle: options.forcePathStyle,
    credentials:
      options.accessKeyId && options.secretAccessKey
        ? { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey }
        : undefined,
    // Many S3-compatible servers do not know the SDK's newer default checksums.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const Bucket = options.bucket;
  const prefix = options.prefix ? `${options.prefix.replace(/\/+$/, '')}/` : '';
  const keyOf = (key: string) => `${prefix}${checkKey(key)}`;

  return {
    kind: 's3',

    async put(key, body, { maxBytes, contentType }: PutOptions) {
      const meter = new Meter(maxBytes);
      const source = Readable.from(body);
      source.once('error', (error) => meter.destroy(error));
      meter.once('error', () => source.destroy());
      source.pipe(meter);
      const upload = new Upload({
        client,
        params: { Bucket, Key: keyOf(key), Body: meter, ContentType: contentType },
        queueSize: 2,
        leavePartsOnError: false,
      });
      // The meter's error must end the upload even while lib-storage waits for the next chunk.
      const failed = new Promise<never>((_, reject) => {
        meter.once('error', (error) => {
          upload.abort().catch(() => {});
          reject(error);
        });
      });
      await Promise.race([upload.done(), failed]);
      return meter.result();
    },

    async get(key, options: { range?: ByteRange } = {}) {
      const range = options.range;
      try {
        const response = await client.send(
          new GetObjectCommand({
            Bucket,
            Key: keyOf(key),
            Range: range ? `bytes=${range.start}-${range.end}` : undefined,
          }),
        );
        const body = response.Body;
        if (!(body instanceof Readable)) throw new Error('S3 answered without a body stream');
        return { body, size: response.ContentLength ?? 0 };
      } catch (error) {
        if (notFound(error)) throw new FileNotFoundError(key);
        throw error;
      }
    },

    async stat(key) {
      try {
        const head = await client.send(new HeadObjectCommand({ Bucket, Key: keyOf(key) }));
        return { size: head.ContentLength ?? 0 };
      } catch (error) {
        if (notFound(error)) return undefined;
        throw error;
      }
    },

    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: keyOf(key) }));
    },

    async check() {
      try {
        await client.send(new HeadBucketCommand({ Bucket }));
      } catch (error) {
        const reason = error instanceof Error ? error.message || error.name : String(error);
        throw new Error(`the S3 bucket “${Bucket}” is not reachable: ${reason}`);
      }
    },
  };
}
