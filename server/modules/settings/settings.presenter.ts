import type { Team, TeamMember, Term, TermKind } from '../../../shared/schemas/settings.ts';
import type { TeamRow, TermRow } from '../../db/schema.ts';
import type { TeamMemberWithUser } from './settings.repository.ts';

export function presentTerm(entry: { row: TermRow; formatIds: string[]; usage: number }): Term {
  const { row } = entry;
  return {
    id: row.id,
    kind: row.kind as TermKind,
    name: row.name,
    description: row.description,
    parentId: row.parent_id,
    key: row.key,
    position: row.position,
    archived: row.archived_at !== null,
    formatIds: entry.formatIds,
    usage: entry.usage,
    version: row.version,
  };
}

export function presentTeam(row: TeamRow): Team {
  return {
    id: row.id,
    name: row.name,
    quarterlyBudget: row.quarterly_budget,
    archived: row.archived_at !== null,
    version: row.version,
  };
}

export function presentTeamMember(entry: { row: TeamMemberWithUser; areaIds: string[] }): TeamMember {
  const { row } = entry;
  return {
    id: row.id,
    userId: row.user_id,
    name: row.name,
    email: row.email,
    title: row.title,
    quarterlyCapacity: row.quarterly_capacity,
    areaIds: entry.areaIds,
    archived: row.archived_at !== null,
    version: row.version,
  };
}
