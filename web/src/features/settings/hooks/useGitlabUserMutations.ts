import type { CreateGitlabUserLinkInput } from '@shared/schemas/requests.ts';
import { apiClient } from '../../../api/client.ts';
import { useApiMutation } from '../../../api/useApiMutation.ts';
import { gitlabUsersKey } from './useGitlabUsers.ts';

/** Link a GitLab username to a Showcase account, or remove a link. */
export function useGitlabUserMutations() {
  const link = useApiMutation({
    request: (body: CreateGitlabUserLinkInput) => apiClient.POST('/api/settings/gitlab-users', { body }),
    invalidates: [gitlabUsersKey],
    success: (created) => `@${created.username} now files as ${created.user.name}`,
    quietFieldErrors: true,
  });
  const unlink = useApiMutation({
    request: (username: string) =>
      apiClient.DELETE('/api/settings/gitlab-users/{username}', { params: { path: { username } } }),
    invalidates: [gitlabUsersKey],
  });
  return { link, unlink };
}
