import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../api/client.ts';

export const apiTokensKey = ['api-tokens'] as const;

/** The signed-in person's personal API tokens. */
export function useApiTokens() {
  return useQuery({
    queryKey: apiTokensKey,
    queryFn: async () => (await apiClient.GET('/api/account/tokens')).tokens,
  });
}
