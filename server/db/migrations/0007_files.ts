import { type Kysely, sql } from 'kysely';

/**
 * Request attachments leave the database for file storage (server/storage).
 *
 * A migration cannot reach the storage (migrations run with nothing but the database, also from
 * the CLI and the test templates), so this one makes room and the move happens in the app:
 * `storage_key` and `sha256` say where a file lives, `data` may be NULL, and exactly one of `data`
 * and `storage_key` is set. At start-up `moveAttachmentsToStorage` (attachments.service.ts) moves
 * the remaining bytea rows in batches, one file in memory at a time, and a download moves its row
 * first if start-up has not reached it yet. Afterwards `data` is NULL in every row.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE request_attachments
      ADD COLUMN storage_key text UNIQUE,
      ADD COLUMN sha256 text CHECK (sha256 ~ '^[0-9a-f]{64}$'),
      ALTER COLUMN data DROP NOT NULL;
    ALTER TABLE request_attachments
      ADD CONSTRAINT request_attachments_stored_once CHECK ((data IS NULL) = (storage_key IS NOT NULL)),
      ADD CONSTRAINT request_attachments_hashed CHECK (storage_key IS NULL OR sha256 IS NOT NULL);
    CREATE INDEX request_attachments_in_database_idx ON request_attachments (id) WHERE data IS NOT NULL;
  `.execute(db);
}

/**
 * Back to bytea rows. Files already in storage cannot be brought back by a migration, so going
 * down is refused while any attachment lives only there.
 */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM request_attachments WHERE data IS NULL) THEN
        RAISE EXCEPTION 'request attachments are in file storage; the schema before 0007_files can only hold them as bytea rows';
      END IF;
    END
    $$;
    DROP INDEX request_attachments_in_database_idx;
    ALTER TABLE request_attachments
      DROP CONSTRAINT request_attachments_hashed,
      DROP CONSTRAINT request_attachments_stored_once,
      DROP COLUMN sha256,
      DROP COLUMN storage_key,
      ALTER COLUMN data SET NOT NULL;
  `.execute(db);
}
