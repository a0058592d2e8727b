import { type Insertable, sql, type Updateable } from 'kysely';
import type { Database } from '../../db/connect.ts';
import type { ClickThroughStepsTable } from '../../db/schema.ts';

type Db = Database['db'];

/** The demo behind a click-through: its asset's title, status, visibility and format key. */
export function findClickThroughDemo(db: Db, assetId: string) {
  return db
    .selectFrom('demos as d')
    .innerJoin('assets as a', 'a.id', 'd.asset_id')
    .leftJoin('terms as f', 'f.id', 'a.format_id')
    .select(['d.asset_id', 'a.title', 'a.status', 'a.visibility', 'f.key as format_key'])
    .where('d.asset_id', '=', assetId)
    .executeTakeFirst();
}

export function listSteps(db: Db, demoId: string) {
  return db
    .selectFrom('click_through_steps')
    .selectAll()
    .where('demo_id', '=', demoId)
    .orderBy('position')
    .execute();
}

export function findStep(db: Db, demoId: string, stepId: string, lock = false) {
  const query = db
    .selectFrom('click_through_steps')
    .selectAll()
    .where('demo_id', '=', demoId)
    .where('id', '=', stepId);
  return (lock ? query.forUpdate() : query).executeTakeFirst();
}

export async function lastPosition(db: Db, demoId: string): Promise<number> {
  const row = await db
    .selectFrom('click_through_steps')
    .select((eb) => eb.fn.max('position').as('last'))
    .where('demo_id', '=', demoId)
    .executeTakeFirst();
  return Number(row?.last ?? 0);
}

/** Moves every step at or after `position` one place down (the unique position check is deferred). */
export async function shiftFrom(db: Db, demoId: string, position: number) {
  await db
    .updateTable('click_through_steps')
    .set((eb) => ({ position: eb('position', '+', 1) }))
    .where('demo_id', '=', demoId)
    .where('position', '>=', position)
    .execute();
}

