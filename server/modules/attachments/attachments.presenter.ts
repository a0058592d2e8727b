import type { Attachment } from '../../../shared/schemas/attachments.ts';

export function presentAttachment(row: {
  id: string;
  filename: string;
  content_type: string;
  size: number;
  created_at: Date;
}): Attachment {
  return {
    id: row.id,
    filename: row.filename,
    contentType: row.content_type,
    size: row.size,
    createdAt: row.created_at.toISOString(),
  };
}
