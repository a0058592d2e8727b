import { readdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/app.ts';
import { docx, downloadFile, exe, pdf, png, uploadFile, zipOf } from '../../../test/files.ts';
import { termIds } from '../../../test/library-helpers.ts';
import { startS3Server } from '../../../test/s3.ts';

type Client = Awaited<ReturnType<TestContext['as']>>;
const MB = 1024 * 1024;

let s3: Awaited<ReturnType<typeof startS3Server>>;
beforeAll(async () => {
  s3 = await startS3Server();
});
afterAll(() => s3?.close());

/** Files a request as a TMM (any team, budget aside) and returns its id. */
async function fileRequest(tmm: Client): Promise<string> {
  const term = await termIds(tmm);
  const teams = (await tmm.get('/api/settings/teams')).body.teams as { id: string }[];
  const response = await tmm.post('/api/requests', {
    title: 'Screenshots for the onboarding guide',
    deliverableTypeId: term('deliverable_type', 'Core Solutions Demos'),
    businessGoal: 'Faster onboarding',
    solutionId: term('solution', 'Software Security (DevSecOps)'),
    teamId: teams[0]?.id,
    budgetOverrideReason: 'Attachment tests',
  });
  if (response.status !== 201) throw new Error(JSON.stringify(response.body));
  return response.body.id;
}

describe.each(['local', 's3'] as const)('attachments on %s storage', (kind) => {
  let t: TestContext;
  let tmm: Client;
  let requestId: string;
  const upload = (name: string, bytes: Uint8Array, headers?: Record<string, string>) =>
    uploadFile(t, tmm, `/api/requests/${requestId}/attachments`, { name, bytes }, headers);
  const download = (id: string, headers?: Record<string, string>) =>
    downloadFile(t, tmm, `/api/requests/${requestId}/attachments/${id}`, headers);
  const listed = async () =>
    (await tmm.get(`/api/requests/${requestId}/attachments`)).body.attachments as {
      id: string;
      filename: string;
    }[];

  beforeAll(async () => {
    t = await createTestContext(kind === 's3' ? { storage: s3.storage(`http-${crypto.randomUUID()}`) } : {});
    tmm = await t.as('tmm');
    requestId = await fileRequest(tmm);
  });
  afterAll(() => t.close());

  it('uploads a file, lists it and streams it back with safe download headers', async () => {
    const saved = await upload('storyboard.png', png);
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({
      filename: 'storyboard.png',
      contentType: 'image/png',
      size: png.byteLength,
    });
    expect((await listed()).map((a) => a.id)).toContain(saved.body.id);
    const file = await download(saved.body.id);
    expect(file.status).toBe(200);
    expect(file.bytes).toEqual(png);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(file.headers.get('content-length')).toBe(String(png.byteLength));
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(file.headers.get('content-disposition')).toBe(
      `attachment; filename="storyboard.png"; filename*=UTF-8''storyboard.png`,
    );
  });

  it('answers a byte range with 206 and an impossible one with 416', async () => {
    const saved = await upload('brief.pdf', pdf);
    const part = await download(saved.body.id, { range: 'bytes=0-7' });
    expect(part.status).toBe(206);
    expect(new TextDecoder().decode(part.bytes)).toBe('%PDF-1.4');
    expect(part.headers.get('content-range')).toBe(`bytes 0-7/${pdf.byteLength}`);
    const outside = await download(saved.body.id, { range: `bytes=${pdf.byteLength}-` });
    expect(outside.status).toBe(416);
    expect(outside.headers.get('content-range')).toBe(`bytes */${pdf.byteLength}`);
  });

  it('takes a file of exactly 10 MB and refuses one byte more while streaming, keeping nothing', async () => {
    const before = (await listed()).length;
    const exact = new Uint8Array(10 * MB);
    exact.set(pdf);
    const accepted = await upload('exact.pdf', exact);
    expect(accepted.status).toBe(201);
    expect(accepted.body.size).toBe(10 * MB);
    const over = new Uint8Array(10 * MB + 1);
    over.set(pdf);
    const refused = await upload('over.pdf', over);
    expect(refused.status).toBe(413);
    expect(refused.body.error.fields).toEqual({ file: 'files may be at most 10 MB' });
    expect((await listed()).length).toBe(before + 1);
    expect(await t.storage.stat(`attachments/${accepted.body.id}`)).toEqual({ size: 10 * MB });
  });

  it('answers 404, not 500, when a listed file is missing from storage', async () => {
    const saved = await upload('lost.pdf', pdf);
    await t.storage.delete(`attachments/${saved.body.id}`);
    const file = await download(saved.body.id);
    expect(file.status).toBe(404);
  });

  it('uploads and downloads a non-Latin file name with an RFC 5987 name and an ASCII fallback', async () => {
    const saved = await upload('✓漢字.txt', new TextEncoder().encode('日本語のメモ\n'));
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({ filename: '✓漢字.txt', contentType: 'text/plain; charset=utf-8' });
    const file = await download(saved.body.id);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toBe(
      `attachment; filename="___.txt"; filename*=UTF-8''%E2%9C%93%E6%BC%A2%E5%AD%97.txt`,
    );
    expect(new TextDecoder().decode(file.bytes)).toBe('日本語のメモ\n');
  });
});

describe('what an attachment may be', () => {
  let t: TestContext;
  let tmm: Client;
  let requestId: string;
  const upload = (name: string, bytes: Uint8Array, headers?: Record<string, string>) =>
    uploadFile(t, tmm, `/api/requests/${requestId}/attachments`, { name, bytes }, headers);

  beforeAll(async () => {
    t = await createTestContext();
    tmm = await t.as('tmm');
    requestId = await fileRequest(tmm);
  });
  afterAll(() => t.close());

  it('identifies the type from the content, not the name', async () => {
    const pngAsText = await upload('notes.txt', png);
    expect(pngAsText.status).toBe(415);
    expect(pngAsText.body.error.fields.file).toBe('the content is image/png, which does not match “.txt”');
    const exeAsPdf = await upload('invoice.pdf', exe);
    expect(exeAsPdf.status).toBe(415);
    expect(exeAsPdf.body.error.fields.file).toContain('application/x-msdownload');
    expect((await upload('photo.png', exe)).status).toBe(415);
    expect((await upload('report.pdf', png)).status).toBe(415);
    expect((await upload('empty.txt', new Uint8Array())).body.error.fields.file).toBe('the file is empty');
    expect((await upload('program.exe', exe)).status).toBe(415);
  });

  it('accepts images, PDF, Office documents, zip and text as before', async () => {
    const cases: [string, Uint8Array, string][] = [
      ['cover.png', png, 'image/png'],
      ['brief.pdf', pdf, 'application/pdf'],
      ['plan.docx', docx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['bundle.zip', zipOf([['readme.txt', 'hello']]), 'application/zip'],
      [
        'deck.pptx',
        zipOf([['notes/readme.txt', 'a zip named as a deck']]),
        'application/vnd.openxmlformats-officedocument.presentationml.presentation',
      ],
      ['notes.md', new TextEncoder().encode('# Notes\n'), 'text/markdown; charset=utf-8'],
      ['numbers.csv', new TextEncoder().encode('a,b\n1,2\n'), 'text/csv; charset=utf-8'],
      ['feed.txt', new TextEncoder().encode('<?xml version="1.0"?><feed/>'), 'text/plain; charset=utf-8'],
    ];
    for (const [name, bytes, type] of cases) {
      const saved = await upload(name, bytes);
      expect(saved.status, name).toBe(201);
      expect(saved.body.contentType, name).toBe(type);
    }
    // A document whose content is Word but is named as a spreadsheet is still refused.
    expect((await upload('plan.pdf', docx)).status).toBe(415);
  });

  it('keeps the extension of a name over 200 characters and accepts it', async () => {
    const saved = await upload(`${'Quarterly onboarding storyboard '.repeat(10)}.pdf`, pdf);
    expect(saved.status).toBe(201);
    expect([...saved.body.filename].length).toBe(200);
    expect(saved.body.filename.endsWith('.pdf')).toBe(true);
    const long = `${'漢'.repeat(300)}.txt`;
    const named = await upload(long, new TextEncoder().encode('text'));
    expect(named.status).toBe(201);
    expect(named.body.filename).toBe(`${'漢'.repeat(196)}.txt`);
  });

  it('strips path parts and direction overrides from names', async () => {
    const saved = await upload('..\\..\\evil\u202egnp.txt', new TextEncoder().encode('text'));
    expect(saved.status).toBe(201);
    expect(saved.body.filename).toBe('evil_gnp.txt');
  });

  it('refuses a body that is not multipart, one without the file field, and a declared size over the cap', async () => {
    const json = await tmm.post(`/api/requests/${requestId}/attachments`, { file: 'x' });
    expect(json.status).toBe(415);
    const other = await uploadFile(t, tmm, `/api/requests/${requestId}/attachments`, {
      name: 'a.txt',
      bytes: new TextEncoder().encode('x'),
      field: 'document',
    });
    expect(other.status).toBe(422);
    expect(other.body.error.fields).toEqual({ file: 'is required' });
    const declared = await t.app.request(`/api/requests/${requestId}/attachments`, {
      method: 'POST',
      headers: {
        cookie: tmm.cookie ?? '',
        'x-csrf-token': tmm.csrfToken ?? '',
        'content-type': 'multipart/form-data; boundary=x',
        'content-length': String(20 * MB),
      },
      body: '--x--',
    });
    expect(declared.status).toBe(413);
    expect((await declared.json()).error.fields).toHaveProperty('file');
    const raw = (contentType: string, body: string) =>
      t.app.request(`/api/requests/${requestId}/attachments`, {
        method: 'POST',
        headers: {
          cookie: tmm.cookie ?? '',
          'x-csrf-token': tmm.csrfToken ?? '',
          'content-type': contentType,
        },
        body,
      });
    expect((await raw('multipart/form-data', 'no boundary')).status).toBe(415);
    const cut = await raw(
      'multipart/form-data; boundary=x',
      '--x\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nhello',
    );
    expect(cut.status).toBe(422);
    expect((await cut.json()).error.fields).toHaveProperty('file');
  });

  it('refuses an upload to a request the caller cannot see, as not found', async () => {
    const requester = await t.as('requester');
    const saved = await uploadFile(t, requester, `/api/requests/${requestId}/attachments`, {
      name: 'mine.txt',
      bytes: new TextEncoder().encode('x'),
    });
    expect(saved.status).toBe(404);
  });
});

describe('local storage on disk', () => {
  it('leaves no partial file behind when an upload is refused for size', async () => {
    const t = await createTestContext();
    try {
      const tmm = await t.as('tmm');
      const requestId = await fileRequest(tmm);
      const over = new Uint8Array(10 * MB + 100);
      over.set(pdf);
      const refused = await uploadFile(t, tmm, `/api/requests/${requestId}/attachments`, {
        name: 'big.pdf',
        bytes: over,
      });
      expect(refused.status).toBe(413);
      const root = t.filesDir as string;
      expect(await readdir(root)).toEqual(['.incoming']);
      expect(await readdir(`${root}/.incoming`)).toEqual([]);
    } finally {
      await t.close();
    }
  });
});

describe('uploads served by Node over a socket', () => {
  // Under app.request() the body is a web stream; served by @hono/node-server it is read off the
  // socket itself (nodeRequestOf), paced by the shared upload budget.
  let t: TestContext;
  let server: ReturnType<typeof serve>;
  let base: string;
  let tmm: Client;
  let requestId: string;
  beforeAll(async () => {
    t = await createTestContext();
    tmm = await t.as('tmm');
    requestId = await fileRequest(tmm);
    server = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await t.close();
  });
  const send = async (name: string, bytes: Uint8Array) => {
    const form = new FormData();
    form.append('file', new File([bytes as Uint8Array<ArrayBuffer>], name));
    const response = await fetch(`${base}/api/requests/${requestId}/attachments`, {
      method: 'POST',
      body: form,
      headers: { cookie: tmm.cookie ?? '', 'x-csrf-token': tmm.csrfToken ?? '' },
    });
    return { status: response.status, body: await response.json() };
  };

  it('stores a file of several bursts byte for byte, and refuses one over 10 MB keeping nothing', async () => {
    const bytes = new Uint8Array(3 * MB + 12_345);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) & 0xff;
    bytes.set(pdf);
    const saved = await send('three-bursts.pdf', bytes);
    expect(saved.status).toBe(201);
    const file = await downloadFile(t, tmm, `/api/requests/${requestId}/attachments/${saved.body.id}`);
    expect(Buffer.compare(Buffer.from(file.bytes), Buffer.from(bytes))).toBe(0);

    const over = new Uint8Array(10 * MB + 1);
    over.set(pdf);
    const refused = await send('over.pdf', over);
    expect(refused.status).toBe(413);
    expect(refused.body.error.fields).toEqual({ file: 'files may be at most 10 MB' });
    expect(await readdir(`${t.filesDir as string}/.incoming`)).toEqual([]);
    const listedNames = (await tmm.get(`/api/requests/${requestId}/attachments`)).body.attachments.map(
      (a: { filename: string }) => a.filename,
    );
    expect(listedNames).toEqual(['three-bursts.pdf']);
  });

  it('answers 413 to a body without a length that runs past the limit, instead of cutting the line', async () => {
    const boundary = 'SizeProbe';
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="endless.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`;
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(new TextEncoder().encode(head));
        // 12 MB of file and no closing boundary: the server has to stop it by size.
        if (sent >= 12 * MB) return controller.close();
        sent += MB;
        controller.enqueue(new Uint8Array(MB).fill(0x41));
      },
    });
    const response = await fetch(`${base}/api/requests/${requestId}/attachments`, {
      method: 'POST',
      body,
      duplex: 'half',
      headers: {
        cookie: tmm.cookie ?? '',
        'x-csrf-token': tmm.csrfToken ?? '',
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
    } as RequestInit);
    expect(response.status).toBe(413);
    expect((await response.json()).error.fields).toEqual({ file: 'files may be at most 10 MB' });
    expect(await readdir(`${t.filesDir as string}/.incoming`)).toEqual([]);
  });

  it('answers a body that is not multipart with 415 and one without the file with 422', async () => {
    const plain = await fetch(`${base}/api/requests/${requestId}/attachments`, {
      method: 'POST',
      body: 'not a form',
      headers: {
        cookie: tmm.cookie ?? '',
        'x-csrf-token': tmm.csrfToken ?? '',
        'content-type': 'text/plain',
      },
    });
    expect(plain.status).toBe(415);
    const form = new FormData();
    form.append('note', 'no file here');
    const empty = await fetch(`${base}/api/requests/${requestId}/attachments`, {
      method: 'POST',
      body: form,
      headers: { cookie: tmm.cookie ?? '', 'x-csrf-token': tmm.csrfToken ?? '' },
    });
    expect(empty.status).toBe(422);
    expect((await empty.json()).error.fields).toEqual({ file: 'is required' });
  });
});