export function insertStep(db: Db, values: Insertable<ClickThroughStepsTable>) {
  return db.insertInto('click_through_steps').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updateStep(
  db: Db,
  demoId: string,
  stepId: string,
  values: Updateable<ClickThroughStepsTable>,
) {
  return db
    .updateTable('click_through_steps')
    .set(values)
    .where('demo_id', '=', demoId)
    .where('id', '=', stepId)
    .returningAll()
    .executeTakeFirst();
}

export function deleteStep(db: Db, demoId: string, stepId: string) {
  return db
    .deleteFrom('click_through_steps')
    .where('demo_id', '=', demoId)
    .where('id', '=', stepId)
    .returning(['image_key', 'position'])
    .executeTakeFirst();
}

/** Closes the gap a deleted step left. */
export async function closeGap(db: Db, demoId: string, position: number) {
  await db
    .updateTable('click_through_steps')
    .set((eb) => ({ position: eb('position', '-', 1) }))
    .where('demo_id', '=', demoId)
    .where('position', '>', position)
    .execute();
}

/** Sets every step's position from the order of `stepIds` (1-based), in one statement. */
export async function setOrder(db: Db, demoId: string, stepIds: string[], now: Date) {
  if (stepIds.length === 0) return;
  await sql`
    UPDATE click_through_steps s SET position = o.position, updated_at = ${now}
    FROM unnest(${sql.val(stepIds)}::uuid[]) WITH ORDINALITY AS o(id, position)
    WHERE s.id = o.id AND s.demo_id = ${demoId}`.execute(db);
}

// --- settings (token fallbacks, draft version) --------------------------------------------------

export async function ensureSettings(db: Db, demoId: string, now: Date) {
  await db
    .insertInto('click_through_settings')
    .values({ demo_id: demoId, updated_at: now })
    .onConflict((oc) => oc.column('demo_id').doNothing())
    .execute();
}

export function findSettings(db: Db, demoId: string) {
  return db.selectFrom('click_through_settings').selectAll().where('demo_id', '=', demoId).executeTakeFirst();
}

export async function setTokens(db: Db, demoId: string, tokens: Record<string, string>, now: Date) {
  await db
    .updateTable('click_through_settings')
    .set({ tokens: JSON.stringify(tokens), updated_at: now })
    .where('demo_id', '=', demoId)
    .execute();
}

// --- catalogue checks -------------------------------------------------------------------------

export function findCategory(db: Db, id: string) {
  return db.selectFrom('product_categories').select('id').where('id', '=', id).executeTakeFirst();
}

export function findFeature(db: Db, id: string) {
  return db
    .selectFrom('product_features')
    .select(['id', 'category_id'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/**
 * Steps of a demo showing what a live freshness flag's release changed: a change naming the
 * step's feature, or a category the step (or its feature) belongs to.
 */
export async function flaggedStepIds(db: Db, demoId: string): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    SELECT DISTINCT s.id
    FROM click_through_steps s
    JOIN demo_flags f ON f.demo_id = s.demo_id AND f.state IN ('open', 'requested')
    JOIN release_changes c ON c.release_id = f.release_id
    LEFT JOIN product_features pf ON pf.id = s.feature_id
    WHERE s.demo_id = ${demoId}
      AND ((s.feature_id IS NOT NULL AND c.feature_id = s.feature_id)
        OR coalesce(s.category_id, pf.category_id) = ANY(c.category_ids))`.execute(db);
  return rows.map((row) => row.id);
}

// --- versions ---------------------------------------------------------------------------------

export function listVersions(db: Db, demoId: string) {
  return db
    .selectFrom('click_through_versions as v')
    .leftJoin('users as u', 'u.id', 'v.published_by')
    .select(['v.id', 'v.number', 'v.published_at', 'v.published_by', 'u.name as publisher_name'])
    .where('v.demo_id', '=', demoId)
    .orderBy('v.number', 'desc')
    .execute();
}

export function latestVersion(db: Db, demoId: string) {
  return db
    .selectFrom('click_through_versions')
    .selectAll()
    .where('demo_id', '=', demoId)
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Locks the demo's settings row so two publishes number their versions one after the other. */
export async function lockSettings(db: Db, demoId: string) {
  await db
    .selectFrom('click_through_settings')
    .select('demo_id')
    .where('demo_id', '=', demoId)
    .forUpdate()
    .execute();
}

export function insertVersion(
  db: Db,
  values: {
    id: string;
    demo_id: string;
    number: number;
    document: string;
    published_at: Date;
    published_by: string;
  },
) {
  return db.insertInto('click_through_versions').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function insertVersionImages(
  db: Db,
  rows: { version_id: string; step_id: string; storage_key: string; content_type: string }[],
) {
  if (rows.length > 0) await db.insertInto('click_through_version_images').values(rows).execute();
}

export function findVersionImage(db: Db, demoId: string, versionId: string, stepId: string) {
  return db
    .selectFrom('click_through_version_images as i')
    .innerJoin('click_through_versions as v', 'v.id', 'i.version_id')
    .select(['i.storage_key', 'i.content_type'])
    .where('v.demo_id', '=', demoId)
    .where('i.version_id', '=', versionId)
    .where('i.step_id', '=', stepId)
    .executeTakeFirst();
}

/** The published copies of one step's screenshot (each version that has the step). */
export function versionImagesOfStep(db: Db, demoId: string, stepId: string) {
  return db
    .selectFrom('click_through_version_images as i')
    .innerJoin('click_through_versions as v', 'v.id', 'i.version_id')
    .select(['i.version_id', 'i.storage_key'])
    .where('v.demo_id', '=', demoId)
    .where('i.step_id', '=', stepId)
    .execute();
}

export async function setVersionImageKey(db: Db, versionId: string, stepId: string, key: string) {
  await db
    .updateTable('click_through_version_images')
    .set({ storage_key: key })
    .where('version_id', '=', versionId)
    .where('step_id', '=', stepId)
    .execute();
}

export function versionImages(db: Db, versionId: string) {
  return db
    .selectFrom('click_through_version_images')
    .select(['step_id', 'storage_key', 'content_type'])
    .where('version_id', '=', versionId)
    .execute();
}
