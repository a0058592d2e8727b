import type { CreateUserInput, UpdateUserInput } from '@shared/schemas/users.ts';
import { apiClient } from '../../../api/client.ts';
import { useApiMutation } from '../../../api/useApiMutation.ts';
import { usersKey } from './useUsers.ts';

/** Create an account (the answer may carry a one-time password) and change one. */
export function useUserMutations() {
  const create = useApiMutation({
    request: (body: CreateUserInput) => apiClient.POST('/api/users', { body }),
    invalidates: [usersKey],
    quietFieldErrors: true,
  });
  const update = useApiMutation({
    request: ({ id, ...body }: { id: string } & UpdateUserInput) =>
      apiClient.PATCH('/api/users/{id}', { params: { path: { id } }, body }),
    invalidates: [usersKey],
    success: (user) => `Saved ${user.name}`,
  });
  return { create, update };
}
