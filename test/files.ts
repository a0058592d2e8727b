import type { ApiClient, TestContext } from './app.ts';

/** A real 1×1 PNG (file-type needs the IHDR chunk, not only the signature). */
export const png = new Uint8Array(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  ),
);
export const pdf = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n',
);
/** The start of a Windows executable: "MZ", then zeros. */
export const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0, 0, 0, 0x04, 0, 0, 0, 0xff, 0xff, 0, 0]);

/** A zip archive with stored (uncompressed) entries, enough for content identification. */
export function zipOf(entries: [name: string, content: string][]): Uint8Array {
  const parts: Buffer[] = [];
  for (const [name, content] of entries) {
    const data = Buffer.from(content);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(Buffer.byteLength(name), 26);
    parts.push(header, Buffer.from(name), data);
  }
  return new Uint8Array(Buffer.concat(parts));
}
export const docx = zipOf([
  [
    '[Content_Types].xml',
    '<Types><Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  ],
  ['word/document.xml', '<w:document/>'],
]);

/** POSTs a multipart upload as the client's browser would (cookie + CSRF). */
export async function uploadFile(
  t: TestContext,
  client: ApiClient,
  path: string,
  file: { name: string; bytes: Uint8Array; field?: string },
  headers: Record<string, string> = {},
) {
  const form = new FormData();
  form.append(file.field ?? 'file', new File([file.bytes as Uint8Array<ArrayBuffer>], file.name));
  const response = await t.app.request(path, {
    method: 'POST',
    body: form,
    headers: { cookie: client.cookie ?? '', 'x-csrf-token': client.csrfToken ?? '', ...headers },
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
}

/** GETs a download, keeping the body as bytes. */
export async function downloadFile(
  t: TestContext,
  client: ApiClient,
  path: string,
  headers: Record<string, string> = {},
) {
  const response = await t.app.request(path, { headers: { cookie: client.cookie ?? '', ...headers } });
  return {
    status: response.status,
    headers: response.headers,
    bytes: new Uint8Array(await response.arrayBuffer()),
  };
}
