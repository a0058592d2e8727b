import Papa from 'papaparse';
import type { PlayerEventKind } from '../../../shared/clickthrough.ts';
import { formatKeys } from '../../../shared/library.ts';
import type { Role } from '../../../shared/roles.ts';
import { type Funnel, playerEventBatchSchema } from '../../../shared/schemas/clickthrough-events.ts';
import type { Database } from '../../db/connect.ts';
import { AppError, validationError } from '../../errors.ts';
import {
  type EngagementValues,
  engagementRange,
  recordEngagementBatch,
} from '../insights/insights.service.ts';
import { getVisibleAsset, inTransaction } from '../library/library.service.ts';
import {
  anonymousVisitorHash,
  identifiedRecipient,
  needsOf,
  openLink,
  requireOpen,
} from '../sharing/sharing.service.ts';
import * as events from './clickthrough.events.repository.ts';
import { findClickThroughDemo } from './clickthrough.repository.ts';

type Db = Database['db'];

/** Batches one client (a salted daily hash of its address and user agent) may send per minute. */
export const PLAYER_BATCHES_PER_MINUTE = 120;

type Version = NonNullable<Awaited<ReturnType<typeof events.findPublishedVersion>>>;
/** Published versions never change: each process keeps the step ids of the ones it has seen. */
const versionCache = new WeakMap<Db, Map<string, Version>>();

