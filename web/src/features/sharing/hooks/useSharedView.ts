import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../api/client.ts';

export const sharedKey = ['shared'] as const;

/** What the link shows this browser: the asset's public fields, or the gates still closed. */
export function useSharedView(token: string) {
  return useQuery({
    queryKey: [...sharedKey, token],
    queryFn: () => apiClient.GET('/api/shared/{token}', { params: { path: { token } } }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
