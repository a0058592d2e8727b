import type { CreateTeamInput, Team, UpdateTeamInput } from '@shared/schemas/settings.ts';
import { useApiMutation } from '../../../api/useApiMutation.ts';
import { teamsKey } from './useTeams.ts';

/** Add, change and delete requesting teams. */
export function useTeamMutations() {
  const create = useApiMutation<CreateTeamInput, Team>({
    request: (body) => ({ method: 'POST', path: '/api/settings/teams', body }),
    invalidates: [teamsKey],
    success: (team) => `Added ${team.name}`,
    quietFieldErrors: true,
  });
  const update = useApiMutation<{ id: string } & UpdateTeamInput, Team>({
    request: ({ id, ...body }) => ({ method: 'PATCH', path: `/api/settings/teams/${id}`, body }),
    invalidates: [teamsKey],
  });
  const remove = useApiMutation<Team>({
    request: (team) => ({ method: 'DELETE', path: `/api/settings/teams/${team.id}` }),
    invalidates: [teamsKey],
    success: (_r, team) => `Deleted ${team.name}`,
  });
  return { create, update, remove };
}
