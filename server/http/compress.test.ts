import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/app.ts';
import { createAsset, createList } from '../../test/library-helpers.ts';

let t: TestContext;
let webDist: string;
const script = `export const answer = ${JSON.stringify('x'.repeat(4000))};\n`;
const indexHtml = `<!doctype html><html><head><script type="module" src="/assets/index-abc123.js"></script></head><body><div id="root"></div>${'<!-- padding -->'.repeat(100)}</body></html>`;

beforeAll(async () => {
  // A stand-in for web/dist as the build writes it: hashed files with .br/.gz beside them.
  webDist = mkdtempSync(join(tmpdir(), 'showcase-dist-'));
  mkdirSync(join(webDist, 'assets'));
  writeFileSync(join(webDist, 'index.html'), indexHtml);
  writeFileSync(join(webDist, 'assets', 'index-abc123.js'), script);
  writeFileSync(join(webDist, 'assets', 'index-abc123.js.br'), brotliCompressSync(script));
  writeFileSync(join(webDist, 'assets', 'index-abc123.js.gz'), gzipSync(script));
  writeFileSync(join(webDist, 'assets', 'logo-abc123.png'), Buffer.alloc(4096, 7));
  t = await createTestContext({ webDist });
});
afterAll(async () => {
  await t.close();
  rmSync(webDist, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}) => t.app.request(path, { headers });
const bytes = async (response: Response) => Buffer.from(await response.arrayBuffer());

describe('compressed API answers', () => {
  it('sends JSON as brotli or gzip, whichever the client prefers, and says it varies', async () => {
    const plain = await get('/api/openapi.json');
    expect(plain.headers.get('content-encoding')).toBeNull();
    const document = await bytes(plain);
    expect(document.byteLength).toBeGreaterThan(10_000);

    const br = await get('/api/openapi.json', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toContain('Accept-Encoding');
    const brBody = await bytes(br);
    expect(Number(br.headers.get('content-length'))).toBe(brBody.byteLength);
    expect(brBody.byteLength).toBeLessThan(document.byteLength / 4);
    expect(brotliDecompressSync(brBody).equals(document)).toBe(true);

    const gzip = await get('/api/openapi.json', { 'accept-encoding': 'gzip' });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(await bytes(gzip)).equals(document)).toBe(true);

    const weighted = await get('/api/openapi.json', { 'accept-encoding': 'br;q=0.5, gzip;q=0.9' });
    expect(weighted.headers.get('content-encoding')).toBe('gzip');
  });

  it('sends it plain when the client refuses both encodings', async () => {
    for (const header of ['identity', 'br;q=0, gzip;q=0', '*;q=0', 'deflate']) {
      const response = await get('/api/openapi.json', { 'accept-encoding': header });
      expect(response.headers.get('content-encoding'), header).toBeNull();
      expect(JSON.parse((await bytes(response)).toString()).openapi).toBe('3.1.0');
    }
  });

  it('leaves tiny bodies alone', async () => {
    const response = await get('/healthz', { 'accept-encoding': 'br, gzip' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(await response.json()).toMatchObject({ status: 'ok' });
  });

  it('compresses error answers too', async () => {
    const response = await get(`/api/${'missing/'.repeat(200)}`, { 'accept-encoding': 'gzip' });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(JSON.parse(gunzipSync(await bytes(response)).toString()).error.code).toBe('not_found');
  });

  it('never compresses a file download', async () => {
    const tmm = await t.as('tmm');
    const listId = await createList(tmm, 'Downloads');
    for (let i = 0; i < 12; i++)
      await createAsset(tmm, listId, { title: `Asset ${i}`, summary: 'A longer summary. '.repeat(10) });
    const response = await t.app.request('/api/assets/export', {
      headers: { cookie: tmm.cookie ?? '', 'accept-encoding': 'br, gzip' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('attachment');
    expect(response.headers.get('content-encoding')).toBeNull();
    const csv = (await bytes(response)).toString();
    expect(csv.length).toBeGreaterThan(2048);
    expect(csv).toContain('Asset 11');
  });
});

describe('the web app', () => {
  it('serves hashed assets precompressed and cached for good', async () => {
    const br = await get('/assets/index-abc123.js', { 'accept-encoding': 'gzip, br' });
    expect(br.status).toBe(200);
    expect(br.headers.get('content-type')).toContain('javascript');
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(await bytes(br)).toString()).toBe(script);

    const gzip = await get('/assets/index-abc123.js', { 'accept-encoding': 'gzip' });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(await bytes(gzip)).toString()).toBe(script);

    const plain = await get('/assets/index-abc123.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect((await bytes(plain)).toString()).toBe(script);
  });

  it('does not compress images', async () => {
    const response = await get('/assets/logo-abc123.png', { 'accept-encoding': 'br, gzip' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBeNull();
    expect((await bytes(response)).byteLength).toBe(4096);
  });

  it('answers a missing hashed asset with 404, not the app page', async () => {
    const response = await get('/assets/index-old999.js');
    expect(response.status).toBe(404);
  });

  it('has index.html and the SPA fallback revalidated on every load, compressed', async () => {
    for (const path of ['/', '/library', '/requests/123']) {
      const response = await get(path, { 'accept-encoding': 'br' });
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe('no-cache');
      expect(response.headers.get('content-type'), path).toContain('text/html');
      expect(response.headers.get('content-encoding'), path).toBe('br');
      expect(brotliDecompressSync(await bytes(response)).toString(), path).toBe(indexHtml);
    }
  });
});
