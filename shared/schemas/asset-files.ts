import { z } from 'zod';

/** A file on a library asset, as the workspace sees it. */
export const assetFileSchema = z.object({
  id: z.string(),
  assetId: z.string(),
  filename: z.string().describe('The name it was uploaded under (made safe, at most 200 characters)'),
  contentType: z.string().describe('Identified from the content, not from the name'),
  size: z.number().int().describe('Bytes'),
  sha256: z.string().describe('Hex SHA-256 of the stored bytes'),
  uploadedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  createdAt: z.string(),
});
export type AssetFile = z.infer<typeof assetFileSchema>;

export const assetFileListSchema = z.object({
  files: z.array(assetFileSchema),
  maxBytes: z.number().int().describe('The largest file an upload may be'),
});

/** A file as a share link offers it: name, type and size only. */
export const sharedFileSchema = z.object({
  id: z.string(),
  filename: z.string(),
  contentType: z.string(),
  size: z.number().int().describe('Bytes as stored (a watermarked copy may differ)'),
  watermarked: z.boolean().describe("Whether the served copy carries the recipient's email"),
});
export type SharedFile = z.infer<typeof sharedFileSchema>;
