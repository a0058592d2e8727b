import type { CreateTeamInput, UpdateTeamInput } from '@shared/schemas/settings.ts';
import { apiClient, ifMatch } from '../../../api/client.ts';
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
  /** Saves team `id` over `version`, the version shown (If-Match): a stale one answers 412. */
  const update = useApiMutation({
    request: ({ id, version, ...body }: { id: string; version: number } & UpdateTeamInput) =>
      apiClient.PATCH('/api/settings/teams/{id}', {
        params: { path: { id }, header: ifMatch(version) },
        body,
      }),
    invalidates: [teamsKey],
    conflictDialog: true,
  });
  const remove = useApiMutation({
    request: (team: { id: string; name: string }) =>
      apiClient.DELETE('/api/settings/teams/{id}', { params: { path: { id: team.id } } }),
    invalidates: [teamsKey],
    success: (_r, team) => `Deleted ${team.name}`,
  });
  return { create, update, remove };
}
