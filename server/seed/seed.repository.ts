import { sql } from 'kysely';
import type { Database } from '../db/connect.ts';
import { refreshSearchViews } from '../modules/library/library.repository.ts';

type Db = Database['db'];

/**
 * The reads and bulk touches the sample data needs (sample records themselves go through the
 * modules' services and repositories, so they obey the same rules as the app).
 */

export async function hasAnyAsset(db: Db): Promise<boolean> {
  return Boolean(await db.selectFrom('assets').select('id').limit(1).executeTakeFirst());
}

export async function hasAnyRequest(db: Db): Promise<boolean> {
  return Boolean(await db.selectFrom('requests').select('id').limit(1).executeTakeFirst());
}

export function listTermNames(db: Db) {
  return db.selectFrom('terms').select(['id', 'kind', 'name']).execute();
}

export function listTeamNames(db: Db) {
  return db.selectFrom('teams').select(['id', 'name']).execute();
}

export function listPeople(db: Db) {
  return db.selectFrom('users').select(['id', 'email', 'name', 'role']).execute();
}

/** TMMs by email: the first one owns the sample lists and acts for the sample demos. */
export function listTmms(db: Db) {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'name'])
    .where('role', '=', 'tmm')
    .orderBy('email')
    .execute();
}

export async function setUserTeam(db: Db, email: string, teamId: string): Promise<void> {
  await db.updateTable('users').set({ team_id: teamId }).where('email', '=', email).execute();
}

export function listPublishedAssetTitles(db: Db) {
  return db
    .selectFrom('assets')
    .select(['id', 'title'])
    .where('status', '=', 'published')
    .orderBy('title')
    .execute();
}

export function listAssetOwners(db: Db) {
  return db.selectFrom('assets').select(['id', 'title', 'owner_id']).execute();
}

/** Each asset's persona terms. */
export function listAssetPersonas(db: Db) {
  return db
    .selectFrom('asset_terms as at')
    .innerJoin('terms as t', 't.id', 'at.term_id')
    .select(['at.asset_id', 't.id'])
    .where('t.kind', '=', 'persona')
    .execute();
}

export async function findTopOpenFlag(db: Db) {
  const [top] = await db
    .selectFrom('demo_flags')
    .select('id')
    .where('state', '=', 'open')
    .orderBy('score', 'desc')
    .limit(1)
    .execute();
  return top;
}

/** Some use, so "most used" and the usage part of ranking have something to show. */
export async function spreadSampleViews(db: Db): Promise<void> {
  await sql`UPDATE assets SET view_count = abs(hashtext(title)) % 240`.execute(db);
  // A view leaves the search row alone; the sample's ranking should see these at once.
  await refreshSearchViews(db);
}

/** Whether the sample engagement is there already (views in Showcase are its first events). */
export async function hasSampleEngagement(db: Db): Promise<boolean> {
  return Boolean(
    await db
      .selectFrom('engagement_events')
      .select('id')
      .where('source', '=', 'showcase')
      .limit(1)
      .executeTakeFirst(),
  );
}

/** Published assets with their format's name, oldest first (a stable order for sample data). */
export function listPublishedAssets(db: Db) {
  return db
    .selectFrom('assets')
    .leftJoin('terms', 'terms.id', 'assets.format_id')
    .select(['assets.id', 'assets.title', 'assets.visibility', 'terms.name as format'])
    .where('assets.status', '=', 'published')
    .orderBy('assets.created_at')
    .orderBy('assets.id')
    .execute();
}

/** The sample's view counts follow its engagement events, as the app keeps them. */
export async function addViewCounts(db: Db, counts: Map<string, number>) {
  for (const [id, views] of counts)
    await db
      .updateTable('assets')
      .set((eb) => ({ view_count: eb('view_count', '+', views) }))
      .where('id', '=', id)
      .execute();
  await refreshSearchViews(db);
}

/** Marks when a sample share link was first opened. */
export async function setFirstVisit(db: Db, linkId: string, at: Date) {
  await db.updateTable('share_links').set({ first_visit_at: at }).where('id', '=', linkId).execute();
}

/** The recipients of a share link, in the order they were added. */
export function listRecipientIds(db: Db, linkId: string) {
  return db
    .selectFrom('share_link_recipients')
    .select('id')
    .where('link_id', '=', linkId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** Whether the sample calendar was loaded already (its events are made once). */
export async function hasAnyPlanEvent(db: Db): Promise<boolean> {
  return Boolean(await db.selectFrom('plan_events').select('id').limit(1).executeTakeFirst());
}

/** Whether the workspace has short links yet (the sample distribution is written once). */
export async function hasShortLinks(db: Db) {
  return Boolean(await db.selectFrom('short_links').select('id').limit(1).executeTakeFirst());
}

/** The demo record of a sample asset of the click-through format, by title (sample-clickthrough.ts). */
export function findClickThroughSample(db: Db, title: string) {
  return db
    .selectFrom('demos as d')
    .innerJoin('assets as a', 'a.id', 'd.asset_id')
    .innerJoin('terms as f', 'f.id', 'a.format_id')
    .select(['d.asset_id'])
    .where('a.title', '=', title)
    .where('f.key', '=', 'click_through_demo')
    .executeTakeFirst();
}
