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
  session: { id: string; versionId: string; startedAt: Date; started: boolean; completed: boolean },
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
        completed = completed OR ${session.completed}, events = events + (SELECT count(*) FROM stored)
      WHERE id = ${session.id}
      RETURNING 1
    )
    SELECT (SELECT array_agg(kind) FROM stored) AS kinds`.execute(trx);
  return rows[0]?.kinds ?? [];
}

export interface FunnelRow {
  stepId: string;
  position: number;
  reached: number;
  dropped: number;
  medianMs: number | null;
  ctaClicks: number;
}

/**
 * The funnel of one version over sessions started in [start, end): from one index-only scan of
 * the version's events in session-start order (click_through_events_funnel_idx, which also keeps
 * each session's events together in time order, so the window needs no sort) —
 * - reached: sessions that viewed the step;
 * - dropped: sessions not completed whose furthest step (by position) it was;
 * - medianMs: the median over sessions of the time spent on the step (each view of it until the
 *   session's next step view or completion; a view with nothing after it is not timed);
 * - ctaClicks on the step;
 * and the sessions started, completed and CTA clicks in all.
 */
export async function funnelOf(
  db: Db,
  options: { versionId: string; stepIds: string[]; start: Date; end: Date },
) {
  const { rows } = await sql<{
    steps: FunnelRow[] | null;
    sessions: number;
    completed: number;
    ctaClicks: number;
  }>`
    WITH e AS MATERIALIZED (
      SELECT e.session_started_at, e.session_id, e.kind, e.step_id, e.at_ms
      FROM click_through_events e
      WHERE e.version_id = ${options.versionId}
        AND e.session_started_at >= ${options.start} AND e.session_started_at < ${options.end}
      ORDER BY e.session_started_at, e.session_id, e.at_ms),
    positions AS (
      SELECT p.step_id::uuid AS step_id, p.position::int AS position
      FROM unnest(${sql.val(options.stepIds)}::text[]) WITH ORDINALITY AS p(step_id, position)),
    timed AS (
      SELECT e.session_id, e.kind, e.step_id,
        lead(e.at_ms) OVER (PARTITION BY e.session_started_at, e.session_id ORDER BY e.at_ms) - e.at_ms AS ms
      FROM e WHERE e.kind IN ('step_viewed', 'completed')),
    per_step AS (
      SELECT t.session_id, t.step_id, sum(t.ms)::float8 AS ms
      FROM timed t WHERE t.kind = 'step_viewed' GROUP BY 1, 2),
    per_session AS (
      SELECT e.session_id, bool_or(e.kind = 'completed') AS completed,
        max(p.position) FILTER (WHERE e.kind = 'step_viewed') AS furthest
      FROM e LEFT JOIN positions p ON p.step_id = e.step_id GROUP BY e.session_id),
    clicks AS (
      SELECT e.step_id, count(*)::int AS n FROM e WHERE e.kind = 'cta_clicked' GROUP BY e.step_id),
    reached AS (
      SELECT s.step_id, count(*)::int AS n, percentile_cont(0.5) WITHIN GROUP (ORDER BY s.ms)::float8 AS median_ms
      FROM per_step s GROUP BY s.step_id),
    dropped AS (
      SELECT s.furthest, count(*)::int AS n FROM per_session s WHERE NOT s.completed GROUP BY s.furthest),
    steps AS (
      SELECT p.step_id, p.position, coalesce(r.n, 0) AS reached, coalesce(d.n, 0) AS dropped, r.median_ms,
        coalesce(c.n, 0) AS cta_clicks
      FROM positions p LEFT JOIN reached r ON r.step_id = p.step_id LEFT JOIN dropped d ON d.furthest = p.position
        LEFT JOIN clicks c ON c.step_id = p.step_id)
    SELECT
      (SELECT json_agg(json_build_object('stepId', s.step_id, 'position', s.position, 'reached', s.reached,
          'dropped', s.dropped, 'medianMs', s.median_ms, 'ctaClicks', s.cta_clicks) ORDER BY s.position)
        FROM steps s) AS steps,
      (SELECT count(*) FROM click_through_sessions s WHERE s.version_id = ${options.versionId}
        AND s.started_at >= ${options.start} AND s.started_at < ${options.end})::int AS sessions,
      (SELECT count(*) FROM per_session WHERE completed)::int AS completed,
      (SELECT coalesce(sum(n), 0) FROM clicks)::int AS "ctaClicks"`.execute(db);
  const row = rows[0];
  return {
    steps: row?.steps ?? [],
    sessions: row?.sessions ?? 0,
    completed: row?.completed ?? 0,
    ctaClicks: row?.ctaClicks ?? 0,
  };
}
