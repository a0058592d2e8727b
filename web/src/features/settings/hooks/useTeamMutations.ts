import type { CreateTeamInput, UpdateTeamInput } from '@shared/schemas/settings.ts';
import { apiClient } from '../../../api/client.ts';
import { useApiMutation } from '../../../api/useApiMutation.ts';
import { teamsKey } from './useTeams.ts';

/** Add, change and delete requesting teams. */
export function useTeamMutations() {
  const create = useApiMutation({
    request: (body: CreateTeamInput) => apiClient.POST('/api/settings/teams', { body }),
    invalidates: [teamsKey],
    success: (team) => `Added ${team.name}`,
    quietFieldErrors: true,
  });
  const update = useApiMutation({
    request: ({ id, ...body }: { id: string } & UpdateTeamInput) =>
      apiClient.PATCH('/api/settings/teams/{id}', { params: { path: { id } }, body }),
    invalidates: [teamsKey],
  });
  const remove = useApiMutation({
    request: (team: { id: string; name: string }) =>
      apiClient.DELETE('/api/settings/teams/{id}', { params: { path: { id: team.id } } }),
    invalidates: [teamsKey],
    success: (_r, team) => `Deleted ${team.name}`,
  });
  return { create, update, remove };
}
