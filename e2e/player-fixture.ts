import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { renderPlayerPage } from '../server/modules/clickthrough/clickthrough.page.ts';
import type { PlayerDocument, PlayerEventBatch, RelativeBox } from '../shared/clickthrough.ts';
import { playerDocument } from '../test/fixtures/player-document.ts';

const dist = join(import.meta.dirname, '..', 'web', 'dist', 'player');

/** The built player (npm run build), read as the standalone export reads it. */
export function builtPlayer() {
  const script = join(dist, 'player.js');
  if (!existsSync(script)) throw new Error('web/dist/player/player.js is missing: run npm run build first');
  return { script: readFileSync(script, 'utf8'), css: readFileSync(join(dist, 'player.css'), 'utf8') };
}

export const baseURL = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;

/** A screenshot of screen n: a drawn page with the area its hotspot points at. */
export async function screenPng(n: number, box: RelativeBox | null): Promise<Buffer> {
  box ??= { x: 0, y: 0, w: 0, h: 0 };
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="960" height="540">
    <rect width="960" height="540" fill="#f8fafc"/><rect width="960" height="48" fill="#1e293b"/>
    <text x="24" y="32" font-family="sans-serif" font-size="20" fill="#fff">Lumenstack · screen ${n}</text>
    <rect x="${box.x * 960}" y="${box.y * 540}" width="${box.w * 960}" height="${box.h * 540}" rx="6" fill="#2563eb"/>
  </svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

const hotspotOf = (document: PlayerDocument, n: number) =>
  document.steps.find((step) => step.title === `Screen ${n}`)?.hotspot ?? null;

/** A folder shaped like the standalone export (index.html, images/…), opened from file://. */
export async function writeStandaloneExport(): Promise<{ dir: string; document: PlayerDocument }> {
  const dir = mkdtempSync(join(tmpdir(), 'showcase-player-'));
  mkdirSync(join(dir, 'images'));
  const document = playerDocument((n) => `images/screen-${n}.png`);
  for (let n = 1; n <= 8; n++)
    writeFileSync(join(dir, 'images', `screen-${n}.png`), await screenPng(n, hotspotOf(document, n)));
  const { script, css } = builtPlayer();
  writeFileSync(
    join(dir, 'index.html'),
    renderPlayerPage({ document, mode: 'standalone', inlineScript: script, inlineCss: css }),
  );
  return { dir, document };
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    ),
  );
}

const readBody = (request: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => resolve(body));
  });

/**
 * A stand-in for the /play route on a port of its own: the served (and ?embed=1) player page,
 * its script, stylesheet and images, and an events endpoint that keeps every batch it receives.
 */
export async function startPlayerServer() {
  const { script, css } = builtPlayer();
  const batches: { contentType: string; batch: PlayerEventBatch }[] = [];
  let document: PlayerDocument | null = null;
  const images = new Map<number, Buffer>();
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method === 'POST' && url.pathname === '/events') {
      batches.push({
        contentType: request.headers['content-type'] ?? '',
        batch: JSON.parse(await readBody(request)),
      });
      response.writeHead(202).end();
    } else if (url.pathname === '/play' && document) {
      const mode = url.searchParams.get('embed') === '1' ? 'embed' : 'served';
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(renderPlayerPage({ document, mode, scriptUrl: '/player.js', cssUrl: '/player.css' }));
    } else if (url.pathname === '/player.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    } else if (url.pathname === '/player.css') {
      response.writeHead(200, { 'content-type': 'text/css' }).end(css);
    } else if (url.pathname.startsWith('/images/') && images.has(Number(url.pathname.slice(8)))) {
      response.writeHead(200, { 'content-type': 'image/png' }).end(images.get(Number(url.pathname.slice(8))));
    } else response.writeHead(404).end();
  });
  const origin = await listen(server);
  document = playerDocument((n) => `/images/${n}`, { eventsUrl: `${origin}/events` });
  for (let n = 1; n <= 8; n++) images.set(n, await screenPng(n, hotspotOf(document, n)));
  return {
    origin,
    document,
    batches,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A page on another origin that frames `src` and keeps every message the frame posts. */
export async function startHostServer(src: string) {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="en"><head><title>Partner blog</title></head><body>
      <h1>A partner's blog post</h1>
      <iframe src="${src}" title="Lumenstack demo" width="800" height="600"></iframe>
      <script>window.received = []; addEventListener('message', (e) => window.received.push({ origin: e.origin, data: e.data }));</script>
      </body></html>`);
  });
  const origin = await listen(server);
  return { origin, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