async function publishedVersion(db: Db, demoId: string, versionId: string) {
  const cache = versionCache.get(db) ?? new Map<string, Version>();
  versionCache.set(db, cache);
  const key = `${demoId}/${versionId}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const version = await events.findPublishedVersion(db, demoId, versionId);
  if (version) {
    if (cache.size >= 1000) cache.clear();
    cache.set(key, version);
  }
  return version;
}

/** A click-through demo by its asset id, or a 404 naming `assetId`. */
async function clickThroughDemo(db: Db, assetId: string) {
  const demo = await findClickThroughDemo(db, assetId);
  if (!demo || demo.format_key !== formatKeys.clickThroughDemo)
    throw new AppError('not_found', 'No click-through demo here', {
      fields: { assetId: 'is not a click-through demo' },
    });
  return demo;
}

/** The share link a token opens, when it is this demo's; else a 422 naming `shareToken`. */
async function shareLinkOf(db: Db, token: string, assetId: string, now: Date) {
  const refused = () =>
    new AppError('validation_failed', 'The share link is not valid for this demo', {
      fields: { shareToken: 'is not an open share link of this demo' },
    });
  const open = await openLink({ db, token, now }).catch((error: unknown) => {
    if (error instanceof AppError) throw refused();
    throw error;
  });
  if (open.link.asset_id !== assetId) throw refused();
  // A link behind a passcode or an email check counts plays only through its own player
  // (recordSharedPlayerEvents), where the visitor's pass is seen: a token alone proves neither.
  if (needsOf({ link: open.link, grant: undefined }).length)
    throw new AppError('validation_failed', 'This share link counts plays only through its own page', {
      fields: { shareToken: 'is a link with a passcode or email check; play it through its page' },
    });
  // Only a link to one person names who played (as its visits do); a group's or an account's
  // stays anonymous: the same rule as the link's visits (identifiedRecipient).
  const recipient = await identifiedRecipient(db, open);
  return { linkId: open.link.id, recipientId: recipient?.id ?? null };
}

/**
 * One batch of player events (shared/clickthrough.ts PlayerEventBatch), all or nothing: counted
 * against its client's rate first (429 with Retry-After past PLAYER_BATCHES_PER_MINUTE), then
 * checked whole — the demo, the version (a published version of this demo), every event's step
 * (one of the version's), the share-link token — each problem a 4xx naming its field; then the
 * session row, the events and the engagement events (a session's start once as `session`, its
 * completion once as `complete`, each CTA click as `cta`, source `click_through`, so insights count
 * them) in one transaction. Nothing identifying is stored unless a share-link token is given.
 */
export async function recordPlayerEvents(options: {
  db: Db;
  now: Date;
  assetId: string;
  body: unknown;
  client: { ip?: string; userAgent?: string };
  /** The link and person the session is counted for, when the share link's player sent it. */
  link?: { linkId: string; recipientId: string | null };
}) {
  const { db, now } = options;
  const client = await anonymousVisitorHash(db, now, 'click-through-events', options.client);
  const minute = Math.floor(now.getTime() / 60_000) * 60_000;
  if ((await events.countClientBatch(db, client, new Date(minute))) > PLAYER_BATCHES_PER_MINUTE)
    throw new AppError(
      'too_many_attempts',
      'Too many event batches from this client; send them again later',
      {
        headers: { 'Retry-After': String(Math.max(1, Math.ceil((minute + 60_000 - now.getTime()) / 1000))) },
      },
    );

  const parsed = playerEventBatchSchema.safeParse(options.body);
  if (!parsed.success) throw validationError(parsed.error);
  const batch = parsed.data;
  const demo = await clickThroughDemo(db, options.assetId);
  const version = await publishedVersion(db, demo.asset_id, batch.versionId);
  if (!version)
    throw new AppError('validation_failed', 'No such published version of this demo', {
      fields: { versionId: 'is not a published version of this demo' },
    });
  const positions = new Map(version.stepIds.map((id, index) => [id, index + 1]));
  const fields: Record<string, string> = {};
  batch.events.forEach((event, index) => {
    if (event.stepId && !positions.has(event.stepId))
      fields[`events.${index}.stepId`] = 'is not a step of this version';
  });
  if (Object.keys(fields).length)
    throw new AppError('validation_failed', 'Some events name steps this version does not have', { fields });
  const link =
    options.link ?? (batch.shareToken ? await shareLinkOf(db, batch.shareToken, demo.asset_id, now) : null);

  const rows = batch.events.map((event) => ({
    kind: event.kind as PlayerEventKind,
    stepId: event.stepId ?? null,
    at: event.at,
  }));
  const accepted = await inTransaction(db, async (trx) => {
    const before = await events.lockSession(trx, {
      id: batch.sessionId,
      demoId: demo.asset_id,
      versionId: version.id,
      linkId: link?.linkId ?? null,
      recipientId: link?.recipientId ?? null,
      now,
    });
    if (!before)
      throw new AppError('conflict', 'This session belongs to another version or share link', {
        fields: { sessionId: 'belongs to another version, demo or share link; start a new session' },
      });
    const starts = !before.started && rows.some((row) => row.kind === 'session_start');
    const completes = !before.completed && rows.some((row) => row.kind === 'completed');
    const furthest = Math.max(
      0,
      ...rows.map((row) => (row.kind === 'step_viewed' ? (positions.get(row.stepId ?? '') ?? 0) : 0)),
    );
    const kinds = await events.insertEvents(
      trx,
      {
        id: batch.sessionId,
        versionId: version.id,
        startedAt: before.startedAt,
        started: starts,
        completed: completes,
        furthest,
      },
      rows,
      now,
    );
    const engagement: EngagementValues[] = [];
    const event = (kind: 'session' | 'complete' | 'cta'): EngagementValues => ({
      asset_id: demo.asset_id,
      link_id: link?.linkId ?? null,
      recipient_id: link?.recipientId ?? null,
      source: 'click_through',
      kind,
      occurred_at: now,
    });
    if (starts) engagement.push(event('session'));
    if (completes) engagement.push(event('complete'));
    for (const kind of kinds) if (kind === 'cta_clicked') engagement.push(event('cta'));
    if (engagement.length) await recordEngagementBatch(trx, engagement);
    return kinds.length;
  });
  return { accepted };
}

/**
 * A batch from a share link's player (`POST /api/shared/{token}/play/events`): the link's rules as
 * its page (openLink: 404, 410; the passcode and email check: 403), then recordPlayerEvents for
 * the link's demo with the session counted for the link and the person the visitor is known to be
 * (the confirmed email, or the person a one-person link names; none on a group or company link
 * until someone confirms). A shareToken in the body is not needed and not read.
 */
export async function recordSharedPlayerEvents(options: {
  db: Db;
  now: Date;
  token: string;
  grantToken?: string;
  body: unknown;
  client: { ip?: string; userAgent?: string };
}) {
  const open = await openLink(options);
  requireOpen(open);
  const recipient = await identifiedRecipient(options.db, open);
  return recordPlayerEvents({
    ...options,
    assetId: open.asset.id,
    link: { linkId: open.link.id, recipientId: recipient?.id ?? null },
  });
}

const DAY_MS = 86_400_000;

/**
 * The funnel of one published version (default the latest) over sessions started in a date range
 * (UTC days; default the last 90): per step reached, dropped off, median time and CTA clicks,
 * and sessions, completions, completion rate and CTA clicks in all. The caller must see the asset.
 */
export async function getFunnel(options: {
  db: Db;
  assetId: string;
  role: Role;
  query: { versionId?: string; from?: string; to?: string };
  now: Date;
}): Promise<Funnel> {
  const { db } = options;
  await getVisibleAsset({ db, id: options.assetId, role: options.role });
  const demo = await clickThroughDemo(db, options.assetId);
  const versionId = options.query.versionId ?? (await events.latestVersionId(db, demo.asset_id));
  const version = versionId ? await publishedVersion(db, demo.asset_id, versionId) : undefined;
  if (!version)
    throw options.query.versionId
      ? new AppError('validation_failed', 'No such published version of this demo', {
          fields: { versionId: 'is not a published version of this demo' },
        })
      : new AppError('not_found', 'This click-through demo has not been published yet');
  const range = engagementRange(options.query, options.now);
  const result = await events.funnelOf(db, {
    versionId: version.id,
    stepIds: version.stepIds,
    start: new Date(`${range.from}T00:00:00Z`),
    end: new Date(Date.parse(`${range.to}T00:00:00Z`) + DAY_MS),
  });
  const byId = new Map(result.steps.map((step) => [step.stepId, step]));
  return {
    versionId: version.id,
    version: version.number,
    ...range,
    steps: version.stepIds.map((stepId, index) => {
      const step = byId.get(stepId);
      return {
        stepId,
        title: version.titles[index] ?? '',
        position: index + 1,
        reached: step?.reached ?? 0,
        dropped: step?.dropped ?? 0,
        medianMs: step?.medianMs ?? null,
        ctaClicks: step?.ctaClicks ?? 0,
      };
    }),
    sessions: result.sessions,
    completed: result.completed,
    completionRate: result.sessions ? result.completed / result.sessions : 0,
    ctaClicks: result.ctaClicks,
  };
}

/** A cell a spreadsheet would run as a formula gets a leading quote. */
const cell = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/** The funnel as CSV: one row per step. */
export function funnelCsv(funnel: Funnel) {
  return Papa.unparse({
    fields: ['position', 'step_id', 'title', 'reached', 'dropped', 'median_ms', 'cta_clicks'],
    data: funnel.steps.map((step) => [
      step.position,
      step.stepId,
      cell(step.title),
      step.reached,
      step.dropped,
      step.medianMs === null ? '' : Math.round(step.medianMs),
      step.ctaClicks,
    ]),
  });
}
