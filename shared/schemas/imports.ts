import { z } from 'zod';
import { importResultSchema } from './library.ts';

export const importKinds = ['csv', 'gitlab-resources', 'gitlab-webcasts'] as const;
export type ImportKind = (typeof importKinds)[number];

export const importKindLabels: Record<ImportKind, string> = {
  csv: 'CSV (Showcase columns)',
  'gitlab-resources': 'GitLab resources.yml',
  'gitlab-webcasts': 'GitLab webcasts.yml',
};

/** The largest file an import takes (the whole file travels in the JSON body). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export const startImportSchema = z.strictObject({
  kind: z.enum(importKinds).describe('What the file is'),
  content: z
    .string()
    .min(1, 'is empty')
    .max(MAX_IMPORT_BYTES, `must be at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB`)
    .describe('The whole file as text'),
  fileName: z.string().trim().max(255).optional().describe('Shown in the import history'),
  dryRun: z.boolean().default(false).describe('Check every entry, store nothing'),
});
export type StartImportInput = z.infer<typeof startImportSchema>;

export const importStates = ['queued', 'running', 'succeeded', 'failed'] as const;

export const importSchema = z
  .object({
    id: z.string(),
    kind: z.enum(importKinds),
    fileName: z.string().nullable(),
    dryRun: z.boolean(),
    state: z.enum(importStates),
    done: z.number().describe('Entries processed so far'),
    total: z.number().nullable().describe('Entries in the file, once read'),
    result: importResultSchema.nullable().describe('The report, once the import has finished'),
    error: z.string().nullable().describe('Why the import failed; nothing was stored then'),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .describe('An import running in the background, with its progress and, at the end, its report');
export type ImportRun = z.infer<typeof importSchema>;
