import { type Insertable, sql, type Updateable } from 'kysely';
import type { Database } from '../../db/connect.ts';
import type {
  CategoryRow,
  DemoFlagsTable,
  DemoStepsTable,
  DemosTable,
  FeatureRow,
  ProductCategoriesTable,
  ProductFeaturesTable,
  ProductStagesTable,
  ReleaseChangesTable,
  ReleasesTable,
  StageRow,
} from '../../db/schema.ts';

type Db = Database['db'];
/** Rows as the impact analysis and release import build them before storing. */
export type NewDemoFlag = Insertable<DemoFlagsTable>;
export type NewReleaseChange = Insertable<ReleaseChangesTable>;
export type CatalogueKind = 'stages' | 'categories' | 'features';
const tableOf = {
  stages: 'product_stages',
  categories: 'product_categories',
  features: 'product_features',
} as const;

// ---------------------------------------------------------------------------------------------
// Catalogue

export function allStages(db: Db) {
  return db.selectFrom('product_stages').selectAll().orderBy('position').orderBy('name').execute();
}
export function allCategories(db: Db) {
  return db.selectFrom('product_categories').selectAll().orderBy('position').orderBy('name').execute();
}
export function allFeatures(db: Db) {
  return db.selectFrom('product_features').selectAll().orderBy('name').execute();
}

export async function loadCatalogue(db: Db) {
  const [stages, categories, features, counts] = await Promise.all([
    allStages(db),
    allCategories(db),
    allFeatures(db),
    db
      .selectFrom('demo_steps')
      .select(['category_id', sql<number>`count(DISTINCT demo_id)::int`.as('demos')])
      .groupBy('category_id')
      .execute(),
  ]);
  return {
    stages,
    categories,
    features,
    demoCounts: new Map(counts.map((row) => [row.category_id, row.demos])),
  };
}

export function findStage(db: Db, id: string) {
  return db.selectFrom('product_stages').selectAll().where('id', '=', id).executeTakeFirst();
}
export function findCategory(db: Db, id: string) {
  return db.selectFrom('product_categories').selectAll().where('id', '=', id).executeTakeFirst();
}
/** One stage, category or feature, tagged with its kind. */
export type CatalogueItemRow =
  | { kind: 'stages'; row: StageRow }
  | { kind: 'categories'; row: CategoryRow }
  | { kind: 'features'; row: FeatureRow };

export async function findCatalogueItem(
  db: Db,
  kind: CatalogueKind,
  id: string,
): Promise<CatalogueItemRow | undefined> {
  if (kind === 'stages') {
    const row = await findStage(db, id);
    return row && { kind, row };
  }
  if (kind === 'categories') {
    const row = await findCategory(db, id);
    return row && { kind, row };
  }
  const row = await db.selectFrom('product_features').selectAll().where('id', '=', id).executeTakeFirst();
  return row && { kind, row };
}

/** The table behind a catalogue kind (for the version check). */
export const catalogueTable = (kind: CatalogueKind) => tableOf[kind];

export function findFeatures(db: Db, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('product_features').selectAll().where('id', 'in', ids).execute();
}

export async function nextStagePosition(db: Db): Promise<number> {
  const row = await db
    .selectFrom('product_stages')
    .select(sql<number>`coalesce(max(position) + 1, 0)::int`.as('next'))
    .executeTakeFirstOrThrow();
  return row.next;
}

export function insertStage(db: Db, values: Insertable<ProductStagesTable>) {
  return db.insertInto('product_stages').values(values).returningAll().executeTakeFirstOrThrow();
}
export function insertCategory(db: Db, values: Insertable<ProductCategoriesTable>) {
  return db.insertInto('product_categories').values(values).returningAll().executeTakeFirstOrThrow();
}
export function insertFeature(db: Db, values: Insertable<ProductFeaturesTable>) {
  return db.insertInto('product_features').values(values).returningAll().executeTakeFirstOrThrow();
}

type AnyCatalogueUpdate = Updateable<ProductStagesTable> &
  Updateable<ProductCategoriesTable> &
  Updateable<ProductFeaturesTable>;

/** Updates the fields given (undefined ones are left alone); undefined when there is no such row. */
export function updateCatalogueRow(db: Db, kind: CatalogueKind, id: string, values: AnyCatalogueUpdate) {
  const set = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
  return db
    .updateTable(tableOf[kind] as 'product_stages')
    .set({ ...set, updated_at: new Date() } as Updateable<ProductStagesTable>)
    .where('id', '=', id)
    .returning('id')
    .executeTakeFirst();
}

