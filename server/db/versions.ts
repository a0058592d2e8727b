import { type Kysely, sql } from 'kysely';
import { AppError } from '../errors.ts';
import type { DB } from './schema.ts';

/**
 * Optimistic concurrency, in one place. Every editable record counts its user edits; a write
 * that names the version it read (`If-Match`) bumps the count only if it is still that version,
 * in one UPDATE — `SET version = version + 1 WHERE id = $1 AND version = ANY($2)` — which also
 * takes the row's lock for the rest of the writer's transaction. Two writers with the same
 * version: the second waits on that lock, PostgreSQL re-checks its WHERE against the first's
 * committed row, finds the version moved and updates nothing, so it answers 412.
 *
 * Services call `bumpVersion` inside the transaction that makes the edit, before the edit, so a
 * stale write changes nothing. Background work (view counts, flags, jobs) never calls it.
 */
const versioned = {
  assets: { key: 'id', column: 'edit_version' },
  demos: { key: 'asset_id', column: 'version' },
  click_through_settings: { key: 'demo_id', column: 'version' },
  requests: { key: 'id', column: 'version' },
  workspace: { key: 'id', column: 'version' },
  terms: { key: 'id', column: 'version' },
  teams: { key: 'id', column: 'version' },
  product_stages: { key: 'id', column: 'version' },
  product_categories: { key: 'id', column: 'version' },
  product_features: { key: 'id', column: 'version' },
  webhooks: { key: 'id', column: 'version' },
  users: { key: 'id', column: 'version' },
  team_members: { key: 'id', column: 'version' },
  objectives: { key: 'id', column: 'version' },
  key_results: { key: 'id', column: 'version' },
  plan_entries: { key: 'id', column: 'version' },
  plan_events: { key: 'id', column: 'version' },
} as const satisfies Record<string, { key: string; column: string }>;

export type VersionedTable = keyof typeof versioned;

/** The versions a write may start from (what its If-Match names); undefined: any. */
export type ExpectedVersion = readonly number[] | undefined;

export function versionConflict(): AppError {
  return new AppError(
    'version_conflict',
    'Someone else saved this while you were editing; what is stored now comes with this answer',
  );
}

/** Throws version_conflict when `current` is not a version the write expects. */
export function checkVersion(current: number, expected: ExpectedVersion): void {
  if (expected && !expected.includes(current)) throw versionConflict();
}

/**
 * Counts one user edit of a record: its new version, or undefined when there is no such record.
 * Throws version_conflict (changing nothing) when the record has moved past `expected`.
 */
export async function bumpVersion(
  db: Kysely<DB>,
  table: VersionedTable,
  id: string | number,
  expected: ExpectedVersion,
): Promise<number | undefined> {
  const { key, column } = versioned[table];
  const matches = expected ? sql`AND ${sql.ref(column)} = ANY(${sql.val([...expected])}::int[])` : sql``;
  const { rows } = await sql<{ version: number }>`
    UPDATE ${sql.table(table)} SET ${sql.ref(column)} = ${sql.ref(column)} + 1
    WHERE ${sql.ref(key)} = ${id} ${matches}
    RETURNING ${sql.ref(column)} AS version`.execute(db);
  if (rows[0]) return rows[0].version;
  if (!expected) return undefined;
  const { rows: found } = await sql`SELECT 1 FROM ${sql.table(table)} WHERE ${sql.ref(key)} = ${id}`.execute(
    db,
  );
  if (found.length > 0) throw versionConflict();
  return undefined;
}
