import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import type { Database } from '../server/db/connect.ts';
import { searchWithFacets, textQuery } from '../server/modules/library/library.search.repository.ts';
import { assetSearchSchema } from '../shared/schemas/library.ts';
import {
  type BenchEngine,
  benchEngines,
  freshWorkspace,
  ms,
  percentiles,
  postgresServer,
} from './support.ts';

const words = [
  'pipeline',
  'kubernetes',
  'security',
  'compliance',
  'deployment',
  'canary',
  'rollback',
  'runner',
  'cache',
  'artifact',
  'container',
  'scanning',
  'vulnerability',
  'audit',
  'approval',
  'merge',
  'review',
  'gitops',
  'terraform',
  'helm',
  'observability',
  'incident',
  'metrics',
  'dora',
  'planning',
  'roadmap',
  'epic',
  'secrets',
  'supply',
  'chain',
  'sbom',
  'license',
  'policy',
  'environment',
  'release',
  'feature',
  'flags',
  'progressive',
  'delivery',
  'monorepo',
  'testing',
  'flaky',
  'coverage',
  'platform',
  'golden',
  'paths',
  'templates',
  'agent',
  'cluster',
  'registry',
];

/**
 * The long tail: product, feature and project names of the kind a technical library is full of,
 * 310 of them (10 stems × 31 endings, e.g. "cloudforge", "meshpilot"). Each asset names a few, so
 * one of them is in about 2 % of the library, where one of the common words above is in about 13 %.
 */
const stems = ['auto', 'micro', 'multi', 'cloud', 'edge', 'data', 'hyper', 'meta', 'proto', 'net'];
const endings = [
  'scaler',
  'mesh',
  'vault',
  'gate',
  'flow',
  'forge',
  'lens',
  'pulse',
  'shift',
  'stack',
  'graph',
  'hub',
  'sync',
  'guard',
  'beam',
  'core',
  'dock',
  'link',
  'port',
  'scope',
  'trace',
  'wave',
  'works',
  'zone',
  'bench',
  'craft',
  'grid',
  'pilot',
  'ray',
  'smith',
  'spark',
];
const names = stems.flatMap((stem) => endings.map((ending) => `${stem}${ending}`));

/**
 * The broad corpus: a vendor's own library, where the product's core words are everywhere. Sixty
 * words, each in a share of the assets fixed by its rank: the head word in 66 %, the others from
 * 22 % down to 7.7 % (geometric, so the median word is in about 13 %). Whether asset i uses word j
 * is a hash of (i, j), so the corpus is the same on every run and engine.
 */
export const broadWords = [
  'pipeline',
  'security',
  'deployment',
  'modules',
  'testing',
  'continuous',
  'embedded',
  'ci/cd',
  'integration',
  'kubernetes',
  'compliance',
  'runner',
  'cache',
  'artifact',
  'container',
  'scanning',
  'vulnerability',
  'audit',
  'approval',
  'merge',
  'review',
  'gitops',
  'terraform',
  'helm',
  'observability',
  'incident',
  'metrics',
  'planning',
  'roadmap',
  'secrets',
  'supply',
  'chain',
  'license',
  'policy',
  'environment',
  'release',
  'feature',
  'flags',
  'delivery',
  'monorepo',
  'coverage',
  'platform',
  'templates',
  'agent',
  'cluster',
  'registry',
  'ownership',
  'owner',
  'dashboard',
  'analytics',
  'migration',
  'automation',
  'workflow',
  'governance',
  'permissions',
  'sandbox',
  'rollout',
  'monitoring',
  'backup',
  'scaling',
];
/** The share of assets that use each word of `broadWords`, by rank. */
export const broadShares = broadWords.map((_, rank) =>
  rank === 0 ? 0.66 : 0.22 * (0.077 / 0.22) ** ((rank - 1) / (broadWords.length - 2)),
);

/** Which corpus a run measures: the long tail of names, or the broad corpus of common words. */
export type BenchProfile = 'long-tail' | 'broad';

