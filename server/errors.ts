import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ZodError } from 'zod';
import type { AppEnv } from './http/context.ts';

/** Every error Showcase returns. The HTTP status for each lives in `statusOf`, and only there. */
export const errorCodes = [
  /** The body is not valid JSON. */
  'malformed_json',
  /** The body is not JSON (Content-Type must be application/json). */
  'unsupported_media_type',
  /** Input failed validation; `fields` names each bad field. */
  'validation_failed',
  /** No valid session or API token. */
  'unauthenticated',
  /** Email and password do not match an active account. */
  'invalid_credentials',
  /** Signed in, but the role may not do this. */
  'forbidden',
  /** A cookie-authenticated write came without the session's CSRF token. */
  'csrf_failed',
  /** The record does not exist, or the caller may not know it exists. */
  'not_found',
  /** The write clashes with a stored record (for example a duplicate name). */
  'conflict',
  /** The record is referenced elsewhere and cannot be deleted; archive it instead. */
  'in_use',
  /** The request would overdraw the requesting team's quarterly budget. */
  'over_budget',
  /** The request cannot move to that state from where it is. */
  'illegal_transition',
  /** A published demo's persona would change in place; make a new demo or give a reason. */
  'persona_change',
  /** The change would leave the workspace without an active admin. */
  'last_admin',
  /** If-Match names a version of the record that is no longer current; `current` is what is stored. */
  'version_conflict',
  /** The body is larger than allowed. */
  'payload_too_large',
  /** The asked byte range lies outside the file (`Content-Range` says its size). */
  'range_not_satisfiable',
  /** The asset cannot be shared outside: it is internal, unpublished or not confirmed safe to share. */
  'not_shareable',
  /** The share link was revoked, has expired, or its asset is no longer shared. */
  'gone',
  /** Too many failed attempts; retry later. */
  'too_many_attempts',
  /** Too many calls in a short time (a rate limit); Retry-After says how many seconds to wait. */
  'too_many_requests',
  /** The database is not reachable or not migrated. */
  'not_ready',
  /** Anything unexpected; the request id leads to the log entry. */
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

const statusOf: Record<ErrorCode, ContentfulStatusCode> = {
  malformed_json: 400,
  unsupported_media_type: 415,
  validation_failed: 422,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  in_use: 409,
  last_admin: 409,
  over_budget: 409,
  illegal_transition: 409,
  persona_change: 409,
  not_shareable: 409,
  gone: 410,
  version_conflict: 412,
  payload_too_large: 413,
  range_not_satisfiable: 416,
  too_many_attempts: 429,
  too_many_requests: 429,
  not_ready: 503,
  internal: 500,
};

export type FieldErrors = Record<string, string>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields?: FieldErrors;
  readonly headers?: Record<string, string>;
  /** With version_conflict: the record as it is stored now, presented like a read of it. */
  readonly current?: unknown;
  constructor(
    code: ErrorCode,
    message: string,
    options: { fields?: FieldErrors; headers?: Record<string, string>; current?: unknown } = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fields = options.fields;
    this.headers = options.headers;
    this.current = options.current;
  }
  get status(): ContentfulStatusCode {
    return statusOf[this.code];
  }
}

/** Turns zod issues into `{ "field.path": "message" }`, naming unknown keys one by one. */
export function fieldErrorsFrom(error: ZodError, prefix?: string): FieldErrors {
  // No prototype: an unknown key named `__proto__` is named like any other, not swallowed.
  const fields: FieldErrors = Object.create(null);
  for (const issue of error.issues) {
    const base = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) fields[base ? `${base}.${key}` : key] = 'is not a known field';
      continue;
    }
    const key = base || (prefix ?? 'body');
    if (!fields[key]) fields[key] = issue.message;
  }
  return fields;
}

/** Words for field names that do not read well split from camelCase. */
const fieldWords: Record<string, string> = {
  url: 'URL',
  id: 'ID',
  ids: 'IDs',
  csv: 'CSV',
  sla: 'SLA',
  api: 'API',
  ical: 'iCal',
  gitlab: 'GitLab',
  html: 'HTML',
  okr: 'OKR',
  q: 'Search',
};

/**
 * A field's name in the words people use: `quarterlyBudget` → "Quarterly budget",
 * `assigneeId` → "Assignee", `deliveredAssetIds` → "Delivered assets", `ids.1` → "IDs (item 2)",
 * `settings.reviewSlaBusinessDays` → "Review SLA business days". The `fields` map keeps the keys
 * (forms place each message by them); only the sentence a person reads uses labels.
 */
