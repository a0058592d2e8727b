import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { Database } from './connect.ts';
import { migrateToLatest } from './migrate.ts';
import { openPGlite } from './pglite.ts';

/** Files of the embedded engine itself, never part of an old PGlite folder. */
const CURRENT_ENTRIES = new Set(['postgres', 'postgres.password', 'showcase.pid', 'files', 'pglite-backup']);
const BATCH = 500;

/** A data folder written by a Showcase whose embedded engine was PGlite (its cluster at the top level). */
export function hasLegacyPGlite(dataDir: string): boolean {
  return existsSync(join(dataDir, 'PG_VERSION')) && existsSync(join(dataDir, 'base'));
}

/**
 * Copies a PGlite data folder into the (new, migrated) embedded database, in one transaction, then
 * moves the old files to `<data>/pglite-backup`. Both sides are first migrated to the same
 * version, so every table and column matches; triggers are off during the copy because the
 * derived tables (search rows, lexicon) are copied as they are.
 */
export async function importLegacyPGlite(options: {
  dataDir: string;
  target: Database;
  log?: (line: string) => void;
}): Promise<{ tables: number; rows: number }> {
  const { dataDir, target } = options;
  const source = await openPGlite(dataDir);
  let rows = 0;
  let tables = 0;
  try {
    await migrateToLatest(source.db);
    await migrateToLatest(target.db);
    const names = await sql<{ name: string }>`
      SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname NOT LIKE 'kysely_migration%'
      AND c.relname <> 'library_changes'
      ORDER BY c.relname`.execute(source.db);
    await target.db.transaction().execute(async (trx) => {
      await sql`SET LOCAL session_replication_role = replica`.execute(trx);
      const list = names.rows.map((row) => sql.id(row.name));
      if (list.length) await sql`TRUNCATE ${sql.join(list)} CASCADE`.execute(trx);
      for (const { name } of names.rows) {
        const columns = await sql<{ column: string }>`
          SELECT attname AS column FROM pg_attribute
          WHERE attrelid = ${name}::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = ''
          ORDER BY attnum`.execute(source.db);
        const ids = sql.join(columns.rows.map((row) => sql.id(row.column)));
        for (let offset = 0; ; offset += BATCH) {
          const batch = await sql<{ data: string | null }>`
            SELECT json_agg(t)::text AS data FROM (
              SELECT ${ids} FROM ${sql.id(name)} ORDER BY ctid LIMIT ${BATCH} OFFSET ${offset}) t`.execute(
            source.db,
          );
          const data = batch.rows[0]?.data;
          if (!data) break;
          const result = await sql`
            INSERT INTO ${sql.id(name)} (${ids}) OVERRIDING SYSTEM VALUE
            SELECT ${ids} FROM json_populate_recordset(NULL::${sql.id(name)}, ${data}::json)`.execute(trx);
          rows += Number(result.numAffectedRows ?? 0);
        }
        tables++;
      }
      const sequences = await sql<{ name: string; value: number | null }>`
        SELECT sequencename AS name, last_value AS value FROM pg_sequences WHERE schemaname = 'public'`.execute(
        source.db,
      );
      for (const sequence of sequences.rows)
        if (sequence.value !== null)
          await sql`SELECT setval(${sequence.name}::regclass, ${sequence.value})`.execute(trx);
    });
  } finally {
    await source.close();
  }
  const backup = join(dataDir, 'pglite-backup');
  mkdirSync(backup, { recursive: true });
  for (const entry of readdirSync(dataDir))
    if (!CURRENT_ENTRIES.has(entry)) renameSync(join(dataDir, entry), join(backup, entry));
  options.log?.(
    `moved the previous embedded database (${rows} rows in ${tables} tables); its files are in ${backup}`,
  );
  return { tables, rows };
}
