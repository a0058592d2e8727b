import { randomUUID } from 'node:crypto';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { serve } from '@hono/node-server';
import { sql } from 'kysely';
import pg from 'pg';
import { type Database, SESSION_SETTINGS } from '../server/db/connect.ts';
import { createTestDemo, testTermId } from '../test/factories.ts';
import { benchEngines, freshWorkspace, ms, percentiles, postgresServer } from './support.ts';

/**
 * Click-through player events (npm run bench -- player-events): how fast POST
 * /api/play/{assetId}/events takes them over HTTP (clients in a worker thread, each session from
 * its own browser, two full batches of 100 events per session; every event sent must be stored), and
 * how long the funnel of a version takes over 1,000,000 stored events (generated in SQL: sessions
 * over 90 days, each viewing the first k of 10 steps with a hotspot click each, a share of them
 * completing and clicking the CTA). Knobs: BENCH_ENGINES, BENCH_PLAYER_CLIENTS (32),
 * BENCH_PLAYER_MS (10000), BENCH_PLAYER_FUNNEL_EVENTS (1000000), BENCH_ITERATIONS (50).
 */

const STEPS = 10;
const PER_BATCH = 100;

interface Job {
  base: string;
  assetId: string;
  versionId: string;
  steps: string[];
  clients: number;
  durationMs: number;
}
interface Result {
  batches: number;
  events: number;
  refused: number;
  firstError?: string;
  elapsedMs: number;
  latencies: number[];
}

/** A session of two full batches: every step viewed and its hotspot clicked, over and over, then completed. */
function sessionBatches(steps: string[]) {
  const events: { kind: string; stepId?: string; at: number }[] = [{ kind: 'session_start', at: 0 }];
  let at = 0;
  while (events.length < 2 * PER_BATCH - 1)
    for (const stepId of steps) {
      if (events.length >= 2 * PER_BATCH - 1) break;
      at += 700;
      events.push({ kind: 'step_viewed', stepId, at });
      at += 900;
      if (events.length < 2 * PER_BATCH - 1) events.push({ kind: 'hotspot_clicked', stepId, at });
    }
  events.push({ kind: 'completed', at: at + 1 });
  return [events.slice(0, PER_BATCH), events.slice(PER_BATCH)].filter((batch) => batch.length > 0);
}

async function load(job: Job): Promise<Result> {
  const result: Result = { batches: 0, events: 0, refused: 0, elapsedMs: 0, latencies: [] };
  const started = performance.now();
  const until = started + job.durationMs;
  const url = `${job.base}/api/play/${job.assetId}/events`;
  let browser = 0;
  await Promise.all(
    Array.from({ length: job.clients }, async () => {
      while (performance.now() < until) {
        const sessionId = randomUUID();
        const userAgent = `Bench browser ${browser++}`;
        for (const events of sessionBatches(job.steps)) {
          const t = performance.now();
          const response = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'text/plain;charset=UTF-8', 'user-agent': userAgent },
            body: JSON.stringify({ versionId: job.versionId, sessionId, events }),
          });
          const body = await response.text();
          result.latencies.push(performance.now() - t);
          if (response.status === 202) {
            result.batches++;
            result.events += (JSON.parse(body) as { accepted: number }).accepted;
          } else {
            result.refused++;
            result.firstError ??= `${response.status} ${body.slice(0, 200)}`;
          }
        }
      }
    }),
  );
  result.elapsedMs = performance.now() - started;
  return result;
}

if (!isMainThread)
  parentPort?.on('message', async (job: Job) => {
    parentPort?.postMessage(await load(job));
  });

