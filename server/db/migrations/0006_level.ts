import { type Kysely, sql } from 'kysely';

/**
 * Brings a database level with today's 0003_requests and 0005_search.
 *
 * Both files were edited after they had first landed. A database that applied an earlier version
 * has them recorded as done, so it never received what was added to them later:
 *
 * - 0003: `request_comments`, `request_events.seq` (history in insertion order) and its index,
 *   `requests.external_ref` and `integration_deliveries` (GitLab intake), `overdue_notified_at`,
 *   `webhooks` and `webhook_deliveries`, `request_attachments`, `requests_created_idx`.
 * - 0005: `asset_search.title` and its trigram index dropped, the `search_words` lexicon with its
 *   triggers, `fillfactor = 90`, and the sync triggers made deferred constraint triggers.
 *
 * Every step checks first, so on a database created with today's files this changes nothing.
 * From here on an applied migration is never edited: a change is a new migration.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- 0003_requests -------------------------------------------------------------------------

    ALTER TABLE requests ADD COLUMN IF NOT EXISTS external_ref text UNIQUE;
    ALTER TABLE requests ADD COLUMN IF NOT EXISTS overdue_notified_at timestamptz;
    CREATE INDEX IF NOT EXISTS requests_created_idx ON requests (created_at DESC);

    -- seq orders a request's history by insertion. Rows written before it existed are numbered
    -- by time, ties in the order they are stored, then the column becomes an identity.
    DO $$
    BEGIN
      IF NOT EXISTS (SELECT 1 FROM information_schema.columns
                     WHERE table_schema = current_schema() AND table_name = 'request_events' AND column_name = 'seq') THEN
        ALTER TABLE request_events ADD COLUMN seq bigint;
        UPDATE request_events e SET seq = ordered.n
        FROM (SELECT id, row_number() OVER (ORDER BY created_at, ctid) AS n FROM request_events) ordered
        WHERE e.id = ordered.id;
        ALTER TABLE request_events ALTER COLUMN seq SET NOT NULL;
        ALTER TABLE request_events ALTER COLUMN seq ADD GENERATED ALWAYS AS IDENTITY;
        PERFORM setval(pg_get_serial_sequence('request_events', 'seq'),
          coalesce((SELECT max(seq) FROM request_events), 0) + 1, false);
      END IF;
      IF pg_get_indexdef(to_regclass('request_events_request_idx')) NOT LIKE '%(request_id, seq)' THEN
        DROP INDEX request_events_request_idx;
      END IF;
    END $$;
    CREATE INDEX IF NOT EXISTS request_events_request_idx ON request_events (request_id, seq);

    CREATE TABLE IF NOT EXISTS request_comments (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      request_id uuid NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
      author_id uuid REFERENCES users (id) ON DELETE SET NULL,
      body text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX IF NOT EXISTS request_comments_request_idx ON request_comments (request_id, created_at);

    CREATE TABLE IF NOT EXISTS request_attachments (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      request_id uuid NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
      uploader_id uuid REFERENCES users (id) ON DELETE SET NULL,
      filename text NOT NULL,
      content_type text NOT NULL,
      size integer NOT NULL,
      data bytea NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX IF NOT EXISTS request_attachments_request_idx ON request_attachments (request_id);

    CREATE TABLE IF NOT EXISTS webhooks (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL,
      url text NOT NULL,
      events text[] NOT NULL,
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE IF NOT EXISTS webhook_deliveries (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      webhook_id uuid NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
      event text NOT NULL,
      payload jsonb NOT NULL,
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
      attempts integer NOT NULL DEFAULT 0,
      next_attempt_at timestamptz NOT NULL,
      last_status_code integer,
      last_error text,
      created_at timestamptz NOT NULL DEFAULT now(),
      delivered_at timestamptz
    );
    CREATE INDEX IF NOT EXISTS webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';
    CREATE INDEX IF NOT EXISTS webhook_deliveries_webhook_idx ON webhook_deliveries (webhook_id, created_at DESC);

    CREATE TABLE IF NOT EXISTS integration_deliveries (
      id text PRIMARY KEY,
      source text NOT NULL,
      request_id uuid REFERENCES requests (id) ON DELETE SET NULL,
      received_at timestamptz NOT NULL DEFAULT now()
    );

    -- 0005_search ---------------------------------------------------------------------------

    -- The first version kept titles here for a trigram scan; the lexicon below replaced it.
    ALTER TABLE asset_search DROP COLUMN IF EXISTS title;

    DO $$
    BEGIN
      IF NOT coalesce((SELECT 'fillfactor=90' = ANY (reloptions) FROM pg_class WHERE oid = 'asset_search'::regclass), false) THEN
        ALTER TABLE asset_search SET (fillfactor = 90);
      END IF;
      IF to_regclass('search_words') IS NULL THEN
        CREATE TABLE search_words (word text COLLATE "C" PRIMARY KEY);
        INSERT INTO search_words (word) SELECT DISTINCT unnest(tsvector_to_array(words)) FROM asset_search;
      END IF;
    END $$;
    CREATE INDEX IF NOT EXISTS search_words_trgm_idx ON search_words USING gin (word gin_trgm_ops);

    -- Triggers of the first versions: statement-level on asset_terms, immediate on assets.
    DROP TRIGGER IF EXISTS asset_terms_search_insert ON asset_terms;
    DROP TRIGGER IF EXISTS asset_terms_search_delete ON asset_terms;
    DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM pg_trigger
                 WHERE tgrelid = 'assets'::regclass AND tgname = 'assets_search_sync' AND tgconstraint = 0) THEN
        DROP TRIGGER assets_search_sync ON assets;
      END IF;
    END $$;

    -- Today's function bodies, as 0005 creates them (replacing a function with itself changes nothing).
    CREATE OR REPLACE FUNCTION search_words_insert() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO search_words (word) SELECT DISTINCT unnest(tsvector_to_array(words)) FROM changed
      ON CONFLICT DO NOTHING;
      RETURN NULL;
    END $$;
    CREATE OR REPLACE FUNCTION search_words_update() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO search_words (word) SELECT unnest(tsvector_to_array(NEW.words)) ON CONFLICT DO NOTHING;
      RETURN NULL;
    END $$;

    CREATE OR REPLACE FUNCTION asset_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NOT EXISTS (SELECT 1 FROM assets WHERE id = NEW.id) THEN
        RETURN NULL; -- created and deleted in the same transaction
      ELSIF TG_OP = 'UPDATE' AND NEW.title = OLD.title AND NEW.summary = OLD.summary AND NEW.body = OLD.body THEN
        -- A view, a status change or a new owner: the words are unchanged, skip re-parsing them.
        UPDATE asset_search SET status = NEW.status, visibility = NEW.visibility, format_id = NEW.format_id,
          buyer_stage_id = NEW.buyer_stage_id, owner_id = NEW.owner_id, published_on = NEW.published_on,
          expires_on = NEW.expires_on, view_count = NEW.view_count, updated_at = NEW.updated_at
        WHERE asset_id = NEW.id;
      ELSE
        INSERT INTO asset_search (asset_id, status, visibility, format_id, buyer_stage_id, owner_id, published_on,
          expires_on, view_count, created_at, updated_at, term_ids, head, words)
        VALUES (NEW.id, NEW.status, NEW.visibility, NEW.format_id, NEW.buyer_stage_id, NEW.owner_id, NEW.published_on,
          NEW.expires_on, NEW.view_count, NEW.created_at, NEW.updated_at,
          coalesce((SELECT array_agg(term_id ORDER BY term_id) FROM asset_terms WHERE asset_id = NEW.id), '{}'),
          asset_search_head(NEW.title, NEW.summary), asset_search_words(NEW.title, NEW.summary, NEW.body))
        ON CONFLICT (asset_id) DO UPDATE SET status = EXCLUDED.status, visibility = EXCLUDED.visibility,
          format_id = EXCLUDED.format_id, buyer_stage_id = EXCLUDED.buyer_stage_id, owner_id = EXCLUDED.owner_id,
          published_on = EXCLUDED.published_on, expires_on = EXCLUDED.expires_on, view_count = EXCLUDED.view_count,
          updated_at = EXCLUDED.updated_at, head = EXCLUDED.head, words = EXCLUDED.words;
      END IF;
      RETURN NULL;
    END $$;

    CREATE OR REPLACE FUNCTION asset_search_terms_sync() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      target uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.asset_id ELSE NEW.asset_id END;
    BEGIN
      UPDATE asset_search s SET term_ids = linked.ids
      FROM (SELECT coalesce((SELECT array_agg(t.term_id ORDER BY t.term_id) FROM asset_terms t WHERE t.asset_id = target), '{}') AS ids) linked
      WHERE s.asset_id = target AND s.term_ids IS DISTINCT FROM linked.ids;
      RETURN NULL;
    END $$;

    DO $$
    BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = 'assets'::regclass AND tgname = 'assets_search_sync') THEN
        CREATE CONSTRAINT TRIGGER assets_search_sync AFTER INSERT OR UPDATE ON assets
          DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION asset_search_sync();
      END IF;
      IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = 'asset_terms'::regclass AND tgname = 'asset_terms_search_sync') THEN
        CREATE CONSTRAINT TRIGGER asset_terms_search_sync AFTER INSERT OR DELETE ON asset_terms
          DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION asset_search_terms_sync();
      END IF;
      IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = 'asset_search'::regclass AND tgname = 'asset_search_words_insert') THEN
        CREATE TRIGGER asset_search_words_insert AFTER INSERT ON asset_search
          REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION search_words_insert();
      END IF;
      IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = 'asset_search'::regclass AND tgname = 'asset_search_words_update') THEN
        CREATE TRIGGER asset_search_words_update AFTER UPDATE OF words ON asset_search
          FOR EACH ROW WHEN (OLD.words IS DISTINCT FROM NEW.words) EXECUTE FUNCTION search_words_update();
      END IF;
    END $$;
  `.execute(db);
}

/**
 * Nothing to undo: what this adds is what 0003 and 0005 already describe, and their downs remove
 * it. Putting a database back into its pre-edit shape would only recreate the gap.
 */
export async function down(_db: Kysely<unknown>): Promise<void> {}
