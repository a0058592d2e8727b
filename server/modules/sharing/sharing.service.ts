import { randomInt } from 'node:crypto';
import {
  type Action,
  type AssetFacts,
  allows,
  assetActions,
  type PolicyPrincipal,
  shareLinkActions,
} from '../../../shared/policies.ts';
import {
  BEAT_SECONDS,
  type CreateShareLinkInput,
  EMAIL_CODE_MS,
  EMAIL_CODE_TRIES,
  matchesEmailList,
  VISIT_MERGE_MS,
} from '../../../shared/schemas/sharing.ts';
import { digest, hashPassword, randomToken, verifyPassword } from '../../crypto.ts';
import type { Database } from '../../db/connect.ts';
import type { AssetRow, ShareGrantRow, ShareLinkRow } from '../../db/schema.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AppError } from '../../errors.ts';
import type { Principal } from '../../http/context.ts';
import type { Mailer } from '../../mail.ts';
import type { Storage } from '../../storage/storage.ts';
import { listSharedAssetFiles, openSharedAssetFile } from '../asset-files/asset-files.service.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findAsset } from '../library/library.service.ts';
import { sendNotification } from '../notifications/notifications.service.ts';
import { findTerms } from '../settings/settings.service.ts';
import { findUser, getUserNames } from '../users/users.service.ts';
import { emitEvent } from '../webhooks/webhooks.service.ts';
import {
  bumpCodeAttempts,
  countEmailCodesSince,
  ensureRecipient,
  findGrantRow,
  findRecipientByEmail,
  findShareLinkByDigest,
  findShareLinkRow,
  findVisit,
  hasPublishedClickThrough,
  insertEmailCode,
  insertEvent,
  insertGrant,
  insertRecipients,
  insertShareLink,
  latestEmailCode,
  latestVisit,
  linkStatRows,
  listRecipientRows,
  listShareLinkRows,
  markFirstVisit,
  recordPasscodeFailure,
  saltOfDay,
  setCodeUsed,
  setLinkRevoked,
  updateGrant,
} from './sharing.repository.ts';

type Db = Database['db'];

/**
 * The cookie holding a visitor's pass (passcode given, email confirmed): HttpOnly, SameSite=Strict,
 * its path the link's `/api/shared/<token>`, so only that link's API (and its player) sees it.
 */
export const SHARE_GRANT_COOKIE = 'showcase_share';

/** How long a visitor's passcode or email check lasts in their browser. */
export const GRANT_MS = 12 * 60 * 60_000;
/** Wrong passcodes a link takes in 15 minutes before it refuses more tries until the window ends. */
export const PASSCODE_TRIES = 10;
const PASSCODE_WINDOW_MS = 15 * 60_000;
/** At most this many email codes per email and link in an hour. */
const CODES_PER_HOUR = 5;

/** Why an asset cannot go out through a link, or null when it can. Checked at creation and every serve. */
export function shareProblem(asset: AssetRow): string | null {
  if (asset.visibility !== 'external') return 'This asset is internal; only external assets can be shared';
  if (asset.status !== 'published') return 'This asset is not published; only published assets can be shared';
  if (!asset.safe_to_share)
    return 'This asset is not confirmed safe to share; confirm it in the editor first';
  return null;
}

const policyPrincipal = (actor: Principal): PolicyPrincipal => ({ id: actor.userId, role: actor.role });
const assetFacts = (asset: AssetRow): AssetFacts => ({ status: asset.status, ownerId: asset.owner_id });

/** What the actor may do with a link of this asset (shared/policies.ts). */
export function linkActionsOf(actor: Principal, row: ShareLinkRow, asset: AssetRow): Action[] {
  return shareLinkActions(policyPrincipal(actor), { createdBy: row.created_by, asset: assetFacts(asset) });
}

/**
 * The asset an actor manages links of (the asset policy's share: TMMs, admins and its owner), or
 * 404 when they may not read it (never learning of drafts, as in the library) / 403.
 */
async function managedAsset(db: Db, actor: Principal, assetId: string): Promise<AssetRow> {
  const asset = await findAsset({ db, id: assetId });
  const may = asset ? assetActions(policyPrincipal(actor), assetFacts(asset)) : [];
  if (!asset || !allows(may, 'read')) throw new AppError('not_found', 'Asset not found');
  if (!allows(may, 'share'))
    throw new AppError('forbidden', "Only TMMs, admins and the asset's owner share this asset");
  return asset;
}

