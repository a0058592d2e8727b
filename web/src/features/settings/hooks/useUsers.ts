import type { User } from '@shared/schemas/users.ts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';

export const usersKey = ['users'] as const;

export function useUsers() {
  return useQuery({
    queryKey: usersKey,
    queryFn: async () => (await api<{ users: User[] }>('GET', '/api/users')).users,
  });
}
