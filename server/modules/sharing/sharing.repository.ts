import { type Insertable, sql } from 'kysely';
import { formatKeys } from '../../../shared/library.ts';
import type { Database } from '../../db/connect.ts';
import type { ShareLinksTable } from '../../db/schema.ts';
import { recordEngagement } from '../insights/insights.service.ts';

type Db = Database['db'];

export function insertShareLink(db: Db, values: Insertable<ShareLinksTable>) {
  return db.insertInto('share_links').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function insertRecipients(
  db: Db,
  linkId: string,
  recipients: { name: string; email: string }[],
  at: Date,
) {
  if (!recipients.length) return;
  await db
    .insertInto('share_link_recipients')
    .values(recipients.map((r) => ({ link_id: linkId, name: r.name, email: r.email, created_at: at })))
    .execute();
}

export function findShareLinkRow(db: Db, id: string) {
  return db.selectFrom('share_links').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findShareLinkByDigest(db: Db, tokenDigest: string) {
  return db.selectFrom('share_links').selectAll().where('token_digest', '=', tokenDigest).executeTakeFirst();
}

export function listShareLinkRows(db: Db, assetId: string) {
  return db
    .selectFrom('share_links')
    .selectAll()
    .where('asset_id', '=', assetId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}

export function listRecipientRows(db: Db, linkIds: string[]) {
  if (!linkIds.length) return Promise.resolve([]);
  return db
    .selectFrom('share_link_recipients')
    .selectAll()
    .where('link_id', 'in', linkIds)
    .orderBy('added_by_visit')
    .orderBy('created_at')
    .orderBy('email')
    .execute();
}

/** Visits, last visit, seconds on page, downloads and click-through plays (sessions, completions) per link. */
export function linkStatRows(db: Db, linkIds: string[]) {
  if (!linkIds.length) return Promise.resolve([]);
  return db
    .selectFrom('engagement_events')
    .select((eb) => [
      'link_id',
      eb.fn.count<number>('id').filterWhere('kind', '=', 'visit').as('visits'),
      eb.fn.max('occurred_at').filterWhere('kind', '=', 'visit').as('last_visit_at'),
      eb.fn.coalesce(eb.fn.sum<number>('seconds'), sql<number>`0`).as('seconds'),
      eb.fn.count<number>('id').filterWhere('kind', '=', 'download').as('downloads'),
      eb.fn
        .count<number>('id')
        .filterWhere((w) => w.and([w('source', '=', 'click_through'), w('kind', '=', 'session')]))
        .as('plays'),
      eb.fn
        .count<number>('id')
        .filterWhere((w) => w.and([w('source', '=', 'click_through'), w('kind', '=', 'complete')]))
        .as('completed_plays'),
    ])
    .where('link_id', 'in', linkIds)
    .groupBy('link_id')
    .execute();
}

export function setLinkRevoked(db: Db, id: string, by: string, at: Date) {
  return db
    .updateTable('share_links')
    .set({ revoked_at: at, revoked_by: by })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
}

/** Counts a wrong passcode: the count starts again at 1 when the last window began before `windowStart`. */
export function recordPasscodeFailure(db: Db, id: string, now: Date, windowStart: Date) {
  const fresh = sql<boolean>`(passcode_failed_since IS NULL OR passcode_failed_since <= ${windowStart})`;
  return db
    .updateTable('share_links')
    .set({
      passcode_failures: sql`CASE WHEN ${fresh} THEN 1 ELSE passcode_failures + 1 END`,
      passcode_failed_since: sql`CASE WHEN ${fresh} THEN ${now}::timestamptz ELSE passcode_failed_since END`,
    })
    .where('id', '=', id)
    .execute();
}

/** Stamps the link's first visit; true only for the one caller that stamped it. */
export async function markFirstVisit(db: Db, id: string, at: Date): Promise<boolean> {
  const row = await db
    .updateTable('share_links')
    .set({ first_visit_at: at })
    .where('id', '=', id)
    .where('first_visit_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return Boolean(row);
}

export function findGrantRow(db: Db, linkId: string, tokenDigest: string, now: Date) {
  return db
    .selectFrom('share_grants')
    .selectAll()
    .where('link_id', '=', linkId)
    .where('token_digest', '=', tokenDigest)
    .where('expires_at', '>', now)
    .executeTakeFirst();
}

export function insertGrant(
  db: Db,
  values: {
    link_id: string;
    token_digest: string;
    passcode_ok: boolean;
    recipient_id: string | null;
    expires_at: Date;
    created_at: Date;
  },
) {
  return db.insertInto('share_grants').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updateGrant(
  db: Db,
  id: string,
  values: { passcode_ok?: boolean; recipient_id?: string | null },
) {
  return db.updateTable('share_grants').set(values).where('id', '=', id).execute();
}

export function findRecipientByEmail(db: Db, linkId: string, email: string) {
  return db
    .selectFrom('share_link_recipients')
    .selectAll()
    .where('link_id', '=', linkId)
    .where('email', '=', email)
    .executeTakeFirst();
}

/** The link's recipient with this email, added (as one who came by the link) when not named on it. */
export async function ensureRecipient(db: Db, linkId: string, email: string, at: Date) {
  await db
    .insertInto('share_link_recipients')
    .values({ link_id: linkId, email, added_by_visit: true, created_at: at })
    .onConflict((oc) => oc.columns(['link_id', 'email']).doNothing())
    .execute();
  return db
    .selectFrom('share_link_recipients')
    .selectAll()
    .where('link_id', '=', linkId)
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
}

export function insertEmailCode(
  db: Db,
  values: { link_id: string; email: string; code_digest: string; expires_at: Date; created_at: Date },
) {
  return db.insertInto('share_email_codes').values(values).execute();
}

export async function countEmailCodesSince(db: Db, linkId: string, email: string, since: Date) {
  const row = await db
    .selectFrom('share_email_codes')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('link_id', '=', linkId)
    .where('email', '=', email)
    .where('created_at', '>', since)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** The newest code sent to this email for this link, locked for the check. */
export function latestEmailCode(db: Db, linkId: string, email: string) {
  return db
    .selectFrom('share_email_codes')
    .selectAll()
    .where('link_id', '=', linkId)
    .where('email', '=', email)
    .orderBy('created_at', 'desc')
    .limit(1)
    .forUpdate()
    .executeTakeFirst();
}

export function bumpCodeAttempts(db: Db, id: string) {
  return db
    .updateTable('share_email_codes')
    .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

export function setCodeUsed(db: Db, id: string, at: Date) {
  return db.updateTable('share_email_codes').set({ used_at: at }).where('id', '=', id).execute();
}

export function insertEvent(
  db: Db,
  values: {
    asset_id: string;
    link_id: string;
    recipient_id: string | null;
    kind: 'visit' | 'beat' | 'download';
    visit_id: string | null;
    visitor_hash: string | null;
    seconds?: number;
    occurred_at: Date;
  },
) {
  return recordEngagement(db, { ...values, source: 'share_link' });
}

const lastActivity = sql<Date>`greatest(v.occurred_at, (
  SELECT max(e.occurred_at) FROM engagement_events e WHERE e.visit_id = v.id
))`;

/** The latest visit of this link by this recipient (or anonymous visitor hash), with its last activity. */
export function latestVisit(
  db: Db,
  linkId: string,
  who: { recipientId: string | null; visitorHash: string | null },
) {
  let query = db
    .selectFrom('engagement_events as v')
    .select(['v.id', 'v.recipient_id', 'v.visitor_hash', lastActivity.as('last_at')])
    .where('v.link_id', '=', linkId)
    .where('v.kind', '=', 'visit');
  query = who.recipientId
    ? query.where('v.recipient_id', '=', who.recipientId)
    : query.where('v.recipient_id', 'is', null).where('v.visitor_hash', '=', who.visitorHash ?? '');
  return query.orderBy('v.occurred_at', 'desc').limit(1).executeTakeFirst();
}

/** A visit of this link, with its last activity and its last beat (or its start, before any beat). */
export function findVisit(db: Db, linkId: string, visitId: string) {
  return db
    .selectFrom('engagement_events as v')
    .select([
      'v.id',
      'v.recipient_id',
      'v.visitor_hash',
      lastActivity.as('last_at'),
      sql<Date>`greatest(v.occurred_at, (
        SELECT max(e.occurred_at) FROM engagement_events e WHERE e.visit_id = v.id AND e.kind = 'beat'
      ))`.as('last_beat_at'),
    ])
    .where('v.link_id', '=', linkId)
    .where('v.kind', '=', 'visit')
    .where('v.id', '=', visitId)
    .executeTakeFirst();
}

/** Today's salt for anonymous visitor hashes; salts of earlier days are deleted. */
export async function saltOfDay(db: Db, day: string, fresh: string): Promise<string> {
  await db.deleteFrom('engagement_salts').where('day', '<', day).execute();
  await db
    .insertInto('engagement_salts')
    .values({ day, salt: fresh })
    .onConflict((oc) => oc.column('day').doNothing())
    .execute();
  const row = await db
    .selectFrom('engagement_salts')
    .select('salt')
    .where('day', '=', day)
    .executeTakeFirstOrThrow();
  return row.salt;
}

/** Whether the asset is a click-through demo with a published version (its share page then plays it). */
export async function hasPublishedClickThrough(db: Db, assetId: string): Promise<boolean> {
  const row = await db
    .selectFrom('click_through_versions as v')
    .innerJoin('assets as a', 'a.id', 'v.demo_id')
    .innerJoin('terms as f', 'f.id', 'a.format_id')
    .select('v.id')
    .where('v.demo_id', '=', assetId)
    .where('f.key', '=', formatKeys.clickThroughDemo)
    .limit(1)
    .executeTakeFirst();
  return Boolean(row);
}
