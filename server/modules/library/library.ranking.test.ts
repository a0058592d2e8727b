import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assetSearchSchema } from '../../../shared/schemas/library.ts';
import { createTestContext, type TestContext } from '../../../test/app.ts';
import {
  expectedMatches,
  type SearchScope,
  searchNarrow,
  searchPage,
  searchWide,
  searchWithFacets,
  textQuery,
} from './library.search.repository.ts';
import { searchAssets } from './library.service.ts';

/**
 * The statement for broad searches (`searchNarrow`: matches kept narrow, scores only where they can
 * decide the page) must answer exactly what scoring every match answers: the same page in the same
 * order with the same scores, the same total and the same facets. Checked on a generated library
 * where a few words are in most assets, with retired assets (archived, expired) among them.
 */
let t: TestContext;
const today = '2026-06-15';
const scope: SearchScope = { statuses: ['draft', 'in_review', 'published', 'archived'], today };
const viewerScope: SearchScope = { statuses: ['published'], today, visibility: 'external' };
const words = ['pipeline', 'security', 'deployment', 'runner', 'cache', 'merge', 'review', 'audit'];
const shares = [0.7, 0.4, 0.3, 0.2, 0.15, 0.1, 0.05, 0.02];

beforeAll(async () => {
  t = await createTestContext();
  // 3,000 assets: word j in a share of them drawn by a hash of (i, j), the first three it uses in
  // its title, the next three in its summary; a spread of statuses, publish and expiry dates
  // (about half expired by today) and views, as the benchmark's broad corpus.
  await sql`
    WITH w AS (SELECT ${sql.val(words)}::text[] AS v, ${sql.val(shares)}::float8[] AS s),
    formats AS (SELECT array_agg(id ORDER BY position) AS ids FROM terms WHERE kind = 'format')
    INSERT INTO assets (title, summary, body, format_id, visibility, status, published_on, expires_on, view_count)
    SELECT initcap(coalesce(u[1], 'note')) || ' ' || coalesce(u[2], 'guide') || ' for ' || coalesce(u[3], 'teams'),
           'How teams handle ' || array_to_string(u[4:6], ', ') || ' in practice.',
           repeat('Step by step: ' || array_to_string(u, ' ') || '. ', 3),
           formats.ids[1 + i % array_length(formats.ids, 1)],
           CASE WHEN i % 3 = 0 THEN 'internal' ELSE 'external' END,
           CASE WHEN i % 20 = 0 THEN 'draft' WHEN i % 25 = 0 THEN 'archived' ELSE 'published' END,
           ${today}::date - (i % 700), ${today}::date - (i % 700) + 365, (i * 37) % 500
    FROM generate_series(1, 3000) AS i CROSS JOIN w CROSS JOIN formats
    CROSS JOIN LATERAL (
      SELECT coalesce(array_agg(v[j] ORDER BY hashtext(i || '#' || j)), '{platform}') AS u FROM generate_series(1, array_length(v, 1)) AS j
      WHERE (hashtext(i || '/' || j) & 1048575) < s[j] * 1048576) used`.execute(t.db);
  // Words only a draft holds, one of them a near miss of a word a viewer may see.
  await sql`
    INSERT INTO assets (title, summary, body, visibility, status, published_on, expires_on)
    VALUES ('Quokka pipeline handbook', 'Wombatel launch plan.', 'Not yet announced.', 'external', 'draft', NULL, NULL),
           ('Wombatol field notes', 'What the wombatol team learned.', 'Published.', 'external', 'published', ${today}, NULL)`.execute(
    t.db,
  );
  await sql`ANALYZE asset_search`.execute(t.db);
});
afterAll(() => t.close());

const cases: [string, Record<string, string>, SearchScope][] = [
  ['the head word', { q: 'pipeline' }, scope],
  ['the head word, finished', { q: 'pipeline ' }, scope],
  ['two common words', { q: 'pipeline security' }, scope],
  ['three words', { q: 'security deployment runner' }, scope],
  ['a typo', { q: 'depolyment' }, scope],
  ['any of two words', { q: 'cache merge', match: 'any' }, scope],
  ['a prefix', { q: 'sec' }, scope],
  ['as a viewer sees it', { q: 'pipeline' }, viewerScope],
  ['the second page', { q: 'security', offset: '20' }, scope],
  ['fewer current matches than the page: retired ones fill it', { q: 'audit', limit: '100' }, scope],
  ['a page past the current matches', { q: 'merge review', offset: '10' }, scope],
  ['archived only', { q: 'pipeline', status: 'archived' }, scope],
  ['expired only', { q: 'pipeline', freshness: 'expired' }, scope],
  ['filtered by visibility', { q: 'pipeline', visibility: 'internal' }, scope],
  ['newest first', { q: 'pipeline', sort: 'newest' }, scope],
  ['most viewed first', { q: 'security', sort: 'most_viewed' }, scope],
  ['recently updated first', { q: 'deployment', sort: 'updated' }, scope],
];

