import { formatBytes } from '../../storage/storage.ts';
import type { Manifest } from './backup.format.ts';

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

/** What an archive holds, in the lines the CLI prints (after a backup, a verify or a restore). */
export function describeBackup(manifest: Manifest): string[] {
  const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
  const bytes = manifest.files.reduce((sum, file) => sum + file.size, 0);
  const biggest = [...manifest.tables]
    .sort((a, b) => b.rows - a.rows || a.name.localeCompare(b.name))
    .slice(0, 5)
    .filter((table) => table.rows > 0)
    .map((table) => `${table.name} ${table.rows.toLocaleString('en')}`);
  return [
    `Made ${manifest.createdAt} by Showcase ${manifest.showcaseVersion} from the ${manifest.source.engine} database (PostgreSQL ${manifest.source.postgres}), at migration ${manifest.migration ?? 'none'}.`,
    `${plural(manifest.tables.length, 'table')}, ${plural(rows, 'row')}${biggest.length ? ` (most: ${biggest.join(', ')})` : ''}.`,
    `${plural(manifest.files.length, 'stored file')}, ${formatBytes(bytes)}.`,
  ];
}
