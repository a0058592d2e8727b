import { sql } from 'kysely';
import type { Database } from '../../db/connect.ts';
import type { ApiTokenRow, OidcIdentityRow, UserRow } from '../../db/schema.ts';

type Db = Database['db'];

export function insertSession(
  db: Db,
  session: {
    id: string;
    userId: string;
    csrfToken: string;
    expiresAt: Date;
    userAgent?: string;
    ip?: string;
  },
) {
  return db
    .insertInto('sessions')
    .values({
      id: session.id,
      user_id: session.userId,
      csrf_token: session.csrfToken,
      expires_at: session.expiresAt,
      user_agent: session.userAgent ?? null,
      ip: session.ip ?? null,
    })
    .execute();
}

/** The session and its user, if the session is live and the user active. */
export function findLiveSession(db: Db, id: string, now: Date) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id as sessionId',
      'sessions.csrf_token as csrfToken',
      'sessions.last_seen_at as lastSeenAt',
      'users.id as userId',
      'users.email',
      'users.name',
      'users.role',
    ])
    .where('sessions.id', '=', id)
    .where('sessions.expires_at', '>', now)
    .where('users.active', '=', true)
    .executeTakeFirst();
}

export function touchSession(db: Db, id: string, now: Date, expiresAt: Date) {
  return db
    .updateTable('sessions')
    .set({ last_seen_at: now, expires_at: expiresAt })
    .where('id', '=', id)
    .execute();
}

export function deleteSession(db: Db, id: string) {
  return db.deleteFrom('sessions').where('id', '=', id).execute();
}

export function revokeAllSessions(db: Db, userId: string, exceptSessionId?: string) {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptSessionId) query = query.where('id', '!=', exceptSessionId);
  return query.execute();
}

export function deleteExpiredSessions(db: Db, now: Date) {
  return db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
}

/** Failed sign-ins recorded before `before`: the throttle no longer counts them. */
export function deleteSignInFailuresBefore(db: Db, before: Date) {
  return db.deleteFrom('sign_in_failures').where('created_at', '<', before).executeTakeFirst();
}

/**
 * Serialises sign-in attempts on one account and on one address until the transaction ends
 * (transaction-level advisory locks: the email first, then the address, so two attempts never
 * wait on each other in a cycle).
 */
