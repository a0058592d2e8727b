import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../api/client.ts';

export const usersKey = ['users'] as const;

export function useUsers() {
  return useQuery({
    queryKey: usersKey,
    queryFn: async () => (await apiClient.GET('/api/users')).users,
  });
}
