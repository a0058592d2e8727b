import type { CreateTeamMemberInput, UpdateTeamMemberInput } from '@shared/schemas/settings.ts';
import { apiClient } from '../../../api/client.ts';
import { useApiMutation } from '../../../api/useApiMutation.ts';
import { teamMembersKey } from './useTeamMembers.ts';
import { termsKey } from './useTerms.ts';

/** Add, change and remove team members; each refreshes the team and the terms (owners of areas). */
export function useTeamMemberMutations() {
  const create = useApiMutation({
    request: (body: CreateTeamMemberInput) => apiClient.POST('/api/settings/team-members', { body }),
    invalidates: [teamMembersKey, termsKey],
    success: (member) => `${member.name} joined the team`,
    quietFieldErrors: true,
  });
  const update = useApiMutation({
    request: ({ id, ...body }: { id: string } & UpdateTeamMemberInput) =>
      apiClient.PATCH('/api/settings/team-members/{id}', { params: { path: { id } }, body }),
    invalidates: [teamMembersKey, termsKey],
  });
  const remove = useApiMutation({
    request: (member: { id: string; name: string }) =>
      apiClient.DELETE('/api/settings/team-members/{id}', { params: { path: { id: member.id } } }),
    invalidates: [teamMembersKey, termsKey],
    success: (_r, member) => `${member.name} left the team`,
  });
  return { create, update, remove };
}
