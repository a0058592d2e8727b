import {
  type CreateTeamInput,
  type CreateTeamMemberInput,
  type CreateTermInput,
  type TermKind,
  termKinds,
  type UpdateTeamInput,
  type UpdateTeamMemberInput,
  type UpdateTermInput,
  type UpdateWorkspaceInput,
  type Workspace,
  workspaceSettingsDefaults,
} from '../../../shared/schemas/settings.ts';
import type { Database } from '../../db/connect.ts';
import { bumpVersion, type ExpectedVersion } from '../../db/versions.ts';
import { AppError } from '../../errors.ts';
import { changedFields, deleteRecorded, recordAudit } from '../audit/audit.service.ts';
import { findUser } from '../users/users.service.ts';
import {
  deleteTeamMemberRow,
  deleteTeamRow,
  deleteTermRow,
  findTeamRow,
  findTerm,
  findTermsByIds,
  findWorkspace,
  insertTeam,
  insertTeamMember,
  insertTerm,
  listActiveTeamRows,
  listActiveTermRows,
  listAllTermRows,
  listDeliverableFormats,
  listTeamMemberAreas,
  listTeamMemberRows,
  listTeamRows,
  listTermRows,
  mergeWorkspaceSettings,
  nextTermPosition,
  setDeliverableFormats,
  setTeamMemberAreas,
  setTermPositions,
  teamUsage,
  termUsage,
  updateTeamMemberRow,
  updateTeamRow,
  updateTermRow,
  upsertWorkspace,
} from './settings.repository.ts';

type Db = Database['db'];

const archivedAt = (archived: boolean | undefined) =>
  archived === undefined ? undefined : archived ? new Date() : null;

function describeUsage(name: string, usage: Map<string, number>): string {
  const parts = [...usage].map(([label, count]) => `${count} ${label}${count === 1 ? '' : 's'}`);
  return `“${name}” is used by ${parts.join(', ')}; archive it instead, or remove those uses first`;
}

/** Terms of one kind (or all), each with its formats (deliverable types) and usage count. */
export async function getTerms(options: { db: Db; kind?: TermKind; id?: string }) {
  const { db } = options;
  const rows = await listTermRows(db, options.kind, options.id);
  const [links, usage] = await Promise.all([
    listDeliverableFormats(db),
    termUsage(
      db,
      rows.map((row) => row.id),
    ),
  ]);
  const formats = Map.groupBy(links, (link) => link.deliverable_type_id);
  return rows.map((row) => ({
    row,
    formatIds: (formats.get(row.id) ?? []).map((link) => link.format_id),
    usage: [...(usage.get(row.id)?.values() ?? [])].reduce((sum, count) => sum + count, 0),
  }));
}

async function getTerm(db: Db, id: string) {
  const [term] = await getTerms({ db, id });
  if (!term) throw new AppError('not_found', 'Term not found');
  return term;
}

/** Checks that ids name live terms of the given kinds; reports the field that is wrong. */
async function requireTerms(db: Db, ids: string[], kinds: readonly string[], field: string) {
  const unique = [...new Set(ids)];
  const found = await findTermsByIds(db, unique);
  const bad = unique.filter((id) => !found.some((term) => term.id === id && kinds.includes(term.kind)));
  if (bad.length > 0) {
    throw new AppError('validation_failed', `Unknown ${kinds.join(' or ')}: ${bad.join(', ')}`, {
      fields: { [field]: `must list ${kinds.join(' or ')} ids` },
    });
  }
  return unique;
}

async function checkParent(db: Db, kind: TermKind, parentId: string | null | undefined) {
  const parentKind = (termKinds[kind] as { parent?: string }).parent;
  if (!parentKind) {
    if (parentId)
      throw new AppError('validation_failed', `${termKinds[kind].label} have no parent`, {
        fields: { parentId: 'must be empty' },
      });
    return;
  }
  if (parentId === null)
    throw new AppError('validation_failed', 'A use case belongs to a solution', {
      fields: { parentId: 'is required' },
    });
  if (parentId !== undefined) await requireTerms(db, [parentId], [parentKind], 'parentId');
}

