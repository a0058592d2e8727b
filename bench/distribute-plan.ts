import { sql } from 'kysely';
import type { Database } from '../server/db/connect.ts';
import { getRoadmap, issueCalendarFeed } from '../server/modules/plan/plan.service.ts';
import { ms, percentiles } from './support.ts';

/** The year the plan benchmarks fill: fixed, so the quarters' labels do not move with the clock. */
const YEAR = 2026;

interface PlanWorkspace {
  database: Pick<Database, 'db'>;
  app: { fetch: (request: Request) => Response | Promise<Response> };
  userId: string;
}

async function timed<T>(work: () => Promise<T>) {
  const started = performance.now();
  const value = await work();
  return { value, took: performance.now() - started };
}

/**
 * iCal feed of 5,000 plan entries: one owner's entries (written in one statement), then the
 * feed read the way a calendar client reads it, GET of its secret address through the app, ten times.
 * The entries are removed afterwards so the roadmap figure starts from an empty plan.
 */
export async function feedFigure(engine: string, workspace: PlanWorkspace) {
  const db = workspace.database.db;
  const owner = workspace.userId;
  await sql`
    INSERT INTO plan_entries (title, owner_id, quarter, start_date, due_date, status, notes, created_by)
    SELECT 'Feed entry ' || i, ${owner}::uuid,
           to_char(d, 'YYYY') || '-Q' || extract(quarter FROM d)::int, d, d + 3,
           (ARRAY['planned', 'in_progress', 'published'])[1 + i % 3], 'Notes of entry ' || i, ${owner}::uuid
    FROM generate_series(1, 5000) AS i,
         LATERAL (SELECT make_date(${YEAR}, 1, 1) + (i % 360) AS d) AS day`.execute(db);
  const { token } = await issueCalendarFeed({ db, userId: owner, scope: 'mine', now: new Date() });
  const read = async () => {
    const response = await workspace.app.fetch(new Request(`http://localhost/feeds/calendar/${token}.ics`));
    if (response.status !== 200) throw new Error(`feed answered ${response.status}`);
    return response.text();
  };
  await read(); // warm-up: plans and caches
  const samples: number[] = [];
  let body = '';
  for (let run = 0; run < 10; run++) {
    const { value, took } = await timed(read);
    body = value;
    samples.push(took);
  }
  const { p50, p99 } = percentiles(samples);
  const vevents = body.match(/^BEGIN:VEVENT\r?$/gm)?.length ?? 0;
  console.log(
    `${engine.padEnd(8)} iCal feed of 5,000 entries: p50 ${ms(p50)}  p99 ${ms(p99)}  (${Buffer.byteLength(body)} bytes, ${vevents} VEVENTs, 10 reads)`,
  );
  await sql`DELETE FROM plan_entries`.execute(db);
}

/**
 * The roadmap of each quarter of a year of 50 owners, 20 entries each per quarter (4,000 entries),
 * read with getRoadmap twenty times per quarter.
 */
export async function roadmapFigure(engine: string, workspace: PlanWorkspace) {
  const db = workspace.database.db;
  await sql`
    WITH owners AS (
      INSERT INTO users (email, name, role)
      SELECT 'owner-' || i || '@example.test', 'Owner ' || lpad(i::text, 2, '0'), 'tmm'
      FROM generate_series(1, 50) AS i
      RETURNING id
    ), members AS (
      INSERT INTO team_members (user_id, quarterly_capacity) SELECT id, 20 FROM owners
    )
    INSERT INTO plan_entries (title, owner_id, quarter, start_date, due_date, status, created_by)
    SELECT 'Roadmap entry ' || q || '-' || k, owners.id, ${YEAR} || '-Q' || q,
           make_date(${YEAR}, (q - 1) * 3 + 1, 1) + k * 4, make_date(${YEAR}, (q - 1) * 3 + 1, 1) + k * 4 + 7,
           (ARRAY['planned', 'in_progress', 'published'])[1 + k % 3], owners.id
    FROM owners, generate_series(1, 4) AS q, generate_series(1, 20) AS k`.execute(db);
  for (let q = 1; q <= 4; q++) {
    const quarter = `${YEAR}-Q${q}`;
    const read = () => getRoadmap({ db, quarter, now: new Date() });
    let roadmap = await read(); // warm-up
    const samples: number[] = [];
    for (let run = 0; run < 20; run++) {
      const { value, took } = await timed(read);
      roadmap = value;
      samples.push(took);
    }
    const { p50, p99 } = percentiles(samples);
    console.log(
      `${engine.padEnd(8)} roadmap ${quarter}: p50 ${ms(p50)}  p99 ${ms(p99)}  (${roadmap.entries.length} entries, ${roadmap.owners.length} lanes, ${roadmap.warnings.length} warnings, 20 reads)`,
    );
  }
}
