import { z } from 'zod';

export const attachmentSchema = z.object({
  id: z.string(),
  filename: z.string().describe('The name it was uploaded under (made safe, at most 200 characters)'),
  contentType: z.string().describe('Identified from the content, not from the name'),
  size: z.number().describe('Bytes'),
  createdAt: z.string(),
});
export type Attachment = z.infer<typeof attachmentSchema>;
