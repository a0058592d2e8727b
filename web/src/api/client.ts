/** An error answer from the API: its code, message and the fields it names. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: Record<string, string>;
  readonly requestId?: string;
  constructor(
    status: number,
    body: {
      error?: { code?: string; message?: string; fields?: Record<string, string>; requestId?: string };
    },
  ) {
    super(body.error?.message ?? `Request failed (${status})`);
    this.status = status;
    this.code = body.error?.code ?? 'unknown';
    this.fields = body.error?.fields ?? {};
    this.requestId = body.error?.requestId;
  }
}

let csrfToken: string | undefined;

/** Remembered from the session so every write carries it. */
export function setCsrfToken(token: string | undefined) {
  csrfToken = token;
  if (token) sessionStorage.setItem('showcase.csrf', token);
  else sessionStorage.removeItem('showcase.csrf');
}

/** The CSRF header for writes the app sends itself (file uploads). */
export function csrfHeader(): Record<string, string> {
  return csrfToken ? { 'x-csrf-token': csrfToken } : {};
}

/** Calls the API with the session cookie and CSRF token; throws ApiError on an error answer. */
export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const parsed = text ? JSON.parse(text) : undefined;
  if (!response.ok) throw new ApiError(response.status, parsed ?? {});
  return parsed as T;
}