export async function createTerm(options: { db: Db; input: CreateTermInput }) {
  const { input } = options;
  return options.db.transaction().execute(async (db) => {
    await checkParent(db, input.kind, input.parentId ?? null);
    if (input.formatIds && input.kind !== 'deliverable_type') {
      throw new AppError('validation_failed', 'Only deliverable types have formats', {
        fields: { formatIds: 'must be empty' },
      });
    }
    const row = await insertTerm(db, {
      kind: input.kind,
      name: input.name,
      description: input.description,
      parentId: input.parentId,
      position: await nextTermPosition(db, input.kind),
    }).catch(duplicateName(input.name));
    if (input.formatIds)
      await setDeliverableFormats(
        db,
        row.id,
        await requireTerms(db, input.formatIds, ['format'], 'formatIds'),
      );
    await recordAudit(db, {
      action: 'term.created',
      target: { type: 'term', id: row.id, label: row.name },
      details: { kind: input.kind },
    });
    return getTerm(db, row.id);
  });
}

function duplicateName(name: string) {
  return (error: unknown): never => {
    if ((error as { code?: string }).code === '23505') {
      throw new AppError('conflict', `“${name}” already exists (it may be archived)`, {
        fields: { name: 'is already in use' },
      });
    }
    throw error;
  };
}

export async function updateTerm(options: {
  db: Db;
  id: string;
  input: UpdateTermInput;
  expected?: ExpectedVersion;
}) {
  const { input } = options;
  return options.db.transaction().execute(async (db) => {
    const existing = await findTerm(db, options.id);
    if (!existing) throw new AppError('not_found', 'Term not found');
    await bumpVersion(db, 'terms', existing.id, options.expected);
    const kind = existing.kind as TermKind;
    if (input.parentId !== undefined) await checkParent(db, kind, input.parentId);
    if (input.formatIds !== undefined) {
      if (kind !== 'deliverable_type') {
        throw new AppError('validation_failed', 'Only deliverable types have formats', {
          fields: { formatIds: 'must be empty' },
        });
      }
      await setDeliverableFormats(
        db,
        existing.id,
        await requireTerms(db, input.formatIds, ['format'], 'formatIds'),
      );
    }
    const updated = await updateTermRow(db, existing.id, {
      name: input.name,
      description: input.description,
      parent_id: input.parentId,
      archived_at: archivedAt(input.archived),
    }).catch(duplicateName(input.name ?? existing.name));
    await recordAudit(db, {
      action: 'term.updated',
      target: { type: 'term', id: existing.id, label: existing.name },
      changes: {
        ...changedFields(existing, updated, ['name', 'description', 'parent_id', 'archived_at']),
        ...(input.formatIds !== undefined ? { formatIds: { before: null, after: input.formatIds } } : {}),
      },
      details: { kind },
    });
    return getTerm(db, existing.id);
  });
}

/** Deleting a term in use is refused with what uses it; archiving is always possible. */
export async function deleteTerm(options: { db: Db; id: string }) {
  return options.db.transaction().execute(async (db) => {
    const existing = await findTerm(db, options.id);
    if (!existing) throw new AppError('not_found', 'Term not found');
    const usage = (await termUsage(db, [existing.id])).get(existing.id);
    if (usage && usage.size > 0) throw new AppError('in_use', describeUsage(existing.name, usage));
    await deleteTermRow(db, existing.id);
    await recordAudit(db, {
      action: 'term.deleted',
      target: { type: 'term', id: existing.id, label: existing.name },
      details: { kind: existing.kind },
    });
  });
}

/** Sets the order of one kind's terms; `ids` must list every term of that kind exactly once. */
export async function reorderTerms(options: { db: Db; kind: TermKind; ids: string[] }) {
  return options.db.transaction().execute(async (db) => {
    const current = await listTermRows(db, options.kind);
    const expected = new Set(current.map((row) => row.id));
    const given = new Set(options.ids);
    if (
      given.size !== options.ids.length ||
      given.size !== expected.size ||
      ![...given].every((id) => expected.has(id))
    ) {
      throw new AppError(
        'validation_failed',
        `The order must list every ${termKinds[options.kind].singular.toLowerCase()} exactly once`,
        {
          fields: { ids: `must list all ${expected.size} terms of the kind once` },
        },
      );
    }
    await setTermPositions(db, options.ids);
    return getTerms({ db, kind: options.kind });
  });
}

export async function getTeams(options: { db: Db }) {
  return listTeamRows(options.db);
}

export function findTeam(options: { db: Db; id: string }) {
  return findTeamRow(options.db, options.id);
}

export function getActiveTeams(options: { db: Db }) {
  return listActiveTeamRows(options.db);
}

/** Terms by id, archived ones included: callers check kinds and archival themselves. */
export function findTerms(options: { db: Db; ids: string[] }) {
  return findTermsByIds(options.db, options.ids);
}

