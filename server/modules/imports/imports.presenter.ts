import type { ImportRun } from '../../../shared/schemas/imports.ts';
import type { ImportRow } from './imports.repository.ts';

/** What leaves the server of an import: never the stored file itself. */
export function presentImport(row: ImportRow): ImportRun {
  return {
    id: row.id,
    kind: row.kind,
    fileName: row.file_name,
    dryRun: row.dry_run,
    state: row.state,
    phase: row.phase,
    done: row.done,
    total: row.total,
    result: row.result,
    error: row.error,
    createdAt: row.created_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
  };
}
