import type { Role } from '../../../shared/roles.ts';
import type {
  ChangePasswordInput,
  CreateApiTokenInput,
  SignInInput,
} from '../../../shared/schemas/account.ts';
import {
  normaliseTokenScopes,
  type TokenScope,
  tokenAreaLabels,
  tokenAreasOfRole,
} from '../../../shared/tokens.ts';
import { digest, hashPassword, randomToken, verifyPassword } from '../../crypto.ts';
import type { Database } from '../../db/connect.ts';
import type { UserRow } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import type { Principal } from '../../http/context.ts';
import { currentAuditActor, identifyAuditActor, withAuditActor } from '../audit/audit.context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findUser, findUserWithEmail } from '../users/users.service.ts';
import {
  claimTokenUseAudit,
  clearSignInFailures,
  deleteExpiredSessions,
  deleteSession,
  deleteSignInFailuresBefore,
  findLiveSession,
  findTokenUser,
  insertApiToken,
  insertSession,
  listApiTokens,
  lockSignInAttempts,
  markSignedIn,
  recordSignInFailure,
  revokeAllApiTokens,
  revokeAllSessions,
  revokeApiToken,
  signInFailureStats,
  touchApiToken,
  touchSession,
  updatePasswordHash,
} from './auth.repository.ts';

type Db = Database['db'];

export const TOKEN_PREFIX = 'sc_';
const FAILURE_WINDOW_MS = 15 * 60_000;
const TOUCH_EVERY_MS = 60 * 60_000;
/** Compared against when the email is unknown, so both paths take as long. */
let dummyHash: Promise<string> | undefined;

/**
 * Each scope allows a few failures in fifteen minutes, then makes every further attempt wait
 * longer since the last failure: 15 s, 30 s, 60 s … up to its cap. Nothing is a hard lock.
 * - one account from one address: 5 free, up to 15 minutes (guessing one password);
 * - one address, any account: 20 free, up to 15 minutes (spraying many accounts);
 * - one account from anywhere: 30 free, up to 1 minute, so failures from elsewhere slow a
 *   distributed attack without locking the real owner (an admin included) out for long.
 */
export const signInScopes = {
  pair: { free: 5, maxWaitMs: 15 * 60_000 },
  ip: { free: 20, maxWaitMs: 15 * 60_000 },
  account: { free: 30, maxWaitMs: 60_000 },
} as const;

export function signInDelayMs(failures: number, scope: keyof typeof signInScopes = 'pair'): number {
  const { free, maxWaitMs } = signInScopes[scope];
  if (failures < free) return 0;
  return Math.min(15_000 * 2 ** (failures - free), maxWaitMs);
}

/**
 * Takes a sign-in attempt, atomically: under the account's and the address's locks it checks the
 * waits of every scope and records the attempt as a failure before the password is checked, so
 * parallel guesses count one by one. All times are the app's clock. Returns the attempt's id, or
 * how many seconds to wait.
 */
async function claimSignInAttempt(options: { db: Db; email: string; ip?: string; now: Date }) {
  const { email, ip, now } = options;
  return options.db.transaction().execute(async (trx) => {
    await lockSignInAttempts(trx, email, ip);
    const stats = await signInFailureStats(trx, email, ip, new Date(now.getTime() - FAILURE_WINDOW_MS));
    let retryAt = 0;
    for (const scope of Object.keys(signInScopes) as (keyof typeof signInScopes)[]) {
      const { count, last } = stats[scope];
      const wait = signInDelayMs(count, scope);
      if (wait > 0 && last) retryAt = Math.max(retryAt, last.getTime() + wait);
    }
    if (retryAt > now.getTime()) return { waitSeconds: Math.ceil((retryAt - now.getTime()) / 1000) };
    return { attemptId: await recordSignInFailure(trx, email, ip, now) };
  });
}

