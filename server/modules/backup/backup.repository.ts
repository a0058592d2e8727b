import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';

type Db = Kysely<DB>;

/**
 * A table of the workspace as the catalog describes it (the migrations' own tables excluded, and
 * the library change counter: it is cache bookkeeping, and the restore's own writes move it).
 */
export interface TableInfo {
  name: string;
  columns: { name: string; type: string }[];
  /** Primary-key columns, in key order (every column when a table has no primary key). */
  primaryKey: string[];
}

export interface ForeignKey {
  table: string;
  columns: string[];
  references: string;
}

export interface SequenceInfo {
  table: string;
  column: string;
  /** The sequence's last value (as text: it is a bigint), null when never used. */
  value: string | null;
}

/**
 * Columns that hold a storage key: the files a backup carries. A module that keeps files in the
 * Storage adds its column here.
 */
export const fileReferences = [
  { table: 'request_attachments', column: 'storage_key' },
  { table: 'asset_files', column: 'storage_key' },
  { table: 'click_through_steps', column: 'image_key' },
  { table: 'click_through_version_images', column: 'storage_key' },
] as const;

/** Every table of the public schema but Kysely's migration bookkeeping, with columns and key. */
export async function listTables(db: Db): Promise<TableInfo[]> {
  const { rows } = await sql<{
    name: string;
    columns: { name: string; type: string }[];
    key: string[] | null;
  }>`
    SELECT c.relname AS name,
      (SELECT json_agg(json_build_object('name', a.attname, 'type', format_type(a.atttypid, a.atttypmod))
         ORDER BY a.attnum)
       FROM pg_attribute a
       WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '') AS columns,
      (SELECT array_agg(a.attname::text ORDER BY k.ord)
       FROM pg_index i
       CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
       WHERE i.indrelid = c.oid AND i.indisprimary) AS key
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname NOT LIKE 'kysely_migration%'
      AND c.relname <> 'library_changes'
    ORDER BY c.relname`.execute(db);
  return rows.map((row) => ({
    name: row.name,
    columns: row.columns,
    primaryKey: row.key ?? row.columns.map((column) => column.name),
  }));
}

/** The foreign keys between tables of the public schema. */
export async function listForeignKeys(db: Db): Promise<ForeignKey[]> {
  const { rows } = await sql<ForeignKey>`
    SELECT c.conrelid::regclass::text AS table, c.confrelid::regclass::text AS references,
      (SELECT array_agg(a.attname::text ORDER BY k.ord)
       FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS columns
    FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
    WHERE c.contype = 'f' AND n.nspname = 'public'
    ORDER BY 1, 2, 3`.execute(db);
  return rows;
}

/** Sequences owned by a column (serial and identity columns) with their current values. */
export async function listSequences(db: Db): Promise<SequenceInfo[]> {
  const { rows } = await sql<SequenceInfo>`
    SELECT t.relname AS table, a.attname AS column, s.last_value::text AS value
    FROM pg_sequences s
    JOIN pg_class q ON q.relname = s.sequencename
    JOIN pg_namespace n ON n.oid = q.relnamespace AND n.nspname = s.schemaname
    JOIN pg_depend d ON d.objid = q.oid AND d.classid = 'pg_class'::regclass
      AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
    JOIN pg_class t ON t.oid = d.refobjid
    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
    WHERE s.schemaname = 'public'
    ORDER BY 1, 2`.execute(db);
  return rows;
}

/** The last migration applied, or null when none is (or Kysely's table does not exist yet). */
export async function lastMigration(db: Db): Promise<string | null> {
  const exists = await sql<{
    found: string | null;
  }>`SELECT to_regclass('public.kysely_migration')::text AS found`.execute(db);
  if (!exists.rows[0]?.found) return null;
  const { rows } = await sql<{ name: string | null }>`SELECT max(name) AS name FROM kysely_migration`.execute(
    db,
  );
  return rows[0]?.name ?? null;
}

/** PostgreSQL's version string (server_version). */
export async function serverVersion(db: Db): Promise<string> {
  const { rows } = await sql<{
    version: string;
  }>`SELECT current_setting('server_version') AS version`.execute(db);
  return rows[0]?.version ?? 'unknown';
}

/** Timestamps in this transaction's JSON are written in UTC (`…+00:00`). */
export async function useUtc(trx: Db): Promise<void> {
  await sql`SET LOCAL TIME ZONE 'UTC'`.execute(trx);
}

/**
 * Reads a table's rows in primary-key order as JSON lines made by PostgreSQL itself (timestamps in
 * ISO 8601, json as json, arrays as arrays, bytea as base64), `batch` rows at a time through a
 * cursor of the caller's transaction, so a table never sits whole in memory.
 */
export async function* readTableLines(trx: Db, table: TableInfo, batch: number): AsyncGenerator<string[]> {
  const columns = sql.join(
    table.columns.map((column) =>
      column.type === 'bytea'
        ? sql`translate(encode(${sql.id(column.name)}, 'base64'), E'\n', '') AS ${sql.id(column.name)}`
        : sql.id(column.name),
    ),
  );
  const order = sql.join(table.primaryKey.map((column) => sql.id(column)));
  await sql`DECLARE showcase_backup NO SCROLL CURSOR FOR
    SELECT row_to_json(x)::text AS line
    FROM (SELECT ${columns} FROM ${sql.id(table.name)} ORDER BY ${order}) x`.execute(trx);
  try {
    for (;;) {
      const { rows } = await sql<{
        line: string;
      }>`FETCH FORWARD ${sql.lit(batch)} FROM showcase_backup`.execute(trx);
      if (rows.length === 0) return;
      yield rows.map((row) => row.line);
    }
  } finally {
    await sql`CLOSE showcase_backup`.execute(trx);
  }
}

