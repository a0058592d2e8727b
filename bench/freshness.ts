import { sql } from 'kysely';
import type { Database } from '../server/db/connect.ts';
import { analyseRelease } from '../server/modules/demos/demos.impact.ts';
import { benchEngines, freshWorkspace, ms, percentiles, postgresServer } from './support.ts';

type Db = Database['db'];

/**
 * A catalogue of 20 stages × 10 categories × 5 features, and `count` published demos with 10-step
 * trails over it (every third step a feature, one in four incidental), recorded on 1.0.
 */
async function generateDemos(db: Db, count: number, ownerId: string) {
  await sql`
    INSERT INTO product_stages (key, name, position)
    SELECT 'stage_' || s, 'Stage ' || s, s FROM generate_series(1, 20) AS s`.execute(db);
  await sql`
    INSERT INTO product_categories (key, stage_id, name, position)
    SELECT 'category_' || st.position || '_' || c, st.id, 'Category ' || st.position || '.' || c, c
    FROM product_stages st, generate_series(1, 10) AS c`.execute(db);
  await sql`
    INSERT INTO product_features (category_id, name)
    SELECT c.id, c.name || ' feature ' || f FROM product_categories c, generate_series(1, 5) AS f`.execute(
    db,
  );
  await sql`
    WITH formats AS (SELECT id FROM terms WHERE kind = 'format' AND name = 'Demo video')
    INSERT INTO assets (title, summary, format_id, owner_id, status, visibility, published_on, view_count)
    SELECT 'Demo ' || i, 'A demo.', formats.id, ${ownerId}, 'published', 'external', current_date, i % 500
    FROM generate_series(1, ${count}) AS i, formats`.execute(db);
  await sql`
    INSERT INTO demos (asset_id, product_version)
    SELECT id, '1.0' FROM assets WHERE title LIKE 'Demo %'`.execute(db);
  await sql`
    WITH cats AS (SELECT array_agg(id ORDER BY key) AS ids FROM product_categories),
         numbered AS (SELECT asset_id, row_number() OVER (ORDER BY asset_id) AS n FROM demos)
    INSERT INTO demo_steps (demo_id, position, category_id, feature_id, core)
    SELECT d.asset_id, p, cats.ids[1 + (d.n * 7 + p * 31) % 200],
           CASE WHEN p % 3 = 0 THEN (SELECT f.id FROM product_features f
                                      WHERE f.category_id = cats.ids[1 + (d.n * 7 + p * 31) % 200]
                                      ORDER BY f.name LIMIT 1) END,
           (d.n + p) % 4 <> 0
    FROM numbered d, cats, generate_series(1, 10) AS p`.execute(db);
  await sql`ANALYZE`.execute(db);
}

/** A release of `size` changes over distinct categories, a quarter of them removals or deprecations. */
export async function releaseChanges(db: Db, seed: number, size: number) {
  const categories = await db.selectFrom('product_categories').select('name').orderBy('key').execute();
  const kinds = [
    'primary',
    'secondary',
    'secondary',
    'removal',
    'primary',
    'secondary',
    'deprecation',
    'secondary',
  ];
  return Array.from({ length: size }, (_, i) => {
    const category = categories[(seed * 37 + i * 13) % categories.length]?.name ?? '';
    const significance = kinds[i % kinds.length] as string;
    return significance === 'removal' || significance === 'deprecation'
      ? { name: `${category} feature ${1 + (i % 5)}`, significance }
      : { name: `Change ${seed}.${i}`, significance, categories: [category] };
  });
}

export async function run() {
  const count = Number(process.env.BENCH_DEMOS ?? 10_000);
  const size = Number(process.env.BENCH_RELEASE_SIZE ?? 60);
  const sequence = Number(process.env.BENCH_RELEASES ?? 40);
  const engines = benchEngines();
  const server = engines.includes('postgres') ? await postgresServer() : undefined;
  console.log(
    `Freshness: ${count} published demos with 10-step trails over 200 categories / 1,000 features; releases of ${size} changes.`,
  );
  try {
    for (const engine of engines) {
      const workspace = await freshWorkspace(engine, server?.url);
      const db = workspace.database.db;
      try {
        await generateDemos(db, count, workspace.userId);
        const importRelease = async (version: string, seed: number) => {
          const started = performance.now();
          const response = await workspace.app.request('/api/releases/import', {
            method: 'POST',
            headers: { authorization: `Bearer ${workspace.token}`, 'content-type': 'application/json' },
            body: JSON.stringify({
              format: 'json',
              version,
              files: [
                {
                  name: `${version}.json`,
                  content: JSON.stringify({ changes: await releaseChanges(db, seed, size) }),
                },
              ],
            }),
          });
          const body = (await response.json()) as {
            flags: { raised: number; quiet: number };
            release: { id: string };
          };
          if (response.status !== 200)
            throw new Error(`import ${version}: ${response.status} ${JSON.stringify(body)}`);
          return { elapsed: performance.now() - started, ...body };
        };
        console.log(`${engine}:`);
        const first = await importRelease('2.1', 1);
        console.log(
          `  one release, import + analysis + storing flags (API): ${ms(first.elapsed)}; ${first.flags.raised} flags raised, ${first.flags.quiet} quiet`,
        );
        // The analysis alone (what scoring costs), repeated on the stored release's changes.
        const changes = await db
          .selectFrom('release_changes')
          .selectAll()
          .where('release_id', '=', first.release.id)
          .execute();
        const resolved = changes.map((c) => ({
          name: c.name,
          significance: c.significance,
          categoryIds: c.category_ids,
          featureId: c.feature_id,
        }));
        const samples: number[] = [];
        for (let i = 0; i < 10; i++) {
          const started = performance.now();
          await analyseRelease({
            db,
            release: { id: first.release.id, version: '2.1' },
            changes: resolved,
            threshold: 40,
            now: new Date(),
          });
          samples.push(performance.now() - started);
        }
        const analysis = percentiles(samples);
        console.log(
          `  impact analysis alone, 10 runs: p50 ${ms(analysis.p50)}, max ${ms(Math.max(...samples))}`,
        );

        const sequenceSamples: number[] = [];
        const started = performance.now();
        for (let i = 2; i <= sequence + 1; i++)
          sequenceSamples.push((await importRelease(`2.${i}`, i)).elapsed);
        const total = performance.now() - started;
        const p = percentiles(sequenceSamples);
        const flags = await db
          .selectFrom('demo_flags')
          .select(sql<number>`count(*)::int`.as('n'))
          .executeTakeFirstOrThrow();
        console.log(
          `  ${sequence} releases in sequence: ${(total / 1000).toFixed(1)} s in all; per release p50 ${ms(p.p50)}, p95 ${ms(p.p95)}, max ${ms(Math.max(...sequenceSamples))}; ${flags.n} flags stored`,
        );
      } finally {
        await workspace.close();
      }
    }
  } finally {
    server?.stop();
  }
}
