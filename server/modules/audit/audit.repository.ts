import { type Kysely, sql } from 'kysely';
import type { AuditLogRow, DB } from '../../db/schema.ts';

type Db = Kysely<DB>;

/** Fixed key of the advisory lock that puts appends one after the other (the chain has one tip). */
const CHAIN_LOCK = 0x5ca0d17;

/** Takes the chain's lock for the rest of the transaction and reads the hash of the last entry. */
export async function lockChainTip(db: Db): Promise<string | null> {
  await sql`SELECT pg_advisory_xact_lock(${CHAIN_LOCK})`.execute(db);
  const row = await db
    .selectFrom('audit_log')
    .select('hash')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.hash ?? null;
}

export interface AuditInsert {
  at: Date;
  actor_id: string | null;
  actor_label: string;
  via: AuditLogRow['via'];
  token_id: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  target_label: string | null;
  changes: string;
  details: string;
  ip: string | null;
  user_agent: string | null;
  request_id: string | null;
  prev_hash: string;
  hash: string;
}

export async function insertAuditEntry(db: Db, entry: AuditInsert): Promise<void> {
  await db.insertInto('audit_log').values(entry).execute();
}

export interface AuditFilter {
  action?: string;
  actorId?: string;
  targetType?: string;
  targetId?: string;
  text?: string;
  from?: Date;
  to?: Date;
}

function filtered(db: Db, filter: AuditFilter) {
  let query = db.selectFrom('audit_log');
  if (filter.action) {
    // "user" matches every user.* action; "user.updated" only that one.
    query = filter.action.includes('.')
      ? query.where('action', '=', filter.action)
      : query.where('action', 'like', `${filter.action.replace(/[\\%_]/g, '\\$&')}.%`);
  }
  if (filter.actorId) query = query.where('actor_id', '=', filter.actorId);
  if (filter.targetType) query = query.where('target_type', '=', filter.targetType);
  if (filter.targetId) query = query.where('target_id', '=', filter.targetId);
  if (filter.from) query = query.where('at', '>=', filter.from);
  if (filter.to) query = query.where('at', '<', filter.to);
  if (filter.text) {
    const like = `%${filter.text.replace(/[\\%_]/g, '\\$&')}%`;
    query = query.where((eb) =>
      eb.or([
        eb('actor_label', 'ilike', like),
        eb('target_label', 'ilike', like),
        eb('target_id', 'ilike', like),
        eb('action', 'ilike', like),
        eb('ip', 'ilike', like),
      ]),
    );
  }
  return query;
}

/** One page of entries, newest first; `before` is the id the previous page ended at. */
export async function searchAuditEntries(
  db: Db,
  filter: AuditFilter,
  options: { limit: number; before?: number },
) {
  let query = filtered(db, filter).selectAll();
  if (options.before) query = query.where('id', '<', options.before);
  return query.orderBy('id', 'desc').limit(options.limit).execute();
}

/** Entries in id order from `after`, `limit` at a time (verification and exports walk the whole log). */
export async function auditEntriesAfter(db: Db, filter: AuditFilter, after: number | null, limit: number) {
  let query = filtered(db, filter).selectAll();
  if (after) query = query.where('id', '>', after);
  return query.orderBy('id', 'asc').limit(limit).execute();
}

/** Removes the entries up to id `through`, in the purge's own transaction; returns how many. */
export async function purgeAuditEntriesThrough(db: Db, through: number): Promise<number> {
  await sql`SELECT set_config('showcase.audit_purge', 'on', true)`.execute(db);
  const result = await db.deleteFrom('audit_log').where('id', '<=', through).executeTakeFirst();
  await sql`SELECT set_config('showcase.audit_purge', 'off', true)`.execute(db);
  return Number(result.numDeletedRows);
}
