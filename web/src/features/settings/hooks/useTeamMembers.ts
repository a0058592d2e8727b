import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../api/client.ts';

export const teamMembersKey = ['team-members'] as const;

export function useTeamMembers() {
  return useQuery({
    queryKey: teamMembersKey,
    queryFn: async () => (await apiClient.GET('/api/settings/team-members')).members,
  });
}
