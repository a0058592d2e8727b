import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../api/client.ts';

export const teamsKey = ['teams'] as const;

export function useTeams() {
  return useQuery({
    queryKey: teamsKey,
    queryFn: async () => (await apiClient.GET('/api/settings/teams')).teams,
  });
}
