import type { ChangePasswordInput, CreateApiTokenInput } from '@shared/schemas/account.ts';
import { apiClient } from '../../../api/client.ts';
import { useApiMutation } from '../../../api/useApiMutation.ts';
import { sessionKey } from '../../auth/hooks/useSession.ts';
import { apiTokensKey } from './useApiTokens.ts';

/** Your own account: display name, password, personal API tokens. */
export function useAccountMutations() {
  const saveProfile = useApiMutation({
    request: (body: { name: string }) => apiClient.PATCH('/api/account', { body }),
    invalidates: [sessionKey],
    success: 'Name saved',
  });
  const changePassword = useApiMutation({
    request: (body: ChangePasswordInput) => apiClient.POST('/api/account/password', { body }),
    invalidates: [],
    success: 'Password changed; your other sessions were signed out',
    quietFieldErrors: true,
  });
  const createToken = useApiMutation({
    request: (body: CreateApiTokenInput) => apiClient.POST('/api/account/tokens', { body }),
    invalidates: [apiTokensKey],
    quietFieldErrors: true,
  });
  const revokeToken = useApiMutation({
    request: (token: { id: string; name: string }) =>
      apiClient.DELETE('/api/account/tokens/{id}', { params: { path: { id: token.id } } }),
    invalidates: [apiTokensKey],
    success: (_r, token) => `Revoked “${token.name}”`,
  });
  return { saveProfile, changePassword, createToken, revokeToken };
}