export async function createShareLink(options: {
  db: Db;
  actor: Principal;
  assetId: string;
  input: CreateShareLinkInput;
  now: Date;
  mailAvailable: boolean;
}) {
  const { db, actor, input, now } = options;
  const asset = await managedAsset(db, actor, options.assetId);
  const problem = shareProblem(asset);
  if (problem) throw new AppError('not_shareable', problem);
  if (input.emailGate && !options.mailAvailable)
    throw new AppError('validation_failed', 'The email check needs a mail server (SHOWCASE_SMTP_URL)', {
      fields: { emailGate: 'needs a mail server: set SHOWCASE_SMTP_URL and SHOWCASE_MAIL_FROM' },
    });
  if (input.expiresAt && new Date(input.expiresAt) <= now)
    throw new AppError('validation_failed', 'Expires at must be in the future', {
      fields: { expiresAt: 'must be in the future' },
    });
  const token = randomToken(32);
  const passcodeHash = input.passcode ? await hashPassword(input.passcode) : null;
  const row = await inTransaction(db, async (trx) => {
    const link = await insertShareLink(trx, {
      asset_id: asset.id,
      created_by: actor.userId,
      token_digest: digest(token),
      name: input.name,
      notes: input.notes,
      audience: input.audience,
      account_name: input.accountName ?? null,
      expires_at: input.expiresAt ? new Date(input.expiresAt) : null,
      passcode_hash: passcodeHash,
      email_gate: input.emailGate,
      allow_list: input.allowList,
      deny_list: input.denyList,
      downloads: input.downloads,
      watermark: input.watermark,
      created_at: now,
    });
    await insertRecipients(trx, link.id, input.recipients, now);
    await recordAudit(
      trx,
      {
        action: 'share_link.created',
        target: { type: 'share_link', id: link.id, label: link.name },
        details: {
          assetId: asset.id,
          asset: asset.title,
          audience: input.audience,
          recipients: input.recipients.length,
          expiresAt: input.expiresAt ?? null,
          passcode: Boolean(input.passcode),
          emailGate: input.emailGate,
          downloads: input.downloads,
          watermark: input.watermark,
        },
      },
      now,
    );
    return link;
  });
  return { row, token };
}

/** Links with their recipients, stats, creators' names and asset, for the presenter. */
async function withDetails(db: Db, rows: ShareLinkRow[], asset: AssetRow) {
  const ids = rows.map((row) => row.id);
  const [recipients, stats, names] = await Promise.all([
    listRecipientRows(db, ids),
    linkStatRows(db, ids),
    getUserNames({ db, ids: rows.map((row) => row.created_by).filter((id): id is string => Boolean(id)) }),
  ]);
  return rows.map((row) => ({
    row,
    recipients: recipients.filter((recipient) => recipient.link_id === row.id),
    stats: stats.find((stat) => stat.link_id === row.id),
    creatorName: row.created_by ? (names.get(row.created_by) ?? null) : null,
    asset,
  }));
}
export type ShareLinkDetails = Awaited<ReturnType<typeof withDetails>>[number];

export async function getShareLinkDetails(options: { db: Db; row: ShareLinkRow }) {
  const asset = await findAsset({ db: options.db, id: options.row.asset_id });
  if (!asset) throw new AppError('not_found', 'Asset not found');
  return (await withDetails(options.db, [options.row], asset))[0] as ShareLinkDetails;
}

/** An asset's links (TMMs, admins, its owner), and whether the asset can be shared now. */
export async function getShareLinks(options: { db: Db; actor: Principal; assetId: string }) {
  const asset = await managedAsset(options.db, options.actor, options.assetId);
  const rows = await listShareLinkRows(options.db, asset.id);
  return { asset, links: await withDetails(options.db, rows, asset), problem: shareProblem(asset) };
}

/** Turns a link off: its maker, a TMM or an admin (a link the actor may not read is a 404). */
export async function revokeShareLink(options: { db: Db; actor: Principal; id: string; now: Date }) {
  const { db, actor } = options;
  const row = await findShareLinkRow(db, options.id);
  const asset = row ? await findAsset({ db, id: row.asset_id }) : undefined;
  const may = row && asset ? linkActionsOf(actor, row, asset) : [];
  if (!row || !asset || !allows(may, 'read')) throw new AppError('not_found', 'Share link not found');
  if (!allows(may, 'cancel'))
    throw new AppError('forbidden', 'Only whoever made this link, a TMM or an admin can turn it off');
  return inTransaction(db, async (trx) => {
    const revoked = (await setLinkRevoked(trx, row.id, actor.userId, options.now)) ?? row;
    await recordAudit(
      trx,
      {
        action: 'share_link.revoked',
        target: { type: 'share_link', id: row.id, label: row.name },
        details: { assetId: asset.id, asset: asset.title },
      },
      options.now,
    );
    return revoked;
  });
}

