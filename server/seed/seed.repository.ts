import { sql } from 'kysely';
import type { Database } from '../db/connect.ts';

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
}
