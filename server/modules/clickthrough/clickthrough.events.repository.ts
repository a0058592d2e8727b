import { sql } from 'kysely';
import type { PlayerEventKind } from '../../../shared/clickthrough.ts';
import type { Database } from '../../db/connect.ts';

type Db = Database['db'];

/** A published version of a demo with the step ids of its document, in order (null when not this demo's). */
export async function findPublishedVersion(db: Db, demoId: string, versionId: string) {
  const { rows } = await sql<{ id: string; number: number; stepIds: string[]; titles: string[] }>`
    SELECT v.id, v.number,
      coalesce(array_agg(s.value->>'id' ORDER BY s.n) FILTER (WHERE s.value IS NOT NULL), '{}') AS "stepIds",
      coalesce(array_agg(coalesce(s.value->>'title', '') ORDER BY s.n) FILTER (WHERE s.value IS NOT NULL), '{}') AS titles
    FROM click_through_versions v
      LEFT JOIN LATERAL jsonb_array_elements(v.document->'steps') WITH ORDINALITY AS s(value, n) ON true
    WHERE v.id = ${versionId} AND v.demo_id = ${demoId}
    GROUP BY v.id, v.number`.execute(db);
  return rows[0];
}

/** The latest published version's id, or undefined. */
export async function latestVersionId(db: Db, demoId: string) {
  const row = await db
    .selectFrom('click_through_versions')
    .select('id')
    .where('demo_id', '=', demoId)
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.id;
}

/**
 * Counts one batch of a client in the current minute and answers the minute's count (the caller
 * refuses above its limit). Now and then the windows older than ten minutes are deleted.
 */
export async function countClientBatch(db: Db, client: string, windowStart: Date) {
  const { rows } = await sql<{ batches: number }>`
    INSERT INTO click_through_rate_windows (client, window_start, batches) VALUES (${client}, ${windowStart}, 1)
    ON CONFLICT (client, window_start) DO UPDATE SET batches = click_through_rate_windows.batches + 1
    RETURNING batches`.execute(db);
  if (Math.random() < 0.01)
    await sql`DELETE FROM click_through_rate_windows WHERE window_start < ${new Date(windowStart.getTime() - 600_000)}`.execute(
      db,
    );
  return rows[0]?.batches ?? 1;
}

/**
 * The session's row, made on its first batch, with the batch's events counted and its row locked
 * until the transaction ends (two batches of one session are stored one after the other). Answers
 * what it held before this batch — whether its start and completion were already received — or
 * undefined when the session id belongs to another version.
 */
export async function lockSession(
  trx: Db,
  values: {
    id: string;
    demoId: string;
    versionId: string;
    linkId: string | null;
    recipientId: string | null;
    now: Date;
  },
) {
  const { rows } = await sql<{ started: boolean; completed: boolean; startedAt: Date }>`
    INSERT INTO click_through_sessions AS s (id, demo_id, version_id, link_id, recipient_id, started_at,
      last_received_at)
    VALUES (${values.id}, ${values.demoId}, ${values.versionId}, ${values.linkId}, ${values.recipientId},
      ${values.now}, ${values.now})
    ON CONFLICT (id) DO UPDATE SET last_received_at = EXCLUDED.last_received_at
      WHERE s.version_id = EXCLUDED.version_id AND s.demo_id = EXCLUDED.demo_id
        AND s.link_id IS NOT DISTINCT FROM EXCLUDED.link_id
    RETURNING s.started, s.completed, s.started_at AS "startedAt"`.execute(trx);
  return rows[0];
}

/**
 * Stores a batch's events (one statement; one already stored, from a beacon sent again, is left
 * out), counts them on the session and marks it started or completed when this batch says so
 * first. Answers the kinds of the events stored.
 */
export async function insertEvents(
  trx: Db,
  session: {
    id: string;
    versionId: string;
    startedAt: Date;
    started: boolean;
    completed: boolean;
    /** The furthest step position the batch views (0 when none). */
    furthest: number;
  },
  events: { kind: PlayerEventKind; stepId: string | null; at: number }[],
  now: Date,
) {
  const { rows } = await sql<{ kinds: PlayerEventKind[] | null }>`
    WITH stored AS (
      INSERT INTO click_through_events (session_id, version_id, session_started_at, kind, step_id, at_ms, received_at)
      SELECT DISTINCT ${session.id}::uuid, ${session.versionId}::uuid, ${session.startedAt}::timestamptz, e.kind,
        e.step_id, e.at_ms, ${now}::timestamptz
      FROM unnest(${sql.val(events.map((e) => e.kind))}::text[], ${sql.val(events.map((e) => e.stepId))}::uuid[],
        ${sql.val(events.map((e) => e.at))}::int[]) AS e(kind, step_id, at_ms)
      ON CONFLICT DO NOTHING
      RETURNING kind
    ), marked AS (
      UPDATE click_through_sessions SET started = started OR ${session.started},
        completed = completed OR ${session.completed}, furthest = greatest(furthest, ${session.furthest}::int),
        events = events + (SELECT count(*) FROM stored)
      WHERE id = ${session.id}
      RETURNING 1
    )
    SELECT (SELECT array_agg(kind) FROM stored) AS kinds`.execute(trx);
  return rows[0]?.kinds ?? [];
}

