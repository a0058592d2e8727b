import type { TeamMember } from '@shared/schemas/settings.ts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';

export const teamMembersKey = ['team-members'] as const;

export function useTeamMembers() {
  return useQuery({
    queryKey: teamMembersKey,
    queryFn: async () => (await api<{ members: TeamMember[] }>('GET', '/api/settings/team-members')).members,
  });
}
