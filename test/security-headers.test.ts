import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from './app.ts';
import { createTestAsset, createTestDemo, testTermId } from './factories.ts';
import { pdf, uploadFile } from './files.ts';

/**
 * The security headers of each kind of response Showcase gives, read off real answers: the web
 * app's page, its files, API answers, downloads, share pages, the short-link redirect, the
 * embeddable player, /healthz and a 404.
 */
let t: TestContext;
let webDist: string;
let cookie: string;
const kinds: {
  name: string;
  path: string;
  html?: boolean;
  api?: boolean;
  framable?: boolean;
  status: number;
}[] = [];

beforeAll(async () => {
  // A stand-in for web/dist as the build writes it (the app's page loads its hashed script).
  webDist = mkdtempSync(join(tmpdir(), 'showcase-dist-'));
  mkdirSync(join(webDist, 'assets'));
  writeFileSync(
    join(webDist, 'index.html'),
    '<!doctype html><html><head><script type="module" src="/assets/index-abc123.js"></script></head><body><div id="root"></div></body></html>',
  );
  writeFileSync(join(webDist, 'assets', 'index-abc123.js'), 'export const answer = 42;\n');
  t = await createTestContext({ webDist });
  const tmm = await t.as('tmm');
  cookie = tmm.cookie as string;

  const asset = await createTestAsset(t.db, {
    status: 'published',
    visibility: 'external',
    safeToShare: true,
    primaryUrl: 'https://files.example.test/guide.pdf',
    formatId: await testTermId(t.db, 'format'),
  });
  const file = await uploadFile(t, tmm, `/api/assets/${asset.id}/files`, { name: 'guide.pdf', bytes: pdf });
  expect(file.status, JSON.stringify(file.body)).toBe(201);
  const link = await tmm.post(`/api/assets/${asset.id}/share-links`, {
    name: 'For Acme',
    audience: 'account',
    accountName: 'Acme',
    recipients: [],
  });
  expect(link.status, JSON.stringify(link.body)).toBe(201);
  const token = new URL(link.body.url as string).pathname.replace('/s/', '');
  const short = await tmm.post('/api/short-links', {
    assetId: asset.id,
    targetUrl: 'https://docs.example.test/guide',
    code: 'headers-2026',
  });
  expect(short.status, JSON.stringify(short.body)).toBe(201);

  const demo = await createTestDemo(t.db, {
    asset: {
      formatId: await testTermId(t.db, 'format', 'Click-through demo'),
      visibility: 'external',
      safeToShare: true,
    },
    now: t.clock.now,
  });
  const shot = new Uint8Array(
    await sharp({ create: { width: 320, height: 180, channels: 3, background: '#3366cc' } })
      .png()
      .toBuffer(),
  );
  const step = await uploadFile(t, tmm, `/api/demos/${demo.id}/click-through/screenshots`, {
    name: 'a.png',
    bytes: shot,
  });
  expect(step.status, JSON.stringify(step.body)).toBe(201);
  const published = await tmm.post(`/api/demos/${demo.id}/click-through/publish`);
  expect(published.status, JSON.stringify(published.body)).toBe(201);
  const demoLink = await tmm.post(`/api/assets/${demo.id}/share-links`, {
    name: 'Demo for Acme',
    audience: 'account',
    accountName: 'Acme',
    recipients: [],
  });
  expect(demoLink.status, JSON.stringify(demoLink.body)).toBe(201);
  const demoToken = new URL(demoLink.body.url as string).pathname.replace('/s/', '');

  kinds.push(
    { name: 'the web app page', path: '/', html: true, status: 200 },
    { name: 'a page of the web app (SPA route)', path: '/library', html: true, status: 200 },
    { name: 'a share page (web route)', path: `/s/${token}`, html: true, status: 200 },
    { name: 'a static file of the web app', path: '/assets/index-abc123.js', status: 200 },
    { name: 'an API answer', path: '/api/auth/session', api: true, status: 200 },
    { name: 'the OpenAPI document', path: '/api/openapi.json', api: true, status: 200 },
    { name: 'a share link API answer', path: `/api/shared/${token}`, api: true, status: 200 },
    { name: 'an asset file download', path: `/api/assets/${asset.id}/files/${file.body.id}`, status: 200 },
    { name: 'a file through a share link', path: `/api/shared/${token}/files/${file.body.id}`, status: 200 },
    { name: 'the short-link redirect', path: '/s/headers-2026', status: 302 },
    { name: 'the embeddable player page', path: `/play/${demo.id}`, html: true, framable: true, status: 200 },
    {
      name: 'the player page in its iframe form',
      path: `/play/${demo.id}?embed=1`,
      html: true,
      framable: true,
      status: 200,
    },
    // Framed by the link's page only: not framable by other sites.
    {
      name: 'the player through a share link',
      path: `/api/shared/${demoToken}/play`,
      html: true,
      status: 200,
    },
    { name: '/healthz', path: '/healthz', status: 200 },
    { name: 'an API 404', path: '/api/no-such-thing', api: true, status: 404 },
    { name: 'a missing file of the web app', path: '/assets/missing-000.js', status: 404 },
  );
});
afterAll(async () => {
  await t.close();
  rmSync(webDist, { recursive: true, force: true });
});

