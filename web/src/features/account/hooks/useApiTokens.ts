import type { ApiToken } from '@shared/schemas/account.ts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';

export const apiTokensKey = ['api-tokens'] as const;

/** The signed-in person's personal API tokens. */
export function useApiTokens() {
  return useQuery({
    queryKey: apiTokensKey,
    queryFn: async () => (await api<{ tokens: ApiToken[] }>('GET', '/api/account/tokens')).tokens,
  });
}
