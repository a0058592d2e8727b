import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../api/client.ts';

/** How this workspace lets people sign in: password, single sign-on, or both. */
export function useSignInMethods() {
  return useQuery({
    queryKey: ['sign-in-methods'],
    queryFn: () => apiClient.GET('/api/auth/methods'),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
