import { z } from 'zod';
import { textSchema } from './common.ts';
import { releaseImportResultSchema, releaseImportSchema } from './demos.ts';
import { importResultSchema } from './library.ts';

/** Library files, and a release (its files, for impact analysis). */
export const libraryImportKinds = ['csv', 'gitlab-resources', 'gitlab-webcasts'] as const;
export const importKinds = [...libraryImportKinds, 'release'] as const;
export type ImportKind = (typeof importKinds)[number];

export const importKindLabels: Record<ImportKind, string> = {
  csv: 'CSV (Showcase columns)',
  'gitlab-resources': 'GitLab resources.yml',
  'gitlab-webcasts': 'GitLab webcasts.yml',
  release: 'Release',
};

/** The largest file an import takes (the whole file travels in the JSON body). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

const startLibraryImportSchema = z.strictObject({
  kind: z.enum(libraryImportKinds).describe('What the file is'),
  content: textSchema()
    .min(1, 'is empty')
    .max(MAX_IMPORT_BYTES, `must be at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB`)
    .describe('The whole file as text'),
  fileName: textSchema().trim().max(255).optional().describe('Shown in the import history'),
  dryRun: z.boolean().default(false).describe('Check every entry, store nothing'),
});
const startReleaseImportSchema = z.strictObject({
  kind: z.literal('release'),
  release: releaseImportSchema.describe('The release, as `POST /api/releases/import` takes it'),
});
export const startImportSchema = z.discriminatedUnion('kind', [
  startLibraryImportSchema,
  startReleaseImportSchema,
]);
export type StartImportInput = z.infer<typeof startImportSchema>;

export const importStates = ['queued', 'running', 'succeeded', 'failed'] as const;

export const importSchema = z
  .object({
    id: z.string(),
    kind: z.enum(importKinds),
    fileName: z.string().nullable(),
    dryRun: z.boolean(),
    state: z.enum(importStates),
    phase: z.string().nullable().describe('What a running import is doing, in words'),
    done: z.number().describe('Entries (or changes) processed so far in this phase'),
    total: z.number().nullable().describe('Entries in the file (or changes in the release), once read'),
    result: z
      .union([importResultSchema, releaseImportResultSchema])
      .nullable()
      .describe('The report, once the import has finished: a library report, or a release import result'),
    error: z.string().nullable().describe('Why the import failed; nothing was stored then'),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .describe('An import running in the background, with its progress and, at the end, its report');
export type ImportRun = z.infer<typeof importSchema>;