// ---------------------------------------------------------------------------------------------
// The outside: what a visitor with the link's token may do.

export interface OpenLink {
  link: ShareLinkRow;
  asset: AssetRow;
  grant: ShareGrantRow | undefined;
}

/**
 * The link a token opens, its asset and the visitor's grant. Refused when the link is unknown,
 * revoked or expired, or when its asset is no longer published, external and safe to share.
 */
export async function openLink(options: {
  db: Db;
  token: string;
  grantToken?: string;
  now: Date;
}): Promise<OpenLink> {
  const { db, now } = options;
  const link = await findShareLinkByDigest(db, digest(options.token));
  if (!link) throw new AppError('not_found', 'This link does not exist; check the address');
  if (link.revoked_at) throw new AppError('gone', 'This link has been turned off by its sender');
  if (link.expires_at && link.expires_at <= now) throw new AppError('gone', 'This link has expired');
  const asset = await findAsset({ db, id: link.asset_id });
  if (!asset || shareProblem(asset)) throw new AppError('gone', 'This content is no longer shared');
  const grant = options.grantToken
    ? await findGrantRow(db, link.id, digest(options.grantToken), now)
    : undefined;
  return { link, asset, grant };
}

/** What the visitor still has to give before the asset shows. */
export function needsOf({ link, grant }: Pick<OpenLink, 'link' | 'grant'>): ('passcode' | 'email')[] {
  const needs: ('passcode' | 'email')[] = [];
  if (link.passcode_hash && !grant?.passcode_ok) needs.push('passcode');
  if (link.email_gate && !grant?.recipient_id) needs.push('email');
  return needs;
}

/** Refuses (403) until the visitor has given what the link asks for (needsOf). */
export function requireOpen(open: OpenLink) {
  const needs = needsOf(open);
  if (needs.length)
    throw new AppError(
      'forbidden',
      needs[0] === 'passcode' ? 'Enter the passcode first' : 'Confirm your email first',
    );
}

/** The public fields of the shared asset: its format's name. */
export async function sharedFormat(db: Db, asset: AssetRow): Promise<string | null> {
  if (!asset.format_id) return null;
  const [term] = await findTerms({ db, ids: [asset.format_id] });
  return term?.name ?? null;
}

/** Adds to the visitor's grant, making one (a new browser token) when they had none. */
async function extendGrant(
  db: Db,
  open: OpenLink,
  change: { passcode_ok?: boolean; recipient_id?: string },
  now: Date,
): Promise<string | undefined> {
  if (open.grant) {
    await updateGrant(db, open.grant.id, change);
    return undefined;
  }
  const grantToken = randomToken(24);
  await insertGrant(db, {
    link_id: open.link.id,
    token_digest: digest(grantToken),
    passcode_ok: change.passcode_ok ?? false,
    recipient_id: change.recipient_id ?? null,
    expires_at: new Date(now.getTime() + GRANT_MS),
    created_at: now,
  });
  return grantToken;
}

/** Checks the passcode; answers a new grant token when the visitor had none. */
export async function submitPasscode(options: {
  db: Db;
  token: string;
  grantToken?: string;
  passcode: string;
  now: Date;
}) {
  const open = await openLink(options);
  if (!open.link.passcode_hash) return { grantToken: undefined };
  const windowStart = new Date(options.now.getTime() - PASSCODE_WINDOW_MS);
  const since = open.link.passcode_failed_since;
  if (open.link.passcode_failures >= PASSCODE_TRIES && since && since > windowStart) {
    const retryAfter = Math.ceil((since.getTime() + PASSCODE_WINDOW_MS - options.now.getTime()) / 1000);
    throw new AppError('too_many_attempts', 'Too many wrong passcodes; try again in 15 minutes', {
      headers: { 'Retry-After': String(retryAfter) },
    });
  }
  if (!(await verifyPassword(open.link.passcode_hash, options.passcode))) {
    await recordPasscodeFailure(options.db, open.link.id, options.now, windowStart);
    throw new AppError('validation_failed', 'That passcode is not right', {
      fields: { passcode: 'is not right' },
    });
  }
  return { grantToken: await extendGrant(options.db, open, { passcode_ok: true }, options.now) };
}