/** Every term of every kind, archived ones too (lookups by id or name). */
export function getAllTerms(options: { db: Db }) {
  return listAllTermRows(options.db);
}

/** The terms of one kind in display order, archived ones too, without usage counts. */
export function getTermsOfKind(options: { db: Db; kind: TermKind }) {
  return listTermRows(options.db, options.kind);
}

export function getActiveTerms(options: { db: Db }) {
  return listActiveTermRows(options.db);
}

export async function createTeam(options: { db: Db; input: CreateTeamInput }) {
  const workspace = await getWorkspace({ db: options.db });
  return options.db.transaction().execute(async (db) => {
    const row = await insertTeam(db, {
      name: options.input.name,
      quarterlyBudget: options.input.quarterlyBudget ?? workspace.settings.defaultTeamBudget,
    }).catch(duplicateName(options.input.name));
    await recordAudit(db, {
      action: 'team.created',
      target: { type: 'team', id: row.id, label: row.name },
      changes: changedFields(null, row, ['name', 'quarterly_budget']),
    });
    return row;
  });
}

export async function updateTeam(options: {
  db: Db;
  id: string;
  input: UpdateTeamInput;
  expected?: ExpectedVersion;
}) {
  const { input } = options;
  return options.db.transaction().execute(async (db) => {
    if ((await bumpVersion(db, 'teams', options.id, options.expected)) === undefined)
      throw new AppError('not_found', 'Team not found');
    const before = await findTeamRow(db, options.id);
    const row = await updateTeamRow(db, options.id, {
      name: input.name,
      quarterly_budget: input.quarterlyBudget,
      archived_at: archivedAt(input.archived),
    }).catch(duplicateName(input.name ?? ''));
    if (!row) throw new AppError('not_found', 'Team not found');
    await recordAudit(db, {
      action: 'team.updated',
      target: { type: 'team', id: row.id, label: row.name },
      changes: changedFields(before, row, ['name', 'quarterly_budget', 'archived_at']),
    });
    return row;
  });
}

/** One team as it is stored now (for a 412's `current`). */
export async function getTeam(options: { db: Db; id: string }) {
  const row = await findTeamRow(options.db, options.id);
  if (!row) throw new AppError('not_found', 'Team not found');
  return row;
}

/** One term with its formats and usage (for a 412's `current`). */
export function getOneTerm(options: { db: Db; id: string }) {
  return getTerm(options.db, options.id);
}

export async function deleteTeam(options: { db: Db; id: string }) {
  const usage = (await teamUsage(options.db, [options.id])).get(options.id);
  if (usage && usage.size > 0) throw new AppError('in_use', describeUsage('This team', usage));
  await options.db.transaction().execute(async (db) => {
    const before = await findTeamRow(db, options.id);
    const result = await deleteTeamRow(db, options.id);
    if (!result.numDeletedRows) throw new AppError('not_found', 'Team not found');
    await recordAudit(db, {
      action: 'team.deleted',
      target: { type: 'team', id: options.id, label: before?.name ?? null },
    });
  });
}

export async function getTeamMembers(options: { db: Db }) {
  const [rows, areas] = await Promise.all([listTeamMemberRows(options.db), listTeamMemberAreas(options.db)]);
  const byMember = Map.groupBy(areas, (area) => area.team_member_id);
  return rows.map((row) => ({ row, areaIds: (byMember.get(row.id) ?? []).map((area) => area.term_id) }));
}

/** One team member as stored now (for a read before an edit and a 412's `current`). */
export async function getTeamMember(db: Db, id: string) {
  const member = (await getTeamMembers({ db })).find((entry) => entry.row.id === id);
  if (!member) throw new AppError('not_found', 'Team member not found');
  return member;
}

const AREA_KINDS = ['solution', 'use_case'] as const;

export async function createTeamMember(options: { db: Db; input: CreateTeamMemberInput }) {
  const { input } = options;
  return options.db.transaction().execute(async (db) => {
    const user = await findUser({ db, id: input.userId });
    if (!user?.active)
      throw new AppError('validation_failed', 'Active user not found', {
        fields: { userId: 'must be an active user' },
      });
    if (user.role !== 'tmm' && user.role !== 'admin') {
      throw new AppError('validation_failed', 'Team members are technical marketing managers (or admins)', {
        fields: { userId: 'must have the tmm or admin role' },
      });
    }
    const row = await insertTeamMember(db, {
      userId: input.userId,
      title: input.title ?? '',
      quarterlyCapacity: input.quarterlyCapacity ?? 6,
    }).catch((error: unknown) => {
      if ((error as { code?: string }).code === '23505') {
        throw new AppError('conflict', `${user.name} is already a team member`, {
          fields: { userId: 'is already a team member' },
        });
      }
      throw error;
    });
    if (input.areaIds)
      await setTeamMemberAreas(db, row.id, await requireTerms(db, input.areaIds, AREA_KINDS, 'areaIds'));
    return getTeamMember(db, row.id);
  });
}

