import type { ImportKind } from '../../../shared/schemas/imports.ts';
import type { Database } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import { itemsFromCsv, loadCsvLookups, parseCsv } from './library.csv.ts';
import { itemsFromGitlabResources, itemsFromGitlabWebcasts } from './library.gitlab.ts';
import type { ImportItem } from './library.import.ts';

/**
 * Reads an import file of any kind into import items; the one reader behind the API, the
 * background imports and the CLI. A file that cannot be read at all is a 422 naming `content`;
 * problems of single rows travel with their items.
 */
export async function readImportFile(options: {
  db: Database['db'];
  kind: ImportKind;
  text: string;
}): Promise<{ items: ImportItem[]; warnings: string[] }> {
  const lookups = await loadCsvLookups(options.db);
  if (options.kind === 'csv') {
    const parsed = parseCsv(options.text);
    if (parsed.rows.length === 0)
      throw new AppError('validation_failed', 'The CSV file has no rows', {
        fields: { content: 'has no rows under its header' },
      });
    return { items: itemsFromCsv(parsed.rows, lookups), warnings: parsed.errors };
  }
  const parsed =
    options.kind === 'gitlab-resources'
      ? await itemsFromGitlabResources(options.text, lookups)
      : await itemsFromGitlabWebcasts(options.text, lookups);
  if (parsed.error)
    throw new AppError('validation_failed', parsed.error, { fields: { content: parsed.error } });
  return { items: parsed.items, warnings: [] };
}