export async function lockSignInAttempts(trx: Db, email: string, ip: string | undefined) {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`sign-in:email:${email.toLowerCase()}`}))`.execute(trx);
  if (ip) await sql`SELECT pg_advisory_xact_lock(hashtext(${`sign-in:ip:${ip}`}))`.execute(trx);
}

/** Counts and last failure since `since`: for this account from this address, the account, the address. */
export async function signInFailureStats(db: Db, email: string, ip: string | undefined, since: Date) {
  const address = ip ?? null;
  const row = await db
    .selectFrom('sign_in_failures')
    .select([
      sql<number>`count(*) FILTER (WHERE lower(email) = ${email.toLowerCase()} AND ip IS NOT DISTINCT FROM ${address})`.as(
        'pairCount',
      ),
      sql<Date | null>`max(created_at) FILTER (WHERE lower(email) = ${email.toLowerCase()} AND ip IS NOT DISTINCT FROM ${address})`.as(
        'pairLast',
      ),
      sql<number>`count(*) FILTER (WHERE lower(email) = ${email.toLowerCase()})`.as('accountCount'),
      sql<Date | null>`max(created_at) FILTER (WHERE lower(email) = ${email.toLowerCase()})`.as(
        'accountLast',
      ),
      sql<number>`count(*) FILTER (WHERE ip IS NOT DISTINCT FROM ${address} AND ${address}::text IS NOT NULL)`.as(
        'ipCount',
      ),
      sql<Date | null>`max(created_at) FILTER (WHERE ip IS NOT DISTINCT FROM ${address} AND ${address}::text IS NOT NULL)`.as(
        'ipLast',
      ),
    ])
    .where('created_at', '>', since)
    .where((eb) =>
      eb.or([eb(sql`lower(email)`, '=', email.toLowerCase()), ...(ip ? [eb('ip', '=', ip)] : [])]),
    )
    .executeTakeFirstOrThrow();
  const at = (value: Date | null) => (value ? new Date(value) : undefined);
  return {
    pair: { count: Number(row.pairCount), last: at(row.pairLast) },
    account: { count: Number(row.accountCount), last: at(row.accountLast) },
    ip: { count: Number(row.ipCount), last: at(row.ipLast) },
  };
}

/** Records a failed (or not yet verified) attempt at the app's clock; returns its id. */
export async function recordSignInFailure(db: Db, email: string, ip: string | undefined, now: Date) {
  const row = await db
    .insertInto('sign_in_failures')
    .values({ email: email.toLowerCase(), ip: ip ?? null, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** After a right password: forget this account's failures from this address. */
export function clearSignInFailures(db: Db, email: string, ip: string | undefined) {
  return db
    .deleteFrom('sign_in_failures')
    .where(sql`lower(email)`, '=', email.toLowerCase())
    .where(sql<boolean>`ip IS NOT DISTINCT FROM ${ip ?? null}`)
    .execute();
}

export function markSignedIn(db: Db, userId: string, now: Date) {
  return db.updateTable('users').set({ last_sign_in_at: now }).where('id', '=', userId).execute();
}

export function insertApiToken(
  db: Db,
  token: {
    userId: string;
    name: string;
    tokenHash: string;
    prefix: string;
    expiresAt: Date | null;
    scopes: string[];
  },
): Promise<ApiTokenRow> {
  return db
    .insertInto('api_tokens')
    .values({
      user_id: token.userId,
      name: token.name,
      token_hash: token.tokenHash,
      prefix: token.prefix,
      expires_at: token.expiresAt,
      scopes: token.scopes,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function listApiTokens(db: Db, userId: string): Promise<ApiTokenRow[]> {
  return db
    .selectFrom('api_tokens')
    .selectAll()
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .orderBy('created_at', 'desc')
    .execute();
}

export function revokeApiToken(db: Db, userId: string, id: string, now: Date) {
  return db
    .updateTable('api_tokens')
    .set({ revoked_at: now })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

/** Revokes every live API token of a user (password change, deactivation). */
export function revokeAllApiTokens(db: Db, userId: string, now: Date) {
  return db
    .updateTable('api_tokens')
    .set({ revoked_at: now })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .execute();
}

/** The user behind a live, unrevoked token of an active account. */
export function findTokenUser(db: Db, tokenHash: string, now: Date) {
  return db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select([
      'api_tokens.id as tokenId',
      'api_tokens.last_used_at as lastUsedAt',
      'api_tokens.use_audited_at as useAuditedAt',
      'api_tokens.scopes',
      'users.id as userId',
      'users.email',
      'users.name',
      'users.role',
    ])
    .where('api_tokens.token_hash', '=', tokenHash)
    .where('api_tokens.revoked_at', 'is', null)
    .where((eb) => eb.or([eb('api_tokens.expires_at', 'is', null), eb('api_tokens.expires_at', '>', now)]))
    .where('users.active', '=', true)
    .executeTakeFirst();
}

export function touchApiToken(db: Db, id: string, now: Date) {
  return db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', id).execute();
}

/**
 * Claims the token's next "token used" audit entry: true for the one caller that moved
 * `use_audited_at` (never set, or before `dueBefore`), false for every other at the same time.
 */
export async function claimTokenUseAudit(db: Db, id: string, now: Date, dueBefore: Date): Promise<boolean> {
  const result = await db
    .updateTable('api_tokens')
    .set({ use_audited_at: now })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('use_audited_at', 'is', null), eb('use_audited_at', '<=', dueBefore)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export function updatePasswordHash(db: Db, userId: string, passwordHash: string) {
  return db
    .updateTable('users')
    .set({ password_hash: passwordHash, updated_at: new Date() })
    .where('id', '=', userId)
    .execute();
}

export type { UserRow };

/** The identity a provider's issuer and subject name, if one was linked. */
export function findOidcIdentity(
  db: Db,
  issuer: string,
  subject: string,
): Promise<OidcIdentityRow | undefined> {
  return db
    .selectFrom('oidc_identities')
    .selectAll()
    .where('issuer', '=', issuer)
    .where('subject', '=', subject)
    .executeTakeFirst();
}

/** The identity of this issuer linked to an account, if any. */
export function findOidcIdentityOfUser(
  db: Db,
  userId: string,
  issuer: string,
): Promise<OidcIdentityRow | undefined> {
  return db
    .selectFrom('oidc_identities')
    .selectAll()
    .where('user_id', '=', userId)
    .where('issuer', '=', issuer)
    .executeTakeFirst();
}

export function insertOidcIdentity(
  db: Db,
  identity: {
    issuer: string;
    subject: string;
    userId: string;
    email: string | null;
    groups: string[];
    now: Date;
  },
) {
  return db
    .insertInto('oidc_identities')
    .values({
      issuer: identity.issuer,
      subject: identity.subject,
      user_id: identity.userId,
      email: identity.email,
      groups: identity.groups,
      created_at: identity.now,
      last_sign_in_at: identity.now,
    })
    .execute();
}

/** What the provider said at this sign-in. */
export function touchOidcIdentity(
  db: Db,
  identity: { issuer: string; subject: string; email: string | null; groups: string[]; now: Date },
) {
  return db
    .updateTable('oidc_identities')
    .set({ email: identity.email, groups: identity.groups, last_sign_in_at: identity.now })
    .where('issuer', '=', identity.issuer)
    .where('subject', '=', identity.subject)
    .execute();
}
