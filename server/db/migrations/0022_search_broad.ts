import { type Kysely, sql } from 'kysely';

/**
 * Search on a library where every word is common (see ARCHITECTURE.md, "The library").
 *
 * - A counted view no longer rewrites the asset's search row: a search row rewritten off its page
 *   re-enters its ~150 word entries into the GIN index, and views were most of the library's
 *   writes. The row's `view_count` (a ranking input) is refreshed in bulk by the hourly
 *   `refresh-search-views` job; what a search shows and sorts by most viewed is the live count.
 * - `library_changes` is one counter that every change to what a search can return moves (search
 *   rows, list membership). The search result cache keeps an answer only while the counter is
 *   where it was when the answer was computed, so several app instances on one server agree. It
 *   is moved once per transaction, at commit (deferred), so a long import holds its row lock for
 *   no longer than its commit.
 * - `search_edit_distance` is the optimal string alignment distance (Damerau–Levenshtein where an
 *   adjacent transposition is one edit): typo candidates are ranked by it. fuzzystrmatch's
 *   `levenshtein_less_equal` (C, on the embedded engine and servers alike) narrows the lexicon first.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

    CREATE FUNCTION search_edit_distance(a text, b text) RETURNS integer
      LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
    DECLARE
      la integer := length(a);
      lb integer := length(b);
      previous integer[];
      current integer[];
      before integer[];
      cost integer;
    BEGIN
      IF la = 0 THEN RETURN lb; END IF;
      IF lb = 0 THEN RETURN la; END IF;
      -- Three rows of the matrix, indexed from 0: the one before the previous is what a transposition reads.
      previous := array_fill(0, ARRAY[lb + 1], ARRAY[0]);
      FOR j IN 0..lb LOOP previous[j] := j; END LOOP;
      before := previous;
      FOR i IN 1..la LOOP
        current := array_fill(0, ARRAY[lb + 1], ARRAY[0]);
        current[0] := i;
        FOR j IN 1..lb LOOP
          cost := CASE WHEN substr(a, i, 1) = substr(b, j, 1) THEN 0 ELSE 1 END;
          current[j] := least(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
          IF i > 1 AND j > 1 AND substr(a, i, 1) = substr(b, j - 1, 1) AND substr(a, i - 1, 1) = substr(b, j, 1) THEN
            current[j] := least(current[j], before[j - 2] + 1);
          END IF;
        END LOOP;
        before := previous;
        previous := current;
      END LOOP;
      RETURN previous[lb];
    END $$;

    CREATE TABLE library_changes (
      id boolean PRIMARY KEY DEFAULT true CHECK (id),
      counter bigint NOT NULL DEFAULT 0,
      -- The last transaction that moved the counter: it moves once per transaction.
      changed_by xid8
    );
    INSERT INTO library_changes (id) VALUES (true);

    CREATE FUNCTION library_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE library_changes SET counter = counter + 1, changed_by = pg_current_xact_id()
      WHERE changed_by IS DISTINCT FROM pg_current_xact_id();
      RETURN NULL;
    END $$;
    -- Search rows are written at commit already (deferred triggers on assets and asset_terms).
    CREATE TRIGGER asset_search_library_changed AFTER INSERT OR UPDATE OR DELETE ON asset_search
      FOR EACH STATEMENT EXECUTE FUNCTION library_changed();
    -- List membership (the list filter) is written mid-transaction: count it at commit.
    CREATE CONSTRAINT TRIGGER list_items_library_changed AFTER INSERT OR UPDATE OR DELETE ON list_items
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION library_changed();

    CREATE OR REPLACE FUNCTION asset_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NOT EXISTS (SELECT 1 FROM assets WHERE id = NEW.id) THEN
        RETURN NULL; -- created and deleted in the same transaction
      ELSIF TG_OP = 'UPDATE' AND NEW.status = OLD.status AND NEW.visibility = OLD.visibility
        AND NEW.format_id IS NOT DISTINCT FROM OLD.format_id AND NEW.buyer_stage_id IS NOT DISTINCT FROM OLD.buyer_stage_id
        AND NEW.owner_id IS NOT DISTINCT FROM OLD.owner_id AND NEW.published_on IS NOT DISTINCT FROM OLD.published_on
        AND NEW.expires_on IS NOT DISTINCT FROM OLD.expires_on AND NEW.updated_at = OLD.updated_at
        AND NEW.title = OLD.title AND NEW.summary = OLD.summary AND NEW.body = OLD.body THEN
        RETURN NULL; -- a counted view: the search row is left alone
      ELSIF TG_OP = 'UPDATE' AND NEW.title = OLD.title AND NEW.summary = OLD.summary AND NEW.body = OLD.body THEN
        -- A status change or a new owner: the words are unchanged, skip re-parsing them.
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
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
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
    DROP TRIGGER list_items_library_changed ON list_items;
    DROP TRIGGER asset_search_library_changed ON asset_search;
    DROP FUNCTION library_changed();
    DROP TABLE library_changes;
    DROP FUNCTION search_edit_distance(text, text);
    DROP EXTENSION IF EXISTS fuzzystrmatch;
  `.execute(db);
}