/** Title, summary and body of asset `i` (SQL over `w.v`, `w.n` and, for the broad corpus, `used.u`). */
function textSql(profile: BenchProfile) {
  if (profile === 'broad')
    return sql`
        initcap(u[1]) || ' ' || coalesce(u[2], 'guide') || ' for ' || coalesce(u[3], 'teams'),
        'How teams handle ' || array_to_string(u[4:6], ', ') || ' in practice.',
        repeat('Step by step: ' || array_to_string(u, ' ') || '. ', 10) || ' Notes on ' || array_to_string(u[7:], ' and ') || '.',`;
  return sql`
        initcap(n[1 + (i * 7) % 310] || ' ' || v[1 + (i * 13) % 50] || ' with ' || n[1 + (i * 31) % 310] || ' and ' || v[1 + (i * 17) % 50]),
        'How teams use ' || n[1 + (i * 3) % 310] || ' and ' || v[1 + (i * 11) % 50] || ' to improve ' || v[1 + (i * 19) % 50] || '.',
        repeat('Step by step: ' || v[1 + (i * 5) % 50] || ' ' || n[1 + (i * 23) % 310] || ' ' || v[1 + (i * 29) % 50] || '. ', 20)
          || ' Related: ' || n[1 + (i * 41) % 310] || ' ' || n[1 + (i * 43) % 310] || ' ' || n[1 + (i * 47) % 310] || '.',`;
}

/**
 * Generates `count` assets inside the database, with a format, a buyer stage, an owner, two or
 * three taxonomy terms, a spread of statuses, visibilities, publish dates and views. Long tail:
 * titles, summaries and bodies mix common technical words (each in about 13 % of assets) with
 * names from the long tail (each in about 2 %). Broad: each asset uses the words of `broadWords`
 * it draws (by hash) at their shares, about nine, the first three in its title.
 */
export async function generateAssets(
  db: Database['db'],
  count: number,
  ownerId: string,
  profile: BenchProfile = 'long-tail',
) {
  const common = sql.val(profile === 'broad' ? broadWords : words);
  const tail = sql.val(names);
  const shares = sql.val(broadShares);
  const used =
    profile === 'broad'
      ? sql`CROSS JOIN LATERAL (
          SELECT coalesce(array_agg(v[j] ORDER BY hashtext(i || '#' || j)), '{platform}') AS u
          FROM generate_series(1, array_length(v, 1)) AS j
          WHERE (hashtext(i || '/' || j) & 1048575) < s[j] * 1048576) used`
      : sql``;
  // Each batch of assets is saved with its terms in one transaction, as the editor and importers do.
  for (let start = 0; start < count; start += 10_000) {
    const end = Math.min(count, start + 10_000);
    await db.transaction().execute(async (trx) => {
      await sql`
      WITH w AS (SELECT ${common}::text[] AS v, ${tail}::text[] AS n, ${shares}::float8[] AS s),
      formats AS (SELECT array_agg(id) AS ids FROM terms WHERE kind = 'format'),
      stages AS (SELECT array_agg(id) AS ids FROM terms WHERE kind = 'buyer_stage')
      INSERT INTO assets (title, summary, body, format_id, buyer_stage_id, owner_id, visibility, status, published_on, expires_on, view_count)
      SELECT ${textSql(profile)}
        formats.ids[1 + i % array_length(formats.ids, 1)],
        stages.ids[1 + i % 3],
        ${ownerId},
        CASE WHEN i % 3 = 0 THEN 'internal' ELSE 'external' END,
        CASE WHEN i % 20 = 0 THEN 'draft' WHEN i % 25 = 0 THEN 'archived' ELSE 'published' END,
        current_date - (i % 700),
        current_date - (i % 700) + 365,
        (i * 37) % 500
      FROM generate_series(${start + 1}::int, ${end}::int) AS i CROSS JOIN w CROSS JOIN formats CROSS JOIN stages ${used}
    `.execute(trx);
      await sql`
      INSERT INTO asset_terms (asset_id, term_id)
      SELECT a.id, t.id FROM (SELECT id, row_number() OVER () AS n FROM assets a
                              WHERE NOT EXISTS (SELECT 1 FROM asset_terms x WHERE x.asset_id = a.id)) a
      JOIN LATERAL (
        SELECT id FROM terms WHERE kind IN ('solution', 'use_case', 'persona')
        ORDER BY md5(a.n::text || id::text) LIMIT 1 + (a.n % 3)::int
      ) t ON true
      ON CONFLICT DO NOTHING`.execute(trx);
    });
  }
  await sql`VACUUM ANALYZE`.execute(db);
}

