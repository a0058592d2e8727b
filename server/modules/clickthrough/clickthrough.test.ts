import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { strFromU8, unzipSync } from 'fflate';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOT_MAX_BYTES } from '../../../shared/clickthrough.ts';
import { createTestContext, type TestContext } from '../../../test/app.ts';
import { createTestDemo, testTermId } from '../../../test/factories.ts';
import { png, uploadFile } from '../../../test/files.ts';
import { startS3Server } from '../../../test/s3.ts';
import { SOLID_REDACTION } from './clickthrough.images.ts';

type Client = Awaited<ReturnType<TestContext['as']>>;

let t: TestContext;
let tmm: Client;
let requester: Client;
let viewer: Client;
let webDist: string;

beforeAll(async () => {
  webDist = await mkdtemp(join(tmpdir(), 'showcase-web-'));
  t = await createTestContext({ webDist });
  tmm = await t.as('tmm');
  requester = await t.as('requester');
  viewer = await t.as('viewer');
});
afterAll(async () => {
  await t.close();
  await rm(webDist, { recursive: true, force: true });
});

/** A click-through demo: a published asset of the click-through format with its demo record. */
async function clickThroughDemo(asset: Record<string, unknown> = {}) {
  const row = await createTestDemo(t.db, {
    asset: {
      formatId: await testTermId(t.db, 'format', 'Click-through demo'),
      visibility: 'external',
      safeToShare: true,
      ...asset,
    },
    now: t.clock.now,
  });
  return row.id;
}

/** An image of random noise (every region differs from every other), encoded as `format`. */
async function noise(width: number, height: number, format: 'png' | 'jpeg' | 'webp' = 'png') {
  const raw = Buffer.alloc(width * height * 3);
  let seed = 12345;
  for (let i = 0; i < raw.length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    raw[i] = (seed >> 16) & 0xff;
  }
  const image = sharp(raw, { raw: { width, height, channels: 3 } });
  return new Uint8Array(await image[format]().toBuffer());
}

/** A PNG whose header claims width × height (valid chunk CRC; the pixel data is not needed for the check). */
function pngClaiming(width: number, height: number) {
  const bytes = Buffer.from(png);
  bytes.writeUInt32BE(width, 16);
  bytes.writeUInt32BE(height, 20);
  bytes.writeUInt32BE(crc32(bytes.subarray(12, 29)) >>> 0, 29);
  return new Uint8Array(bytes);
}

const api = (id: string) => `/api/demos/${id}/click-through`;
const upload = (client: Client, id: string, name: string, bytes: Uint8Array, query = '') =>
  uploadFile(t, client, `${api(id)}/screenshots${query}`, { name, bytes });

async function storedImage(stepId: string) {
  const row = await t.db
    .selectFrom('click_through_steps')
    .select(['image_key', 'width', 'height'])
    .where('id', '=', stepId)
    .executeTakeFirstOrThrow();
  const file = await t.storage.get(row.image_key as string);
  const chunks: Uint8Array[] = [];
  for await (const chunk of file.body) chunks.push(chunk);
  return { key: row.image_key as string, bytes: Buffer.concat(chunks), width: row.width, height: row.height };
}

/** Raw RGB pixels of an image. */
const rgb = (bytes: Uint8Array) => sharp(bytes).removeAlpha().raw().toBuffer({ resolveWithObject: true });

/** Mean absolute difference of two same-sized RGB buffers over a pixel rectangle. */
function meanDiff(
  a: Buffer,
  b: Buffer,
  width: number,
  box: { left: number; top: number; w: number; h: number },
) {
  let sum = 0;
  let count = 0;
  for (let y = box.top; y < box.top + box.h; y++)
    for (let x = box.left; x < box.left + box.w; x++)
      for (let c = 0; c < 3; c++) {
        const i = (y * width + x) * 3 + c;
        sum += Math.abs((a[i] as number) - (b[i] as number));
        count++;
      }
  return sum / count;
}

