import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDocument, PDFName, PDFRawStream, type PDFStream } from 'pdf-lib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/app.ts';
import { createTestAsset } from '../../../test/factories.ts';
import { downloadFile, exe, pdf, png, uploadFile } from '../../../test/files.ts';

type Client = Awaited<ReturnType<TestContext['as']>>;
const MB = 1024 * 1024;

let t: TestContext;
let tmm: Client;
let viewer: Client;
let requester: Client;

beforeAll(async () => {
  t = await createTestContext();
  tmm = await t.as('tmm');
  viewer = await t.as('viewer');
  requester = await t.as('requester');
});
afterAll(() => t.close());

/** A published, external asset confirmed safe to share (what a share link may serve). */
const shareableAsset = (overrides: Record<string, unknown> = {}) =>
  createTestAsset(t.db, { status: 'published', visibility: 'external', safeToShare: true, ...overrides });

const upload = (client: Client, assetId: string, name: string, bytes: Uint8Array) =>
  uploadFile(t, client, `/api/assets/${assetId}/files`, { name, bytes });

/** A 480×320 PNG of one flat colour: any pixel that differs was drawn by the watermark. */
const flatPng = () =>
  sharp({ create: { width: 480, height: 320, channels: 3, background: { r: 40, g: 90, b: 160 } } })
    .png()
    .toBuffer()
    .then((buffer) => new Uint8Array(buffer));

/** A one-page A4 PDF with a line of text of its own. */
async function onePagePdf(): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.addPage([595, 842]).drawText('Lumenstack deployment guide', { x: 50, y: 780, size: 18 });
  return document.save();
}

/** Every content stream of a PDF page, decoded, as Latin-1 text. */
async function pageContent(bytes: Uint8Array, index = 0): Promise<string> {
  const document = await PDFDocument.load(bytes);
  const page = document.getPage(index);
  const contents = page.node.Contents();
  const streams = (
    contents instanceof PDFArray ? contents.asArray().map((ref) => document.context.lookup(ref)) : [contents]
  ) as PDFStream[];
  return streams
    .map((stream) => {
      const raw = stream instanceof PDFRawStream ? stream.getContents() : stream.getContentsString();
      const bytesOf = typeof raw === 'string' ? Buffer.from(raw, 'latin1') : Buffer.from(raw);
      const filter = stream.dict.get(PDFName.of('Filter'));
      return (filter?.toString() === '/FlateDecode' ? inflateSync(bytesOf) : bytesOf).toString('latin1');
    })
    .join('\n');
}

