import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../api/client.ts';

export const gitlabUsersKey = ['gitlab-users'] as const;

/** GitLab usernames linked to Showcase accounts, for GitLab intake. */
export function useGitlabUsers() {
  return useQuery({
    queryKey: gitlabUsersKey,
    queryFn: async () => (await apiClient.GET('/api/settings/gitlab-users')).links,
  });
}
