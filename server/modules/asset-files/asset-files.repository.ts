import type { Database } from '../../db/connect.ts';

type Db = Database['db'];

const listed = [
  'id',
  'asset_id',
  'filename',
  'content_type',
  'size',
  'sha256',
  'uploaded_by',
  'created_at',
] as const;

export function insertAssetFile(
  db: Db,
  file: {
    id: string;
    assetId: string;
    filename: string;
    contentType: string;
    size: number;
    sha256: string;
    storageKey: string;
    uploadedBy: string;
    createdAt: Date;
  },
) {
  return db
    .insertInto('asset_files')
    .values({
      id: file.id,
      asset_id: file.assetId,
      filename: file.filename,
      content_type: file.contentType,
      size: file.size,
      sha256: file.sha256,
      storage_key: file.storageKey,
      uploaded_by: file.uploadedBy,
      created_at: file.createdAt,
    })
    .returning(listed)
    .executeTakeFirstOrThrow();
}

/** An asset's files, oldest first, with the uploader's name. */
export function listAssetFileRows(db: Db, assetId: string) {
  return db
    .selectFrom('asset_files')
    .leftJoin('users', 'users.id', 'asset_files.uploaded_by')
    .select(listed.map((column) => `asset_files.${column}` as const))
    .select('users.name as uploader_name')
    .where('asset_files.asset_id', '=', assetId)
    .orderBy('asset_files.created_at')
    .orderBy('asset_files.id')
    .execute();
}

/** One file of an asset and where it lives. */
export function findAssetFileRow(db: Db, assetId: string, id: string) {
  return db
    .selectFrom('asset_files')
    .select([...listed, 'storage_key'])
    .where('asset_id', '=', assetId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Deletes one file's row; answers its storage key, or undefined when there was none. */
export async function deleteAssetFileRow(db: Db, assetId: string, id: string) {
  const row = await db
    .deleteFrom('asset_files')
    .where('asset_id', '=', assetId)
    .where('id', '=', id)
    .returning(['storage_key', 'filename'])
    .executeTakeFirst();
  return row;
}