/** Whether this email may open the link: not denied, and allowed or named on it (or no allow list). */
async function emailAllowed(db: Db, link: ShareLinkRow, email: string): Promise<boolean> {
  if (matchesEmailList(email, link.deny_list)) return false;
  if (!link.allow_list.length) return true;
  if (matchesEmailList(email, link.allow_list)) return true;
  return Boolean(await findRecipientByEmail(db, link.id, email));
}

/** Sends a one-time code to the email (10 minutes, 5 tries), if the link lets that email in. */
export async function requestEmailCode(options: {
  db: Db;
  token: string;
  email: string;
  now: Date;
  mailer: Mailer | undefined;
}) {
  const { db, now, email } = options;
  const open = await openLink(options);
  if (!open.link.email_gate) throw new AppError('conflict', 'This link does not ask for an email');
  if (!options.mailer) throw new AppError('not_ready', 'Email cannot be sent right now; ask the sender');
  if (!(await emailAllowed(db, open.link, email)))
    throw new AppError('forbidden', 'This email may not open this link; ask the sender', {
      fields: { email: 'may not open this link' },
    });
  const sent = await countEmailCodesSince(db, open.link.id, email, new Date(now.getTime() - 60 * 60_000));
  if (sent >= CODES_PER_HOUR)
    throw new AppError('too_many_attempts', 'Too many codes were sent to this email; try again in an hour');
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  await insertEmailCode(db, {
    link_id: open.link.id,
    email,
    code_digest: digest(`${open.link.id}:${code}`),
    expires_at: new Date(now.getTime() + EMAIL_CODE_MS),
    created_at: now,
  });
  await options.mailer.send({
    to: email,
    subject: `Your code: ${code}`,
    text: `Your code to open what was shared with you is ${code}.\n\nIt works for 10 minutes. If you did not ask for it, ignore this email.\n`,
  });
}

/** Checks an email code: a wrong one counts a try, an old or used-up one is refused. */
export async function verifyEmailCode(options: {
  db: Db;
  token: string;
  grantToken?: string;
  email: string;
  code: string;
  now: Date;
}) {
  const { now, email } = options;
  const open = await openLink(options);
  if (!open.link.email_gate) throw new AppError('conflict', 'This link does not ask for an email');
  const outcome = await inTransaction(options.db, async (db) => {
    const row = await latestEmailCode(db, open.link.id, email);
    if (!row || row.used_at) return { error: 'ask for a code first' } as const;
    if (row.attempts >= EMAIL_CODE_TRIES) return { tooMany: true } as const;
    if (row.expires_at <= now) return { error: 'has expired; ask for a new code' } as const;
    if (row.code_digest !== digest(`${open.link.id}:${options.code}`)) {
      await bumpCodeAttempts(db, row.id);
      return row.attempts + 1 >= EMAIL_CODE_TRIES
        ? ({ tooMany: true } as const)
        : ({ error: 'is not right' } as const);
    }
    await setCodeUsed(db, row.id, now);
    const recipient = await ensureRecipient(db, open.link.id, email, now);
    return { grantToken: await extendGrant(db, open, { recipient_id: recipient.id }, now) } as const;
  });
  if ('tooMany' in outcome)
    throw new AppError('too_many_attempts', 'Too many wrong codes; ask for a new code');
  const problem = 'error' in outcome ? outcome.error : undefined;
  if (problem) throw new AppError('validation_failed', `Code ${problem}`, { fields: { code: problem } });
  return { grantToken: outcome.grantToken };
}

/**
 * The person a visitor of an open link is known to be: the recipient who confirmed their email on
 * it (the grant), else the person a one-person link names (as visits count them); null otherwise.
 */
export async function identifiedRecipient(db: Db, open: OpenLink) {
  if (!open.grant?.recipient_id && open.link.audience !== 'recipient') return null;
  const recipients = await listRecipientRows(db, [open.link.id]);
  if (open.grant?.recipient_id)
    return recipients.find((recipient) => recipient.id === open.grant?.recipient_id) ?? null;
  return recipients.find((recipient) => !recipient.added_by_visit) ?? null;
}

/** Whether the link's page plays its asset: a click-through demo with a published version. */
export function sharedPlayer(db: Db, open: OpenLink): Promise<boolean> {
  return hasPublishedClickThrough(db, open.asset.id);
}