describe('the statement for broad searches', () => {
  it('expects the head word in most assets and a rare pair in few', async () => {
    const head = await textQuery(t.db, assetSearchSchema.parse({ q: 'pipeline' }), scope);
    const pair = await textQuery(t.db, assetSearchSchema.parse({ q: 'merge review' }), scope);
    expect(await expectedMatches(t.db, head as NonNullable<typeof head>)).toBeGreaterThan(1_500);
    expect(await expectedMatches(t.db, pair as NonNullable<typeof pair>)).toBeLessThan(50);
  });

  it.each(cases)('answers what scoring every match answers: %s', async (_, params, caseScope) => {
    const query = assetSearchSchema.parse(params);
    const text = await textQuery(t.db, query, caseScope);
    expect(text).toBeDefined();
    const [narrow, wide] = await t.db
      .transaction()
      .execute(async (trx) => [
        await searchNarrow(trx, query, caseScope, text as NonNullable<typeof text>),
        await searchWide(trx, query, caseScope, text),
      ]);
    // The plain ranking: every match scored and sorted, one page cut from it.
    const plain = await searchPage(t.db, query, caseScope, text);
    const total = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM asset_search s
      WHERE s.status = ANY(${sql.val(caseScope.statuses)}::text[])
        AND (${caseScope.visibility ?? null}::text IS NULL OR s.visibility = ${caseScope.visibility ?? null})
        AND s.words @@ ${text?.tsquery}::tsquery
        AND (${query.status.length === 0} OR s.status = ANY(${sql.val(query.status)}::text[]))
        AND (${query.visibility.length === 0} OR s.visibility = ANY(${sql.val(query.visibility)}::text[]))
        AND (${query.freshness.length === 0} OR coalesce(s.expires_on < ${today}::date, false))`.execute(
      t.db,
    );

    expect(narrow.hits.length).toBeGreaterThan(0);
    const page = (hits: { id: string; score: number }[]) => hits.map((hit) => [hit.id, hit.score]);
    expect(page(narrow.hits)).toEqual(page(plain));
    expect(page(wide.hits)).toEqual(page(plain));
    expect(narrow.hits).toEqual(wide.hits);
    expect(narrow.total).toBe(total.rows[0]?.n);
    expect(wide.total).toBe(narrow.total);
    expect(narrow.exhaustive).toBe(wide.exhaustive);
    const facets = (result: typeof narrow) =>
      [...result.facets].sort((a, b) => `${a.facet}${a.value}`.localeCompare(`${b.facet}${b.value}`));
    expect(facets(narrow)).toEqual(facets(wide));
  });
});

/**
 * A search box takes the words the lexicon knows as known to the caller and checks them against
 * the rows the caller may see only when its search finds nothing (`textQuery`'s `lexiconOnly`).
 * The answer must be the one of checking every word first: same page with its snippets, total,
 * `exhaustive` and facets, for a word only drafts hold too (as a viewer: no match, or a correction
 * to a word the viewer may see).
 */
const lexiconCases: [string, Record<string, string>, SearchScope][] = [
  ...cases,
  ['a word only a draft holds, as a viewer', { q: 'quokka pipeline' }, viewerScope],
  ['a word only a draft holds, being typed, as a viewer', { q: 'pipeline quokk' }, viewerScope],
  ['a word only a draft holds, for an editor', { q: 'quokka pipeline' }, scope],
  ['a draft’s word near a viewer’s', { q: 'wombatel' }, viewerScope],
  ['a draft’s word near a viewer’s, for an editor', { q: 'wombatel' }, scope],
  ['no such word', { q: 'zzyzxq pipeline' }, scope],
];

describe('words the lexicon knows', () => {
  it.each(lexiconCases)('answer what checking every word answers: %s', async (_, params, caseScope) => {
    const query = assetSearchSchema.parse(params);
    const checked = await searchWithFacets(t.db, query, caseScope, await textQuery(t.db, query, caseScope));
    const answer = await searchAssets({ db: t.db, query, scope: caseScope });
    expect(answer.hits.map((hit) => hit.id)).toEqual(checked.hits.map((hit) => hit.id));
    expect(answer).toEqual(checked);
  });

  it('finds the draft’s word for an editor and corrects it for a viewer', async () => {
    const query = assetSearchSchema.parse({ q: 'wombatel' });
    const editor = await searchAssets({ db: t.db, query, scope });
    const viewer = await searchAssets({ db: t.db, query, scope: viewerScope });
    expect(editor.hits.map((hit) => hit.title)).toEqual(['Quokka pipeline handbook']);
    expect(viewer.hits.map((hit) => hit.title)).toEqual(['Wombatol field notes']);
    const provisional = await textQuery(t.db, query, viewerScope, { lexiconOnly: true });
    expect(provisional?.provisional).toBe(true);
  });
});
