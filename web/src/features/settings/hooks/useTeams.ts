import type { Team } from '@shared/schemas/settings.ts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';

export const teamsKey = ['teams'] as const;

export function useTeams() {
  return useQuery({
    queryKey: teamsKey,
    queryFn: async () => (await api<{ teams: Team[] }>('GET', '/api/settings/teams')).teams,
  });
}
