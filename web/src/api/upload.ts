import { ApiError, csrfHeader } from './client.ts';

/**
 * Sends one file as multipart/form-data (field "file") and reports progress as a fraction from 0
 * to 1. fetch() cannot report upload progress, so this uses XMLHttpRequest; errors are ApiErrors
 * like every other call.
 */
export function uploadFile<T>(path: string, file: File, onProgress: (fraction: number) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', path);
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
      if (request.status >= 200 && request.status < 300) resolve(body as T);
      else reject(new ApiError(request.status, (body as ConstructorParameters<typeof ApiError>[1]) ?? {}));
    };
    request.onerror = () =>
      reject(new Error('The upload was interrupted; check the connection and try again'));
    const form = new FormData();
    form.append('file', file);
    request.send(form);
  });
}