/** A query of the fixed set, the class it belongs to, and for a typo'd one the words meant. */
interface BenchQuery {
  kind: string;
  query: string;
  /** The search box as typed. */
  text?: string;
  /** The search box without its typo. */
  intended?: string;
}

/** Swaps the third and fourth letters: the typo people make most when typing fast. */
const typo = (word: string) => `${word.slice(0, 2)}${word[3] ?? ''}${word[2] ?? ''}${word.slice(4)}`;

/** A seeded pseudo-random generator (mulberry32): the same queries on every run. */
function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The typos the measurement of the broad corpus found unanswered: swaps and drops. */
const namedTypos: Record<string, string> = {
  modules: 'mdoules',
  deployment: 'depolyment',
  testing: 'tetsing',
  security: 'sceurity',
  continuous: 'cntinuous',
  embedded: 'ebmedded',
  'ci/cd': 'ci/dc',
};

/**
 * 200 queries over the broad corpus: 100 of one word (the first the head word), 60 of two, 40 of
 * three, words drawn evenly from the vocabulary; 30 of them (15 %) with one typo in one word: the
 * seven named above, then an adjacent swap or a dropped letter inside a word of five letters or more.
 */
export function buildBroadQueries(): BenchQuery[] {
  const random = seeded(17);
  const pick = () => broadWords[Math.floor(random() * broadWords.length)] as string;
  const boxes: string[][] = [];
  for (let i = 0; i < 200; i++) {
    const size = i < 100 ? 1 : i < 160 ? 2 : 3;
    const box: string[] = i === 0 ? ['pipeline'] : [];
    while (box.length < size) {
      const word = pick();
      if (!box.includes(word)) box.push(word);
    }
    boxes.push(box);
  }
  // Every seventh query gets a typo (30 of 200: 15 of one word, 9 of two, 6 of three).
  const typoed = new Set(Array.from({ length: 30 }, (_, k) => 3 + k * 6 + (k % 2)));
  const named = Object.entries(namedTypos);
  let namedIndex = 0;
  return boxes.map((box, i) => {
    const kind = box.length === 1 ? 'one word' : box.length === 2 ? 'two words' : 'three words';
    const intended = box.join(' ');
    if (!typoed.has(i)) return { kind, query: `q=${encodeURIComponent(intended)}`, text: intended };
    const typed = [...box];
    const slot = Math.floor(random() * typed.length);
    const entry = named[namedIndex];
    if (entry && box.length === 1 && namedIndex < named.length) {
      typed[0] = entry[1];
      namedIndex++;
      const meant = entry[0];
      return { kind: 'typo', query: `q=${encodeURIComponent(entry[1])}`, text: entry[1], intended: meant };
    }
    let candidates = typed.map((word, index) => ({ word, index })).filter(({ word }) => word.length >= 5);
    if (candidates.length === 0) candidates = [{ word: typed[slot] as string, index: slot }];
    const { word, index } = candidates[Math.floor(random() * candidates.length)] as {
      word: string;
      index: number;
    };
    const at = 1 + Math.floor(random() * (word.length - 2));
    const swapped = `${word.slice(0, at)}${word[at + 1] ?? ''}${word[at]}${word.slice(at + 2)}`;
    // A swap of a doubled letter changes nothing: drop one instead.
    typed[index] = random() < 0.5 && swapped !== word ? swapped : `${word.slice(0, at)}${word.slice(at + 1)}`;
    const text = typed.join(' ');
    return { kind: 'typo', query: `q=${encodeURIComponent(text)}`, text, intended };
  });
}

/**
 * 200 fixed queries in seven classes. Most name something specific (a name from the long tail,
 * typed whole, as a prefix, with a typo, with a common word, or with facet filters); 30 are
 * broad (one common word, or the first four letters of one), matching about a seventh of the
 * library each.
 */
