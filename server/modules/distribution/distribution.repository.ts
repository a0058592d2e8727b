import { type Insertable, sql, type Updateable } from 'kysely';
import type { Database } from '../../db/connect.ts';
import type { DistributionChannelsTable, ShortLinksTable } from '../../db/schema.ts';

type Db = Database['db'];

/* Short links */

export function insertShortLink(db: Db, values: Insertable<ShortLinksTable>) {
  return db.insertInto('short_links').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updateShortLinkRow(db: Db, id: string, values: Updateable<ShortLinksTable>) {
  return db.updateTable('short_links').set(values).where('id', '=', id).returningAll().executeTakeFirst();
}

export function deleteShortLinkRow(db: Db, id: string) {
  return db.deleteFrom('short_links').where('id', '=', id).returning(['code', 'asset_id']).executeTakeFirst();
}

export function findShortLinkRow(db: Db, id: string) {
  return db.selectFrom('short_links').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The link a code names (codes are unique whatever their case). */
export function findShortLinkByCode(db: Db, code: string) {
  return db
    .selectFrom('short_links')
    .select(['id', 'asset_id', 'target_url'])
    .where(sql<string>`lower(code)`, '=', code.toLowerCase())
    .executeTakeFirst();
}

/**
 * For each (link, visitor hash) of a batch of clicks: the link's asset, and the time of the
 * latest click of that hash on that link already stored (null when none). Links deleted since the
 * click are left out. The caller holds the click lock (lockClicks), so no other flush adds clicks meanwhile.
 */
export async function latestClicksOf(db: Db, keys: { shortLinkId: string; visitorHash: string }[]) {
  const { rows } = await sql<{
    short_link_id: string;
    visitor_hash: string;
    asset_id: string;
    last: Date | null;
  }>`
    SELECT k.short_link_id, k.visitor_hash, s.asset_id,
      (SELECT e.occurred_at FROM engagement_events e
        WHERE e.short_link_id = k.short_link_id AND e.visitor_hash = k.visitor_hash
        ORDER BY e.occurred_at DESC LIMIT 1) AS last
    FROM unnest(${sql.val(keys.map((key) => key.shortLinkId))}::uuid[],
      ${sql.val(keys.map((key) => key.visitorHash))}::text[]) AS k(short_link_id, visitor_hash)
    JOIN short_links s ON s.id = k.short_link_id`.execute(db);
  return rows;
}

/** Click flushes of every app instance on this database take turns: held until the transaction ends. */
export async function lockClicks(trx: Db) {
  await sql`SELECT pg_advisory_xact_lock(hashtext('short-link-clicks'))`.execute(trx);
}

export function codeTaken(db: Db, code: string, exceptId?: string) {
  let query = db
    .selectFrom('short_links')
    .select('id')
    .where(sql<string>`lower(code)`, '=', code.toLowerCase());
  if (exceptId) query = query.where('id', '<>', exceptId);
  return query.executeTakeFirst().then(Boolean);
}

/** An asset's short links with their channel and the clicks counted, oldest first. */
export function listShortLinkRows(db: Db, filter: { assetId?: string; id?: string }) {
  let query = db
    .selectFrom('short_links as l')
    .leftJoin('distribution_channels as ch', 'ch.id', 'l.channel_id')
    .selectAll('l')
    .select('ch.name as channel_name')
    .select((eb) =>
      eb
        .selectFrom('engagement_events as e')
        .whereRef('e.short_link_id', '=', 'l.id')
        .where('e.kind', '=', 'click')
        .select(sql<number>`count(*)::int`.as('n'))
        .as('clicks'),
    )
    .orderBy('l.created_at')
    .orderBy('l.code');
  if (filter.assetId) query = query.where('l.asset_id', '=', filter.assetId);
  if (filter.id) query = query.where('l.id', '=', filter.id);
  return query.execute();
}

/* Channels and templates */

export function listChannelRows(db: Db, includeArchived = true) {
  let query = db.selectFrom('distribution_channels').selectAll().orderBy('position').orderBy('name');
  if (!includeArchived) query = query.where('archived', '=', false);
  return query.execute();
}

export function findChannelRow(db: Db, id: string) {
  return db.selectFrom('distribution_channels').selectAll().where('id', '=', id).executeTakeFirst();
}

export function insertChannel(db: Db, values: Insertable<DistributionChannelsTable>) {
  return db.insertInto('distribution_channels').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updateChannelRow(db: Db, id: string, values: Updateable<DistributionChannelsTable>) {
  return db
    .updateTable('distribution_channels')
    .set(values)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export function deleteChannelRow(db: Db, id: string) {
  return db.deleteFrom('distribution_channels').where('id', '=', id).returning('name').executeTakeFirst();
}

/** How many checklist rows (done or skipped) and short links use a channel. */
export async function channelUse(db: Db, id: string) {
  const { rows } = await sql<{ rows: number; links: number }>`
    SELECT
      (SELECT count(*)::int FROM asset_distributions WHERE channel_id = ${id} AND status <> 'todo') AS rows,
      (SELECT count(*)::int FROM short_links WHERE channel_id = ${id}) AS links
  `.execute(db);
  return rows[0] ?? { rows: 0, links: 0 };
}

export function listTemplateRows(db: Db, channelId?: string) {
  let query = db.selectFrom('utm_templates').selectAll().orderBy('name');
  if (channelId) query = query.where('channel_id', '=', channelId);
  return query.execute();
}

export function insertTemplate(
  db: Db,
  values: {
    channel_id: string;
    name: string;
    campaign: string;
    source: string;
    medium: string;
    content: string;
    created_by: string | null;
  },
) {
  return db.insertInto('utm_templates').values(values).returningAll().executeTakeFirstOrThrow();
}

export function deleteTemplateRow(db: Db, id: string) {
  return db.deleteFrom('utm_templates').where('id', '=', id).returning('name').executeTakeFirst();
}

/* An asset's distribution checklist */

/** One row per channel not archived, for an asset just published; rows it has are kept. */
export async function openDistributionRows(db: Db, assetId: string, now: Date) {
  await sql`
    INSERT INTO asset_distributions (asset_id, channel_id, updated_at)
    SELECT ${assetId}, id, ${now} FROM distribution_channels WHERE NOT archived
    ON CONFLICT DO NOTHING
  `.execute(db);
}

export function listDistributionRows(db: Db, assetId: string) {
  return db
    .selectFrom('asset_distributions as d')
    .innerJoin('distribution_channels as ch', 'ch.id', 'd.channel_id')
    .leftJoin('users as u', 'u.id', 'd.done_by')
    .select([
      'd.channel_id',
      'd.status',
      'd.url',
      'd.done_on',
      'd.done_by',
      'u.name as done_by_name',
      'ch.name as channel_name',
      'ch.utm_source',
      'ch.utm_medium',
    ])
    .where('d.asset_id', '=', assetId)
    .orderBy('ch.position')
    .orderBy('ch.name')
    .execute();
}

export function updateDistributionRow(
  db: Db,
  assetId: string,
  channelId: string,
  values: {
    status: string;
    url: string | null;
    done_on: string | null;
    done_by: string | null;
    updated_at: Date;
  },
) {
  return db
    .updateTable('asset_distributions')
    .set(values as never)
    .where('asset_id', '=', assetId)
    .where('channel_id', '=', channelId)
    .returning('channel_id')
    .executeTakeFirst();
}

/* Publishing checklists */

export function listChecklistItemRows(db: Db, formatId?: string) {
  let query = db
    .selectFrom('checklist_items as i')
    .innerJoin('terms as t', 't.id', 'i.format_id')
    .selectAll('i')
    .select('t.name as format_name')
    .orderBy('t.position')
    .orderBy('i.position');
  if (formatId) query = query.where('i.format_id', '=', formatId);
  return query.execute();
}

export async function replaceChecklistItems(
  db: Db,
  formatId: string,
  items: { id?: string; label: string; required: boolean }[],
) {
  const keep = items.flatMap((item) => (item.id ? [item.id] : []));
  let remove = db.deleteFrom('checklist_items').where('format_id', '=', formatId);
  if (keep.length) remove = remove.where('id', 'not in', keep);
  await remove.execute();
  for (const [position, item] of items.entries()) {
    if (item.id) {
      const updated = await db
        .updateTable('checklist_items')
        .set({ label: item.label, required: item.required, position })
        .where('id', '=', item.id)
        .where('format_id', '=', formatId)
        .executeTakeFirst();
      if (updated.numUpdatedRows > 0n) continue;
    }
    await db
      .insertInto('checklist_items')
      .values({ format_id: formatId, label: item.label, required: item.required, position })
      .execute();
  }
}

export function countChecklistItems(db: Db) {
  return db
    .selectFrom('checklist_items')
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow()
    .then((row) => row.n);
}

/** A format's items with what the asset has ticked (an asset not saved yet has ticked nothing). */
export function listAssetChecklistRows(db: Db, formatId: string, assetId: string | null) {
  return db
    .selectFrom('checklist_items as i')
    .leftJoin('asset_checklist_ticks as k', (join) =>
      join
        .onRef('k.item_id', '=', 'i.id')
        .on('k.asset_id', '=', assetId ?? '00000000-0000-0000-0000-000000000000'),
    )
    .leftJoin('users as u', 'u.id', 'k.done_by')
    .select(['i.id', 'i.label', 'i.required', 'k.done_at', 'k.done_by', 'u.name as done_by_name'])
    .where('i.format_id', '=', formatId)
    .orderBy('i.position')
    .execute();
}

export function findChecklistItem(db: Db, id: string) {
  return db.selectFrom('checklist_items').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function setTick(db: Db, assetId: string, itemId: string, done: boolean, by: string, at: Date) {
  if (!done) {
    await db
      .deleteFrom('asset_checklist_ticks')
      .where('asset_id', '=', assetId)
      .where('item_id', '=', itemId)
      .execute();
    return;
  }
  await db
    .insertInto('asset_checklist_ticks')
    .values({ asset_id: assetId, item_id: itemId, done_by: by, done_at: at })
    .onConflict((oc) => oc.columns(['asset_id', 'item_id']).doNothing())
    .execute();
}

export function insertOverride(
  db: Db,
  values: {
    asset_id: string;
    reason: string;
    open_items: string[];
    overridden_by: string | null;
    overridden_at: Date;
  },
) {
  return db
    .insertInto('publish_overrides')
    .values({ ...values, open_items: JSON.stringify(values.open_items) })
    .execute();
}

export function listOverrideRows(db: Db, assetId: string) {
  return db
    .selectFrom('publish_overrides as o')
    .leftJoin('users as u', 'u.id', 'o.overridden_by')
    .select(['o.reason', 'o.open_items', 'o.overridden_by', 'o.overridden_at', 'u.name as by_name'])
    .where('o.asset_id', '=', assetId)
    .orderBy('o.overridden_at', 'desc')
    .execute();
}

/** How many active webhooks subscribe to an event. */
export async function countSubscribedWebhooks(db: Db, event: string) {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM webhooks WHERE active AND ${event} = ANY(events)`.execute(db);
  return rows[0]?.n ?? 0;
}
