import { sql } from 'kysely';
import type { Database } from '../../db/connect.ts';
import type { TeamMemberRow, TeamRow, TermRow } from '../../db/schema.ts';

type Db = Database['db'];

/**
 * Every column that points at a term, with a label for "in use" messages. A module that stores a
 * term id adds its column here, so usage counts and delete refusals stay correct.
 */
export const termReferences = [
  { table: 'terms', column: 'parent_id', label: 'use case' },
  { table: 'deliverable_type_formats', column: 'format_id', label: 'deliverable type' },
  { table: 'team_member_areas', column: 'term_id', label: 'team member area' },
  { table: 'assets', column: 'format_id', label: 'library asset' },
  { table: 'assets', column: 'deliverable_type_id', label: 'library asset' },
  { table: 'assets', column: 'buyer_stage_id', label: 'library asset' },
  { table: 'asset_terms', column: 'term_id', label: 'library asset' },
  { table: 'requests', column: 'deliverable_type_id', label: 'request' },
  { table: 'requests', column: 'solution_id', label: 'request' },
  { table: 'requests', column: 'use_case_id', label: 'request' },
  { table: 'request_terms', column: 'term_id', label: 'request' },
  { table: 'plan_entries', column: 'format_id', label: 'plan entry' },
  { table: 'plan_entries', column: 'solution_id', label: 'plan entry' },
] as const;

/** Every column that points at a requesting team. */
export const teamReferences: readonly { table: string; column: string; label: string }[] = [
  { table: 'requests', column: 'team_id', label: 'request' },
];

/** How many records point at each given id, per kind of reference. */
async function countReferences(
  db: Db,
  references: readonly { table: string; column: string; label: string }[],
  ids: string[],
): Promise<Map<string, Map<string, number>>> {
  const usage = new Map<string, Map<string, number>>();
  if (ids.length === 0 || references.length === 0) return usage;
  const parts = references.map(
    (ref) =>
      sql`SELECT ${sql.ref(ref.column)}::text AS id, ${ref.label}::text AS label, count(*)::int AS count
          FROM ${sql.table(ref.table)} WHERE ${sql.ref(ref.column)} = ANY(${sql.val(ids)}::uuid[]) GROUP BY 1`,
  );
  const { rows } = await sql<{
    id: string;
    label: string;
    count: number;
  }>`${sql.join(parts, sql` UNION ALL `)}`.execute(db);
  for (const row of rows) {
    const byLabel = usage.get(row.id) ?? new Map<string, number>();
    byLabel.set(row.label, (byLabel.get(row.label) ?? 0) + Number(row.count));
    usage.set(row.id, byLabel);
  }
  return usage;
}

export function termUsage(db: Db, ids: string[]) {
  return countReferences(db, termReferences, ids);
}

export function teamUsage(db: Db, ids: string[]) {
  return countReferences(db, teamReferences, ids);
}

export function listTermRows(db: Db, kind?: string, id?: string): Promise<TermRow[]> {
  let query = db.selectFrom('terms').selectAll().orderBy('kind').orderBy('position').orderBy('name');
  if (kind) query = query.where('kind', '=', kind);
  if (id) query = query.where('id', '=', id);
  return query.execute();
}