export async function updateTeamMember(options: {
  db: Db;
  id: string;
  input: UpdateTeamMemberInput;
  expected?: ExpectedVersion;
}) {
  const { input } = options;
  return options.db.transaction().execute(async (db) => {
    if ((await bumpVersion(db, 'team_members', options.id, options.expected)) === undefined)
      throw new AppError('not_found', 'Team member not found');
    const row = await updateTeamMemberRow(db, options.id, {
      title: input.title,
      quarterly_capacity: input.quarterlyCapacity,
      archived_at: archivedAt(input.archived),
    });
    if (!row) throw new AppError('not_found', 'Team member not found');
    if (input.areaIds)
      await setTeamMemberAreas(db, row.id, await requireTerms(db, input.areaIds, AREA_KINDS, 'areaIds'));
    return getTeamMember(db, row.id);
  });
}

export function deleteTeamMember(options: { db: Db; id: string }) {
  return deleteRecorded(
    options.db,
    (db) => deleteTeamMemberRow(db, options.id),
    'Team member not found',
    (row) => ({
      action: 'settings.team_member_deleted',
      target: { type: 'team_member', id: options.id },
      details: { userId: row.user_id },
    }),
  );
}

export async function getWorkspace(options: { db: Db }): Promise<Workspace> {
  const row = await findWorkspace(options.db);
  const stored = (row?.settings ?? {}) as Partial<Workspace['settings']>;
  const settings = { ...workspaceSettingsDefaults };
  // Only the settings every signed-in person may read: the document holds admin-only ones too.
  for (const key of Object.keys(settings) as (keyof Workspace['settings'])[])
    if (stored[key] !== undefined) Object.assign(settings, { [key]: stored[key] });
  return { name: row?.name ?? 'Showcase', version: row?.version ?? 1, settings };
}

/** Renames the workspace or changes its settings: a user edit, so it counts a version. */
export async function updateWorkspace(options: {
  db: Db;
  input: UpdateWorkspaceInput;
  expected?: ExpectedVersion;
}): Promise<Workspace> {
  return options.db.transaction().execute(async (db) => {
    await bumpVersion(db, 'workspace', 1, options.expected);
    const current = await getWorkspace({ db });
    const next = {
      name: options.input.name ?? current.name,
      settings: { ...current.settings, ...options.input.settings },
    };
    // Merged into the stored document, which keeps the admin-only keys getWorkspace leaves out.
    await upsertWorkspace(db, next);
    await recordAudit(db, {
      action: 'settings.updated',
      target: { type: 'workspace', id: '1', label: next.name },
      changes: {
        ...changedFields(current, next, ['name']),
        ...changedFields(
          current.settings,
          next.settings,
          Object.keys(next.settings) as (keyof typeof next.settings)[],
        ),
      },
    });
    return { ...next, version: current.version };
  });
}

/** Hosts webhooks may reach though they resolve to private addresses (admins only). */
export async function getWebhookAllowedHosts(options: { db: Db }): Promise<string[]> {
  const stored = (await findWorkspace(options.db))?.settings as { webhookAllowedHosts?: unknown } | undefined;
  const hosts = stored?.webhookAllowedHosts;
  return Array.isArray(hosts) ? hosts.filter((host): host is string => typeof host === 'string') : [];
}

export async function setWebhookAllowedHosts(options: { db: Db; hosts: string[] }): Promise<string[]> {
  const hosts = [...new Set(options.hosts)];
  const before = await getWebhookAllowedHosts({ db: options.db });
  await options.db.transaction().execute(async (db) => {
    await mergeWorkspaceSettings(db, { webhookAllowedHosts: hosts });
    await recordAudit(db, {
      action: 'settings.updated',
      target: { type: 'workspace', id: '1', label: 'Webhook allowed hosts' },
      changes: { webhookAllowedHosts: { before, after: hosts } },
    });
  });
  return hosts;
}
