import { type Kysely, sql } from 'kysely';

/**
 * Library search reads a narrow copy of each asset instead of the asset row itself.
 *
 * A search that matches a tenth of a 100,000-asset library visits 10,000 rows for its facet counts
 * and ranking. On `assets` each of those rows carries the body, links and a positional tsvector of
 * the whole body (about 1.6 kB a row, more than shared_buffers holds at that size); here a row is
 * the facet columns, the term ids as an array (no join per row), the title and summary words with
 * their weights and positions for ranking, and the body's words without positions for matching
 * (about 450 bytes). Triggers keep it in step with `assets` and `asset_terms`, so every write path
 * (editor, imports, expiry job, restore) updates it in the same transaction.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE asset_search (
      asset_id uuid PRIMARY KEY REFERENCES assets (id) ON DELETE CASCADE,
      status text NOT NULL,
      visibility text NOT NULL,
      format_id uuid,
      buyer_stage_id uuid,
      owner_id uuid,
      published_on date,
      expires_on date,
      view_count integer NOT NULL,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      term_ids uuid[] NOT NULL DEFAULT '{}',
      -- Title (weight A) and summary (B) with positions: what ts_rank reads.
      head tsvector NOT NULL,
      -- Every word of title, summary and body, stripped of positions: what @@ matches.
      words tsvector NOT NULL
    ) WITH (fillfactor = 90); -- room on each page for a view count to update in place (HOT)
    CREATE INDEX asset_search_words_idx ON asset_search USING gin (words);
    CREATE INDEX asset_search_updated_idx ON asset_search (updated_at DESC);

    -- Every word (as its stem) the library has used: typo tolerance looks a query word up here by
    -- trigram similarity, then searches for the words it finds through the words index above.
    CREATE TABLE search_words (word text COLLATE "C" PRIMARY KEY);
    CREATE INDEX search_words_trgm_idx ON search_words USING gin (word gin_trgm_ops);

    CREATE FUNCTION search_words_insert() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO search_words (word) SELECT DISTINCT unnest(tsvector_to_array(words)) FROM changed
      ON CONFLICT DO NOTHING;
      RETURN NULL;
    END $$;
    -- Once per statement for inserts (an import adds thousands of assets in one), once per row
    -- whose words changed for updates (a view or a status change leaves the words alone).
    CREATE TRIGGER asset_search_words_insert AFTER INSERT ON asset_search
      REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION search_words_insert();
    CREATE FUNCTION search_words_update() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO search_words (word) SELECT unnest(tsvector_to_array(NEW.words)) ON CONFLICT DO NOTHING;
      RETURN NULL;
    END $$;
    CREATE TRIGGER asset_search_words_update AFTER UPDATE OF words ON asset_search
      FOR EACH ROW WHEN (OLD.words IS DISTINCT FROM NEW.words) EXECUTE FUNCTION search_words_update();

    CREATE FUNCTION asset_search_head(title text, summary text) RETURNS tsvector
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', summary), 'B') $$;

    CREATE FUNCTION asset_search_words(title text, summary text, body text) RETURNS tsvector
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT strip(to_tsvector('english', title || ' ' || summary || ' ' || left(body, 200000))) $$;

    -- Deferred to commit: by then an asset saved with its terms is complete, so the search row is
    -- written once rather than once for the asset and again for its terms.
    CREATE FUNCTION asset_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
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
    CREATE CONSTRAINT TRIGGER assets_search_sync AFTER INSERT OR UPDATE ON assets
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION asset_search_sync();

    -- Also deferred; writes only when the asset's terms differ from what its search row holds.
    CREATE FUNCTION asset_search_terms_sync() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      target uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.asset_id ELSE NEW.asset_id END;
    BEGIN
      UPDATE asset_search s SET term_ids = linked.ids
      FROM (SELECT coalesce((SELECT array_agg(t.term_id ORDER BY t.term_id) FROM asset_terms t WHERE t.asset_id = target), '{}') AS ids) linked
      WHERE s.asset_id = target AND s.term_ids IS DISTINCT FROM linked.ids;
      RETURN NULL;
    END $$;
    CREATE CONSTRAINT TRIGGER asset_terms_search_sync AFTER INSERT OR DELETE ON asset_terms
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION asset_search_terms_sync();

    INSERT INTO asset_search (asset_id, status, visibility, format_id, buyer_stage_id, owner_id, published_on,
      expires_on, view_count, created_at, updated_at, term_ids, head, words)
    SELECT a.id, a.status, a.visibility, a.format_id, a.buyer_stage_id, a.owner_id, a.published_on, a.expires_on,
      a.view_count, a.created_at, a.updated_at,
      coalesce((SELECT array_agg(term_id ORDER BY term_id) FROM asset_terms WHERE asset_id = a.id), '{}'),
      asset_search_head(a.title, a.summary), asset_search_words(a.title, a.summary, a.body)
    FROM assets a;

    -- The asset row no longer carries a tsvector of its body, nor the indexes search used to read.
    DROP INDEX assets_search_idx;
    DROP INDEX assets_title_trgm_idx;
    DROP INDEX assets_facets_idx;
    ALTER TABLE assets DROP COLUMN search;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TRIGGER asset_terms_search_sync ON asset_terms;
    DROP TRIGGER assets_search_sync ON assets;
    DROP FUNCTION asset_search_terms_sync();
    DROP FUNCTION asset_search_sync();
    DROP TRIGGER asset_search_words_update ON asset_search;
    DROP TRIGGER asset_search_words_insert ON asset_search;
    DROP TABLE asset_search;
    DROP FUNCTION search_words_update();
    DROP FUNCTION search_words_insert();
    DROP TABLE search_words;
    DROP FUNCTION asset_search_words(text, text, text);
    DROP FUNCTION asset_search_head(text, text);
    ALTER TABLE assets ADD COLUMN search tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector('english', title), 'A') ||
      setweight(to_tsvector('english', summary), 'B') ||
      setweight(to_tsvector('english', left(body, 200000)), 'C')
    ) STORED;
    CREATE INDEX assets_search_idx ON assets USING gin (search);
    CREATE INDEX assets_title_trgm_idx ON assets USING gin (title gin_trgm_ops);
    CREATE INDEX assets_facets_idx ON assets (status) INCLUDE (id, format_id, buyer_stage_id, owner_id, visibility, expires_on);
  `.execute(db);
}
