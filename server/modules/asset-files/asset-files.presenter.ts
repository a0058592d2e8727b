import type { AssetFile, SharedFile } from '../../../shared/schemas/asset-files.ts';
import { canWatermark } from './asset-files.watermark.ts';

interface FileRow {
  id: string;
  asset_id: string;
  filename: string;
  content_type: string;
  size: number;
  sha256: string;
  uploaded_by: string | null;
  uploader_name?: string | null;
  created_at: Date;
}

/** A file on an asset for the workspace; never its storage key. */
export function presentAssetFile(row: FileRow): AssetFile {
  return {
    id: row.id,
    assetId: row.asset_id,
    filename: row.filename,
    contentType: row.content_type,
    size: row.size,
    sha256: row.sha256,
    uploadedBy: row.uploaded_by ? { id: row.uploaded_by, name: row.uploader_name ?? 'Former user' } : null,
    createdAt: row.created_at.toISOString(),
  };
}

/** A file as a share link lists it: no uploader, hash, dates or storage key. */
export function presentSharedFile(row: FileRow, watermark: boolean): SharedFile {
  return {
    id: row.id,
    filename: row.filename,
    contentType: row.content_type,
    size: row.size,
    watermarked: watermark && canWatermark(row.content_type),
  };
}