/** Stores `total` events of generated sessions of the version straight into the tables (SQL). */
async function generateEvents(
  db: Database['db'],
  options: {
    demoId: string;
    versionId: string;
    steps: string[];
    total: number;
  },
) {
  // A session views the first `furthest` steps (skewed: most leave early), clicking each hotspot;
  // one that reaches the last completes and, every other time, clicks the CTA: ~14.7 events each.
  const perSession = 14.7;
  const sessions = Math.ceil(options.total / perSession);
  await sql`
    CREATE UNLOGGED TABLE bench_sessions AS
    SELECT md5('s' || g)::uuid AS id, g,
      1 + floor(${STEPS} * power((hashint8extended(g, 1) & 2147483647)::float8 / 2147483648, 0.6))::int AS furthest,
      now() - make_interval(secs => floor(((hashint8extended(g, 2) & 2147483647)::float8 / 2147483648) * 90 * 86400)) AS started_at
    FROM generate_series(1, ${sessions}) g`.execute(db);
  await sql`
    INSERT INTO click_through_sessions (id, demo_id, version_id, started_at, last_received_at, started, completed,
      furthest, events)
    SELECT id, ${options.demoId}, ${options.versionId}, started_at, started_at, true, furthest >= ${STEPS}, furthest, 0
    FROM bench_sessions`.execute(db);
  await sql`
    INSERT INTO click_through_events (session_id, version_id, session_started_at, kind, step_id, at_ms, received_at)
    SELECT s.id, ${options.versionId}, s.started_at, e.kind, e.step_id, e.at_ms, s.started_at
    FROM bench_sessions s
    CROSS JOIN LATERAL (
      SELECT 'session_start' AS kind, NULL::uuid AS step_id, 0 AS at_ms
      UNION ALL
      SELECT k.kind, (${sql.val(options.steps)}::uuid[])[j], j * 4000 + k.offset_ms + (hashint8extended(s.g * 100 + j, 3) & 2047)::int
      FROM generate_series(1, s.furthest) j, (VALUES ('step_viewed', 0), ('hotspot_clicked', 2500)) AS k(kind, offset_ms)
      UNION ALL
      SELECT 'cta_clicked', (${sql.val(options.steps)}::uuid[])[${STEPS}], ${STEPS} * 4000 + 3000
      WHERE s.furthest >= ${STEPS} AND s.g % 2 = 0
      UNION ALL
      SELECT 'completed', NULL, ${STEPS} * 4000 + 3500 WHERE s.furthest >= ${STEPS}) e`.execute(db);
  await sql`DROP TABLE bench_sessions`.execute(db);
  await sql`VACUUM ANALYZE click_through_sessions, click_through_events`.execute(db);
  const { rows } = await sql<{ events: number; sessions: number }>`
    SELECT (SELECT count(*) FROM click_through_events)::int AS events,
      (SELECT count(*) FROM click_through_sessions)::int AS sessions`.execute(db);
  return rows[0] as { events: number; sessions: number };
}

