import type { CreateUserInput, UpdateUserInput } from '@shared/schemas/users.ts';
import { apiClient, ifMatch } from '../../../api/client.ts';
import { useApiMutation } from '../../../api/useApiMutation.ts';
import { usersKey } from './useUsers.ts';

/** Create an account (the answer may carry a one-time password) and change one. */
export function useUserMutations() {
  const create = useApiMutation({
    request: (body: CreateUserInput) => apiClient.POST('/api/users', { body }),
    invalidates: [usersKey],
    quietFieldErrors: true,
  });
  /** Saves account `id` over `version`, the version shown (If-Match): a stale one answers 412. */
  const update = useApiMutation({
    request: ({ id, version, ...body }: { id: string; version: number } & UpdateUserInput) =>
      apiClient.PATCH('/api/users/{id}', { params: { path: { id }, header: ifMatch(version) }, body }),
    invalidates: [usersKey],
    success: (user) => `Saved ${user.name}`,
    conflictDialog: true,
  });
  return { create, update };
}
