import type { Insertable, Updateable } from 'kysely';
import { sql } from 'kysely';
import type { AssetStatus } from '../../../shared/library.ts';
import type { Database } from '../../db/connect.ts';
import type { AssetRow, AssetsTable, ListRow } from '../../db/schema.ts';

type Db = Database['db'];

export function insertAssetRow(db: Db, values: Insertable<AssetsTable>): Promise<AssetRow> {
  return db.insertInto('assets').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updateAssetRow(db: Db, id: string, values: Updateable<AssetsTable>): Promise<AssetRow> {
  return db
    .updateTable('assets')
    .set({ ...values, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function findAssetRow(db: Db, id: string, forUpdate = false): Promise<AssetRow | undefined> {
  let query = db.selectFrom('assets').selectAll().where('id', '=', id);
  if (forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

export function findAssetByKey(db: Db, key: { externalKey?: string | null; primaryUrl?: string | null }) {
  if (key.externalKey)
    return db.selectFrom('assets').selectAll().where('external_key', '=', key.externalKey).executeTakeFirst();
  if (key.primaryUrl) {
    return db
      .selectFrom('assets')
      .selectAll()
      .where('primary_url', '=', key.primaryUrl)
      .orderBy('created_at')
      .executeTakeFirst();
  }
  return Promise.resolve(undefined);
}

export function findAssetRows(db: Db, ids: string[]): Promise<AssetRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('assets').selectAll().where('id', 'in', ids).execute();
}

/** Term, contributor and list links of the given assets, for presenting them. */
export async function assetRelations(db: Db, ids: string[]) {
  if (ids.length === 0) return { terms: [], contributors: [], lists: [] };
  const [terms, contributors, lists] = await Promise.all([
    db.selectFrom('asset_terms').selectAll().where('asset_id', 'in', ids).execute(),
    db
      .selectFrom('asset_contributors')
      .innerJoin('users', 'users.id', 'asset_contributors.user_id')
      .select(['asset_contributors.asset_id', 'users.id', 'users.name'])
      .where('asset_id', 'in', ids)
      .execute(),
    db
      .selectFrom('list_items')
      .innerJoin('lists', 'lists.id', 'list_items.list_id')
      .select(['list_items.asset_id', 'lists.id', 'lists.name'])
      .where('asset_id', 'in', ids)
      .orderBy('lists.name')
      .execute(),
  ]);
  return { terms, contributors, lists };
}

/** `fresh`: the asset was inserted in this transaction, so it has nothing to remove. */
export async function replaceAssetTerms(db: Db, assetId: string, termIds: string[], fresh = false) {
  if (!fresh) await db.deleteFrom('asset_terms').where('asset_id', '=', assetId).execute();
  if (termIds.length)
    await db
      .insertInto('asset_terms')
      .values(termIds.map((term_id) => ({ asset_id: assetId, term_id })))
      .execute();
}

export async function replaceContributors(db: Db, assetId: string, userIds: string[], fresh = false) {
  if (!fresh) await db.deleteFrom('asset_contributors').where('asset_id', '=', assetId).execute();
  if (userIds.length) {
    await db
      .insertInto('asset_contributors')
      .values(userIds.map((user_id) => ({ asset_id: assetId, user_id })))
      .execute();
  }
}

/** Puts the asset in exactly these lists, appending it to the end of lists it newly joins. */
export async function replaceAssetLists(db: Db, assetId: string, listIds: string[], fresh = false) {
  if (!fresh) {
    let remove = db.deleteFrom('list_items').where('asset_id', '=', assetId);
    if (listIds.length) remove = remove.where('list_id', 'not in', listIds);
    await remove.execute();
  }
  for (const listId of listIds) {
    await sql`INSERT INTO list_items (list_id, asset_id, position)
      SELECT ${listId}, ${assetId}, coalesce(max(position) + 1, 0) FROM list_items WHERE list_id = ${listId}
      ON CONFLICT DO NOTHING`.execute(db);
  }
}

/**
 * New assets of an import at once (ids given), with their terms, contributors, list places and
 * first versions: one statement per table. List places append in the order given, after the
 * list's last position (an index probe of list_items_position_idx per list), so positions stay
 * dense and in file order. The caller gives a transaction.
 */
export async function insertNewAssets(
  db: Db,
  assets: {
    values: Insertable<AssetsTable> & { id: string };
    termIds: string[];
    contributorIds: string[];
    listIds: string[];
    snapshot: unknown;
    changes: string[];
    note: string;
    actorId: string | null;
  }[],
  lists: { id: string; name: string; ownerId: string | null }[],
) {
  if (lists.length)
    await db
      .insertInto('lists')
      .values(
        lists.map((list) => ({ id: list.id, name: list.name, description: '', owner_id: list.ownerId })),
      )
      .execute();
  if (!assets.length) return;
  await db
    .insertInto('assets')
    .values(assets.map((asset) => asset.values))
    .execute();
  const terms = assets.flatMap((asset) =>
    asset.termIds.map((term_id) => ({ asset_id: asset.values.id, term_id })),
  );
  if (terms.length) await db.insertInto('asset_terms').values(terms).execute();
  const people = assets.flatMap((asset) =>
    asset.contributorIds.map((user_id) => ({ asset_id: asset.values.id, user_id })),
  );
  if (people.length) await db.insertInto('asset_contributors').values(people).execute();
  const places = assets.flatMap((asset) => asset.listIds.map((listId) => [listId, asset.values.id] as const));
  if (places.length)
    await sql`
      INSERT INTO list_items (list_id, asset_id, position)
      SELECT p.list_id, p.asset_id,
        coalesce((SELECT max(i.position) FROM list_items i WHERE i.list_id = p.list_id), -1)
          + row_number() OVER (PARTITION BY p.list_id ORDER BY p.ord)
      FROM unnest(${sql.val(places.map(([listId]) => listId))}::uuid[],
        ${sql.val(places.map(([, assetId]) => assetId))}::uuid[]) WITH ORDINALITY AS p(list_id, asset_id, ord)
      ON CONFLICT DO NOTHING`.execute(db);
  await db
    .insertInto('asset_versions')
    .values(
      assets.map((asset) => ({
        asset_id: asset.values.id,
        version: 1,
        snapshot: JSON.stringify(asset.snapshot),
        changes: asset.changes,
        note: asset.note,
        actor_id: asset.actorId,
      })),
    )
    .execute();
}

/** Of these external keys and primary URLs, the ones some asset already has. */
export async function findTakenKeys(db: Db, externalKeys: string[], primaryUrls: string[]) {
  const [keys, urls] = await Promise.all([
    externalKeys.length
      ? db.selectFrom('assets').select('external_key').where('external_key', 'in', externalKeys).execute()
      : [],
    primaryUrls.length
      ? db.selectFrom('assets').select('primary_url').where('primary_url', 'in', primaryUrls).execute()
      : [],
  ]);
  return {
    externalKeys: new Set(keys.map((row) => row.external_key as string)),
    primaryUrls: new Set(urls.map((row) => row.primary_url as string)),
  };
}

export function insertVersion(
  db: Db,
  version: {
    assetId: string;
    version: number;
    snapshot: unknown;
    changes: string[];
    note?: string;
    actorId: string | null;
  },
) {
  return db
    .insertInto('asset_versions')
    .values({
      asset_id: version.assetId,
      version: version.version,
      snapshot: JSON.stringify(version.snapshot),
      changes: version.changes,
      note: version.note ?? '',
      actor_id: version.actorId,
    })
    .execute();
}

export function listVersions(db: Db, assetId: string) {
  return db
    .selectFrom('asset_versions')
    .leftJoin('users', 'users.id', 'asset_versions.actor_id')
    .select([
      'asset_versions.version',
      'asset_versions.changes',
      'asset_versions.note',
      'asset_versions.created_at',
      'users.id as actor_id',
      'users.name as actor_name',
    ])
    .where('asset_id', '=', assetId)
    .orderBy('version', 'desc')
    .execute();
}

export function findVersion(db: Db, assetId: string, version: number) {
  return db
    .selectFrom('asset_versions')
    .selectAll()
    .where('asset_id', '=', assetId)
    .where('version', '=', version)
    .executeTakeFirst();
}

/** The library change counter (0022_search_broad): moves with every change a search could see. */
export async function readLibraryChanges(db: Db): Promise<string> {
  const { rows } = await sql<{
    counter: string;
  }>`SELECT counter::text AS counter FROM library_changes`.execute(db);
  return rows[0]?.counter ?? '0';
}

/** Copies the assets' view counts into their search rows (a ranking input) where they differ. */
export async function refreshSearchViews(db: Db): Promise<number> {
  const result = await sql`UPDATE asset_search s SET view_count = a.view_count FROM assets a
    WHERE a.id = s.asset_id AND s.view_count <> a.view_count`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

export function incrementViews(db: Db, assetId: string) {
  return db
    .updateTable('assets')
    .set((eb) => ({ view_count: eb('view_count', '+', 1) }))
    .where('id', '=', assetId)
    .execute();
}

/** Published assets past their expiry, archived in one statement so two instances never both act. */
export function archiveExpiredRows(db: Db, today: string) {
  return db
    .updateTable('assets')
    .set({
      status: 'archived',
      archived_reason: 'expired',
      updated_at: new Date(),
      version: sql`version + 1`,
    })
    .where('status', '=', 'published')
    .where('expires_on', '<', today)
    .returningAll()
    .execute();
}

/** Assets sharing the most taxonomy terms with this one. */
export async function relatedAssetIds(
  db: Db,
  assetId: string,
  statuses: readonly string[],
  limit = 5,
): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    SELECT other.asset_id AS id
    FROM asset_terms mine JOIN asset_terms other ON other.term_id = mine.term_id AND other.asset_id <> mine.asset_id
    JOIN assets a ON a.id = other.asset_id
    WHERE mine.asset_id = ${assetId} AND a.status = ANY(${sql.val([...statuses])}::text[])
    GROUP BY other.asset_id, a.view_count ORDER BY count(*) DESC, a.view_count DESC LIMIT ${limit}`.execute(
    db,
  );
  return rows.map((row) => row.id);
}

/** Every list with the number of its assets of these statuses (the ones the caller may see). */
export function listListRows(db: Db, statuses: readonly AssetStatus[]) {
  return db
    .selectFrom('lists')
    .leftJoin('users', 'users.id', 'lists.owner_id')
    .select((eb) => [
      'lists.id',
      'lists.name',
      'lists.description',
      'lists.updated_at',
      'users.id as owner_id',
      'users.name as owner_name',
      eb
        .selectFrom('list_items')
        .innerJoin('assets', 'assets.id', 'list_items.asset_id')
        .whereRef('list_items.list_id', '=', 'lists.id')
        .where('assets.status', 'in', [...statuses])
        .select(eb.fn.countAll<number>().as('n'))
        .as('asset_count'),
    ])
    .orderBy('lists.name')
    .execute();
}

export type ListWithCount = Awaited<ReturnType<typeof listListRows>>[number];

export function insertList(
  db: Db,
  list: { name: string; description?: string; ownerId: string | null },
): Promise<ListRow> {
  return db
    .insertInto('lists')
    .values({ name: list.name, description: list.description ?? '', owner_id: list.ownerId })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function updateListRow(db: Db, id: string, changes: { name?: string; description?: string }) {
  return db
    .updateTable('lists')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export function deleteListRow(db: Db, id: string) {
  return db.deleteFrom('lists').where('id', '=', id).executeTakeFirst();
}

export async function setListOrder(db: Db, listId: string, assetIds: string[]) {
  await db.deleteFrom('list_items').where('list_id', '=', listId).execute();
  if (assetIds.length) {
    await db
      .insertInto('list_items')
      .values(assetIds.map((asset_id, position) => ({ list_id: listId, asset_id, position })))
      .execute();
  }
}

/** The list with this name, whatever its case. */
export function findListByName(db: Db, name: string) {
  return db
    .selectFrom('lists')
    .select('id')
    .where(sql`lower(name)`, '=', name.toLowerCase())
    .executeTakeFirst();
}

export function listListNames(db: Db) {
  return db.selectFrom('lists').select(['id', 'name']).execute();
}

/** Which of these asset ids exist. */
export function findExistingAssetIds(db: Db, ids: string[]) {
  return db
    .selectFrom('assets')
    .select('id')
    .where('id', 'in', ids.length ? ids : ['00000000-0000-0000-0000-000000000000'])
    .execute();
}

/** Published assets whose only list is this one (deleting it would leave them in none). */
export function listStrandedAssets(db: Db, listId: string) {
  return db
    .selectFrom('list_items as mine')
    .innerJoin('assets', 'assets.id', 'mine.asset_id')
    .select('assets.title')
    .where('mine.list_id', '=', listId)
    .where('assets.status', '=', 'published')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('list_items as other')
            .select('other.list_id')
            .whereRef('other.asset_id', '=', 'mine.asset_id')
            .where('other.list_id', '!=', listId),
        ),
      ),
    )
    .execute();
}

export function listAssetTitles(db: Db, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('assets').select(['id', 'title', 'status']).where('id', 'in', ids).execute();
}

export function findListsByIds(db: Db, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('lists').select(['id', 'name']).where('id', 'in', ids).execute();
}

/**
 * Published, external assets confirmed safe to share, only: what may leave through a feed or an
 * outsider export.
 */
export function listOutsiderAssets(db: Db, options: { solutionId?: string; limit?: number } = {}) {
  let query = db
    .selectFrom('assets')
    .selectAll()
    .where('status', '=', 'published')
    .where('visibility', '=', 'external')
    .where('safe_to_share', '=', true)
    .orderBy('published_on', 'desc')
    .orderBy('updated_at', 'desc');
  if (options.solutionId) {
    const solutionId = options.solutionId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('asset_terms')
          .select('asset_terms.asset_id')
          .whereRef('asset_terms.asset_id', '=', 'assets.id')
          .where('asset_terms.term_id', '=', solutionId),
      ),
    );
  }
  if (options.limit) query = query.limit(options.limit);
  return query.execute();
}

/** Every asset of the given statuses, for an export. */
export function listAssetsByStatus(db: Db, statuses: readonly AssetStatus[]) {
  return db
    .selectFrom('assets')
    .selectAll()
    .where('status', 'in', [...statuses])
    .orderBy('created_at')
    .execute();
}
