import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../api/client.ts';

export const usersKey = ['users'] as const;

/** Every account (users.read: TMMs and admins); `enabled: false` until a form needs the list. */
export function useUsers(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: usersKey,
    enabled: options.enabled ?? true,
    queryFn: async () => (await apiClient.GET('/api/users')).users,
  });
}