/** Who a visitor is: the confirmed or only recipient, else an anonymous hash salted for today. */
async function visitorOf(
  db: Db,
  open: OpenLink,
  client: { ip?: string; userAgent?: string },
  now: Date,
): Promise<{ recipientId: string | null; visitorHash: string | null }> {
  // One rule for who a visitor is, for visits, downloads and plays alike (identifiedRecipient).
  const recipient = await identifiedRecipient(db, open);
  if (recipient) return { recipientId: recipient.id, visitorHash: null };
  return { recipientId: null, visitorHash: await anonymousVisitorHash(db, now, open.link.id, client) };
}

/**
 * An anonymous visitor of one link (share or short), told apart from others only for today:
 * `sha256(daily salt | link | address | user agent)`, with a random salt per UTC day whose
 * earlier days are deleted, so neither an address nor a lasting visitor id is stored.
 */
export async function anonymousVisitorHash(
  db: Db,
  now: Date,
  linkId: string,
  client: { ip?: string; userAgent?: string },
): Promise<string> {
  const day = now.toISOString().slice(0, 10);
  // A day's salt never changes once stored, so a database handle (not a transaction, which is new
  // each time) keeps the one it read for the rest of the day: a short-link click saves three reads.
  const cached = db.isTransaction ? undefined : saltCache.get(db);
  let salt = cached?.day === day ? cached.salt : undefined;
  if (!salt) {
    salt = await saltOfDay(db, day, randomToken(32));
    if (!db.isTransaction) saltCache.set(db, { day, salt });
  }
  return digest(`${salt}|${linkId}|${client.ip ?? ''}|${client.userAgent ?? ''}`);
}
const saltCache = new WeakMap<Db, { day: string; salt: string }>();

/**
 * Starts a visit, or continues the same visitor's visit when its last activity was within 30
 * minutes. The link's first visit tells its maker (and the asset's owner) in the app and by webhook.
 */
export async function startVisit(options: {
  db: Db;
  token: string;
  grantToken?: string;
  now: Date;
  client: { ip?: string; userAgent?: string };
}) {
  const { now } = options;
  const open = await openLink(options);
  requireOpen(open);
  return inTransaction(options.db, async (db) => {
    const who = await visitorOf(db, open, options.client, now);
    const last = await latestVisit(db, open.link.id, who);
    if (last && now.getTime() - new Date(last.last_at).getTime() <= VISIT_MERGE_MS)
      return { visitId: last.id, merged: true };
    const visit = await insertEvent(db, {
      asset_id: open.asset.id,
      link_id: open.link.id,
      recipient_id: who.recipientId,
      kind: 'visit',
      visit_id: null,
      visitor_hash: who.visitorHash,
      occurred_at: now,
    });
    const firstVisit = (await markFirstVisit(db, open.link.id, now))
      ? await announceFirstVisit(db, open, now)
      : undefined;
    return { visitId: visit.id, merged: false, firstVisit };
  });
}

/**
 * Tells the link's maker and the asset's owner in the app and by webhook, in the visit's
 * transaction; answers who is to get the email, which is sent after it commits.
 */
async function announceFirstVisit(db: Db, open: OpenLink, now: Date) {
  const { link, asset } = open;
  const title = `“${link.name}” was opened for the first time`;
  const body = `Someone opened your share link to “${asset.title}”.`;
  const people = new Set([link.created_by, asset.owner_id].filter((id): id is string => Boolean(id)));
  for (const userId of people)
    await sendNotification({
      db,
      userId,
      kind: 'share_link_first_visit',
      title,
      body,
      link: `/library/assets/${asset.id}`,
      at: now,
    });
  await emitEvent(
    db,
    'share_link.first_visit',
    `${title} (${asset.title})`,
    {
      linkId: link.id,
      linkName: link.name,
      assetId: asset.id,
      assetTitle: asset.title,
      at: now.toISOString(),
    },
    now,
  );
  return { userIds: [...people], subject: title, text: body, assetId: asset.id };
}

/**
 * The "your link was opened" email, to each of those people who still has an active account.
 * Sent after the visit is stored; a mail server that fails is logged, never the visitor's problem.
 */
export async function mailFirstVisit(options: {
  db: Db;
  mailer: Mailer;
  baseUrl: string;
  firstVisit: { userIds: string[]; subject: string; text: string; assetId: string };
}) {
  const { firstVisit } = options;
  for (const userId of firstVisit.userIds) {
    const user = await findUser({ db: options.db, id: userId });
    if (!user?.active) continue;
    await options.mailer.send({
      to: user.email,
      subject: firstVisit.subject,
      text: `${firstVisit.text}\n\nSee its visits: ${options.baseUrl}/library/assets/${firstVisit.assetId}\n`,
    });
  }
}