async function measure(engine: 'postgres' | 'embedded' | 'pglite', serverUrl: string | undefined) {
  const workspace = await freshWorkspace(engine, serverUrl);
  const { db } = workspace.database;
  const server = serve({ fetch: workspace.app.fetch, port: 0, hostname: '127.0.0.1' });
  const worker = new Worker(new URL(import.meta.url));
  try {
    await new Promise((resolve) => server.once('listening', resolve));
    const address = server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const api = async (path: string, init: RequestInit = {}) => {
      const response = await fetch(`${base}${path}`, {
        ...init,
        headers: { authorization: `Bearer ${workspace.token}`, 'content-type': 'application/json' },
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${text}`);
      return text.startsWith('{') ? JSON.parse(text) : text;
    };
    const demo = await createTestDemo(db, {
      asset: {
        formatId: await testTermId(db, 'format', 'Click-through demo'),
        visibility: 'external',
        status: 'published',
        safeToShare: true,
      },
      now: new Date(),
    });
    for (let n = 1; n <= STEPS; n++)
      await api(`/api/demos/${demo.id}/click-through/steps`, {
        method: 'POST',
        body: JSON.stringify({ kind: 'step', title: `Step ${n}` }),
      });
    const version = (await api(`/api/demos/${demo.id}/click-through/publish`, { method: 'POST' })) as {
      id: string;
    };
    const steps = (
      (await api(`/api/demos/${demo.id}/click-through`)) as { steps: { id: string }[] }
    ).steps.map((step) => step.id);

    // Ingestion.
    const clients = Number(process.env.BENCH_PLAYER_CLIENTS ?? 32);
    const durationMs = Number(process.env.BENCH_PLAYER_MS ?? 10_000);
    const result = await new Promise<Result>((resolve) => {
      worker.once('message', resolve);
      worker.postMessage({
        base,
        assetId: demo.id,
        versionId: version.id,
        steps,
        clients,
        durationMs,
      } satisfies Job);
    });
    const { rows } = await sql<{ events: number; sessions: number; engagement: number }>`
      SELECT (SELECT count(*) FROM click_through_events)::int AS events,
        (SELECT count(*) FROM click_through_sessions)::int AS sessions,
        (SELECT count(*) FROM engagement_events WHERE source = 'click_through')::int AS engagement`.execute(
      db,
    );
    const storedNow = rows[0] as { events: number; sessions: number; engagement: number };
    const p = percentiles(result.latencies);
    console.log(
      `${engine}: ingestion, ${clients} clients for ${(result.elapsedMs / 1000).toFixed(1)} s, batches of ${PER_BATCH} as text/plain: ${Math.round(result.events / (result.elapsedMs / 1000)).toLocaleString('en')} events/s (${result.batches.toLocaleString('en')} batches, ${result.events.toLocaleString('en')} events accepted, ${result.refused} refused${result.firstError ? `: ${result.firstError}` : ''}); batch latency p50 ${ms(p.p50)} p99 ${ms(p.p99)}`,
    );
    console.log(
      `  stored: ${storedNow.events.toLocaleString('en')} events in ${storedNow.sessions.toLocaleString('en')} sessions, ${storedNow.engagement.toLocaleString('en')} engagement events (session + complete); sent = stored: ${storedNow.events === result.events ? 'yes' : 'NO'}${Math.round(result.events / (result.elapsedMs / 1000)) >= 5000 ? '  ≥ 5,000 events/s' : '  UNDER 5,000 events/s'}`,
    );

    // The funnel at 1,000,000 events.
    const total = Number(process.env.BENCH_PLAYER_FUNNEL_EVENTS ?? 1_000_000);
    await sql`TRUNCATE click_through_events, click_through_sessions`.execute(db);
    const started = performance.now();
    const generated = await generateEvents(db, { demoId: demo.id, versionId: version.id, steps, total });
    console.log(
      `  funnel data: ${generated.events.toLocaleString('en')} events in ${generated.sessions.toLocaleString('en')} sessions over 90 days, generated in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    const to = new Date().toISOString().slice(0, 10);
    const from = new Date(Date.now() - 89 * 86_400_000).toISOString().slice(0, 10);
    const path = `/api/demos/${demo.id}/click-through/funnel?versionId=${version.id}&from=${from}&to=${to}`;
    const iterations = Number(process.env.BENCH_ITERATIONS ?? 50);
    const samples: number[] = [];
    let last: { sessions: number; completed: number; steps: { reached: number }[] } | undefined;
    for (let i = 0; i < iterations + 3; i++) {
      const t = performance.now();
      last = await api(path);
      if (i >= 3) samples.push(performance.now() - t);
    }
    const f = percentiles(samples);
    console.log(
      `  funnel over 90 days (${iterations} sequential GETs): p50 ${ms(f.p50)} p95 ${ms(f.p95)} p99 ${ms(f.p99)}; ${last?.sessions.toLocaleString('en')} sessions, ${last?.completed.toLocaleString('en')} completed, reached ${last?.steps.map((step) => step.reached).join(' → ')}`,
    );
    // The plan of the funnel's query, from the same SQL the app runs (captured from the log of a Kysely).
    if (workspace.database.url) {
      const client = new pg.Client({ connectionString: workspace.database.url });
      await client.connect();
      await client.query(`${SESSION_SETTINGS}; SET jit = off`);
      const { funnelOf } = await import('../server/modules/clickthrough/clickthrough.events.repository.ts');
      const { Kysely, PostgresDialect } = await import('kysely');
      const captured: { sql: string; parameters: readonly unknown[] }[] = [];
      const recorder = new Kysely<never>({
        dialect: new PostgresDialect({
          pool: new pg.Pool({ connectionString: workspace.database.url, max: 1 }),
        }),
        log: (event) => {
          if (event.level === 'query') captured.push(event.query);
        },
      });
      await funnelOf(recorder as never, {
        versionId: version.id,
        stepIds: steps,
        start: new Date(`${from}T00:00:00Z`),
        end: new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000),
      });
      await recorder.destroy();
      for (const query of captured) {
        const plan = await client.query<{ 'QUERY PLAN': string }>(
          `EXPLAIN (ANALYZE, BUFFERS) ${query.sql}`,
          query.parameters as unknown[],
        );
        const lines = plan.rows.map((row) => row['QUERY PLAN']);
        const full = process.env.BENCH_EXPLAIN === 'full';
        console.log(`  EXPLAIN (ANALYZE, BUFFERS): ${query.sql.replace(/\s+/g, ' ').slice(0, 90)}`);
        for (const line of full
          ? lines
          : lines
              .filter((l) => /Scan|Execution|WindowAgg|Sort|Aggregate|Buffers: shared/.test(l))
              .slice(0, 16))
          console.log(`    ${line}`);
      }
      await client.end();
    }
  } finally {
    await worker.terminate();
    server.close();
    await workspace.close();
  }
}

export async function run() {
  const engines = benchEngines();
  console.log(
    'Player events: POST /api/play/{assetId}/events over HTTP (ingestion rate, every event stored) and the funnel of a version at 1,000,000 events.',
  );
  const server = engines.includes('postgres') ? await postgresServer() : undefined;
  try {
    for (const engine of engines) await measure(engine, server?.url);
  } finally {
    await server?.stop();
  }
}
