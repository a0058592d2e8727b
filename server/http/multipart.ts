import { IncomingMessage } from 'node:http';
import { PassThrough, Readable } from 'node:stream';
import busboy from 'busboy';
import type { Context } from 'hono';
import { AppError } from '../errors.ts';
import { formatBytes } from '../storage/storage.ts';
import { UploadBudget } from './pace.ts';

/**
 * Every upload in this process shares one budget: 64 MB/s off the sockets (bursts of 1 MB), so a
 * run of 10 MB uploads leaves the request thread room for everyone else (see ARCHITECTURE.md,
 * "Uploads"). A 10 MB file still arrives in about 160 ms.
 */
const uploadBudget = new UploadBudget({ bytesPerSecond: 64 * 1024 * 1024, burstBytes: 1024 * 1024 });

/**
 * The Node request behind a Hono context when the app is served by @hono/node-server (not under
 * app.request() in tests), so a body can be read from the socket without the detour through a web
 * ReadableStream and back, which doubles the buffers the garbage collector has to chase.
 */
export function nodeRequestOf(c: Context): IncomingMessage | undefined {
  const incoming = (c.env as { incoming?: unknown } | undefined)?.incoming;
  return incoming instanceof IncomingMessage && !incoming.readableDidRead ? incoming : undefined;
}

/** One file of a multipart body, as a stream; `name` is what the client called it. */
export interface IncomingFile {
  name: string;
  stream: Readable;
  /** The small text fields of the form sent before the file (a field after it is not seen). */
  fields?: Record<string, string>;
}

/** Room for the multipart envelope (boundaries, part headers, a few small fields) around the file. */
const ENVELOPE_BYTES = 64 * 1024;

/**
 * Streams the one file of a `multipart/form-data` request in `field` to `receive`, never holding
 * the body in memory. At most `maxBytes + 1` bytes of the file reach `receive` (so a size check
 * downstream can refuse it); whatever the receiver does not read is discarded. A body much larger
 * than the file may be is refused by its Content-Length before anything is read.
 */
export async function receiveFile<T>(
  request: Request,
  options: {
    field: string;
    maxBytes: number;
    receive: (file: IncomingFile) => Promise<T>;
    /** The same request as Node's, to read the body from directly (see nodeRequestOf). */
    node?: IncomingMessage;
  },
): Promise<T> {
  const { field, maxBytes, node } = options;
  const contentType = request.headers.get('content-type') ?? '';
  const refuseType = () =>
    new AppError('unsupported_media_type', `Send the file as multipart/form-data in the field “${field}”`);
  // With the Node request at hand, request.body is never touched: reading it would start a second
  // reader on the same socket.
  if (!contentType.toLowerCase().startsWith('multipart/form-data') || !(node ?? request.body))
    throw refuseType();
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  const tooLarge = (headers?: Record<string, string>) =>
    new AppError('payload_too_large', `Files may be at most ${formatBytes(maxBytes)}`, {
      fields: { [field]: `files may be at most ${formatBytes(maxBytes)}` },
      headers,
    });
  if (declared > maxBytes + ENVELOPE_BYTES) throw tooLarge();

  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { 'content-type': contentType },
      limits: { files: 1, fileSize: maxBytes + 1, fields: 20, fieldSize: 1024, parts: 21 },
      defParamCharset: 'utf8',
    });
  } catch {
    throw refuseType();
  }

  return await new Promise<T>((resolve, reject) => {
    let outcome: Promise<T> | undefined;
    let failed: unknown;
    let received = 0;
    let current: PassThrough | undefined;
    const source: Readable =
      node ?? Readable.fromWeb(request.body as import('node:stream/web').ReadableStream);
    const paced = uploadBudget.pace();
    const fail = (error: unknown) => {
      failed ??= error;
      current?.destroy(error as Error);
    };
    // The envelope is bounded too, for bodies sent without a Content-Length.
    source.on('data', (chunk: Buffer) => {
      received += chunk.byteLength;
      if (received > maxBytes + 2 * ENVELOPE_BYTES) {
        source.unpipe(paced);
        if (node) {
          // Stop reading but keep the socket long enough to answer 413 (the connection then
          // closes); a web stream has no such pause and is cancelled at once.
          fail(tooLarge({ connection: 'close' }));
          source.pause();
          setTimeout(() => source.destroy(), 2000).unref();
        } else {
          fail(tooLarge());
          source.destroy();
        }
        finish();
      }
    });
    source.on('error', (error) => {
      fail(
        new AppError('validation_failed', 'The upload was interrupted', {
          fields: { [field]: error.message },
        }),
      );
      finish();
    });

    const fields: Record<string, string> = {};
    parser.on('field', (name: string, value: string) => {
      if (!outcome) fields[name] = value;
    });
    parser.on('file', (name, stream, info) => {
      // A body cut short fails the part's stream too; the parser's own error reports it.
      stream.on('error', (error: Error) => current?.destroy(error));
      if (name !== field || outcome) {
        stream.resume();
        return;
      }
      const through = new PassThrough();
      // Its error reaches the receiver through reading it (an errored stream throws when read);
      // this listener only keeps an error that arrives before the receiver reads from being fatal.
      through.on('error', () => {});
      current = through;
      stream.pipe(through);
      outcome = options
        .receive({ name: info.filename ?? 'file', stream: through, fields: { ...fields } })
        .finally(() => {
          // Whatever the receiver left unread is discarded, so the parser can reach the end.
          stream.unpipe(through);
          through.destroy();
          stream.resume();
        });
      outcome.catch(fail);
    });
    parser.on('error', (error: Error) => {
      fail(
        new AppError('validation_failed', 'The multipart body could not be read', {
          fields: { [field]: error.message },
        }),
      );
      finish();
    });
    parser.on('close', () => finish());

    let done = false;
    function finish() {
      if (done) return;
      done = true;
      paced.destroy();
      const settle = async () => {
        const value = outcome ? await outcome.catch((error) => fail(error)) : undefined;
        if (failed) throw failed;
        if (!outcome)
          throw new AppError('validation_failed', 'No file', { fields: { [field]: 'is required' } });
        return value as T;
      };
      settle().then(resolve, reject);
    }
    source.pipe(paced).pipe(parser);
  });
}
