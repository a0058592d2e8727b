import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import type { Database } from '../server/db/connect.ts';
import { facetCounts, searchPage, textQuery } from '../server/modules/library/library.search.ts';
import { assetSearchSchema } from '../shared/schemas/library.ts';
import { freshWorkspace, ms, percentiles, postgresServer } from './support.ts';

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
 * Generates `count` assets inside the database: titles, summaries and bodies from a technical
 * vocabulary, a format, a buyer stage, an owner, two or three taxonomy terms, a spread of statuses,
 * visibilities, publish dates and views.
 */
export async function generateAssets(db: Database['db'], count: number, ownerId: string) {
  const vocabulary = sql.val(words);
  for (let start = 0; start < count; start += 10_000) {
    const end = Math.min(count, start + 10_000);
    await sql`
      WITH w AS (SELECT ${vocabulary}::text[] AS v),
      formats AS (SELECT array_agg(id) AS ids FROM terms WHERE kind = 'format'),
      stages AS (SELECT array_agg(id) AS ids FROM terms WHERE kind = 'buyer_stage')
      INSERT INTO assets (title, summary, body, format_id, buyer_stage_id, owner_id, visibility, status, published_on, expires_on, view_count)
      SELECT
        initcap(v[1 + (i * 7) % 50] || ' ' || v[1 + (i * 13) % 50] || ' with ' || v[1 + (i * 31) % 50] || ' ' || v[1 + (i * 17) % 50]),
        'How teams use ' || v[1 + (i * 3) % 50] || ' and ' || v[1 + (i * 11) % 50] || ' to improve ' || v[1 + (i * 19) % 50] || '.',
        repeat('Step by step: ' || v[1 + (i * 5) % 50] || ' ' || v[1 + (i * 23) % 50] || ' ' || v[1 + (i * 29) % 50] || '. ', 20),
        formats.ids[1 + i % array_length(formats.ids, 1)],
        stages.ids[1 + i % 3],
        ${ownerId},
        CASE WHEN i % 3 = 0 THEN 'internal' ELSE 'external' END,
        CASE WHEN i % 20 = 0 THEN 'draft' WHEN i % 25 = 0 THEN 'archived' ELSE 'published' END,
        current_date - (i % 700),
        current_date - (i % 700) + 365,
        (i * 37) % 500
      FROM generate_series(${start + 1}::int, ${end}::int) AS i, w, formats, stages
    `.execute(db);
  }
  await sql`
    INSERT INTO asset_terms (asset_id, term_id)
    SELECT a.id, t.id FROM (SELECT id, row_number() OVER () AS n FROM assets) a
    JOIN LATERAL (
      SELECT id FROM terms WHERE kind IN ('solution', 'use_case', 'persona')
      ORDER BY md5(a.n::text || id::text) LIMIT 1 + (a.n % 3)::int
    ) t ON true
    ON CONFLICT DO NOTHING`.execute(db);
  await sql`VACUUM ANALYZE`.execute(db);
}

/** 200 fixed queries: words, pairs, prefixes as typed, typos, and text with facet filters. */
async function buildQueries(db: Database['db']): Promise<string[]> {
  const formats = (await db.selectFrom('terms').select('id').where('kind', '=', 'format').execute()).map(
    (t) => t.id,
  );
  const solutions = (await db.selectFrom('terms').select('id').where('kind', '=', 'solution').execute()).map(
    (t) => t.id,
  );
  const queries: string[] = [];
  for (let i = 0; queries.length < 200; i++) {
    const a = words[i % words.length] as string;
    const b = words[(i * 7 + 3) % words.length] as string;
    switch (i % 5) {
      case 0:
        queries.push(`q=${a}`);
        break;
      case 1:
        queries.push(`q=${encodeURIComponent(`${a} ${b}`)}`);
        break;
      case 2:
        queries.push(`q=${a.slice(0, 4)}`);
        break;
      case 3:
        queries.push(`q=${a.slice(0, 2)}${a[3] ?? ''}${a[2] ?? ''}${a.slice(4)}`);
        break;
      default:
        queries.push(
          `q=${a}&format=${formats[i % formats.length]}&solution=${solutions[i % solutions.length]}&visibility=external`,
        );
    }
  }
  return queries;
}

async function measure(engine: 'pglite' | 'postgres', count: number, serverUrl?: string) {
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
    for (const query of queries.slice(0, 20))
      await workspace.app.request(`/api/assets?${query}`, { headers });

    const api: number[] = [];
    const bare: number[] = [];
    let hits = 0;
    for (const query of queries) {
      const parsed = assetSearchSchema.parse(Object.fromEntries(new URLSearchParams(query)));
      let t = performance.now();
      const text = await textQuery(workspace.database.db, parsed);
      await Promise.all([
        searchPage(workspace.database.db, parsed, scope, text),
        facetCounts(workspace.database.db, parsed, scope, text),
      ]);
      bare.push(performance.now() - t);
      t = performance.now();
      const response = await workspace.app.request(`/api/assets?${query}`, { headers });
      const body = (await response.json()) as { total: number };
      api.push(performance.now() - t);
      hits += body.total;
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
            path: `/api/assets?${queries[next++ % queries.length]}`,
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
    console.log(
      `  autocannon, 10 connections, 5 s: ${Math.round(load.requests.average)} req/s, latency p50 ${load.latency.p50} ms, p99 ${load.latency.p99} ms, errors ${load.errors + load.non2xx}`,
    );
  } finally {
    await workspace.close();
  }
}

export async function run() {
  const sizes = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
  const engines = (process.env.BENCH_ENGINES ?? 'postgres,pglite').split(',') as ('pglite' | 'postgres')[];
  console.log(
    'Library search: 200 fixed queries (words, pairs, prefixes, typos, facet filters); every response includes facet counts.',
  );
  const server = engines.includes('postgres') ? await postgresServer() : undefined;
  try {
    for (const engine of engines) for (const size of sizes) await measure(engine, size, server?.url);
  } finally {
    server?.stop();
  }
}