describe('screenshot intake', () => {
  it('decides the type from the content: a PNG named .jpg is taken, normalised to WebP no wider than 1920, without metadata', async () => {
    const id = await clickThroughDemo();
    const wide = await sharp(await noise(2400, 1350))
      .withMetadata({ exif: { IFD0: { Copyright: 'Secret Corp' } } })
      .png()
      .toBuffer();
    const saved = await upload(tmm, id, 'capture.jpg', new Uint8Array(wide));
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
    expect(saved.body.image).toMatchObject({ width: 1920, height: 1080 });
    expect(saved.body.image.url).toBe(`${api(id)}/images/${saved.body.id}?v=1`);
    const stored = await storedImage(saved.body.id);
    const meta = await sharp(stored.bytes).metadata();
    expect(meta.format).toBe('webp');
    expect(meta.width).toBe(1920);
    expect(meta.exif).toBeUndefined();
    // The draft image is served to whoever may see the demo.
    const image = await t.app.request(saved.body.image.url, { headers: { cookie: requester.cookie ?? '' } });
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/webp');
    expect(Buffer.from(await image.arrayBuffer()).equals(stored.bytes)).toBe(true);
    expect((await t.app.request(saved.body.image.url)).status).toBe(401);
  });

  it('refuses a text file named .png (415), a file over the size limit (413) and too many pixels (422), each naming file', async () => {
    const id = await clickThroughDemo();
    const text = await upload(tmm, id, 'screen.png', new TextEncoder().encode('not an image at all\n'));
    expect(text.status).toBe(415);
    expect(text.body.error.fields).toHaveProperty('file');
    const big = new Uint8Array(SCREENSHOT_MAX_BYTES + 1024);
    big.set(png);
    const tooBig = await upload(tmm, id, 'huge.png', big);
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.error.fields).toHaveProperty('file');
    const pixels = await upload(tmm, id, 'giant.png', pngClaiming(10_000, 5_000));
    expect(pixels.status, JSON.stringify(pixels.body)).toBe(422);
    expect(pixels.body.error.fields.file).toContain('million pixels');
    const none = await uploadFile(t, tmm, `${api(id)}/screenshots`, {
      name: 'a.png',
      bytes: png,
      field: 'other',
    });
    expect(none.status).toBe(422);
    expect(none.body.error.fields).toHaveProperty('file');
    // Nothing of the refused uploads was kept.
    expect((await tmm.get(api(id))).body.steps).toEqual([]);
    // Only editors upload; a demo of another format has no click-through steps.
    expect((await upload(requester, id, 'a.png', png)).status).toBe(403);
    const video = (await createTestDemo(t.db)).id;
    const other = await upload(tmm, video, 'a.png', png);
    expect(other.status).toBe(409);
  });
});