/** Makes a share link as the TMM and answers its token. */
async function makeLink(assetId: string, input: Record<string, unknown> = {}) {
  const response = await tmm.post(`/api/assets/${assetId}/share-links`, {
    name: 'For Acme',
    audience: 'recipient',
    recipients: [{ name: 'Ada Lovelace', email: 'ada@acme.test' }],
    ...input,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return {
    link: response.body.link,
    token: new URL(response.body.url as string).pathname.replace('/s/', ''),
  };
}

/** An outsider's request to a link: no session, its own cookie jar. */
function visitor(token: string) {
  let cookie: string | undefined;
  const call = async (method: string, path: string, body?: unknown) => {
    const headers: Record<string, string> = { 'user-agent': 'Visitor browser' };
    if (cookie) headers.cookie = cookie;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await t.app.request(`/api/shared/${token}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const set = response.headers.get('set-cookie');
    if (set) cookie = set.split(';')[0];
    return response;
  };
  return {
    view: async () => {
      const response = await call('GET', '');
      return { status: response.status, body: await response.json() };
    },
    passcode: (passcode: string) => call('POST', '/passcode', { passcode }),
    file: async (fileId: string) => {
      const response = await call('GET', `/files/${fileId}`);
      return {
        status: response.status,
        headers: response.headers,
        bytes: new Uint8Array(await response.arrayBuffer()),
      };
    },
  };
}

describe('files on assets', () => {
  it('uploads, lists, downloads and deletes a file, removing the stored object too', async () => {
    const asset = await createTestAsset(t.db);
    const saved = await upload(tmm, asset.id, 'architecture.png', png);
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
    expect(saved.body).toMatchObject({
      assetId: asset.id,
      filename: 'architecture.png',
      contentType: 'image/png',
      size: png.byteLength,
      uploadedBy: { id: tmm.userId },
    });
    expect(saved.body).not.toHaveProperty('storageKey');

    const listed = await tmm.get(`/api/assets/${asset.id}/files`);
    expect(listed.status).toBe(200);
    expect(listed.body.files.map((file: { id: string }) => file.id)).toEqual([saved.body.id]);
    expect(listed.body.maxBytes).toBe(10 * MB);

    const download = await downloadFile(t, tmm, `/api/assets/${asset.id}/files/${saved.body.id}`);
    expect(download.status).toBe(200);
    expect(Buffer.from(download.bytes).equals(Buffer.from(png))).toBe(true);
    expect(download.headers.get('content-type')).toBe('image/png');
    expect(download.headers.get('content-disposition')).toContain('attachment; filename="architecture.png"');
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    const range = await downloadFile(t, tmm, `/api/assets/${asset.id}/files/${saved.body.id}`, {
      range: 'bytes=0-7',
    });
    expect(range.status).toBe(206);
    expect(range.bytes.byteLength).toBe(8);

    expect(await t.storage.stat(`asset-files/${saved.body.id}`)).toEqual({ size: png.byteLength });
    const removed = await tmm.delete(`/api/assets/${asset.id}/files/${saved.body.id}`);
    expect(removed.status).toBe(200);
    expect(await t.storage.stat(`asset-files/${saved.body.id}`)).toBeUndefined();
    expect((await tmm.get(`/api/assets/${asset.id}/files`)).body.files).toEqual([]);
    expect((await tmm.delete(`/api/assets/${asset.id}/files/${saved.body.id}`)).status).toBe(404);
    expect((await downloadFile(t, tmm, `/api/assets/${asset.id}/files/${saved.body.id}`)).status).toBe(404);
  });

  it('lets everyone who sees the asset read its files, and only editors add or remove them', async () => {
    const asset = await createTestAsset(t.db, { status: 'published' });
    const saved = await upload(tmm, asset.id, 'guide.pdf', pdf);
    expect(saved.status).toBe(201);
    for (const reader of [viewer, requester]) {
      expect((await reader.get(`/api/assets/${asset.id}/files`)).body.files).toHaveLength(1);
      expect((await downloadFile(t, reader, `/api/assets/${asset.id}/files/${saved.body.id}`)).status).toBe(
        200,
      );
      expect((await upload(reader, asset.id, 'mine.png', png)).status).toBe(403);
      expect((await reader.delete(`/api/assets/${asset.id}/files/${saved.body.id}`)).status).toBe(403);
    }
    expect(await t.storage.stat(`asset-files/${saved.body.id}`)).toEqual({ size: pdf.byteLength });
    // A file of one asset is not reachable through another.
    const other = await createTestAsset(t.db, { status: 'published' });
    expect((await downloadFile(t, tmm, `/api/assets/${other.id}/files/${saved.body.id}`)).status).toBe(404);
    expect((await tmm.delete(`/api/assets/${other.id}/files/${saved.body.id}`)).status).toBe(404);
  });

  it("hides an internal draft's files from the roles that do not see the asset", async () => {
    const draft = await createTestAsset(t.db, { visibility: 'internal' });
    const saved = await upload(tmm, draft.id, 'pricing.pdf', pdf);
    expect(saved.status).toBe(201);
    for (const reader of [viewer, requester]) {
      const list = await reader.get(`/api/assets/${draft.id}/files`);
      expect(list.status).toBe(404);
      expect(JSON.stringify(list.body)).not.toContain('pricing');
      expect((await downloadFile(t, reader, `/api/assets/${draft.id}/files/${saved.body.id}`)).status).toBe(
        404,
      );
    }
    expect((await t.anonymous().get(`/api/assets/${draft.id}/files`)).status).toBe(401);
  });

  it('refuses no file, an oversized file and a wrong type with 4xx naming the field, keeping nothing', async () => {
    const asset = await createTestAsset(t.db);
    const form = new FormData();
    form.append('note', 'no file here');
    const none = await t.app.request(`/api/assets/${asset.id}/files`, {
      method: 'POST',
      body: form,
      headers: { cookie: tmm.cookie ?? '', 'x-csrf-token': tmm.csrfToken ?? '' },
    });
    expect(none.status).toBe(422);
    expect((await none.json()).error.fields).toEqual({ file: 'is required' });

    const over = new Uint8Array(10 * MB + 1);
    over.set(pdf);
    const large = await upload(tmm, asset.id, 'over.pdf', over);
    expect(large.status).toBe(413);
    expect(large.body.error.fields).toEqual({ file: 'files may be at most 10 MB' });

    const program = await upload(tmm, asset.id, 'setup.exe', exe);
    expect(program.status).toBe(415);
    expect(program.body.error.fields.file).toContain('application/x-msdownload');
    const disguised = await upload(tmm, asset.id, 'setup.pdf', exe);
    expect(disguised.status).toBe(415);
    expect(disguised.body.error.fields).toHaveProperty('file');

    const wrongField = await uploadFile(t, tmm, `/api/assets/${asset.id}/files`, {
      name: 'a.png',
      bytes: png,
      field: 'attachment',
    });
    expect(wrongField.status).toBe(422);
    expect(wrongField.body.error.fields).toEqual({ file: 'is required' });
    expect((await tmm.get(`/api/assets/${asset.id}/files`)).body.files).toEqual([]);
    expect((await tmm.get('/api/assets/not-a-uuid/files')).status).toBe(404);
  });
});

describe('files through share links', () => {
  it('lists and serves the files only while downloads are on, the gates passed and the asset shared', async () => {
    const asset = await shareableAsset();
    const file = (await upload(tmm, asset.id, 'guide.pdf', pdf)).body;

    const open = visitor((await makeLink(asset.id)).token);
    const view = await open.view();
    expect(view.body.asset.files).toEqual([
      {
        id: file.id,
        filename: 'guide.pdf',
        contentType: 'application/pdf',
        size: pdf.byteLength,
        watermarked: false,
      },
    ]);
    const served = await open.file(file.id);
    expect(served.status).toBe(200);
    expect(Buffer.from(served.bytes).equals(Buffer.from(pdf))).toBe(true);
    expect(served.headers.get('content-disposition')).toContain('attachment; filename="guide.pdf"');
    // An unknown file, or a file of another asset, is not found.
    const elsewhere = (await upload(tmm, (await shareableAsset()).id, 'other.png', png)).body;
    expect((await open.file(elsewhere.id)).status).toBe(404);
    expect((await open.file(crypto.randomUUID())).status).toBe(404);

    // Downloads off: no files listed, and none served.
    const closed = visitor((await makeLink(asset.id, { downloads: false })).token);
    expect((await closed.view()).body.asset.files).toEqual([]);
    expect((await closed.file(file.id)).status).toBe(403);

    // A passcode first, exactly as the shared view asks for it.
    const locked = visitor((await makeLink(asset.id, { passcode: 'open sesame' })).token);
    expect((await locked.view()).body.needs).toEqual(['passcode']);
    expect((await locked.file(file.id)).status).toBe(403);
    expect((await locked.passcode('open sesame')).status).toBe(200);
    expect((await locked.file(file.id)).status).toBe(200);

    // A revoked link serves nothing.
    const revocable = await makeLink(asset.id);
    const revoked = visitor(revocable.token);
    expect((await revoked.file(file.id)).status).toBe(200);
    expect((await tmm.post(`/api/share-links/${revocable.link.id}/revoke`, {})).status).toBe(200);
    expect((await revoked.file(file.id)).status).toBe(410);

    // The asset turned internal: every link to it refuses its files at once.
    const edited = await tmm.patch(`/api/assets/${asset.id}`, { visibility: 'internal' });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    const refused = await open.file(file.id);
    expect(refused.status).toBe(410);
    expect(Buffer.from(refused.bytes).toString()).not.toContain('%PDF');
    expect((await open.view()).status).toBe(410);
  });

  it('counts each served file as a download of the link', async () => {
    const asset = await shareableAsset();
    const file = (await upload(tmm, asset.id, 'guide.pdf', pdf)).body;
    const { link, token } = await makeLink(asset.id);
    const open = visitor(token);
    expect((await open.file(file.id)).status).toBe(200);
    expect((await open.file(file.id)).status).toBe(200);
    const links = (await tmm.get(`/api/assets/${asset.id}/share-links`)).body.links as {
      id: string;
      stats: { downloads: number };
    }[];
    expect(links.find((one) => one.id === link.id)?.stats.downloads).toBe(2);
  });

  it("burns the recipient's email into a served PNG's pixels, tiled across it; without watermark the original bytes", async () => {
    const asset = await shareableAsset();
    const original = await flatPng();
    const file = (await upload(tmm, asset.id, 'diagram.png', original)).body;

    const plain = visitor((await makeLink(asset.id)).token);
    const unmarked = await plain.file(file.id);
    expect(unmarked.status).toBe(200);
    expect(Buffer.from(unmarked.bytes).equals(Buffer.from(original))).toBe(true);

    const { link, token } = await makeLink(asset.id, { watermark: true });
    expect(link.watermark).toBe(true);
    const marked = visitor(token);
    expect((await marked.view()).body.asset.files[0]).toMatchObject({ id: file.id, watermarked: true });
    const served = await marked.file(file.id);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(served.bytes).equals(Buffer.from(original))).toBe(false);

    const before = await sharp(original).raw().toBuffer({ resolveWithObject: true });
    const after = await sharp(served.bytes).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    expect(after.info).toMatchObject({ width: 480, height: 320, channels: 3 });
    // Changed pixels in each cell of a 3×3 grid: the text is tiled over the whole image, not
    // stamped once.
    const changedIn = (cellX: number, cellY: number) => {
      let changed = 0;
      for (let y = Math.floor((cellY * 320) / 3); y < Math.floor(((cellY + 1) * 320) / 3); y++)
        for (let x = Math.floor((cellX * 480) / 3); x < Math.floor(((cellX + 1) * 480) / 3); x++) {
          const at = (y * 480 + x) * 3;
          const delta = [0, 1, 2].reduce(
            (sum, channel) =>
              sum + Math.abs((after.data[at + channel] ?? 0) - (before.data[at + channel] ?? 0)),
            0,
          );
          if (delta > 24) changed++;
        }
      return changed;
    };
    for (let cellY = 0; cellY < 3; cellY++)
      for (let cellX = 0; cellX < 3; cellX++) expect(changedIn(cellX, cellY)).toBeGreaterThan(100);
    // Semi-transparent: most of the image is still the original colour.
    let untouched = 0;
    for (let at = 0; at < after.data.length; at += 3)
      if (after.data[at] === 40 && after.data[at + 1] === 90 && after.data[at + 2] === 160) untouched++;
    expect(untouched / (480 * 320)).toBeGreaterThan(0.5);
  });

  it("writes the recipient's email on every page of a served PDF, else the link's name", async () => {
    const asset = await shareableAsset();
    const document = await PDFDocument.load(await onePagePdf());
    document.addPage([612, 792]);
    const original = await document.save();
    const file = (await upload(tmm, asset.id, 'guide.pdf', original)).body;
    const hexOf = (text: string) => Buffer.from(text, 'latin1').toString('hex');

    const served = await visitor((await makeLink(asset.id, { watermark: true })).token).file(file.id);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('application/pdf');
    for (const page of [0, 1]) {
      const content = (await pageContent(served.bytes, page)).toLowerCase();
      expect(content).toContain(`<${hexOf('ada@acme.test')}> tj`);
    }
    expect((await pageContent(original)).toLowerCase()).not.toContain(hexOf('ada@acme.test'));

    // Nobody identified (a company link without the email check): the link's name.
    const company = await makeLink(asset.id, {
      name: 'Acme evaluation',
      audience: 'account',
      accountName: 'Acme',
      recipients: [],
      watermark: true,
    });
    const anonymous = await visitor(company.token).file(file.id);
    expect(anonymous.status).toBe(200);
    const content = (await pageContent(anonymous.bytes)).toLowerCase();
    expect(content).toContain(`<${hexOf('Acme evaluation')}> tj`);
    expect(content).not.toContain(hexOf('ada@acme.test'));
  });

  it('serves other types unchanged on a watermarking link, and refuses a PDF it cannot read rather than serve it unmarked', async () => {
    const asset = await shareableAsset();
    const notes = (await upload(tmm, asset.id, 'notes.txt', new TextEncoder().encode('Read me first.\n')))
      .body;
    // Identified as a PDF by its signature, but not a document pdf-lib can open.
    const broken = (await upload(tmm, asset.id, 'broken.pdf', pdf)).body;
    const open = visitor((await makeLink(asset.id, { watermark: true })).token);
    const text = await open.file(notes.id);
    expect(text.status).toBe(200);
    expect(new TextDecoder().decode(text.bytes)).toBe('Read me first.\n');
    const refused = await open.file(broken.id);
    expect(refused.status).toBe(409);
    expect(Buffer.from(refused.bytes).toString()).not.toContain('%PDF');
  });
});