export async function buildQueries(db: Database['db']): Promise<BenchQuery[]> {
  const ids = async (kind: string) =>
    (await db.selectFrom('terms').select('id').where('kind', '=', kind).execute()).map((t) => t.id);
  const formats = await ids('format');
  const solutions = await ids('solution');
  const name = (i: number) => names[(i * 37 + 11) % names.length] as string;
  const word = (i: number) => words[(i * 7 + 3) % words.length] as string;
  const queries: BenchQuery[] = [];
  const add = (kind: string, n: number, make: (i: number) => string) => {
    for (let i = 0; i < n; i++) queries.push({ kind, query: make(i) });
  };
  add('name', 50, (i) => `q=${name(i)}`);
  add('name prefix', 25, (i) => `q=${name(i + 50).slice(0, -2)}`);
  add('name typo', 25, (i) => `q=${typo(name(i + 75))}`);
  add('name + word', 30, (i) => `q=${encodeURIComponent(`${name(i + 100)} ${word(i)}`)}`);
  add(
    'name + filters',
    40,
    (i) =>
      `q=${name(i + 130)}&format=${formats[i % formats.length]}&solution=${solutions[i % solutions.length]}&visibility=external`,
  );
  add('broad word', 20, (i) => `q=${word(i)}`);
  add('broad prefix', 10, (i) => `q=${word(i + 20).slice(0, 4)}`);
  return queries;
}

/** Requests per second at 10 connections for 5 s, each request taken from `paths` in turn. */
async function load(port: number, headers: Record<string, string>, paths: string[]) {
  let next = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: 10,
    duration: 5,
    headers,
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => ({ ...request, path: `/api/assets?${paths[next++ % paths.length]}` }),
      },
    ],
  });
  return `${Math.round(result.requests.average)} req/s, latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, errors ${result.errors + result.non2xx}`;
}

