import type { ApiToken, ChangePasswordInput, CreateApiTokenInput } from '@shared/schemas/account.ts';
import { useApiMutation } from '../../../api/useApiMutation.ts';
import { sessionKey } from '../../auth/hooks/useSession.ts';
import { apiTokensKey } from './useApiTokens.ts';

/** Your own account: display name, password, personal API tokens. */
export function useAccountMutations() {
  const saveProfile = useApiMutation<{ name: string }>({
    request: (body) => ({ method: 'PATCH', path: '/api/account', body }),
    invalidates: [sessionKey],
    success: 'Name saved',
  });
  const changePassword = useApiMutation<ChangePasswordInput>({
    request: (body) => ({ method: 'POST', path: '/api/account/password', body }),
    invalidates: [],
    success: 'Password changed; your other sessions were signed out',
    quietFieldErrors: true,
  });
  const createToken = useApiMutation<CreateApiTokenInput, { token: string; apiToken: ApiToken }>({
    request: (body) => ({ method: 'POST', path: '/api/account/tokens', body }),
    invalidates: [apiTokensKey],
    quietFieldErrors: true,
  });
  const revokeToken = useApiMutation<ApiToken>({
    request: (token) => ({ method: 'DELETE', path: `/api/account/tokens/${token.id}` }),
    invalidates: [apiTokensKey],
    success: (_r, token) => `Revoked “${token.name}”`,
  });
  return { saveProfile, changePassword, createToken, revokeToken };
}
