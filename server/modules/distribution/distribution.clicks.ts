import type { Database } from '../../db/connect.ts';
import { recordEngagementBatch } from '../insights/insights.service.ts';
import { findShortLinkByCode, latestClicksOf, lockClicks } from './distribution.repository.ts';

type Db = Database['db'];
type Link = { id: string; asset_id: string; target_url: string };

/* Where a code goes: read once per SHORT_LINK_CACHE_MS per app instance */

/**
 * How long an app instance keeps a code's link in memory. An edit or delete made through this
 * instance forgets every code at once (`forgetShortLinks`); one made through another instance on
 * the same database (or a link removed with its asset) is seen here within this time.
 */
export const SHORT_LINK_CACHE_MS = 2_000;
/** More codes than this clicked within the cache time empty the cache (memory stays bounded). */
const MAX_CACHED_CODES = 10_000;

const linkCaches = new WeakMap<Db, Map<string, { link: Link; until: number }>>();

/**
 * The link of a code (codes are one whatever their case), from memory when read within
 * SHORT_LINK_CACHE_MS. An unknown code is not kept: a link made on another instance works at once.
 */
export async function shortLinkOfCode(db: Db, code: string): Promise<Link | undefined> {
  const key = code.toLowerCase();
  let cache = linkCaches.get(db);
  if (!cache) {
    cache = new Map();
    linkCaches.set(db, cache);
  }
  const now = Date.now();
  const hit = cache.get(key);
  if (hit && hit.until > now) return hit.link;
  const link = await findShortLinkByCode(db, code);
  if (!link) {
    cache.delete(key);
    return undefined;
  }
  if (cache.size >= MAX_CACHED_CODES) cache.clear();
  cache.set(key, { link, until: now + SHORT_LINK_CACHE_MS });
  return link;
}

/** After a short link is changed or deleted through this instance: every code is read again. */
export function forgetShortLinks(db: Db) {
  linkCaches.get(db)?.clear();
}

/* Clicks: queued in memory, written in batches */

/** Repeated clicks of one client on one link within this window count once. */
export const CLICK_WINDOW_MS = 60 * 60 * 1000;

/** How long a click waits in memory before its batch is written (what a crash can lose). */
export const CLICK_FLUSH_MS = 50;
/** A batch this large is written at once, without waiting for the interval. */
const FLUSH_AT = 2_000;
/** Clicks kept for a retry while the database cannot be written; more are dropped (and logged). */
const MAX_PENDING = 100_000;

export type Click = { shortLinkId: string; visitorHash: string; occurredAt: Date };
type ErrorLog = (error: unknown, lost: number) => void;

interface ClickQueue {
  pending: Click[];
  timer?: ReturnType<typeof setTimeout>;
  /** The flush in progress (never rejects), so flushes run one after the other. */
  running: Promise<void>;
  onError: ErrorLog;
}
const queues = new WeakMap<Db, ClickQueue>();

/**
 * Queues a counted-candidate click; it is written with the others of its batch within
 * CLICK_FLUSH_MS (flushShortLinkClicks writes the queue at once). `onError` hears of a batch that
 * could not be written (it is kept and tried again, up to MAX_PENDING clicks).
 */
export function queueClick(db: Db, click: Click, onError: ErrorLog) {
  let queue = queues.get(db);
  if (!queue) {
    queue = { pending: [], running: Promise.resolve(), onError };
    queues.set(db, queue);
  }
  if (queue.pending.length >= MAX_PENDING) {
    onError(new Error('too many clicks waiting to be written'), 1);
    return;
  }
  queue.pending.push(click);
  if (queue.pending.length >= FLUSH_AT) void flushInBackground(db, queue);
  else if (!queue.timer) {
    queue.timer = setTimeout(() => void flushInBackground(db, queue), CLICK_FLUSH_MS);
    // A process with nothing else to do may end; main.ts and tests flush before closing.
    queue.timer.unref?.();
  }
}

function flushInBackground(db: Db, queue: ClickQueue) {
  return flushQueue(db, queue).catch((error) => {
    queue.onError(error, 0);
    if (!queue.timer && queue.pending.length) {
      queue.timer = setTimeout(() => void flushInBackground(db, queue), 1_000);
      queue.timer.unref?.();
    }
  });
}

function flushQueue(db: Db, queue: ClickQueue): Promise<void> {
  if (queue.timer) clearTimeout(queue.timer);
  queue.timer = undefined;
  const run = queue.running.then(() => writeBatch(db, queue));
  queue.running = run.catch(() => {});
  return run;
}

/**
 * Writes every click queued so far (and waits for a flush in progress): what tests call before
 * reading counts and main.ts on shutdown, before the pool closes. Rejects when the batch could not
 * be written (its clicks stay queued).
 */
export function flushShortLinkClicks(db: Db): Promise<void> {
  const queue = queues.get(db);
  return queue ? flushQueue(db, queue) : Promise.resolve();
}

async function writeBatch(db: Db, queue: ClickQueue) {
  const batch = queue.pending.splice(0);
  if (!batch.length) return;
  try {
    await db.transaction().execute(async (trx) => {
      await lockClicks(trx);
      await recordEngagementBatch(trx, await countedClicks(trx, batch));
    });
  } catch (error) {
    const room = MAX_PENDING - queue.pending.length;
    queue.pending.unshift(...batch.slice(0, room));
    if (batch.length > room) queue.onError(error, batch.length - room);
    throw error;
  }
}

/**
 * The clicks of a batch that count: one per link and visitor hash within CLICK_WINDOW_MS of the
 * last one counted, whether stored before (read under the click lock, so every instance's flushes
 * see each other's) or earlier in this batch. Clicks of a link deleted meanwhile are dropped.
 */
async function countedClicks(trx: Db, batch: Click[]) {
  const keyOf = (click: { shortLinkId: string; visitorHash: string }) =>
    `${click.shortLinkId}|${click.visitorHash}`;
  const keys = new Map<string, { shortLinkId: string; visitorHash: string }>();
  for (const click of batch) keys.set(keyOf(click), click);
  const known = new Map<string, { assetId: string; last: number }>();
  for (const row of await latestClicksOf(trx, [...keys.values()]))
    known.set(keyOf({ shortLinkId: row.short_link_id, visitorHash: row.visitor_hash }), {
      assetId: row.asset_id,
      last: row.last ? new Date(row.last).getTime() : Number.NEGATIVE_INFINITY,
    });
  const counted = [];
  for (const click of [...batch].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime())) {
    const seen = known.get(keyOf(click));
    if (!seen) continue;
    const at = click.occurredAt.getTime();
    if (seen.last > at - CLICK_WINDOW_MS) continue;
    seen.last = Math.max(seen.last, at);
    counted.push({
      asset_id: seen.assetId,
      short_link_id: click.shortLinkId,
      source: 'short_link' as const,
      kind: 'click' as const,
      visitor_hash: click.visitorHash,
      occurred_at: click.occurredAt,
    });
  }
  return counted;
}
