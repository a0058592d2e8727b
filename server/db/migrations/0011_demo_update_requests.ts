import { type Kysely, sql } from 'kysely';

/**
 * One open update request per demo: a flag from a later release joins the request already open
 * for its demo instead of filing another. Open means not yet done: new, triage, backlog or
 * assigned (the same list as `openDemoUpdateStates` in shared/requests.ts).
 *
 * Databases may already hold several open update requests for one demo. The one furthest along
 * stays (assigned, then backlog, triage, new; the oldest among equals); each other one becomes a
 * duplicate of it (recorded in its history, by nobody), its flags move to the one kept, and its
 * description is added to the kept one's, so no release's reasons are lost.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TEMPORARY TABLE merged_update_requests ON COMMIT DROP AS
      SELECT id, state, keep_id FROM (
        SELECT id, state, first_value(id) OVER (
          PARTITION BY demo_id
          ORDER BY CASE state WHEN 'assigned' THEN 0 WHEN 'backlog' THEN 1 WHEN 'triage' THEN 2 ELSE 3 END, number
        ) AS keep_id
        FROM requests
        WHERE kind = 'demo_update' AND demo_id IS NOT NULL
          AND state IN ('new_request', 'triage', 'backlog', 'assigned')
      ) open_requests
      WHERE id <> keep_id;

    UPDATE requests kept SET
      description = kept.description || (
        SELECT string_agg(E'\n\n' || later.description, '' ORDER BY later.number)
        FROM requests later JOIN merged_update_requests m ON m.id = later.id
        WHERE m.keep_id = kept.id
      ),
      updated_at = now()
    WHERE kept.id IN (SELECT keep_id FROM merged_update_requests);

    UPDATE demo_flags f SET request_id = m.keep_id
    FROM merged_update_requests m WHERE f.request_id = m.id;

    INSERT INTO request_events (request_id, kind, from_state, to_state, reason, data)
    SELECT m.id, 'transition', m.state, 'duplicate',
      'One open update request per demo: merged into #' || kept.number, jsonb_build_object('duplicateOfId', m.keep_id)
    FROM merged_update_requests m JOIN requests kept ON kept.id = m.keep_id;

    UPDATE requests r SET state = 'duplicate', stage = NULL, duplicate_of_id = m.keep_id, updated_at = now()
    FROM merged_update_requests m WHERE r.id = m.id;

    CREATE UNIQUE INDEX requests_one_open_demo_update_idx ON requests (demo_id)
      WHERE kind = 'demo_update' AND state IN ('new_request', 'triage', 'backlog', 'assigned');
  `.execute(db);
}

/** Drops the rule; requests merged by `up` stay merged. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX requests_one_open_demo_update_idx`.execute(db);
}
