import { sql } from 'kysely';
import type { Database } from '../server/db/connect.ts';
import { generateAssets } from './library.ts';
import { benchEngines, freshWorkspace, ms, percentiles, postgresServer } from './support.ts';

/** 50,000 requests across teams, types, solutions and states, filed over the last year. */
export async function generateRequests(db: Database['db'], count: number, requesterId: string) {
  await sql`
    WITH types AS (SELECT array_agg(id ORDER BY position) AS ids FROM terms WHERE kind = 'deliverable_type'),
    solutions AS (SELECT array_agg(id) AS ids FROM terms WHERE kind = 'solution'),
    teams AS (SELECT array_agg(id) AS ids FROM teams),
    states AS (SELECT ARRAY['new_request','triage','backlog','assigned','completed','closed','declined','canceled']::text[] AS v)
    INSERT INTO requests (title, business_goal, deliverable_type_id, solution_id, team_id, requester_id, cost, quarter, state,
                          priority, due_date, review_due_at, reviewed_at, created_at)
    SELECT 'Request ' || i || ' for ' || (ARRAY['a webinar','a demo','a workshop','a blog post'])[1 + i % 4],
           'Goal ' || i,
           types.ids[1 + i % array_length(types.ids, 1)],
           solutions.ids[1 + i % array_length(solutions.ids, 1)],
           teams.ids[1 + i % array_length(teams.ids, 1)],
           ${requesterId}, 2, '2026-Q' || (1 + i % 4), states.v[1 + i % 8],
           CASE WHEN i % 3 = 0 THEN 1 + i % 3 END,
           current_date + (i % 90) - 30,
           now() - ((i % 365) || ' days')::interval + interval '2 days',
           CASE WHEN i % 8 > 1 THEN now() - ((i % 365) || ' days')::interval END,
           now() - ((i % 365) || ' days')::interval
    FROM generate_series(1, ${count}) AS i, types, solutions, teams, states`.execute(db);
  await sql`VACUUM ANALYZE requests`.execute(db);
}

export async function run() {
  const count = Number(process.env.BENCH_REQUESTS ?? 50_000);
  const engines = benchEngines();
  const server = engines.includes('postgres') ? await postgresServer() : undefined;
  console.log(
    `Requests: ${count} requests, 1,000 library assets; 100 runs of each view, 200 typed prefixes for suggestions.`,
  );
  try {
    for (const engine of engines) {
      const workspace = await freshWorkspace(engine, server?.url);
      try {
        await generateRequests(workspace.database.db, count, workspace.userId);
        await generateAssets(workspace.database.db, 1000, workspace.userId);
        const headers = { authorization: `Bearer ${workspace.token}` };
        const time = async (path: string, body?: unknown) => {
          const started = performance.now();
          const response = await workspace.app.request(
            path,
            body === undefined
              ? { headers }
              : {
                  method: 'POST',
                  headers: { ...headers, 'content-type': 'application/json' },
                  body: JSON.stringify(body),
                },
          );
          await response.arrayBuffer();
          if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
          return performance.now() - started;
        };
        console.log(`${engine}:`);
        for (const [label, path] of [
          ['list: first page of 50 by score', '/api/requests'],
          ['list: needs triage', '/api/requests?view=needs_triage'],
          ['list: overdue', '/api/requests?view=overdue'],
        ] as const) {
          await time(path);
          const samples: number[] = [];
          for (let i = 0; i < 100; i++) samples.push(await time(path));
          const p = percentiles(samples);
          console.log(`  ${label.padEnd(38)} p50 ${ms(p.p50)}  p99 ${ms(p.p99)}`);
        }
        const phrases = [
          'pipeline security demo',
          'kubernetes deployment',
          'compliance audit webinar',
          'release showcase video',
          'gitops workshop',
        ];
        const samples: number[] = [];
        for (let i = 0; i < 200; i++) {
          const phrase = phrases[i % phrases.length] as string;
          const typed = phrase.slice(0, 4 + (i % (phrase.length - 3)));
          // What the intake form sends: the request's whole text so far.
          samples.push(
            await time('/api/assets/suggestions', { text: `${typed}\nWin the platform deals`, limit: 5 }),
          );
        }
        const p = percentiles(samples);
        console.log(
          `  ${'existing-content suggestions (typing)'.padEnd(38)} p50 ${ms(p.p50)}  p99 ${ms(p.p99)}  (target p99 ≤ 50 ms)`,
        );
      } finally {
        await workspace.close();
      }
    }
  } finally {
    server?.stop();
  }
}
