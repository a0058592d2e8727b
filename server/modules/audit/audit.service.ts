import { createHash } from 'node:crypto';
import type { AuditQuery } from '../../../shared/schemas/audit.ts';
import type { Database } from '../../db/connect.ts';
import type { AuditLogRow } from '../../db/schema.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AppError } from '../../errors.ts';
import { currentAuditActor } from './audit.context.ts';
import {
  type AuditFilter,
  auditEntriesAfter,
  insertAuditEntry,
  lockChainTip,
  purgeAuditEntriesThrough,
  searchAuditEntries,
} from './audit.repository.ts';

type Db = Database['db'];

/** The prev_hash of the first entry ever written. */
export const GENESIS = 'genesis';

export type AuditChanges = Record<string, { before: unknown; after: unknown }>;

export interface AuditEvent {
  /** `<area>.<verb>`: user.created, auth.sign_in_failed, settings.updated, … */
  action: string;
  target?: { type: string; id: string; label?: string | null } | null;
  changes?: AuditChanges;
  details?: Record<string, unknown>;
}

/** Keys in a fixed order, so the same entry always hashes the same. */
function canonical(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

type Hashed = Pick<
  AuditLogRow,
  | 'at'
  | 'actor_id'
  | 'actor_label'
  | 'via'
  | 'token_id'
  | 'action'
  | 'target_type'
  | 'target_id'
  | 'target_label'
  | 'changes'
  | 'details'
  | 'ip'
  | 'user_agent'
  | 'request_id'
  | 'prev_hash'
>;

const hashedFields = [
  'actor_id',
  'actor_label',
  'via',
  'token_id',
  'action',
  'target_type',
  'target_id',
  'target_label',
  'changes',
  'details',
  'ip',
  'user_agent',
  'request_id',
  'prev_hash',
] as const;

/** SHA-256 of the entry's recorded fields (not its id or its own hash), keys in a fixed order. */
export function entryHash(entry: Hashed): string {
  const fields: Record<string, unknown> = { at: entry.at.toISOString() };
  for (const field of hashedFields) fields[field] = entry[field];
  return createHash('sha256').update(canonical(fields)).digest('hex');
}

/**
 * The fields that differ between `before` and `after`, each with both values; `fields` limits
 * the comparison (and names what is compared when a value is a secret: pass `redact`).
 */
export function changedFields<T extends Record<string, unknown>>(
  before: T | null | undefined,
  after: T | null | undefined,
  fields: readonly (keyof T & string)[],
  redact: readonly string[] = [],
): AuditChanges {
  const changes: AuditChanges = {};
  for (const field of fields) {
    const a = before?.[field];
    const b = after?.[field];
    if (canonical(a) === canonical(b)) continue;
    changes[field] = redact.includes(field)
      ? {
          before: a === undefined || a === null ? null : '(hidden)',
          after: b === undefined || b === null ? null : '(hidden)',
        }
      : { before: a ?? null, after: b ?? null };
  }
  return changes;
}

/**
 * Appends an entry naming the current actor (audit.context.ts). Call it with the transaction of
 * the change it records: the entry commits or rolls back with the change. Appends take the
 * chain's lock until their transaction ends, so the chain has no forks.
 */
export async function recordAudit(db: Db, event: AuditEvent, now: Date = new Date()): Promise<void> {
  const write = async (trx: Db) => {
    const actor = currentAuditActor();
    const prev = (await lockChainTip(trx)) ?? GENESIS;
    const entry: Hashed = {
      at: now,
      actor_id: actor.actorId,
      actor_label: actor.actorLabel,
      via: actor.via,
      token_id: actor.tokenId ?? null,
      action: event.action,
      target_type: event.target?.type ?? null,
      target_id: event.target?.id ?? null,
      target_label: event.target?.label ?? null,
      changes: JSON.parse(canonical(event.changes ?? {})),
      details: JSON.parse(canonical(event.details ?? {})),
      ip: actor.ip ?? null,
      user_agent: actor.userAgent?.slice(0, 500) ?? null,
      request_id: actor.requestId ?? null,
      prev_hash: prev,
    };
    await insertAuditEntry(trx, {
      ...entry,
      changes: JSON.stringify(entry.changes),
      details: JSON.stringify(entry.details),
      hash: entryHash(entry),
    });
  };
  if (db.isTransaction) await write(db);
  else await db.transaction().execute(write);
}

/**
 * Deletes a record and records the deletion in one transaction: `remove` answers the deleted
 * row (what the entry names) or undefined, which is a 404 with `notFound` and records nothing.
 */
export function deleteRecorded<R>(
  db: Db,
  remove: (trx: Db) => Promise<R | undefined>,
  notFound: string,
  event: (row: R) => AuditEvent,
): Promise<R> {
  return inTransaction(db, async (trx) => {
    const row = await remove(trx);
    if (!row) throw new AppError('not_found', notFound);
    await recordAudit(trx, event(row));
    return row;
  });
}

/** The search's filter from the API's query (dates are whole UTC days, `to` inclusive). */
export function filterOf(query: AuditQuery): AuditFilter {
  return {
    action: query.action,
    actorId: query.actorId,
    targetType: query.targetType,
    targetId: query.targetId,
    text: query.q,
    from: query.from ? new Date(`${query.from}T00:00:00Z`) : undefined,
    to: query.to ? new Date(Date.parse(`${query.to}T00:00:00Z`) + 86_400_000) : undefined,
  };
}

export async function searchAudit(options: { db: Db; filter: AuditFilter; limit: number; before?: number }) {
  const rows = await searchAuditEntries(options.db, options.filter, {
    limit: options.limit + 1,
    before: options.before,
  });
  const more = rows.length > options.limit;
  const page = more ? rows.slice(0, options.limit) : rows;
  return { entries: page, next: more ? String(page.at(-1)?.id ?? '') || null : null };
}

/** Every matching entry, oldest first, in batches (exports stream them). */
export async function* auditEntries(db: Db, filter: AuditFilter, batch = 1000): AsyncGenerator<AuditLogRow> {
  let after: number | null = null;
  for (;;) {
    const rows: AuditLogRow[] = await auditEntriesAfter(db, filter, after, batch);
    for (const row of rows) yield row;
    if (rows.length < batch) return;
    after = rows.at(-1)?.id ?? null;
  }
}

export interface ChainReport {
  entries: number;
  ok: boolean;
  /** The first entry that does not hold: its id and why. */
  broken?: { id: number; reason: string };
  first?: number;
  last?: number;
}

/**
 * Walks the whole log in id order and recomputes every hash. The first entry's prev_hash is
 * either the genesis value or the last hash a retention purge removed (recorded in its
 * audit.purged entry); any other break means an entry was changed, removed or inserted.
 */
export async function verifyAuditChain(db: Db): Promise<ChainReport> {
  let previous: string | null = null;
  let count = 0;
  let first: number | undefined;
  let last: number | undefined;
  const purgedTips = new Set<string>();
  let firstPrev: { id: number; prev: string } | null = null;
  for await (const row of auditEntries(db, {}, 2000)) {
    count += 1;
    first ??= row.id;
    last = row.id;
    if (row.action === 'audit.purged' && typeof row.details.lastRemovedHash === 'string')
      purgedTips.add(row.details.lastRemovedHash);
    if (entryHash(row) !== row.hash)
      return {
        entries: count,
        ok: false,
        broken: { id: row.id, reason: 'its content does not match its hash (edited)' },
        first,
        last,
      };
    if (previous === null) firstPrev = { id: row.id, prev: row.prev_hash };
    else if (row.prev_hash !== previous)
      return {
        entries: count,
        ok: false,
        broken: {
          id: row.id,
          reason: 'it does not follow the entry before it (an entry was removed or inserted)',
        },
        first,
        last,
      };
    previous = row.hash;
  }
  if (firstPrev && firstPrev.prev !== GENESIS && !purgedTips.has(firstPrev.prev))
    return {
      entries: count,
      ok: false,
      broken: { id: firstPrev.id, reason: 'entries before it were removed without a retention purge' },
      first,
      last,
    };
  return { entries: count, ok: true, first, last };
}

/** Removes entries older than the retention, and records that it did (with the last hash removed). */
export async function purgeAudit(options: { db: Db; retentionDays: number; now: Date }) {
  const before = new Date(options.now.getTime() - options.retentionDays * 86_400_000);
  return options.db.transaction().execute(async (trx) => {
    await lockChainTip(trx);
    // Everything up to the newest entry older than the cut-off goes, so the chain breaks at one place.
    const [lastRemoved] = await searchAuditEntries(trx, { to: before }, { limit: 1 });
    if (!lastRemoved) return { removed: 0 };
    const removed = await purgeAuditEntriesThrough(trx, lastRemoved.id);
    await recordAudit(
      trx,
      {
        action: 'audit.purged',
        details: {
          removed,
          before: before.toISOString(),
          retentionDays: options.retentionDays,
          lastRemovedHash: lastRemoved.hash,
        },
      },
      options.now,
    );
    return { removed };
  });
}
