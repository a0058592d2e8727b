import { Worker } from 'node:worker_threads';
import { serve } from '@hono/node-server';
import { sql } from 'kysely';
import { flushShortLinkClicks } from '../server/modules/distribution/distribution.clicks.ts';
import { createShortLink } from '../server/modules/distribution/distribution.service.ts';
import { saveAsset } from '../server/modules/library/library.service.ts';
import { feedFigure, roadmapFigure } from './distribute-plan.ts';
import { benchEngines, freshWorkspace, postgresServer } from './support.ts';

/**
 * Short-link redirects at 10 connections over HTTP, every click a new client (its own user agent),
 * so every click is stored with its rollup; then the queue is flushed and the clicks stored are
 * counted against the 302s (the requests in flight when the load stops are stored, not counted).
 * Then the plan's two reads that grow with it (issue 14): an iCal feed of 5,000 entries, and the
 * roadmap of each quarter of a year of 50 owners (bench/distribute-plan.ts).
 */
type LoadResult = { redirects: number; non2xx: number; errors: number; p50: number; p99: number };

export async function run() {
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  const engines = benchEngines();
  const server = engines.includes('postgres') ? await postgresServer() : undefined;
  console.log(
    `Short links: GET /s/<code> at 10 connections for ${seconds} s, each request a distinct browser.`,
  );
  console.log(
    '  (issue 14: /s/<code> runs before the middleware chain, a code is read once per 2 s, clicks are queued and written every 50 ms in one transaction under one lock; the load comes from a worker thread)',
  );
  try {
    for (const engine of engines) {
      const workspace = await freshWorkspace(engine, server?.url);
      try {
        const db = workspace.database.db;
        const { row: asset } = await saveAsset({
          db,
          input: { title: 'Benchmark asset', summary: 'Clicked a lot.' },
          actorId: workspace.userId,
          today: new Date().toISOString().slice(0, 10),
          expiryDays: 365,
        });
        const links = [];
        for (let i = 0; i < 20; i++)
          links.push(
            await createShortLink({
              db,
              input: { assetId: asset.id, targetUrl: `https://example.test/page-${i}`, code: `bench-${i}` },
              actorId: workspace.userId,
              now: new Date(),
            }),
          );
        const http = serve({ fetch: workspace.app.fetch, port: 0, hostname: '127.0.0.1' });
        await new Promise((resolve) => http.once('listening', resolve));
        const address = http.address();
        const port = typeof address === 'object' && address ? address.port : 0;
        const load = await new Promise<LoadResult>((resolve, reject) => {
          const worker = new Worker(new URL('./distribute-load.ts', import.meta.url), {
            workerData: { port, seconds, links: links.length },
          });
          worker.once('message', resolve);
          worker.once('error', reject);
        });
        http.close();
        await flushShortLinkClicks(db);
        const { rows } = await sql<{ n: number }>`
          SELECT count(*)::int AS n FROM engagement_events WHERE source = 'short_link'`.execute(db);
        const redirects = load.redirects;
        console.log(
          `${engine.padEnd(8)} ${(redirects / seconds).toFixed(0)} redirects/s  p50 ${load.p50} ms  p99 ${load.p99} ms  (${redirects} redirects, ${rows[0]?.n} clicks stored, ${load.non2xx - redirects} other non-2xx, ${load.errors} errors; target ≥ 2,000/s on PostgreSQL)`,
        );
        await feedFigure(engine, workspace);
        await roadmapFigure(engine, workspace);
      } finally {
        await workspace.close();
      }
    }
  } finally {
    await server?.stop();
  }
}
