import type { PathsWithMethod } from 'openapi-typescript-helpers';
import { ApiError, type ApiResult, csrfHeader } from './client.ts';
import type { paths } from './schema.gen.ts';

type UploadPath = PathsWithMethod<paths, 'post'>;

/**
 * Sends one file as multipart/form-data (field "file") to a path of the API document, its
 * `{placeholders}` filled from `params`, and reports progress as a fraction from 0 to 1. fetch()
 * cannot report upload progress, so this uses XMLHttpRequest rather than apiClient; the answer is
 * still typed from the document, and errors are ApiErrors like every other call.
 */
export function uploadFile<Path extends UploadPath>(
  path: Path,
  params: Record<string, string>,
  file: File,
  onProgress: (fraction: number) => void,
): Promise<ApiResult<Path, 'post'>> {
  const url = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.withCredentials = true;
    request.setRequestHeader('accept', 'application/json');
    for (const [name, value] of Object.entries(csrfHeader())) request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      let body: unknown;
      try {
        body = request.responseText ? JSON.parse(request.responseText) : undefined;
      } catch {
        body = undefined;
      }
      // The server answers what the document says it answers (test/api-types.test.ts keeps them equal).
      if (request.status >= 200 && request.status < 300) resolve(body as ApiResult<Path, 'post'>);
      else reject(new ApiError(request.status, (body as ConstructorParameters<typeof ApiError>[1]) ?? {}));
    };
    request.onerror = () =>
      reject(new Error('The upload was interrupted; check the connection and try again'));
    const form = new FormData();
    form.append('file', file);
    request.send(form);
  });
}