function get(path: string, headers: Record<string, string> = {}) {
  return t.app.request(path, { headers: { cookie, ...headers } });
}

/** The directives of a Content-Security-Policy, by name. */
function directives(policy: string | null): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of (policy ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), values);
  }
  return map;
}

describe('security headers, per kind of response', () => {
  it('are on every kind of response: nosniff, a referrer policy, framing refused but for the player', async () => {
    expect(kinds.length).toBeGreaterThan(10);
    for (const kind of kinds) {
      const response = await get(kind.path);
      const where = `${kind.name} (${kind.path})`;
      expect(response.status, where).toBe(kind.status);
      expect(response.headers.get('x-content-type-options'), where).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), where).toBeTruthy();
      const csp = directives(response.headers.get('content-security-policy'));
      const frameOptions = response.headers.get('x-frame-options')?.toUpperCase();
      if (kind.framable) {
        expect(csp.get('frame-ancestors'), where).toEqual(['*']);
        expect(frameOptions, where).toBeUndefined();
      } else {
        const ancestors = csp.get('frame-ancestors');
        const refused =
          ancestors?.every((source) => ["'none'", "'self'"].includes(source)) === true ||
          frameOptions === 'DENY' ||
          frameOptions === 'SAMEORIGIN';
        expect(refused, `${where} may be framed by other sites`).toBe(true);
        if (ancestors) expect(ancestors, where).not.toContain('*');
      }
    }
  });

  it('give HTML pages a Content-Security-Policy whose scripts need no inline code', async () => {
    for (const kind of kinds.filter((each) => each.html)) {
      const response = await get(kind.path);
      const where = `${kind.name} (${kind.path})`;
      expect(response.headers.get('content-type'), where).toMatch(/^text\/html/);
      const csp = directives(response.headers.get('content-security-policy'));
      const scripts = csp.get('script-src') ?? csp.get('default-src');
      expect(scripts, where).toBeDefined();
      expect(scripts, where).not.toContain("'unsafe-inline'");
      expect(scripts, where).not.toContain("'unsafe-eval'");
      expect(scripts, where).not.toContain('*');
      expect(csp.get('object-src'), where).toEqual(["'none'"]);
      expect(csp.get('base-uri'), where).toEqual(["'none'"]);
    }
  });

  it('keep API answers out of caches', async () => {
    for (const kind of kinds.filter((each) => each.api)) {
      const response = await get(kind.path);
      expect(response.headers.get('cache-control'), `${kind.name} (${kind.path})`).toBe('no-store');
    }
  });

  it('send HSTS only when the request came over TLS', async () => {
    for (const kind of kinds) {
      const where = `${kind.name} (${kind.path})`;
      const plain = await get(kind.path);
      expect(plain.headers.get('strict-transport-security'), where).toBeNull();
      const overTls = await get(kind.path, { 'x-forwarded-proto': 'https' });
      expect(overTls.status, where).toBe(kind.status);
      expect(overTls.headers.get('strict-transport-security'), where).toMatch(/^max-age=\d{7,}/);
    }
  });
});
