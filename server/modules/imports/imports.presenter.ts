import type { Selectable } from 'kysely';
import type { ImportRun } from '../../../shared/schemas/imports.ts';
import type { ImportsTable } from '../../db/schema.ts';

/** What leaves the server of an import: never the stored file itself. */
export function presentImport(row: Selectable<ImportsTable>): ImportRun {
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
