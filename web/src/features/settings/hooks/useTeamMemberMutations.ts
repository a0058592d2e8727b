import type { CreateTeamMemberInput, UpdateTeamMemberInput } from '@shared/schemas/settings.ts';
import { apiClient, ifMatch } from '../../../api/client.ts';
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
  /** Saves member `id` over `version`, the version shown (If-Match): a stale one answers 412. */
  const update = useApiMutation({
    request: ({ id, version, ...body }: { id: string; version: number } & UpdateTeamMemberInput) =>
      apiClient.PATCH('/api/settings/team-members/{id}', {
        params: { path: { id }, header: ifMatch(version) },
        body,
      }),
    invalidates: [teamMembersKey, termsKey],
    conflictDialog: true,
  });
  const remove = useApiMutation({
    request: (member: { id: string; name: string }) =>
      apiClient.DELETE('/api/settings/team-members/{id}', { params: { path: { id: member.id } } }),
    invalidates: [teamMembersKey, termsKey],
    success: (_r, member) => `${member.name} left the team`,
  });
  return { create, update, remove };
}
