import { type Kysely, sql } from 'kysely';

/**
 * The audit log: who did what to which record, when, from where, with the changed fields before
 * and after. Entries are written in the transaction of the change they record and are never
 * edited: a trigger refuses UPDATE, and DELETE except the retention purge (which sets
 * `showcase.audit_purge` for its own transaction). Each entry carries the hash of the one before
 * it, so an edited, removed or inserted entry breaks the chain (`showcase audit verify`).
 * The workspace setting `auditRetentionDays` says how long entries are kept.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE audit_log (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      at timestamptz NOT NULL,
      actor_id uuid REFERENCES users (id) ON DELETE SET NULL,
      actor_label text NOT NULL,
      via text NOT NULL CHECK (via IN ('session', 'token', 'sso', 'cli', 'system', 'anonymous')),
      token_id uuid,
      action text NOT NULL CHECK (action ~ '^[a-z_]+\\.[a-z_]+$'),
      target_type text,
      target_id text,
      target_label text,
      changes jsonb NOT NULL DEFAULT '{}'::jsonb,
      details jsonb NOT NULL DEFAULT '{}'::jsonb,
      ip text,
      user_agent text,
      request_id text,
      prev_hash text NOT NULL,
      hash text NOT NULL UNIQUE
    );
    CREATE INDEX audit_log_at_idx ON audit_log (at DESC, id DESC);
    CREATE INDEX audit_log_action_idx ON audit_log (action, at DESC);
    CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, at DESC);
    CREATE INDEX audit_log_target_idx ON audit_log (target_type, target_id, at DESC);

    CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'DELETE' AND current_setting('showcase.audit_purge', true) = 'on' THEN
        RETURN OLD;
      END IF;
      RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'insufficient_privilege';
    END $$;
    CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE audit_log;
    DROP FUNCTION audit_log_append_only();
  `.execute(db);
}