/** Trail steps store the category of the feature they show; a moved feature moves them. */
export async function syncStepCategories(db: Db, featureId: string) {
  await sql`UPDATE demo_steps s SET category_id = f.category_id FROM product_features f
            WHERE f.id = ${featureId} AND s.feature_id = f.id`.execute(db);
}

/** What still points at a catalogue item, or null when it does not exist. */
export async function catalogueUsage(db: Db, kind: CatalogueKind, id: string) {
  const exists = await db
    .selectFrom(tableOf[kind] as 'product_stages')
    .select('id')
    .where('id', '=', id)
    .executeTakeFirst();
  if (!exists) return null;
  const count = async (query: Promise<{ n: number } | undefined>) => (await query)?.n ?? 0;
  const n = sql<number>`count(*)::int`.as('n');
  if (kind === 'stages')
    return {
      categories: await count(
        db.selectFrom('product_categories').select(n).where('stage_id', '=', id).executeTakeFirst(),
      ),
    };
  if (kind === 'categories')
    return {
      features: await count(
        db.selectFrom('product_features').select(n).where('category_id', '=', id).executeTakeFirst(),
      ),
      'demo steps': await count(
        db.selectFrom('demo_steps').select(n).where('category_id', '=', id).executeTakeFirst(),
      ),
    };
  return {
    'demo steps': await count(
      db.selectFrom('demo_steps').select(n).where('feature_id', '=', id).executeTakeFirst(),
    ),
  };
}

export function deleteCatalogueRow(db: Db, kind: CatalogueKind, id: string) {
  return db
    .deleteFrom(tableOf[kind] as 'product_stages')
    .where('id', '=', id)
    .returning('name')
    .executeTakeFirst();
}

// ---------------------------------------------------------------------------------------------
// Releases

export function findReleaseByVersion(db: Db, version: string) {
  return db.selectFrom('releases').selectAll().where('version', '=', version).executeTakeFirst();
}
export function findRelease(db: Db, id: string) {
  return db.selectFrom('releases').selectAll().where('id', '=', id).executeTakeFirst();
}
export function insertRelease(db: Db, values: Insertable<ReleasesTable>) {
  return db.insertInto('releases').values(values).returningAll().executeTakeFirstOrThrow();
}
export function updateRelease(db: Db, id: string, values: Updateable<ReleasesTable>) {
  return db.updateTable('releases').set(values).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}
