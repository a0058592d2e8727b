import type { Context } from 'hono';
import { z } from 'zod';
import type { ExpectedVersion } from '../db/versions.ts';
import { AppError } from '../errors.ts';
import { jsonResponse } from './route.ts';

/**
 * ETag and If-Match for every editable record (optimistic concurrency; the check itself is
 * server/db/versions.ts). A record's tag is its version, `"v7"`; a compressed answer's is
 * `"v7-br"` or `"v7-gzip"` (compress.ts), and If-Match takes any of them.
 */
export const etagOf = (version: number) => `"v${version}"`;

/** Declares the optional If-Match header of a versioned write (documented and validated). */
export const ifMatchHeaders = z.object({
  'if-match': z
    .string()
    .max(1000, 'must be at most 1000 characters')
    .optional()
    .describe(
      'The ETag (or `"v" + version`) the edit started from. When it is no longer current the write changes nothing and answers 412 version_conflict with the current record. Leave it out to write whatever the version.',
    ),
});

/** A JSON answer carrying the record's ETag. */
export function versionedResponse<S extends z.ZodType>(schema: S, description: string) {
  return {
    ...jsonResponse(schema, description),
    headers: z.object({ ETag: z.string().describe('The record’s version, for If-Match') }),
  };
}

/** The 412 of a versioned write. */
export const conflictResponse = {
  412: {
    description: 'If-Match names a version that is no longer current; error.current is the stored record',
    content: {
      'application/json': {
        schema: z.object({
          error: z.object({
            code: z.literal('version_conflict'),
            message: z.string(),
            current: z.unknown(),
            requestId: z.string(),
          }),
        }),
      },
    },
  },
} as const;

/**
 * The versions an If-Match header names: undefined when there is none or it is `*` (any version
 * will do); otherwise the list, which is empty — matching nothing — when no entry is one of our
 * tags (a weak tag never matches: If-Match compares strongly).
 */
export function expectedVersions(header: string | undefined): ExpectedVersion {
  const value = header?.trim();
  if (!value || value === '*') return undefined;
  const versions: number[] = [];
  for (const part of value.split(',')) {
    const match = /^\s*"v(\d{1,9})(?:-(?:br|gzip))?"\s*$/.exec(part);
    if (match) versions.push(Number(match[1]));
  }
  return versions;
}

/** Sets the ETag of the record being answered with, and gives it back. */
export function withETag<T extends { version: number }>(c: Context, body: T): T {
  c.header('ETag', etagOf(body.version));
  return body;
}

/**
 * Runs a versioned write with the caller's If-Match and answers with the record's new ETag.
 * On a stale version the write (which changed nothing) becomes a 412 carrying the record as a
 * read of it presents it now, and its current ETag.
 */
export async function versionedWrite<T extends { version: number }>(
  c: Context,
  write: (expected: ExpectedVersion) => Promise<T>,
  current: () => Promise<T>,
): Promise<T> {
  try {
    return withETag(c, await write(expectedVersions(c.req.header('if-match'))));
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'version_conflict' || error.current !== undefined)
      throw error;
    const now = await current();
    throw new AppError('version_conflict', error.message, {
      current: now,
      headers: { ETag: etagOf(now.version) },
    });
  }
}
