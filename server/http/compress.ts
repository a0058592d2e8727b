import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export type Encoding = 'br' | 'gzip';

/** Text-like types worth compressing; images, video, archives and fonts are compressed already. */
const COMPRESSIBLE =
  /^(text\/|application\/(json|javascript|xml|atom\+xml|rss\+xml|manifest\+json|problem\+json)|image\/svg\+xml)/i;

/**
 * The encoding the client prefers among those we produce: brotli over gzip at equal weight,
 * honouring `q` values (`gzip;q=0` refuses gzip) and `*`. Undefined when neither is acceptable.
 */
export function negotiateEncoding(header: string | undefined): Encoding | undefined {
  if (!header) return undefined;
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q ? Number(q.slice(2)) : 1;
    weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (encoding: Encoding) => weights.get(encoding) ?? weights.get('*') ?? 0;
  const br = weightOf('br');
  const gz = weightOf('gzip');
  if (br <= 0 && gz <= 0) return undefined;
  return br >= gz ? 'br' : 'gzip';
}

/**
 * Compresses text responses built in memory (API JSON, the web app's index.html, feeds) with
 * brotli or gzip, as the client's Accept-Encoding asks. Left alone: bodies under `threshold`
 * bytes, types that are compressed already, responses that carry an encoding (the precompressed
 * build files), file downloads (`Content-Disposition`, streamed from storage), `no-transform`,
 * HEAD and bodiless statuses. Compression runs on libuv's thread pool, off the HTTP thread;
 * brotli at quality 5 costs about as much as gzip level 6 and is smaller.
 */
export function compress(options: { threshold?: number; brotliQuality?: number } = {}): MiddlewareHandler {
  const threshold = options.threshold ?? 1024;
  const brotliQuality = options.brotliQuality ?? 5;
  return async (c, next) => {
    await next();
    const res = c.res;
    const type = res.headers.get('content-type') ?? '';
    if (!COMPRESSIBLE.test(type) || !res.body || c.req.method === 'HEAD') return;
    res.headers.append('Vary', 'Accept-Encoding');
    if (
      res.headers.has('content-encoding') ||
      res.headers.has('content-disposition') ||
      /no-transform/i.test(res.headers.get('cache-control') ?? '') ||
      type.startsWith('text/event-stream')
    )
      return;
    const length = res.headers.get('content-length');
    if (length !== null && Number(length) < threshold) return;
    const encoding = negotiateEncoding(c.req.header('accept-encoding'));
    if (!encoding) return;

    const raw = Buffer.from(await res.arrayBuffer());
    const init = { status: res.status, statusText: res.statusText, headers: res.headers };
    if (raw.byteLength < threshold) {
      // Read to learn its size: hand the same bytes on, untouched.
      c.res = new Response(raw, init);
      c.res.headers.set('content-length', String(raw.byteLength));
      return;
    }
    const body =
      encoding === 'br'
        ? await brotli(raw, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: brotliQuality,
              [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
              [constants.BROTLI_PARAM_SIZE_HINT]: raw.byteLength,
            },
          })
        : await gzipAsync(raw, { level: 6 });
    // Hono copies the previous response's headers onto the new one; adjust them afterwards.
    c.res = new Response(new Uint8Array(body), init);
    const headers = c.res.headers;
    headers.set('content-encoding', encoding);
    headers.set('content-length', String(body.byteLength));
    // A compressed answer is another representation: a strong tag names its coding ("v7-br"), so
    // it stays strong and If-Match still reads it (server/http/versions.ts).
    const etag = headers.get('etag');
    if (etag && !etag.startsWith('W/')) headers.set('etag', etag.replace(/"$/, `-${encoding}"`));
  };
}