export function fieldLabel(path: string): string {
  const parts = path.split('.');
  const items = parts.filter((part) => /^\d+$/.test(part)).map((index) => Number(index) + 1);
  const names = parts.filter((part) => !/^\d+$/.test(part));
  let name = names.at(-1) ?? path;
  if (name !== 'id' && name !== 'ids') name = name.replace(/Ids$/, 's').replace(/Id$/, '');
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .split(/\s+/)
    .map((word) => fieldWords[word.toLowerCase()] ?? word.toLowerCase());
  const sentence = words.join(' ');
  const label = sentence.charAt(0).toUpperCase() + sentence.slice(1);
  return items.length ? `${label} (item ${items.join(', ')})` : label;
}

/** "Quarterly budget must be at least 0", or "Check these fields: Name, Quarterly budget". */
function validationMessage(fields: FieldErrors): string {
  const entries = Object.entries(fields);
  if (entries.length === 1) {
    const [path, problem] = entries[0] as [string, string];
    return `${fieldLabel(path)} ${problem}`;
  }
  return `Check these fields: ${entries.map(([path]) => fieldLabel(path)).join(', ')}`;
}

/** Fields are named by their path alone, whether they came in the body, the query or the URL. */
export function validationError(error: ZodError): AppError {
  const fields = fieldErrorsFrom(error);
  return new AppError('validation_failed', validationMessage(fields), { fields });
}

/** What a record is called, from the path segment before its id: `team-members` → "Team member". */
const recordNames: Record<string, string> = {
  assets: 'Asset',
  attachments: 'Attachment',
  catalogue: 'Catalogue item',
  demos: 'Demo',
  failures: 'Failed job',
  flags: 'Flag',
  imports: 'Import',
  lists: 'List',
  releases: 'Release',
  requests: 'Request',
  'team-members': 'Team member',
  teams: 'Team',
  terms: 'Term',
  tokens: 'API token',
  users: 'User',
  webhooks: 'Webhook',
};

/**
 * A record id in the URL that is not even well formed names no record: it is answered like any
 * other missing record ("Request not found", 404), not as a form field the person never saw.
 * `routePath` is the matched route (`/api/requests/:id/comments`).
 */
export function urlParamsError(error: ZodError, routePath: string): AppError {
  const segments = routePath.split('/');
  const isIdKey = (key: string) => key === 'id' || key.endsWith('Id');
  // Only an id that is not a UUID at all; text a column cannot store (a NUL) stays a 422 naming it.
  const notAnId = error.issues.every(
    (issue) =>
      issue.path.length === 1 &&
      isIdKey(String(issue.path[0])) &&
      issue.code === 'invalid_format' &&
      issue.format === 'uuid',
  );
  const idKey = notAnId ? String(error.issues[0]?.path[0] ?? '') : undefined;
  if (idKey) {
    const at = segments.indexOf(`:${idKey}`);
    const owner = at > 0 ? segments[at - 1] : undefined;
    const name = (owner && recordNames[owner]) ?? (owner ? fieldLabel(owner.replace(/s$/, '')) : 'Record');
    return new AppError('not_found', `${name} not found`);
  }
  return validationError(error);
}

/** Maps PostgreSQL constraint errors from either driver to user-facing errors. */
function fromDatabaseError(error: unknown): AppError | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (
    code === '23505' &&
    (error as { constraint?: unknown }).constraint === 'requests_one_open_demo_update_idx'
  )
    return new AppError('conflict', 'This demo already has an open update request; a demo has one at a time');
  if (code === '23505') return new AppError('conflict', 'A record with the same name or key already exists');
  if (code === '23503') return new AppError('in_use', 'The record is referenced elsewhere');
  if (code === '22001') return new AppError('validation_failed', 'A value is too long');
  return undefined;
}

export function toAppError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) return validationError(error);
  if (error instanceof HTTPException) {
    if (error.status === 400 && /json/i.test(error.message))
      return new AppError('malformed_json', 'The request body is not valid JSON');
    if (error.status === 415)
      return new AppError(
        'unsupported_media_type',
        'Send the body as JSON with Content-Type: application/json',
      );
    if (error.status === 413) return new AppError('payload_too_large', 'The request body is too large');
    if (error.status === 401) return new AppError('unauthenticated', error.message || 'Sign in first');
    if (error.status === 404) return new AppError('not_found', error.message || 'Not found');
    return undefined;
  }
  return fromDatabaseError(error);
}

export function errorBody(error: AppError, requestId: string) {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.fields ? { fields: error.fields } : {}),
      ...(error.current !== undefined ? { current: error.current } : {}),
      requestId,
    },
  };
}

export function handleError(error: unknown, c: Context<AppEnv>) {
  const requestId = c.get('requestId');
  const known = toAppError(error);
  if (known) {
    if (known.headers) for (const [name, value] of Object.entries(known.headers)) c.header(name, value);
    return c.json(errorBody(known, requestId), known.status);
  }
  c.get('logger').error({ err: error, requestId }, 'unexpected error');
  return c.json(
    errorBody(
      new AppError('internal', 'Something went wrong; quote the request id when reporting it'),
      requestId,
    ),
    500,
  );
}