export async function replaceReleaseChanges(
  db: Db,
  releaseId: string,
  changes: Insertable<ReleaseChangesTable>[],
) {
  await db.deleteFrom('release_changes').where('release_id', '=', releaseId).execute();
  for (let i = 0; i < changes.length; i += 500)
    await db
      .insertInto('release_changes')
      .values(changes.slice(i, i + 500))
      .execute();
}
export async function countReleaseChanges(db: Db, releaseId: string): Promise<number> {
  const row = await db
    .selectFrom('release_changes')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('release_id', '=', releaseId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Titles of demos (a demo's id is its library asset's). */
export function demoTitles(db: Db, demoIds: string[]) {
  if (demoIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('assets').select(['id', 'title']).where('id', 'in', demoIds).execute();
}

export function releaseChanges(db: Db, releaseId: string) {
  return db
    .selectFrom('release_changes')
    .selectAll()
    .where('release_id', '=', releaseId)
    .orderBy('position')
    .execute();
}

/** Releases newest first, with their change and flag counts. */
export function listReleaseRows(db: Db) {
  return db
    .selectFrom('releases as r')
    .selectAll('r')
    .select([
      sql<number>`(SELECT count(*)::int FROM release_changes c WHERE c.release_id = r.id)`.as('change_count'),
      sql<number>`(SELECT count(*)::int FROM demo_flags f WHERE f.release_id = r.id AND f.state <> 'quiet')`.as(
        'raised',
      ),
      sql<number>`(SELECT count(*)::int FROM demo_flags f WHERE f.release_id = r.id AND f.state = 'quiet')`.as(
        'quiet',
      ),
    ])
    .orderBy('r.version_key', 'desc')
    .execute();
}

export async function latestReleaseVersion(db: Db): Promise<string | null> {
  const row = await db
    .selectFrom('releases')
    .select('version')
    .orderBy('version_key', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.version ?? null;
}

// ---------------------------------------------------------------------------------------------
// Impact analysis

/** Every trail step that shows one of the changed categories or features. */
export function stepsTouching(db: Db, categoryIds: string[], featureIds: string[]) {
  const none = '00000000-0000-0000-0000-000000000000';
  return db
    .selectFrom('demo_steps')
    .select(['demo_id', 'position', 'core', 'category_id', 'feature_id'])
    .where((eb) =>
      eb.or([
        eb(
          'category_id',
          '=',
          sql<string>`ANY(${sql.val(categoryIds.length ? categoryIds : [none])}::uuid[])`,
        ),
        eb('feature_id', '=', sql<string>`ANY(${sql.val(featureIds.length ? featureIds : [none])}::uuid[])`),
      ]),
    )
    .execute();
}

/** What scoring needs to know about each demo: trail length, version, views, best solution. */
export function demoImpactFacts(db: Db, demoIds: string[]) {
  return db
    .selectFrom('demos as d')
    .innerJoin('assets as a', 'a.id', 'd.asset_id')
    .select([
      'd.asset_id as id',
      'd.product_version',
      'a.view_count',
      'a.status',
      sql<number>`(SELECT count(*)::int FROM demo_steps s WHERE s.demo_id = d.asset_id)`.as('steps'),
      sql<string | null>`(SELECT t.id FROM asset_terms at JOIN terms t ON t.id = at.term_id
        WHERE at.asset_id = d.asset_id AND t.kind = 'solution' ORDER BY t.position LIMIT 1)`.as(
        'solution_id',
      ),
    ])
    .where('d.asset_id', '=', sql<string>`ANY(${sql.val(demoIds)}::uuid[])`)
    .execute();
}

export function flagsOfRelease(db: Db, releaseId: string) {
  return db.selectFrom('demo_flags').selectAll().where('release_id', '=', releaseId).execute();
}

export async function upsertFlags(db: Db, flags: Insertable<DemoFlagsTable>[]) {
  for (let i = 0; i < flags.length; i += 1000) {
    await db
      .insertInto('demo_flags')
      .values(flags.slice(i, i + 1000))
      .onConflict((oc) =>
        oc.columns(['demo_id', 'release_id']).doUpdateSet((eb) => ({
          score: eb.ref('excluded.score'),
          reasons: eb.ref('excluded.reasons'),
          // A decision someone made (dismissed, requested, resolved) stands; only the threshold moves open ⇄ quiet.
          state: sql`CASE WHEN demo_flags.state IN ('open', 'quiet') THEN excluded.state ELSE demo_flags.state END`,
          updated_at: eb.ref('excluded.updated_at'),
        })),
      )
      .execute();
  }
}

export async function deleteUntouchedFlags(db: Db, releaseId: string, keepDemoIds: string[]) {
  await db
    .deleteFrom('demo_flags')
    .where('release_id', '=', releaseId)
    .where('state', 'in', ['open', 'quiet'])
    .where('demo_id', '<>', sql<string>`ALL(${sql.val(keepDemoIds)}::uuid[])`)
    .execute();
}

// ---------------------------------------------------------------------------------------------
// Demos

export function findDemo(db: Db, assetId: string) {
  return db.selectFrom('demos').selectAll().where('asset_id', '=', assetId).executeTakeFirst();
}

export function demoSteps(db: Db, demoIds: string[]) {
  if (demoIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('demo_steps as s')
    .innerJoin('product_categories as c', 'c.id', 's.category_id')
    .innerJoin('product_stages as st', 'st.id', 'c.stage_id')
    .leftJoin('product_features as f', 'f.id', 's.feature_id')
    .select([
      's.demo_id',
      's.position',
      's.core',
      's.note',
      's.category_id',
      's.feature_id',
      'c.name as category_name',
      'st.id as stage_id',
      'st.name as stage_name',
      'f.name as feature_name',
    ])
    .where('s.demo_id', 'in', demoIds)
    .orderBy('s.demo_id')
    .orderBy('s.position')
    .execute();
}

export async function replaceDemoSteps(
  db: Db,
  demoId: string,
  steps: Omit<Insertable<DemoStepsTable>, 'demo_id'>[],
) {
  await db.deleteFrom('demo_steps').where('demo_id', '=', demoId).execute();
  if (steps.length > 0)
    await db
      .insertInto('demo_steps')
      .values(steps.map((step) => ({ ...step, demo_id: demoId })))
      .execute();
}

/** Flags of some demos with the release version and the update request, newest release first. */
export function flagsOfDemos(db: Db, demoIds: string[], states?: string[]) {
  if (demoIds.length === 0) return Promise.resolve([]);
  let query = db
    .selectFrom('demo_flags as f')
    .innerJoin('releases as r', 'r.id', 'f.release_id')
    .leftJoin('requests as q', 'q.id', 'f.request_id')
    .selectAll('f')
    .select([
      'r.version',
      'r.version_key',
      'q.number as request_number',
      'q.state as request_state',
      'q.stage as request_stage',
    ])
    .where('f.demo_id', 'in', demoIds);
  if (states) query = query.where('f.state', 'in', states as never[]);
  return query.orderBy('r.version_key', 'desc').orderBy('f.score', 'desc').execute();
}

/** Locks a demo's row until the transaction ends (NO KEY: its steps and flags can still be written). */
export function lockDemo(db: Db, assetId: string) {
  return db
    .selectFrom('demos')
    .select('asset_id')
    .where('asset_id', '=', assetId)
    .forNoKeyUpdate()
    .executeTakeFirst();
}

export function findFlag(db: Db, id: string) {
  return db.selectFrom('demo_flags').selectAll().where('id', '=', id).executeTakeFirst();
}
export function updateFlag(db: Db, id: string, values: Updateable<DemoFlagsTable>) {
  return db
    .updateTable('demo_flags')
    .set(values)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Every demo with its asset, for the freshness view (filtered to statuses the caller may see). */
export function demoRows(db: Db, statuses: string[], id?: string) {
  let query = db
    .selectFrom('demos as d')
    .innerJoin('assets as a', 'a.id', 'd.asset_id')
    .selectAll('d')
    .select([
      'a.title',
      'a.status',
      'a.format_id',
      'a.owner_id',
      'a.key_takeaway',
      'a.last_verified_on',
      'a.published_on',
      'a.view_count',
      sql<number>`(SELECT count(*)::int FROM demo_steps s WHERE s.demo_id = d.asset_id)`.as('step_count'),
    ])
    .where('a.status', 'in', statuses as never[]);
  if (id) query = query.where('d.asset_id', '=', id);
  return query.execute();
}

/** Resolves the flags of releases at or before `versionKey` once a demo is re-verified on it. */
export function resolveFlagsUpTo(db: Db, demoId: string, versionKey: number[], actorId: string, now: Date) {
  return db
    .updateTable('demo_flags as f')
    .set({ state: 'resolved', resolved_at: now, updated_at: now, actor_id: actorId })
    .from('releases as r')
    .whereRef('r.id', '=', 'f.release_id')
    .where('f.demo_id', '=', demoId)
    .where('f.state', 'in', ['open', 'quiet', 'requested'])
    .where(sql<boolean>`r.version_key <= ${sql.val(versionKey)}::int[]`)
    .returning(['f.id', 'f.request_id'])
    .execute();
}

export async function upsertDemo(db: Db, assetId: string, values: Omit<Insertable<DemosTable>, 'asset_id'>) {
  await db
    .insertInto('demos')
    .values({ ...values, asset_id: assetId })
    .onConflict((oc) => oc.column('asset_id').doUpdateSet(values))
    .execute();
}

/** The demo this one was made from, and the demos made from it (for other personas). */
export async function demoFamily(db: Db, id: string, parentId: string | null, statuses: string[]) {
  const rows = await db
    .selectFrom('demos as d')
    .innerJoin('assets as a', 'a.id', 'd.asset_id')
    .select(['a.id', 'a.title as name', 'd.derived_from_id'])
    .where((eb) =>
      eb.or([eb('d.derived_from_id', '=', id), ...(parentId ? [eb('a.id', '=', parentId)] : [])]),
    )
    .where('a.status', 'in', statuses as never[])
    .execute();
  const parent = rows.find((row) => row.id === parentId);
  return {
    parent: parent ? { id: parent.id, name: parent.name } : null,
    children: rows.filter((row) => row.derived_from_id === id).map((row) => ({ id: row.id, name: row.name })),
  };
}
