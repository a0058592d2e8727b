import type { CreateUserInput, UpdateUserInput, User } from '@shared/schemas/users.ts';
import { useApiMutation } from '../../../api/useApiMutation.ts';
import { usersKey } from './useUsers.ts';

/** Create an account (the answer may carry a one-time password) and change one. */
export function useUserMutations() {
  const create = useApiMutation<CreateUserInput, { user: User; temporaryPassword?: string }>({
    request: (body) => ({ method: 'POST', path: '/api/users', body }),
    invalidates: [usersKey],
    quietFieldErrors: true,
  });
  const update = useApiMutation<{ id: string } & UpdateUserInput, User>({
    request: ({ id, ...body }) => ({ method: 'PATCH', path: `/api/users/${id}`, body }),
    invalidates: [usersKey],
    success: (user) => `Saved ${user.name}`,
  });
  return { create, update };
}
