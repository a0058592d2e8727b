import { digest } from '../../crypto.ts';
import type { Database } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import { presentWait } from './limits.presenter.ts';
import { countCall, deleteWindowsEndedBefore } from './limits.repository.ts';

type Db = Database['db'];

/** A limit: at most `limit` calls per fixed window of `windowMs` for one key of one scope. */
export interface RateLimit {
  /** What is limited ('password-change', 'share-passcode', …): counts of scopes never mix. */
  scope: string;
  limit: number;
  windowMs: number;
}

const MINUTE = 60_000;

/**
 * Every rate limit Showcase applies, well above what a person ever does (docs/ARCHITECTURE.md,
 * "Rate limits"). Sign-in keeps its own throttle on failed attempts (auth.service.ts).
 */
export const rateLimits = {
  /** Password changes, per account: a wrong current password ten times an hour is a guesser. */
  passwordChange: { scope: 'password-change', limit: 10, windowMs: 60 * MINUTE },
  /** Passcodes tried on one share link from one client address. */
  sharePasscode: { scope: 'share-passcode', limit: 30, windowMs: 15 * MINUTE },
  /** Email codes asked for on one share link from one client address. */
  shareEmailCode: { scope: 'share-email-code', limit: 20, windowMs: 60 * MINUTE },
  /** Email codes checked on one share link from one client address. */
  shareEmailVerify: { scope: 'share-email-verify', limit: 30, windowMs: 15 * MINUTE },
  /** Visits and beats (one per 10 s per open page) of one share link from one client address. */
  shareEvents: { scope: 'share-events', limit: 600, windowMs: 10 * MINUTE },
  /** Click-through player event batches through one share link from one client address. */
  playerEvents: { scope: 'player-events', limit: 600, windowMs: 10 * MINUTE },
} as const satisfies Record<string, RateLimit>;

/**
 * The stored key of what is limited: a SHA-256 digest of its parts (an account id, a link id, a
 * client address), so no raw address is kept. A missing part (no socket address) is 'unknown'.
 */
export function limitKey(...parts: (string | null | undefined)[]): string {
  return digest(parts.map((part) => part ?? 'unknown').join('\u0000'));
}

/**
 * Counts one call against the limit and throws `too_many_requests` (429 with Retry-After, the
 * seconds until the window ends) once the window has seen more than `limit` calls. The count is in
 * PostgreSQL, so every instance of Showcase on the database counts in the same window.
 */
export async function rateLimit(
  db: Db,
  options: RateLimit & { key: string; now: Date },
): Promise<{ count: number; remaining: number }> {
  const at = options.now.getTime();
  const start = Math.floor(at / options.windowMs) * options.windowMs;
  const count = await countCall(db, {
    scope: options.scope,
    key: options.key,
    windowStart: new Date(start),
    windowEnd: new Date(start + options.windowMs),
  });
  if (count > options.limit) {
    const seconds = Math.max(1, Math.ceil((start + options.windowMs - at) / 1000));
    throw new AppError('too_many_requests', `Too many requests; try again in ${presentWait(seconds)}`, {
      headers: { 'Retry-After': String(seconds) },
    });
  }
  return { count, remaining: options.limit - count };
}

/** The cleanup job's part: windows that have ended. Returns how many went. */
export async function removeEndedRateLimits(options: { db: Db; now: Date }): Promise<number> {
  const result = await deleteWindowsEndedBefore(options.db, options.now);
  return Number(result.numDeletedRows);
}