/** Of a page of titles, how many hold a word of the query (by stem). */
async function titlesWithWord(db: Database['db'], text: string, titles: string[]) {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*) FILTER (WHERE to_tsvector('english', t) @@ q)::int AS n
    FROM unnest(${sql.val(titles)}::text[]) AS t,
         (SELECT replace(plainto_tsquery('english', ${text})::text, ' & ', ' | ')::tsquery AS q) x`.execute(
    db,
  );
  return rows[0]?.n ?? 0;
}

/** Whether one of these assets holds every word meant (the typo fixed). */
async function holdsIntended(db: Database['db'], intended: string, ids: string[]) {
  const { rows } = await sql<{ found: boolean }>`
    SELECT EXISTS (SELECT 1 FROM asset_search WHERE asset_id = ANY(${sql.val(ids)}::uuid[])
                   AND words @@ plainto_tsquery('english', ${intended})) AS found`.execute(db);
  return rows[0]?.found ?? false;
}

async function measure(engine: BenchEngine, count: number, profile: BenchProfile, serverUrl?: string) {
  const started = performance.now();
  const workspace = await freshWorkspace(engine, serverUrl);
  try {
    await generateAssets(workspace.database.db, count, workspace.userId, profile);
    const loadSeconds = (performance.now() - started) / 1000;
    const queries = profile === 'broad' ? buildBroadQueries() : await buildQueries(workspace.database.db);
    const scope = {
      statuses: ['draft', 'in_review', 'published', 'archived'],
      today: new Date().toISOString().slice(0, 10),
    };
    const headers = { authorization: `Bearer ${workspace.token}` };
    // Warm up caches and plans once.
    for (const { query } of queries.slice(0, 20))
      await workspace.app.request(`/api/assets?${query}`, { headers });

    const api: number[] = [];
    const bare: number[] = [];
    const byKind = new Map<string, { api: number[]; hits: number }>();
    let hits = 0;
    const relevance = { titles: 0, withWord: 0 };
    const typos = { queries: 0, answered: 0, top3: 0 };
    for (const { kind, query, text: typedText, intended } of queries) {
      const parsed = assetSearchSchema.parse(Object.fromEntries(new URLSearchParams(query)));
      let t = performance.now();
      // As searchAssets does: words the lexicon knows are checked only if nothing is found.
      const text = await textQuery(workspace.database.db, parsed, scope, { lexiconOnly: true });
      const found = await searchWithFacets(workspace.database.db, parsed, scope, text);
      if (text?.provisional && found.total === 0) {
        const checked = await textQuery(workspace.database.db, parsed, scope);
        if (checked?.tsquery !== text.tsquery)
          await searchWithFacets(workspace.database.db, parsed, scope, checked);
      }
      bare.push(performance.now() - t);
      t = performance.now();
      const response = await workspace.app.request(`/api/assets?${query}`, { headers });
      const body = (await response.json()) as { total: number; hits: { id: string; title: string }[] };
      const elapsed = performance.now() - t;
      api.push(elapsed);
      hits += body.total;
      const group = byKind.get(kind) ?? { api: [], hits: 0 };
      group.api.push(elapsed);
      group.hits += body.total;
      byKind.set(kind, group);
      if (intended) {
        typos.queries++;
        if (body.total > 0) typos.answered++;
        const top = body.hits.slice(0, 3).map((hit) => hit.id);
        if (top.length && (await holdsIntended(workspace.database.db, intended, top))) typos.top3++;
      } else if (typedText) {
        relevance.titles += body.hits.length;
        relevance.withWord += await titlesWithWord(
          workspace.database.db,
          typedText,
          body.hits.map((hit) => hit.title),
        );
      }
    }

    const server = serve({ fetch: workspace.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const loads: [string, string[]][] = [['the 200 queries in turn', queries.map((q) => q.query)]];
    if (profile === 'broad')
      loads.push(
        ['representative "kubernetes deployment"', ['q=kubernetes%20deployment']],
        ['head word "pipeline"', ['q=pipeline']],
        ['typo "depolyment"', ['q=depolyment']],
      );
    const loaded: string[] = [];
    for (const [label, paths] of loads)
      loaded.push(`  10 connections, 5 s, ${label}: ${await load(port, headers, paths)}`);
    server.close();

    const a = percentiles(api);
    const s = percentiles(bare);
    console.log(
      `${engine.padEnd(8)} ${profile.padEnd(9)} ${String(count).padStart(7)} assets (loaded in ${loadSeconds.toFixed(1)} s, ${Math.round(hits / queries.length)} hits/query avg)`,
    );
    console.log(`  search API (hits + facets): p50 ${ms(a.p50)}  p95 ${ms(a.p95)}  p99 ${ms(a.p99)}`);
    console.log(`  bare SQL (same queries):    p50 ${ms(s.p50)}  p95 ${ms(s.p95)}  p99 ${ms(s.p99)}`);
    console.log(`  API / SQL at p50: ${(a.p50 / s.p50).toFixed(2)}x`);
    if (process.env.BENCH_SLOWEST)
      for (const [index, elapsed] of [...api.entries()].sort((x, y) => y[1] - x[1]).slice(0, 8))
        console.log(`    slow: ${ms(elapsed)} ${queries[index]?.query}`);
    for (const [kind, group] of byKind) {
      const k = percentiles(group.api);
      console.log(
        `    ${kind.padEnd(15)} ${String(group.api.length).padStart(3)} queries, ${String(Math.round(group.hits / group.api.length)).padStart(6)} hits avg: API p50 ${ms(k.p50)}  p95 ${ms(k.p95)}  p99 ${ms(k.p99)}  max ${ms(Math.max(...group.api))}`,
      );
    }
    if (typos.queries)
      console.log(
        `  typos: ${typos.answered} of ${typos.queries} answered, ${typos.top3} of ${typos.queries} (${Math.round((100 * typos.top3) / typos.queries)} %) with the word meant in the top 3`,
      );
    if (relevance.titles)
      console.log(
        `  relevance: ${Math.round((100 * relevance.withWord) / relevance.titles)} % of ${relevance.titles} hit titles hold a query word`,
      );
    for (const line of loaded) console.log(line);
  } finally {
    await workspace.close();
  }
}

export async function run() {
  const sizes = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
  const profiles = (process.env.BENCH_PROFILES ?? 'long-tail,broad').split(',') as BenchProfile[];
  const engines = benchEngines();
  console.log(
    'Library search, every response with facet counts. Long tail: 200 fixed queries (170 specific: names whole, as prefixes, with typos, with a word, with facet filters; 30 broad: a common word or its first four letters). Broad: 200 queries of one to three words that are each in 7.7-66 % of assets, 15 % with a typo.',
  );
  const server = engines.includes('postgres') ? await postgresServer() : undefined;
  try {
    for (const engine of engines)
      for (const profile of profiles)
        for (const size of sizes) await measure(engine, size, profile, server?.url);
  } finally {
    server?.stop();
  }
}