export async function signIn(options: {
  db: Db;
  input: SignInInput;
  now: Date;
  sessionDays: number;
  userAgent?: string;
  ip?: string;
  /**
   * SSO-only mode: only this admin may sign in with a password. Every other password sign-in
   * fails with the same answer as a wrong password, so the answer never tells who the
   * break-glass account is.
   */
  breakGlassEmail?: string;
}) {
  const { db, input, now } = options;
  const attempt = await claimSignInAttempt({ db, email: input.email, ip: options.ip, now });
  if (attempt.waitSeconds) {
    const seconds = attempt.waitSeconds;
    await recordAudit(
      db,
      { action: 'auth.sign_in_failed', details: { email: input.email, reason: 'throttled' } },
      now,
    );
    throw new AppError('too_many_attempts', `Too many failed sign-ins; try again in ${seconds} s`, {
      headers: { 'Retry-After': String(seconds) },
    });
  }
  const user = await findUserWithEmail({ db, email: input.email });
  dummyHash ??= hashPassword(randomToken());
  const matches = await verifyPassword(user?.password_hash ?? (await dummyHash), input.password);
  const breakGlass = options.breakGlassEmail?.toLowerCase();
  const mayUsePassword =
    breakGlass === undefined || (user?.email.toLowerCase() === breakGlass && user.role === 'admin');
  if (!user?.active || !user.password_hash || !matches || !mayUsePassword) {
    const reason = !user
      ? 'unknown email'
      : !user.active
        ? 'deactivated'
        : !user.password_hash || !mayUsePassword
          ? 'password sign-in not allowed'
          : 'wrong password';
    await recordAudit(
      db,
      {
        action: 'auth.sign_in_failed',
        target: user ? { type: 'user', id: user.id, label: user.email } : null,
        details: { email: input.email, reason },
      },
      now,
    );
    throw new AppError(
      'invalid_credentials',
      breakGlass === undefined
        ? 'Email or password is wrong, or the account is deactivated'
        : 'Password sign-in is only for the break-glass admin: use single sign-on',
    );
  }
  await clearSignInFailures(db, input.email, options.ip);
  return startSession({
    db,
    user,
    now,
    sessionDays: options.sessionDays,
    userAgent: options.userAgent,
    ip: options.ip,
    method: 'password',
  });
}

/** Opens a browser session for an account that has proven who it is (password or single sign-on). */
export async function startSession(options: {
  db: Db;
  user: UserRow;
  now: Date;
  sessionDays: number;
  userAgent?: string;
  ip?: string;
  method: 'password' | 'sso';
}) {
  const { user, now } = options;
  const token = randomToken();
  const csrfToken = randomToken(24);
  identifyAuditActor({
    actorId: user.id,
    actorLabel: user.email,
    via: options.method === 'sso' ? 'sso' : 'session',
  });
  await options.db.transaction().execute(async (db) => {
    await markSignedIn(db, user.id, now);
    await insertSession(db, {
      id: digest(token),
      userId: user.id,
      csrfToken,
      expiresAt: new Date(now.getTime() + options.sessionDays * 86_400_000),
      userAgent: options.userAgent?.slice(0, 300),
      ip: options.ip,
    });
    await recordAudit(
      db,
      {
        action: 'auth.sign_in',
        target: { type: 'user', id: user.id, label: user.email },
        details: { method: options.method },
      },
      now,
    );
  });
  return { token, csrfToken, user: { ...user, last_sign_in_at: now } };
}

export function signOut(options: { db: Db; sessionId: string; now: Date }) {
  return options.db.transaction().execute(async (db) => {
    await deleteSession(db, options.sessionId);
    await recordAudit(db, { action: 'auth.sign_out' }, options.now);
  });
}

/**
 * The sign-in cleanup job: sessions past their expiry go, and so do failed sign-ins older than a
 * day (the throttle counts only the last 15 minutes; a day keeps them for anyone looking into an
 * attack). Returns how many of each went.
 */
export async function removeExpiredSignIns(options: {
  db: Db;
  now: Date;
}): Promise<{ sessions: number; failures: number }> {
  const results = await deleteExpiredSessions(options.db, options.now);
  const failures = await deleteSignInFailuresBefore(options.db, new Date(options.now.getTime() - 86_400_000));
  return {
    sessions: results.reduce((sum, result) => sum + Number(result.numDeletedRows), 0),
    failures: Number(failures.numDeletedRows),
  };
}

/** Resolves a session cookie or a bearer token to the acting user; undefined when neither is valid. */
export async function resolvePrincipal(options: {
  db: Db;
  now: Date;
  sessionDays: number;
  sessionToken?: string;
  bearerToken?: string;
}): Promise<Principal | undefined> {
  const { db, now } = options;
  if (options.bearerToken) {
    const row = await findTokenUser(db, digest(options.bearerToken), now);
    if (!row) return undefined;
    if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000)
      await touchApiToken(db, row.tokenId, now);
    // A token's use goes into the audit log at its first use, then at most once an hour however
    // busy it is: the entry carries the caller's address and user agent (the request's audit
    // context). Claiming the hour and recording it is one transaction, so parallel calls write one.
    const due = !row.useAuditedAt || now.getTime() - row.useAuditedAt.getTime() >= TOUCH_EVERY_MS;
    if (due)
      await withAuditActor(
        {
          ...currentAuditActor(),
          actorId: row.userId,
          actorLabel: row.email,
          via: 'token',
          tokenId: row.tokenId,
        },
        () =>
          db.transaction().execute(async (trx) => {
            if (!(await claimTokenUseAudit(trx, row.tokenId, now, new Date(now.getTime() - TOUCH_EVERY_MS))))
              return;
            await recordAudit(
              trx,
              {
                action: 'token.used',
                target: { type: 'token', id: row.tokenId },
                details: { scopes: row.scopes, firstUse: !row.useAuditedAt },
              },
              now,
            );
          }),
      );
    return {
      userId: row.userId,
      email: row.email,
      name: row.name,
      role: row.role,
      via: 'token',
      tokenId: row.tokenId,
      scopes: row.scopes as TokenScope[],
    };
  }
  if (options.sessionToken) {
    const row = await findLiveSession(db, digest(options.sessionToken), now);
    if (!row) return undefined;
    if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      await touchSession(db, row.sessionId, now, new Date(now.getTime() + options.sessionDays * 86_400_000));
    }
    return {
      userId: row.userId,
      email: row.email,
      name: row.name,
      role: row.role,
      via: 'session',
      sessionId: row.sessionId,
      csrfToken: row.csrfToken,
    };
  }
  return undefined;
}

