import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import type { Database } from '../server/db/connect.ts';
import { facetCounts, searchPage, textQuery } from '../server/modules/library/library.search.repository.ts';
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
 * Generates `count` assets inside the database: titles, summaries and bodies that mix common
 * technical words (each in about 13 % of assets) with names from the long tail (each in about 2 %),
 * a format, a buyer stage, an owner, two or three taxonomy terms, a spread of statuses,
 * visibilities, publish dates and views.
 */
export async function generateAssets(db: Database['db'], count: number, ownerId: string) {
  const common = sql.val(words);
  const tail = sql.val(names);
  // Each batch of assets is saved with its terms in one transaction, as the editor and importers do.
  for (let start = 0; start < count; start += 10_000) {
    const end = Math.min(count, start + 10_000);
    await db.transaction().execute(async (trx) => {
      await sql`
      WITH w AS (SELECT ${common}::text[] AS v, ${tail}::text[] AS n),
      formats AS (SELECT array_agg(id) AS ids FROM terms WHERE kind = 'format'),
      stages AS (SELECT array_agg(id) AS ids FROM terms WHERE kind = 'buyer_stage')
      INSERT INTO assets (title, summary, body, format_id, buyer_stage_id, owner_id, visibility, status, published_on, expires_on, view_count)
      SELECT
        initcap(n[1 + (i * 7) % 310] || ' ' || v[1 + (i * 13) % 50] || ' with ' || n[1 + (i * 31) % 310] || ' and ' || v[1 + (i * 17) % 50]),
        'How teams use ' || n[1 + (i * 3) % 310] || ' and ' || v[1 + (i * 11) % 50] || ' to improve ' || v[1 + (i * 19) % 50] || '.',
        repeat('Step by step: ' || v[1 + (i * 5) % 50] || ' ' || n[1 + (i * 23) % 310] || ' ' || v[1 + (i * 29) % 50] || '. ', 20)
          || ' Related: ' || n[1 + (i * 41) % 310] || ' ' || n[1 + (i * 43) % 310] || ' ' || n[1 + (i * 47) % 310] || '.',
        formats.ids[1 + i % array_length(formats.ids, 1)],
        stages.ids[1 + i % 3],
        ${ownerId},
        CASE WHEN i % 3 = 0 THEN 'internal' ELSE 'external' END,
        CASE WHEN i % 20 = 0 THEN 'draft' WHEN i % 25 = 0 THEN 'archived' ELSE 'published' END,
        current_date - (i % 700),
        current_date - (i % 700) + 365,
        (i * 37) % 500
      FROM generate_series(${start + 1}::int, ${end}::int) AS i, w, formats, stages
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

/** A query of the fixed set, and the class it belongs to. */
interface BenchQuery {
  kind: string;
  query: string;
}

/** Swaps the third and fourth letters: the typo people make most when typing fast. */
const typo = (word: string) => `${word.slice(0, 2)}${word[3] ?? ''}${word[2] ?? ''}${word.slice(4)}`;

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

async function measure(engine: BenchEngine, count: number, serverUrl?: string) {
  const started = performance.now();
  const workspace = await freshWorkspace(engine, serverUrl);
  try {
    await generateAssets(workspace.database.db, count, workspace.userId);
    const loadSeconds = (performance.now() - started) / 1000;
    const queries = await buildQueries(workspace.database.db);
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
    for (const { kind, query } of queries) {
      const parsed = assetSearchSchema.parse(Object.fromEntries(new URLSearchParams(query)));
      let t = performance.now();
      const text = await textQuery(workspace.database.db, parsed, scope);
      await Promise.all([
        searchPage(workspace.database.db, parsed, scope, text),
        facetCounts(workspace.database.db, parsed, scope, text),
      ]);
      bare.push(performance.now() - t);
      t = performance.now();
      const response = await workspace.app.request(`/api/assets?${query}`, { headers });
      const body = (await response.json()) as { total: number };
      const elapsed = performance.now() - t;
      api.push(elapsed);
      hits += body.total;
      const group = byKind.get(kind) ?? { api: [], hits: 0 };
      group.api.push(elapsed);
      group.hits += body.total;
      byKind.set(kind, group);
    }

    const server = serve({ fetch: workspace.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    let next = 0;
    const load = await autocannon({
      url: `http://127.0.0.1:${port}`,
      connections: 10,
      duration: 5,
      headers,
      requests: [
        {
          method: 'GET',
          setupRequest: (request) => ({
            ...request,
            path: `/api/assets?${queries[next++ % queries.length]?.query}`,
          }),
        },
      ],
    });
    server.close();

    const a = percentiles(api);
    const s = percentiles(bare);
    console.log(
      `${engine.padEnd(8)} ${String(count).padStart(7)} assets (loaded in ${loadSeconds.toFixed(1)} s, ${Math.round(hits / queries.length)} hits/query avg)`,
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
        `    ${kind.padEnd(15)} ${String(group.api.length).padStart(3)} queries, ${String(Math.round(group.hits / group.api.length)).padStart(6)} hits avg: API p50 ${ms(k.p50)}  max ${ms(Math.max(...group.api))}`,
      );
    }
    console.log(
      `  autocannon, 10 connections, 5 s: ${Math.round(load.requests.average)} req/s, latency p50 ${load.latency.p50} ms, p99 ${load.latency.p99} ms, errors ${load.errors + load.non2xx}`,
    );
  } finally {
    await workspace.close();
  }
}

export async function run() {
  const sizes = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
  const engines = benchEngines();
  console.log(
    'Library search: 200 fixed queries (170 specific: names whole, as prefixes, with typos, with a word, with facet filters; 30 broad: a common word or its first four letters); every response includes facet counts.',
  );
  const server = engines.includes('postgres') ? await postgresServer() : undefined;
  try {
    for (const engine of engines) for (const size of sizes) await measure(engine, size, server?.url);
  } finally {
    server?.stop();
  }
}
