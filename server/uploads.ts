/**
 * What uploads may be: the type is decided from the file's first bytes (never from its name or
 * the browser's claim), and the size is capped.
 */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

const signatures: { type: string; extensions: string[]; test: (bytes: Uint8Array) => boolean }[] = [
  {
    type: 'image/png',
    extensions: ['png'],
    test: (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47,
  },
  {
    type: 'image/jpeg',
    extensions: ['jpg', 'jpeg'],
    test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  },
  {
    type: 'image/gif',
    extensions: ['gif'],
    test: (b) => b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38,
  },
  {
    type: 'image/webp',
    extensions: ['webp'],
    test: (b) =>
      b[0] === 0x52 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x46 && b[8] === 0x57 && b[9] === 0x45,
  },
  {
    type: 'application/pdf',
    extensions: ['pdf'],
    test: (b) => b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46,
  },
  {
    // Office documents are zip containers.
    type: 'application/zip',
    extensions: ['docx', 'pptx', 'xlsx', 'zip'],
    test: (b) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04,
  },
];

const textExtensions: Record<string, string> = { txt: 'text/plain', md: 'text/markdown', csv: 'text/csv' };

/** The safe content type of an upload, or a reason it is refused. */
export function classifyUpload(filename: string, bytes: Uint8Array): { type: string } | { error: string } {
  if (bytes.byteLength === 0) return { error: 'the file is empty' };
  if (bytes.byteLength > MAX_UPLOAD_BYTES)
    return { error: `files may be at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB` };
  const extension = filename.toLowerCase().split('.').pop() ?? '';
  const match = signatures.find((signature) => signature.test(bytes));
  if (match) {
    if (!match.extensions.includes(extension))
      return { error: `the content is ${match.type}, which does not match “.${extension}”` };
    return {
      type:
        extension === 'docx' || extension === 'pptx' || extension === 'xlsx'
          ? `application/vnd.openxmlformats-officedocument.${extension}`
          : match.type,
    };
  }
  const text = textExtensions[extension];
  if (text && !bytes.subarray(0, 4096).includes(0)) return { type: `${text}; charset=utf-8` };
  return { error: 'only images, PDF, Office documents, zip, text, Markdown and CSV files are accepted' };
}

/** A file name safe to store and to send back in a header: no paths, control characters or quotes. */
export function safeFilename(name: string): string {
  const cleaned = [...name]
    .map((char) => (char < ' ' || char === '/' || char === '\\' || char === '"' ? '_' : char))
    .join('');
  return cleaned.slice(0, 200) || 'file';
}
