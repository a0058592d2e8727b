import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { assetSearchSchema } from '../../../shared/schemas/library.ts';
import { createTestContext, type TestContext } from '../../../test/app.ts';
import { testDatabaseKind } from '../../../test/database.ts';
import { createAsset, createList } from '../../../test/library-helpers.ts';
import { databaseUrl } from '../../../test/setup/template.ts';
import { openPostgres } from '../../db/connect.ts';
import { FACET_BOUND } from './library.search.repository.ts';
import { searchAssets, visibleStatuses } from './library.service.ts';

let t: TestContext;
let tmm: Awaited<ReturnType<TestContext['as']>>;
let viewer: Awaited<ReturnType<TestContext['as']>>;
let listId: string;

type Search = {
  total: number;
  exhaustive: boolean;
  hits: { id: string; title: string; viewCount: number }[];
  facets: Record<string, { value: string; label: string; count: number }[]>;
};
const search = async (client: typeof tmm, box: string, filters = '') =>
  (await client.get(`/api/assets?q=${encodeURIComponent(box)}${filters}`)).body as Search;
const ids = (result: Search) => result.hits.map((hit) => hit.id);

beforeAll(async () => {
  t = await createTestContext();
  t.clock.now = new Date('2026-06-15T12:00:00Z');
  tmm = await t.as('tmm');
  viewer = await t.as('viewer');
  listId = await createList(tmm, 'Broad corpus');
});
afterAll(() => t.close());

describe('typos corrected by edit distance', () => {
  it('finds a word typed with two letters swapped or one dropped, where trigrams fall short', async () => {
    const modules = await createAsset(tmm, listId, { title: 'Reusable modules for every team' });
    const embedded = await createAsset(tmm, listId, { title: 'Embedded analytics in the portal' });
    const pipeline = await createAsset(tmm, listId, { title: 'A CI/CD pipeline that explains itself' });
    // Trigram similarity of these to the words meant is under 0.3: they found nothing before.
    expect(ids(await search(viewer, 'mdoules'))).toEqual([modules.id]);
    expect(ids(await search(viewer, 'ebmedded'))).toEqual([embedded.id]);
    expect(ids(await search(viewer, 'ci/dc'))).toEqual([pipeline.id]);
    const distance = await sql<{ swap: number; drop: number; far: number }>`
      SELECT search_edit_distance('mdoul', 'modul') AS swap, search_edit_distance('cntinu', 'continu') AS drop,
             search_edit_distance('kitten', 'sitting') AS far`.execute(t.db);
    expect(distance.rows[0]).toEqual({ swap: 1, drop: 1, far: 3 });
  });

  it('prefers, among corrections as close, the one that matches more assets', async () => {
    // "rnuner" is one swap from "runner" and one from "rnuenr"… only "runner" is in many assets;
    // "cart"/"card" are both one edit from "carx": the more common one comes first.
    const local = await createList(tmm, 'Corrections');
    for (let i = 0; i < 3; i++) await createAsset(tmm, local, { title: `Cardinal card game ${i}` });
    const cart = await createAsset(tmm, local, { title: 'Shopping cart checkout' });
    const [first] = (await search(viewer, 'carx ')).hits;
    expect(first?.title).toMatch(/^Cardinal card game/);
    expect(ids(await search(viewer, 'carx '))).not.toContain(cart.id);
  });
});

describe('views and the search row', () => {
  it('leaves the search row alone when a view is counted, and still sorts by the live count', async () => {
    const asset = await createAsset(tmm, listId, { title: 'Quokka observability primer' });
    const row = () =>
      sql<{
        ctid: string;
        xmin: string;
      }>`SELECT ctid::text, xmin::text FROM asset_search WHERE asset_id = ${asset.id}`
        .execute(t.db)
        .then((result) => result.rows[0]);
    const before = await row();
    for (let i = 0; i < 3; i++) expect((await viewer.post(`/api/assets/${asset.id}/views`)).status).toBe(200);
    expect(await row()).toEqual(before);
    const result = await search(viewer, 'quokka', '&sort=most_viewed');
    expect(result.hits[0]?.viewCount).toBe(3);
  });
});