/**
 * Counts 10 seconds on page for a visit: refused (not counted) when it comes sooner than a beat
 * after the last one, or after the visit has ended (30 minutes without activity).
 */
export async function recordBeat(options: {
  db: Db;
  token: string;
  grantToken?: string;
  visitId: string;
  now: Date;
}) {
  const { now } = options;
  const open = await openLink(options);
  requireOpen(open);
  return inTransaction(options.db, async (db) => {
    const visit = await findVisit(db, open.link.id, options.visitId);
    if (!visit) throw new AppError('not_found', 'Visit not found');
    if (now.getTime() - new Date(visit.last_at).getTime() > VISIT_MERGE_MS) return { counted: false };
    // A beat is 10 s of the page shown; a little early is a timer's jitter, much earlier a replay.
    if (now.getTime() - new Date(visit.last_beat_at).getTime() < (BEAT_SECONDS - 1) * 1000)
      return { counted: false };
    await insertEvent(db, {
      asset_id: open.asset.id,
      link_id: open.link.id,
      recipient_id: visit.recipient_id,
      kind: 'beat',
      visit_id: visit.id,
      visitor_hash: visit.visitor_hash,
      seconds: BEAT_SECONDS,
      occurred_at: now,
    });
    return { counted: true };
  });
}

/** Counts a download in the engagement model: the visitor's, tied to their ongoing visit if any. */
async function recordDownload(
  db: Db,
  open: OpenLink,
  who: { recipientId: string | null; visitorHash: string | null },
  now: Date,
) {
  const last = await latestVisit(db, open.link.id, who);
  const ongoing = last && now.getTime() - new Date(last.last_at).getTime() <= VISIT_MERGE_MS ? last.id : null;
  await insertEvent(db, {
    asset_id: open.asset.id,
    link_id: open.link.id,
    recipient_id: who.recipientId,
    kind: 'download',
    visit_id: ongoing,
    visitor_hash: who.visitorHash,
    occurred_at: now,
  });
}

/** An open link whose gates are passed and that allows downloads, or the refusal. */
function requireDownloads(open: OpenLink) {
  requireOpen(open);
  if (!open.link.downloads) throw new AppError('forbidden', 'This link does not allow downloads');
}

/** The file's address for a download, recorded; refused when the link has downloads off. */
export async function downloadShared(options: {
  db: Db;
  token: string;
  grantToken?: string;
  now: Date;
  client: { ip?: string; userAgent?: string };
}): Promise<string> {
  const open = await openLink(options);
  requireDownloads(open);
  if (!open.asset.primary_url) throw new AppError('not_found', 'This content has no file to download');
  await inTransaction(options.db, async (db) => {
    const who = await visitorOf(db, open, options.client, options.now);
    await recordDownload(db, open, who, options.now);
  });
  return open.asset.primary_url;
}

/** The files an open link lists on its page (none when it has downloads off). */
export async function sharedFiles(db: Db, open: OpenLink) {
  if (!open.link.downloads) return [];
  return listSharedAssetFiles({ db, assetId: open.asset.id });
}

/**
 * One of the shared asset's files, served through the link: only past its gates, with downloads
 * on, while the asset is still published, external and safe to share (openLink). Counted as a
 * download. On a watermarking link, images and PDFs carry the identified recipient's email (the
 * confirmed one, or the only person of a one-person link), else the link's name.
 */
export async function downloadSharedFile(options: {
  db: Db;
  storage: Storage;
  token: string;
  grantToken?: string;
  fileId: string;
  now: Date;
  client: { ip?: string; userAgent?: string };
}) {
  const open = await openLink(options);
  requireDownloads(open);
  const who = await visitorOf(options.db, open, options.client, options.now);
  let watermark: string | undefined;
  if (open.link.watermark) {
    const recipients = who.recipientId ? await listRecipientRows(options.db, [open.link.id]) : [];
    watermark = recipients.find((recipient) => recipient.id === who.recipientId)?.email ?? open.link.name;
  }
  const file = await openSharedAssetFile({
    db: options.db,
    storage: options.storage,
    assetId: open.asset.id,
    fileId: options.fileId,
    watermark,
  });
  await recordDownload(options.db, open, who, options.now);
  return file;
}
