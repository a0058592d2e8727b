import type { CreateTeamMemberInput, TeamMember, UpdateTeamMemberInput } from '@shared/schemas/settings.ts';
import { useApiMutation } from '../../../api/useApiMutation.ts';
import { teamMembersKey } from './useTeamMembers.ts';
import { termsKey } from './useTerms.ts';

/** Add, change and remove team members; each refreshes the team and the terms (owners of areas). */
export function useTeamMemberMutations() {
  const create = useApiMutation<CreateTeamMemberInput, TeamMember>({
    request: (body) => ({ method: 'POST', path: '/api/settings/team-members', body }),
    invalidates: [teamMembersKey, termsKey],
    success: (member) => `${member.name} joined the team`,
    quietFieldErrors: true,
  });
  const update = useApiMutation<{ id: string } & UpdateTeamMemberInput, TeamMember>({
    request: ({ id, ...body }) => ({ method: 'PATCH', path: `/api/settings/team-members/${id}`, body }),
    invalidates: [teamMembersKey, termsKey],
  });
  const remove = useApiMutation<TeamMember>({
    request: (member) => ({ method: 'DELETE', path: `/api/settings/team-members/${member.id}` }),
    invalidates: [teamMembersKey, termsKey],
    success: (_r, member) => `${member.name} left the team`,
  });
  return { create, update, remove };
}