describe('facet counts beyond the bound', () => {
  it('are exact below the bound, and estimates flagged not exhaustive above it, with an exact total', async () => {
    // Enough assets to pass the bound, written in one statement (through HTTP this would take minutes).
    const extra = FACET_BOUND + 150;
    await sql`
      INSERT INTO assets (title, summary, body, format_id, visibility, status, published_on)
      SELECT 'Wombat rollout ' || i, 'How the wombat rollout went.', '',
             (SELECT id FROM terms WHERE kind = 'format' ORDER BY position OFFSET (i % 3) LIMIT 1),
             CASE WHEN i % 4 = 0 THEN 'internal' ELSE 'external' END, 'published', date '2026-06-01'
      FROM generate_series(1, ${extra}) AS i`.execute(t.db);
    const exact = async (where: string) =>
      Object.fromEntries(
        (
          await sql<{ visibility: string; n: number }>`
            SELECT visibility, count(*)::int AS n FROM asset_search
            WHERE status = 'published' AND words @@ 'wombat'::tsquery ${sql.raw(where)} GROUP BY 1`.execute(
            t.db,
          )
        ).rows.map((row) => [row.visibility, row.n]),
      );

    const broad = await search(viewer, 'wombat rollout');
    expect(broad.total).toBe(extra);
    expect(broad.exhaustive).toBe(false);
    const counts = await exact('');
    for (const value of broad.facets.visibility ?? []) {
      const truth = counts[value.value] as number;
      expect(Math.abs(value.count - truth)).toBeLessThanOrEqual(truth * 0.1);
    }

    // Narrowed below the bound by a filter: every count exact again.
    const narrow = await search(viewer, 'wombat rollout', '&visibility=internal');
    expect(narrow.exhaustive).toBe(true);
    expect(narrow.total).toBe(counts.internal);
    expect(narrow.facets.visibility).toEqual([
      { value: 'internal', label: 'Internal', count: counts.internal },
    ]);
    const formats = await sql<{ format_id: string; n: number }>`
      SELECT format_id::text, count(*)::int AS n FROM asset_search
      WHERE status = 'published' AND visibility = 'internal' AND words @@ 'wombat'::tsquery GROUP BY 1`.execute(
      t.db,
    );
    expect(Object.fromEntries(narrow.facets.format?.map((f) => [f.value, f.count]) ?? [])).toEqual(
      Object.fromEntries(formats.rows.map((row) => [row.format_id, row.n])),
    );
  });
});

describe('the search result cache', () => {
  it('never serves one caller’s answer to a caller who may see less, and forgets it on an edit', async () => {
    const draft = await createAsset(tmm, listId, {
      title: 'Narwhal launch plan',
      status: 'draft',
      visibility: 'internal',
    });
    const shown = await createAsset(tmm, listId, { title: 'Narwhal field guide', visibility: 'external' });
    // The TMM's answer, with the draft, is cached first; the viewer's key differs by what they may see.
    expect(ids(await search(tmm, 'narwhal')).sort()).toEqual([draft.id, shown.id].sort());
    const asViewer = await search(viewer, 'narwhal');
    expect(ids(asViewer)).toEqual([shown.id]);
    expect(asViewer.facets.status).toEqual([{ value: 'published', label: 'Published', count: 1 }]);
    expect(asViewer.facets.visibility?.map((facet) => facet.value)).toEqual(['external']);

    // Cached now: an edit through the API moves the change counter, and the next search sees it.
    expect(ids(await search(viewer, 'narwhal'))).toEqual([shown.id]);
    const edited = await tmm.patch(`/api/assets/${shown.id}`, { title: 'Orca field guide' });
    expect(edited.status).toBe(200);
    expect(ids(await search(viewer, 'narwhal'))).toEqual([]);
    expect((await search(viewer, 'orca')).hits.map((hit) => hit.title)).toEqual(['Orca field guide']);

    // Membership of a list is what the list filter reads: it moves the counter too.
    const other = await createList(tmm, 'Sea creatures');
    expect((await search(viewer, 'orca', `&list=${other}`)).total).toBe(0);
    expect((await tmm.patch(`/api/assets/${shown.id}`, { listIds: [listId, other] })).status).toBe(200);
    expect((await search(viewer, 'orca', `&list=${other}`)).total).toBe(1);
  });

  it('agrees across app instances on one database: a change through one is seen through the other', async () => {
    // A second instance: its own connection pool, so its own cache, on the same database.
    const { url } = inject('database');
    const name = (await sql<{ name: string }>`SELECT current_database() AS name`.execute(t.db)).rows[0]?.name;
    const second = openPostgres(databaseUrl(url, name as string), 2, testDatabaseKind);
    try {
      const asset = await createAsset(tmm, listId, { title: 'Pangolin pricing sheet' });
      const viaSecond = async () =>
        (
          await searchAssets({
            db: second.db,
            query: assetSearchSchema.parse({ q: 'pangolin' }),
            scope: { statuses: visibleStatuses('viewer'), today: '2026-06-15' },
            now: t.clock.now.getTime(),
          })
        ).hits.map((hit) => hit.id);
      expect(await viaSecond()).toEqual([asset.id]);
      expect(await viaSecond()).toEqual([asset.id]); // served from the second instance's cache
      expect((await tmm.patch(`/api/assets/${asset.id}`, { status: 'archived' })).status).toBe(200);
      expect(await viaSecond()).toEqual([]);
    } finally {
      await second.close();
    }
  });
});
