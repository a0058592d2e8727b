import type { FileRejection } from '@mantine/dropzone';
import { ApiError } from '../api/client.ts';

/** The largest file an upload may be (request attachments, asset files). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** What the server accepts (it checks the content; this only spares a round trip). */
export const uploadAccept = {
  'image/png': ['.png'],
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/gif': ['.gif'],
  'image/webp': ['.webp'],
  'application/pdf': ['.pdf'],
  'application/zip': ['.zip'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['.pptx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
  'text/plain': ['.txt'],
  'text/markdown': ['.md'],
  'text/csv': ['.csv'],
};

export const fileSizeText = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${Number((bytes / 1024 / 1024).toFixed(1))} MB`
    : bytes >= 1024
      ? `${Math.round(bytes / 1024)} KB`
      : `${bytes} bytes`;

/** Why the drop area refused a file, in words. */
export function uploadRejectionText(
  rejection: FileRejection,
  maxBytes = MAX_UPLOAD_BYTES,
  accept: Record<string, string[]> = uploadAccept,
): string {
  const name = rejection.file.name;
  const codes = rejection.errors.map((error) => error.code);
  if (codes.includes('file-too-large'))
    return `${name} is larger than ${fileSizeText(maxBytes)}; files may be at most ${fileSizeText(maxBytes)} each.`;
  if (codes.includes('file-invalid-type'))
    return `${name} is not a type accepted here (${Object.values(accept).flat().join(', ')}).`;
  return `${name}: ${rejection.errors.map((error) => error.message).join('; ')}`;
}

/** Why the server refused an upload (its message names the file and the reason). */
export function uploadErrorText(error: Error): string {
  if (error instanceof ApiError && error.fields.file) return `${error.message.replace(/\.$/, '')}.`;
  return error.message;
}