/** The storage keys the rows reference, in key order (within the caller's snapshot). */
export async function listFileKeys(trx: Db): Promise<{ key: string; table: string }[]> {
  const keys: { key: string; table: string }[] = [];
  for (const reference of fileReferences) {
    // An archive of a database at an older migration has no table for a later module's files.
    const { rows: present } = await sql<{ present: boolean }>`
      SELECT to_regclass(${`public.${reference.table}`}) IS NOT NULL AS present`.execute(trx);
    if (!present[0]?.present) continue;
    const { rows } = await sql<{ key: string }>`
      SELECT DISTINCT ${sql.id(reference.column)} AS key FROM ${sql.id(reference.table)}
      WHERE ${sql.id(reference.column)} IS NOT NULL ORDER BY 1`.execute(trx);
    for (const row of rows) keys.push({ key: row.key, table: reference.table });
  }
  return keys;
}

/** The tables that hold at least one row, with their counts. */
export async function nonEmptyTables(
  db: Db,
  tables: readonly string[],
): Promise<{ table: string; rows: number }[]> {
  const found: { table: string; rows: number }[] = [];
  for (const table of tables) {
    const { rows } = await sql<{ rows: number }>`SELECT count(*)::int AS rows FROM ${sql.id(table)}`.execute(
      db,
    );
    const count = rows[0]?.rows ?? 0;
    if (count > 0) found.push({ table, rows: count });
  }
  return found;
}

/** Empties every table named (in one statement, so foreign keys between them do not matter). */
export async function truncateTables(db: Db, tables: readonly string[]): Promise<void> {
  if (tables.length === 0) return;
  await sql`TRUNCATE ${sql.join(tables.map((table) => sql.id(table)))} CASCADE`.execute(db);
}

/**
 * Inserts a batch of a table's JSON lines (`json` is a JSON array of them). Columns in `deferred`
 * are left NULL (they point at rows not inserted yet; `keepDeferred` saved their values). Rows a
 * trigger already wrote (the derived search tables) are skipped. Returns the rows inserted.
 */
export async function insertRows(
  trx: Db,
  table: TableInfo,
  deferred: readonly string[],
  json: string,
): Promise<number> {
  const names = sql.join(table.columns.map((column) => sql.id(column.name)));
  const values = sql.join(
    table.columns.map((column) =>
      deferred.includes(column.name)
        ? sql`NULL`
        : column.type === 'bytea'
          ? sql`decode(e->>${column.name}, 'base64')`
          : sql`r.${sql.id(column.name)}`,
    ),
  );
  const result = await sql`
    INSERT INTO ${sql.id(table.name)} (${names}) OVERRIDING SYSTEM VALUE
    SELECT ${values}
    FROM json_array_elements(${json}::json) e, LATERAL json_populate_record(NULL::${sql.id(table.name)}, e) r
    ON CONFLICT DO NOTHING`.execute(trx);
  return Number(result.numAffectedRows ?? 0);
}

const deferredTable = (table: TableInfo) => sql.id(`showcase_restore_${table.name}`);

/** A temporary table (dropped at commit) for the values of a table's deferred columns. */
export async function createDeferredTable(trx: Db, table: TableInfo, deferred: readonly string[]) {
  const columns = sql.join([...table.primaryKey, ...deferred].map((column) => sql.id(column)));
  await sql`CREATE TEMP TABLE ${deferredTable(table)} ON COMMIT DROP AS
    SELECT ${columns} FROM ${sql.id(table.name)} WITH NO DATA`.execute(trx);
}

/** Keeps the deferred columns' values of a batch (rows where one is set) for `applyDeferred`. */
export async function keepDeferred(trx: Db, table: TableInfo, deferred: readonly string[], json: string) {
  const columns = [...table.primaryKey, ...deferred];
  const anySet = sql.join(
    deferred.map((column) => sql`r.${sql.id(column)} IS NOT NULL`),
    sql` OR `,
  );
  await sql`INSERT INTO ${deferredTable(table)} (${sql.join(columns.map((column) => sql.id(column)))})
    SELECT ${sql.join(columns.map((column) => sql`r.${sql.id(column)}`))}
    FROM json_array_elements(${json}::json) e, LATERAL json_populate_record(NULL::${sql.id(table.name)}, e) r
    WHERE ${anySet}`.execute(trx);
}

/** Sets the deferred columns from what `keepDeferred` saved, now that every row exists. */
export async function applyDeferred(trx: Db, table: TableInfo, deferred: readonly string[]) {
  const set = sql.join(deferred.map((column) => sql`${sql.id(column)} = d.${sql.id(column)}`));
  const match = sql.join(
    table.primaryKey.map((column) => sql`t.${sql.id(column)} = d.${sql.id(column)}`),
    sql` AND `,
  );
  await sql`UPDATE ${sql.id(table.name)} t SET ${set} FROM ${deferredTable(table)} d WHERE ${match}`.execute(
    trx,
  );
}

/** Moves a column's sequence past both the value it had at backup and every restored row. */
export async function advanceSequence(trx: Db, sequence: SequenceInfo): Promise<void> {
  await sql`
    SELECT setval(pg_get_serial_sequence(${sequence.table}, ${sequence.column}), v, true)
    FROM (SELECT greatest(${sequence.value}::bigint, max(${sql.id(sequence.column)})::bigint) AS v
          FROM ${sql.id(sequence.table)}) s
    WHERE v IS NOT NULL`.execute(trx);
}
