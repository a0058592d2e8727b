import { type Kysely, sql } from 'kysely';

/**
 * Files on library assets (modules/asset-files): the bytes live in file storage under
 * `storage_key` (`asset-files/<id>`), the row says what they are. A share link may serve them to
 * outsiders, and `share_links.watermark` asks for the recipient's email burned into served images
 * and PDFs.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE asset_files (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      asset_id uuid NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
      filename text NOT NULL,
      content_type text NOT NULL,
      size integer NOT NULL CHECK (size >= 0),
      sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
      storage_key text NOT NULL UNIQUE,
      uploaded_by uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX asset_files_asset_idx ON asset_files (asset_id, created_at);
    ALTER TABLE share_links ADD COLUMN watermark boolean NOT NULL DEFAULT false;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE share_links DROP COLUMN watermark;
    DROP TABLE asset_files;
  `.execute(db);
}