/** Signs a person out everywhere (a password set by an admin). */
export async function revokeSessions(options: { db: Db; userId: string }): Promise<void> {
  await revokeAllSessions(options.db, options.userId);
}

/** Ends every session and revokes every API token of an account (deactivation). */
export async function revokeCredentials(options: { db: Db; userId: string; now: Date }): Promise<void> {
  await revokeAllSessions(options.db, options.userId);
  await revokeAllApiTokens(options.db, options.userId, options.now);
}

/**
 * Changing the password signs out every other session of the account and revokes its API tokens:
 * whoever learnt the old password may have made one.
 */
export async function changePassword(options: {
  db: Db;
  principal: Principal;
  input: ChangePasswordInput;
  now: Date;
}) {
  const { db, principal, input } = options;
  const user = await findUser({ db, id: principal.userId });
  if (!user?.password_hash || !(await verifyPassword(user.password_hash, input.currentPassword))) {
    throw new AppError('validation_failed', 'The current password is wrong', {
      fields: { currentPassword: 'is wrong' },
    });
  }
  const hash = await hashPassword(input.newPassword);
  await db.transaction().execute(async (trx) => {
    await updatePasswordHash(trx, user.id, hash);
    await revokeAllSessions(trx, user.id, principal.sessionId);
    await revokeAllApiTokens(trx, user.id, options.now);
    await recordAudit(
      trx,
      { action: 'auth.password_changed', target: { type: 'user', id: user.id, label: user.email } },
      options.now,
    );
  });
}

export async function createApiToken(options: {
  db: Db;
  userId: string;
  /** The owner's role: a token may be limited to the areas it holds a permission in. */
  role: Role;
  input: CreateApiTokenInput;
  now: Date;
}) {
  const scopes = normaliseTokenScopes(options.input.scopes ?? []);
  const offered = tokenAreasOfRole(options.role);
  const outside = scopes.filter((scope) => scope !== 'read' && !(offered as string[]).includes(scope));
  if (outside.length)
    throw new AppError('validation_failed', 'A token can only be limited to areas your role may use', {
      fields: {
        scopes: `your role may use nothing in ${outside.map((area) => tokenAreaLabels[area as keyof typeof tokenAreaLabels]).join(', ')}`,
      },
    });
  const token = `${TOKEN_PREFIX}${randomToken()}`;
  const expiresAt = options.input.expiresInDays
    ? new Date(options.now.getTime() + options.input.expiresInDays * 86_400_000)
    : null;
  const row = await options.db.transaction().execute(async (db) => {
    const inserted = await insertApiToken(db, {
      userId: options.userId,
      name: options.input.name,
      tokenHash: digest(token),
      prefix: token.slice(0, 10),
      expiresAt,
      scopes,
    });
    await recordAudit(
      db,
      {
        action: 'token.created',
        target: { type: 'token', id: inserted.id, label: options.input.name },
        details: { prefix: token.slice(0, 10), expiresAt: expiresAt?.toISOString() ?? null, scopes },
      },
      options.now,
    );
    return inserted;
  });
  return { token, row };
}

export function getApiTokens(options: { db: Db; userId: string }) {
  return listApiTokens(options.db, options.userId);
}

export async function revokeToken(options: { db: Db; userId: string; id: string; now: Date }) {
  await options.db.transaction().execute(async (db) => {
    const result = await revokeApiToken(db, options.userId, options.id, options.now);
    if (!result.numUpdatedRows) throw new AppError('not_found', 'Token not found');
    await recordAudit(
      db,
      { action: 'token.revoked', target: { type: 'token', id: options.id } },
      options.now,
    );
  });
}