export interface FunnelRow {
  stepId: string;
  reached: number;
  dropped: number;
  medianMs: number | null;
  ctaClicks: number;
}

const inRange = (column: string, options: { versionId: string; start: Date; end: Date }) =>
  sql`version_id = ${options.versionId} AND ${sql.ref(column)} >= ${options.start} AND ${sql.ref(column)} < ${options.end}`;

/**
 * The funnel of one version over sessions started in [start, end), from three index-only scans
 * run at once (0031's indexes):
 * - the sessions per furthest step position viewed (kept at ingestion): how many, completed,
 *   reached (sessions that got at least as far as the step) and dropped (sessions not completed
 *   whose furthest step it was);
 * - the step views and completions in session and time order: the median time on each step
 *   (a view until the session's next view or its completion; a view with nothing after it is
 *   not timed);
 * - the CTA clicks per step.
 */
export async function funnelOf(
  db: Db,
  options: { versionId: string; stepIds: string[]; start: Date; end: Date },
) {
  if (options.stepIds.length === 0) return { steps: [], sessions: 0, completed: 0, ctaClicks: 0 };
  const [sessions, views, clicks] = await Promise.all([
    sql<{ furthest: number | null; sessions: number; completed: number; dropped: number }>`
      SELECT s.furthest, count(*)::int AS sessions, count(*) FILTER (WHERE s.completed)::int AS completed,
        count(*) FILTER (WHERE NOT s.completed)::int AS dropped
      FROM click_through_sessions s WHERE ${inRange('s.started_at', options)}
      GROUP BY GROUPING SETS ((s.furthest), ())`.execute(db),
    // One ordered-set aggregate per step (FILTER), so no GROUP BY sorts every view by step.
    sql<Record<string, number | null>>`
      SELECT ${sql.join(
        options.stepIds.map(
          (stepId, index) =>
            sql`percentile_cont(0.5) WITHIN GROUP (ORDER BY t.ms) FILTER (WHERE t.step_id = ${stepId}::uuid)::float8
              AS ${sql.ref(`s${index}`)}`,
        ),
      )}
      FROM (
        SELECT e.kind, e.step_id,
          lead(e.at_ms) OVER (PARTITION BY e.session_started_at, e.session_id ORDER BY e.at_ms) - e.at_ms AS ms
        FROM click_through_events e
        WHERE ${inRange('e.session_started_at', options)} AND e.kind IN ('step_viewed', 'completed')) t
      WHERE t.kind = 'step_viewed' AND t.ms IS NOT NULL`.execute(db),
    sql<{ stepId: string; n: number }>`
      SELECT e.step_id AS "stepId", count(*)::int AS n FROM click_through_events e
      WHERE ${inRange('e.session_started_at', options)} AND e.kind = 'cta_clicked'
      GROUP BY e.step_id`.execute(db),
  ]);
  const total = sessions.rows.find((row) => row.furthest === null);
  const at = sessions.rows.filter((row) => row.furthest !== null);
  const medians = views.rows[0] ?? {};
  const clicked = new Map(clicks.rows.map((row) => [row.stepId, row.n]));
  return {
    steps: options.stepIds.map(
      (stepId, index): FunnelRow => ({
        stepId,
        reached: at
          .filter((row) => (row.furthest ?? 0) >= index + 1)
          .reduce((sum, row) => sum + row.sessions, 0),
        dropped: at.find((row) => row.furthest === index + 1)?.dropped ?? 0,
        medianMs: medians[`s${index}`] ?? null,
        ctaClicks: clicked.get(stepId) ?? 0,
      }),
    ),
    sessions: total?.sessions ?? 0,
    completed: total?.completed ?? 0,
    ctaClicks: clicks.rows.reduce((sum, row) => sum + row.n, 0),
  };
}