export function findTerm(db: Db, id: string): Promise<TermRow | undefined> {
  return db.selectFrom('terms').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Every term, archived ones too, in no particular order. */
export function listAllTermRows(db: Db): Promise<TermRow[]> {
  return db.selectFrom('terms').selectAll().execute();
}

/** Terms and teams that are not archived, in no particular order. */
export function listActiveTermRows(db: Db): Promise<TermRow[]> {
  return db.selectFrom('terms').selectAll().where('archived_at', 'is', null).execute();
}

export function listActiveTeamRows(db: Db): Promise<TeamRow[]> {
  return db.selectFrom('teams').selectAll().where('archived_at', 'is', null).execute();
}

export function findTeamRow(db: Db, id: string): Promise<TeamRow | undefined> {
  return db.selectFrom('teams').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findTermsByIds(db: Db, ids: string[]): Promise<TermRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('terms').selectAll().where('id', 'in', ids).execute();
}

export async function nextTermPosition(db: Db, kind: string): Promise<number> {
  const row = await db
    .selectFrom('terms')
    .select((eb) => eb.fn.max('position').as('max'))
    .where('kind', '=', kind)
    .executeTakeFirst();
  return row?.max == null ? 0 : Number(row.max) + 1;
}

export function insertTerm(
  db: Db,
  term: {
    kind: string;
    name: string;
    description?: string;
    parentId?: string | null;
    position: number;
    key?: string;
  },
): Promise<TermRow> {
  return db
    .insertInto('terms')
    .values({
      kind: term.kind,
      name: term.name,
      description: term.description ?? '',
      parent_id: term.parentId ?? null,
      key: term.key ?? null,
      position: term.position,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function updateTermRow(
  db: Db,
  id: string,
  changes: { name?: string; description?: string; parent_id?: string | null; archived_at?: Date | null },
): Promise<TermRow> {
  return db
    .updateTable('terms')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function deleteTermRow(db: Db, id: string) {
  return db.deleteFrom('terms').where('id', '=', id).execute();
}

export async function setTermPositions(db: Db, ids: string[]) {
  for (const [position, id] of ids.entries()) {
    await db.updateTable('terms').set({ position }).where('id', '=', id).execute();
  }
}

export function listDeliverableFormats(db: Db) {
  return db.selectFrom('deliverable_type_formats').selectAll().execute();
}

export async function setDeliverableFormats(db: Db, deliverableTypeId: string, formatIds: string[]) {
  await db
    .deleteFrom('deliverable_type_formats')
    .where('deliverable_type_id', '=', deliverableTypeId)
    .execute();
  if (formatIds.length === 0) return;
  await db
    .insertInto('deliverable_type_formats')
    .values(formatIds.map((format_id) => ({ deliverable_type_id: deliverableTypeId, format_id })))
    .execute();
}

export function listTeamRows(db: Db): Promise<TeamRow[]> {
  return db.selectFrom('teams').selectAll().orderBy('name').execute();
}

export function insertTeam(db: Db, team: { name: string; quarterlyBudget: number }): Promise<TeamRow> {
  return db
    .insertInto('teams')
    .values({ name: team.name, quarterly_budget: team.quarterlyBudget })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function updateTeamRow(
  db: Db,
  id: string,
  changes: { name?: string; quarterly_budget?: number; archived_at?: Date | null },
): Promise<TeamRow | undefined> {
  return db
    .updateTable('teams')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export function deleteTeamRow(db: Db, id: string) {
  return db.deleteFrom('teams').where('id', '=', id).executeTakeFirst();
}

export function listTeamMemberRows(db: Db) {
  return db
    .selectFrom('team_members')
    .innerJoin('users', 'users.id', 'team_members.user_id')
    .selectAll('team_members')
    .select(['users.name', 'users.email'])
    .orderBy('users.name')
    .execute();
}

export type TeamMemberWithUser = Awaited<ReturnType<typeof listTeamMemberRows>>[number];

export function listTeamMemberAreas(db: Db) {
  return db.selectFrom('team_member_areas').selectAll().execute();
}

export function insertTeamMember(
  db: Db,
  member: { userId: string; title: string; quarterlyCapacity: number },
): Promise<TeamMemberRow> {
  return db
    .insertInto('team_members')
    .values({ user_id: member.userId, title: member.title, quarterly_capacity: member.quarterlyCapacity })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function updateTeamMemberRow(
  db: Db,
  id: string,
  changes: { title?: string; quarterly_capacity?: number; archived_at?: Date | null },
): Promise<TeamMemberRow | undefined> {
  return db
    .updateTable('team_members')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export function deleteTeamMemberRow(db: Db, id: string) {
  return db.deleteFrom('team_members').where('id', '=', id).returning('user_id').executeTakeFirst();
}

export async function setTeamMemberAreas(db: Db, teamMemberId: string, termIds: string[]) {
  await db.deleteFrom('team_member_areas').where('team_member_id', '=', teamMemberId).execute();
  if (termIds.length === 0) return;
  await db
    .insertInto('team_member_areas')
    .values(termIds.map((term_id) => ({ team_member_id: teamMemberId, term_id })))
    .execute();
}

export function findWorkspace(db: Db) {
  return db.selectFrom('workspace').selectAll().where('id', '=', 1).executeTakeFirst();
}

/** Sets the name and the given settings; keys of the stored document not given are kept. */
export function upsertWorkspace(db: Db, workspace: { name: string; settings: Record<string, unknown> }) {
  const settings = JSON.stringify(workspace.settings);
  return db
    .insertInto('workspace')
    .values({ id: 1, name: workspace.name, settings })
    .onConflict((oc) =>
      oc.column('id').doUpdateSet({
        name: workspace.name,
        settings: sql<string>`workspace.settings || excluded.settings`,
        updated_at: new Date(),
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * Sets some keys of the workspace settings document in one statement (`||` keeps every other
 * key), so writers of different keys never undo each other.
 */
export function mergeWorkspaceSettings(db: Db, changes: Record<string, unknown>) {
  const settings = JSON.stringify(changes);
  return db
    .insertInto('workspace')
    .values({ id: 1, name: 'Showcase', settings })
    .onConflict((oc) =>
      oc.column('id').doUpdateSet({
        settings: sql<string>`workspace.settings || excluded.settings`,
        updated_at: new Date(),
      }),
    )
    .execute();
}