describe('the builder', () => {
  it('adds, edits, orders and removes steps, keeps the trail in step, and refuses bad input by field', async () => {
    const id = await clickThroughDemo();
    const stage = (await tmm.post('/api/catalogue/stages', { key: 'ctb', name: 'Stage ctb' })).body.id;
    const category = (await tmm.post('/api/catalogue/categories', { stageId: stage, name: 'ctb category' }))
      .body.id;
    const first = (await upload(tmm, id, 'one.png', await noise(320, 180))).body;
    const second = (await upload(tmm, id, 'two.webp', await noise(320, 180, 'webp'))).body;
    const intro = await tmm.post(`${api(id)}/steps`, {
      kind: 'intro',
      title: 'Welcome, {{company|friend}}',
      position: 1,
    });
    expect(intro.status, JSON.stringify(intro.body)).toBe(201);
    let view = (await tmm.get(api(id))).body;
    expect(view.steps.map((step: { id: string }) => step.id)).toEqual([intro.body.id, first.id, second.id]);
    expect(view.warnings[0]).toMatchObject({ step: null });
    const etag = view.etag as string;

    const patched = await tmm.request(
      'PATCH',
      `${api(id)}/steps/${first.id}`,
      {
        hotspot: { x: 0.1, y: 0.2, w: 0.3, h: 0.1 },
        title: 'Open the pipeline',
        body: 'Click **Run**.',
        categoryId: category,
      },
      { 'if-match': etag },
    );
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect(patched.body.bodyHtml).toBe('<p>Click <strong>Run</strong>.</p>\n');
    expect(patched.headers.get('etag')).not.toBe(etag);
    // An edit from the old version is refused with what is stored now.
    const stale = await tmm.request(
      'PATCH',
      `${api(id)}/steps/${first.id}`,
      { title: 'x' },
      { 'if-match': etag },
    );
    expect(stale.status).toBe(412);
    expect(stale.body.error.current.steps[1].title).toBe('Open the pipeline');
    // The step naming a category is the demo's trail.
    const demo = (await tmm.get(`/api/demos/${id}`)).body;
    expect(demo.trail.map((step: { category: { id: string } }) => step.category.id)).toEqual([category]);

    const bad = await tmm.patch(`${api(id)}/steps/${first.id}`, {
      hotspot: { x: 0.9, y: 0.2, w: 0.3, h: 0.1 },
      categoryId: '00000000-0000-4000-8000-000000000000',
      cta: { text: 'Go', url: 'javascript:alert(1)' },
    });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['cta.url', 'hotspot']);
    const unknownCategory = await tmm.patch(`${api(id)}/steps/${first.id}`, {
      categoryId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknownCategory.status).toBe(422);
    expect(unknownCategory.body.error.fields).toHaveProperty('categoryId');
    const timer = await tmm.patch(`${api(id)}/steps/${first.id}`, { advance: 'timer' });
    expect(timer.body.error.fields).toHaveProperty('timerSeconds');
    const partial = await tmm.put(`${api(id)}/order`, { stepIds: [first.id, second.id] });
    expect(partial.status).toBe(422);
    expect(partial.body.error.fields).toHaveProperty('stepIds');

    const order = await tmm.put(`${api(id)}/order`, { stepIds: [second.id, intro.body.id, first.id] });
    expect(order.status, JSON.stringify(order.body)).toBe(200);
    expect(order.body.steps.map((step: { position: number }) => step.position)).toEqual([1, 2, 3]);
    const tokens = await tmm.put(`${api(id)}/tokens`, { tokens: { company: 'your team' } });
    expect(tokens.status).toBe(200);
    expect((await tmm.put(`${api(id)}/tokens`, { tokens: { 'Bad Name': 'x' } })).status).toBe(422);

    const { key } = await storedImage(second.id);
    expect((await tmm.delete(`${api(id)}/steps/${second.id}`)).status).toBe(200);
    expect(await t.storage.stat(key)).toBeUndefined();
    view = (await tmm.get(api(id))).body;
    expect(view.steps.map((step: { id: string; position: number }) => [step.id, step.position])).toEqual([
      [intro.body.id, 1],
      [first.id, 2],
    ]);
    expect(view.tokens).toEqual({ company: 'your team' });
    expect((await tmm.delete(`${api(id)}/steps/${second.id}`)).status).toBe(404);
    // Viewers do not see demos at all; requesters read but do not edit.
    expect((await viewer.get(api(id))).status).toBe(403);
    expect((await requester.get(api(id))).status).toBe(200);
    expect((await requester.patch(`${api(id)}/steps/${first.id}`, { title: 'x' })).status).toBe(403);
  });

  it('keeps the trail its steps make when the demo itself is saved with another trail', async () => {
    const id = await clickThroughDemo();
    const stage = (await tmm.post('/api/catalogue/stages', { key: 'ctt', name: 'Stage ctt' })).body.id;
    const [shown, other] = await Promise.all(
      ['shown', 'other'].map(
        async (name) =>
          (await tmm.post('/api/catalogue/categories', { stageId: stage, name: `ctt ${name}` })).body.id,
      ),
    );
    const step = (await upload(tmm, id, 'one.png', await noise(320, 180))).body;
    const etag = (await tmm.get(api(id))).body.etag as string;
    expect(
      (await tmm.request('PATCH', `${api(id)}/steps/${step.id}`, { categoryId: shown }, { 'if-match': etag }))
        .status,
    ).toBe(200);
    const saved = await tmm.put(`/api/demos/${id}`, {
      productVersion: '4.7',
      steps: [{ categoryId: other, core: true }],
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const demo = (await tmm.get(`/api/demos/${id}`)).body;
    expect(demo.productVersion).toBe('4.7');
    expect(demo.trail.map((entry: { category: { id: string } }) => entry.category.id)).toEqual([shown]);
  });
});

describe('redaction', () => {
  it('burns blur and solid boxes into the stored image and deletes the original pixels from storage', async () => {
    const id = await clickThroughDemo();
    const original = await noise(640, 360);
    const step = (await upload(tmm, id, 'secret.png', original)).body;
    // Published first, so a version holds a copy of the image too.
    expect((await tmm.post(`${api(id)}/publish`)).status).toBe(201);
    const before = await storedImage(step.id);
    const copyBefore = await t.db
      .selectFrom('click_through_version_images')
      .select('storage_key')
      .where('step_id', '=', step.id)
      .executeTakeFirstOrThrow();
    const boxes = [
      { x: 0.1, y: 0.1, w: 0.25, h: 0.25, style: 'blur' },
      { x: 0.6, y: 0.5, w: 0.25, h: 0.3, style: 'solid' },
    ];
    const redacted = await tmm.post(`${api(id)}/steps/${step.id}/redactions`, { redactions: boxes });
    expect(redacted.status, JSON.stringify(redacted.body)).toBe(200);
    expect(redacted.body.redactions).toEqual(boxes);
    expect(redacted.body.image.url).toContain('?v=2');

    const after = await storedImage(step.id);
    expect(after.key).not.toBe(before.key);
    expect(await t.storage.stat(before.key)).toBeUndefined();
    expect(await t.storage.stat(copyBefore.storage_key)).toBeUndefined();
    const a = await rgb(before.bytes);
    const b = await rgb(after.bytes);
    const w = a.info.width;
    // The blurred box no longer holds the noise; the solid box is the solid colour.
    expect(meanDiff(a.data, b.data, w, { left: 70, top: 40, w: 140, h: 80 })).toBeGreaterThan(40);
    for (const [x, y] of [
      [400, 190],
      [500, 280],
      [420, 270],
    ] as const) {
      const i = (y * w + x) * 3;
      expect(Math.abs((b.data[i] as number) - SOLID_REDACTION.r)).toBeLessThan(12);
      expect(Math.abs((b.data[i + 2] as number) - SOLID_REDACTION.b)).toBeLessThan(12);
    }
    // Outside the boxes the image is nearly unchanged (one more lossy re-encode).
    expect(meanDiff(a.data, b.data, w, { left: 300, top: 10, w: 300, h: 100 })).toBeLessThan(12);
    // The published copy was burned as well.
    const copy = await t.db
      .selectFrom('click_through_version_images')
      .select(['storage_key', 'version_id'])
      .where('step_id', '=', step.id)
      .executeTakeFirstOrThrow();
    const served = await t.app.request(`/play/${id}/v/${copy.version_id}/images/${step.id}`);
    expect(served.status).toBe(200);
    const c = await rgb(new Uint8Array(await served.arrayBuffer()));
    expect(meanDiff(a.data, c.data, w, { left: 70, top: 40, w: 140, h: 80 })).toBeGreaterThan(40);

    const text = await tmm.post(`${api(id)}/steps`, { kind: 'closing' });
    const refused = await tmm.post(`${api(id)}/steps/${text.body.id}/redactions`, { redactions: boxes });
    expect(refused.status).toBe(409);
    const outside = await tmm.post(`${api(id)}/steps/${step.id}/redactions`, {
      redactions: [{ x: 0.9, y: 0.9, w: 0.5, h: 0.5, style: 'blur' }],
    });
    expect(outside.status).toBe(422);
    expect(Object.keys(outside.body.error.fields)[0]).toMatch(/^redactions\.0/);
  });
});

describe('publishing and playing', () => {
  it('freezes versions with stable step ids; viewers see the latest; drafts keep editing', async () => {
    const id = await clickThroughDemo();
    const step = (await upload(tmm, id, 'a.png', await noise(320, 180))).body;
    await tmm.patch(`${api(id)}/steps/${step.id}`, {
      title: 'Hello {{company|there}}',
      body: 'Welcome, <script>alert(1)</script>**{{first_name}}**',
      hotspot: { x: 0.1, y: 0.1, w: 0.2, h: 0.2 },
      cta: { text: 'Book a call', url: 'https://lumenstack.example/book?c={{company}}' },
    });
    await tmm.put(`${api(id)}/tokens`, { tokens: { first_name: 'friend' } });
    expect((await t.anonymous().get(`/play/${id}`)).status).toBe(404);
    const v1 = await tmm.post(`${api(id)}/publish`);
    expect(v1.status, JSON.stringify(v1.body)).toBe(201);
    expect(v1.body.number).toBe(1);
    // The library tells viewers how many steps the published version has, as a recorded edit.
    const asset = (await tmm.get(`/api/assets/${id}`)).body;
    expect(asset.stepCount).toBe(1);
    const history = (await tmm.get(`/api/assets/${id}/versions`)).body;
    expect(JSON.stringify(history)).toContain('Click-through version 1 published');
    await tmm.patch(`${api(id)}/steps/${step.id}`, { title: 'Edited after' });

    const page = await t.app.request(`/play/${id}?company=Acme%20%3Cb%3E&first_name=Ana`);
    expect(page.status).toBe(200);
    expect(page.headers.get('x-frame-options')).toBeNull();
    const policy = page.headers.get('content-security-policy') as string;
    expect(policy).toContain('frame-ancestors *');
    const nonce = /script-src 'self' 'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    const html = await page.text();
    // The player script carries the response's nonce (its CSP allows no other script).
    expect(html).toMatch(
      new RegExp(`<script src="/player/player\\.js"[^>]* nonce="${nonce?.replace(/[+/=]/g, '\\$&')}"`),
    );
    expect(html).toContain('Hello Acme &#60;b&#62;');
    expect(html).not.toContain('Edited after');
    expect(html).not.toContain('<script>alert(1)');
    const json = html.match(
      /<script type="application\/json" id="player-document">(.*?)<\/script>/s,
    )?.[1] as string;
    const document = JSON.parse(json);
    expect(document).toMatchObject({ assetId: id, versionId: v1.body.id, version: 1 });
    expect(document.steps[0].id).toBe(step.id);
    expect(document.steps[0].cta.url).toBe('https://lumenstack.example/book?c=Acme%20%3Cb%3E');
    expect(document.steps[0].bodyHtml).toContain('<strong>Ana</strong>');
    // The app's other pages stay unframable.
    const other = await t.app.request('/api/auth/methods');
    expect(other.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(other.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");

    // The published image is the version's own copy: replacing the draft's changes nothing there.
    const publishedUrl = document.steps[0].image.url as string;
    const firstBytes = Buffer.from(await (await t.app.request(publishedUrl)).arrayBuffer());
    expect((await upload(tmm, id, 'b.png', await noise(320, 180, 'jpeg'), `?stepId=${step.id}`)).status).toBe(
      200,
    );
    const again = await t.app.request(publishedUrl);
    expect(again.headers.get('cache-control')).toContain('immutable');
    expect(Buffer.from(await again.arrayBuffer()).equals(firstBytes)).toBe(true);

    const v2 = (await tmm.post(`${api(id)}/publish`)).body;
    expect(v2.number).toBe(2);
    const latest = await (await t.app.request(`/play/${id}?embed=1`)).text();
    expect(latest).toContain('Edited after');
    expect(latest).toContain(`"versionId":"${v2.id}"`);
    expect(latest).toContain(`"id":"${step.id}"`);
    const view = (await tmm.get(api(id))).body;
    expect(view.versions.map((v: { number: number }) => v.number)).toEqual([2, 1]);
    expect(view.versions[0].publishedBy.id).toBe(tmm.userId);
    const preview = await requester.get(`${api(id)}/preview`);
    expect(preview.status).toBe(200);
    expect(preview.body.steps[0].image.url).toContain(`${api(id)}/images/`);

    // oEmbed of the public address.
    const oembed = await t
      .anonymous()
      .get(`/api/oembed?url=${encodeURIComponent(`http://localhost:3000/play/${id}`)}&format=json`);
    expect(oembed.status, JSON.stringify(oembed.body)).toBe(200);
    expect(oembed.body).toMatchObject({ type: 'rich', version: '1.0', width: 960, height: 540 });
    expect(oembed.body.html).toContain(`src="http://localhost:3000/play/${id}?embed=1"`);
    expect(
      (await t.anonymous().get(`/api/oembed?url=${encodeURIComponent('https://elsewhere.example/play/x')}`))
        .status,
    ).toBe(404);
    expect((await t.anonymous().get(`/api/oembed?url=x&format=xml`)).status).toBe(422);
  });

  it('plays internal or unpublished assets only for signed-in users who may see them', async () => {
    const id = await clickThroughDemo({ visibility: 'internal' });
    const step = (await upload(tmm, id, 'a.png', await noise(320, 180))).body;
    const version = (await tmm.post(`${api(id)}/publish`)).body;
    const image = `/play/${id}/v/${version.id}/images/${step.id}`;
    const hidden = await t.app.request(`/play/${id}`);
    expect(hidden.status).toBe(404);
    expect(await hidden.text()).toContain(`/sign-in?next=${encodeURIComponent(`/play/${id}`)}`);
    expect((await t.anonymous().get(image)).status).toBe(404);
    const page = await t.app.request(`/play/${id}`, { headers: { cookie: viewer.cookie ?? '' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toContain('private');
    expect((await t.app.request(image, { headers: { cookie: viewer.cookie ?? '' } })).status).toBe(200);
    // An API token plays it only if its scopes reach the library.
    for (const [scopes, status] of [
      [['requests'], 404],
      [['library', 'read'], 200],
    ] as const) {
      const made = await tmm.post('/api/account/tokens', { name: `player ${scopes}`, scopes });
      const headers = { authorization: `Bearer ${made.body.token}` };
      expect((await t.app.request(`/play/${id}`, { headers })).status, `${scopes}`).toBe(status);
      expect((await t.app.request(image, { headers })).status, `${scopes}`).toBe(status);
    }
    expect(
      (await t.anonymous().get(`/api/oembed?url=${encodeURIComponent(`http://localhost:3000/play/${id}`)}`))
        .status,
    ).toBe(404);
    // A draft asset is seen by editors only.
    const draft = await clickThroughDemo({ status: 'draft' });
    await upload(tmm, draft, 'a.png', png);
    await tmm.post(`${api(draft)}/publish`);
    expect((await t.app.request(`/play/${draft}`, { headers: { cookie: viewer.cookie ?? '' } })).status).toBe(
      404,
    );
    expect((await t.app.request(`/play/${draft}`, { headers: { cookie: tmm.cookie ?? '' } })).status).toBe(
      200,
    );
  });

  it('exports the latest version as a zip that needs no server, once the player is built', async () => {
    const id = await clickThroughDemo();
    expect((await tmm.get(`${api(id)}/export.zip`)).status).toBe(409);
    const step = (await upload(tmm, id, 'a.png', await noise(320, 180))).body;
    await tmm.post(`${api(id)}/publish`);
    const missing = await tmm.get(`${api(id)}/export.zip`);
    expect(missing.status).toBe(409);
    expect(missing.body.error.message).toContain('build the web app first');
    await mkdir(join(webDist, 'player'), { recursive: true });
    await writeFile(join(webDist, 'player', 'player.js'), 'window.playerLoaded = "</script>";');
    await writeFile(join(webDist, 'player', 'player.css'), 'body { margin: 0 }');
    const response = await t.app.request(`${api(id)}/export.zip`, { headers: { cookie: tmm.cookie ?? '' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual([`images/${step.id}.webp`, 'index.html']);
    const html = strFromU8(files['index.html'] as Uint8Array);
    expect(html).toContain('window.playerLoaded = "<\\/script>"');
    expect(html).toContain('"eventsUrl":null');
    expect(html).toContain(`"url":"images/${step.id}.webp"`);
    expect(html).not.toMatch(/src="\/|href="\//);
  });
});

describe('freshness', () => {
  it('a release flags a click-through demo through its steps, and the builder marks the flagged steps', async () => {
    const stage = (await tmm.post('/api/catalogue/stages', { key: 'ctf', name: 'Stage ctf' })).body.id;
    const category = (await tmm.post('/api/catalogue/categories', { stageId: stage, name: 'ctf pipelines' }))
      .body.id;
    const other = (await tmm.post('/api/catalogue/categories', { stageId: stage, name: 'ctf other' })).body
      .id;
    const feature = (
      await tmm.post('/api/catalogue/features', { categoryId: category, name: 'ctf pipeline editor' })
    ).body.id;
    const id = await clickThroughDemo();
    const steps = [];
    for (let i = 0; i < 3; i++) steps.push((await upload(tmm, id, `s${i}.png`, png)).body);
    await tmm.patch(`${api(id)}/steps/${steps[0].id}`, { featureId: feature });
    await tmm.patch(`${api(id)}/steps/${steps[2].id}`, { categoryId: other });
    const release = await tmm.post('/api/releases/import', {
      format: 'json',
      version: '16.0',
      files: [
        {
          name: '16.0.json',
          content: JSON.stringify({ changes: [{ name: 'ctf pipeline editor', significance: 'removal' }] }),
        },
      ],
      replace: true,
    });
    expect(release.status, JSON.stringify(release.body)).toBe(200);
    const demo = (await tmm.get(`/api/demos/${id}`)).body;
    expect(demo.state).toBe('flagged');
    const view = (await tmm.get(api(id))).body;
    expect(view.flaggedStepIds).toEqual([steps[0].id]);
    // The feature named its category; a feature of another category than the one sent is refused.
    expect(view.steps[0]).toMatchObject({ featureId: feature, categoryId: category });
    const mismatch = await tmm.patch(`${api(id)}/steps/${steps[1].id}`, {
      categoryId: other,
      featureId: feature,
    });
    expect(mismatch.status).toBe(422);
    expect(mismatch.body.error.fields).toHaveProperty('featureId');
  });
});

describe('on S3-compatible storage', () => {
  it('uploads, redacts (deleting the original object), publishes and serves through the S3 driver', async () => {
    const s3 = await startS3Server();
    const other = await createTestContext({ storage: s3.storage(`ct-${crypto.randomUUID()}`) });
    try {
      const editor = await other.as('tmm');
      const row = await createTestDemo(other.db, {
        asset: {
          formatId: await testTermId(other.db, 'format', 'Click-through demo'),
          visibility: 'external',
          safeToShare: true,
        },
      });
      const saved = await uploadFile(other, editor, `${api(row.id)}/screenshots`, {
        name: 'shot.jpg',
        bytes: await noise(640, 360),
      });
      expect(saved.status, JSON.stringify(saved.body)).toBe(201);
      const keyOf = async () =>
        (
          await other.db
            .selectFrom('click_through_steps')
            .select('image_key')
            .where('id', '=', saved.body.id)
            .executeTakeFirstOrThrow()
        ).image_key as string;
      const before = await keyOf();
      const redacted = await editor.post(`${api(row.id)}/steps/${saved.body.id}/redactions`, {
        redactions: [{ x: 0, y: 0, w: 0.5, h: 0.5, style: 'solid' }],
      });
      expect(redacted.status).toBe(200);
      expect(await other.storage.stat(before)).toBeUndefined();
      expect(await other.storage.stat(await keyOf())).toBeDefined();
      const version = (await editor.post(`${api(row.id)}/publish`)).body;
      const image = await other.app.request(`/play/${row.id}/v/${version.id}/images/${saved.body.id}`);
      expect(image.status).toBe(200);
      const { data, info } = await rgb(new Uint8Array(await image.arrayBuffer()));
      const corner = (10 * info.width + 10) * 3;
      expect(Math.abs((data[corner] as number) - SOLID_REDACTION.r)).toBeLessThan(12);
    } finally {
      await other.close();
      await s3.close();
    }
  });
});
