import { useQuery } from '@tanstack/react-query';
import { ApiError, apiClient, setCsrfToken } from '../../../api/client.ts';

export const sessionKey = ['session'] as const;

/** The signed-in user, or null when signed out. */
export function useSession() {
  return useQuery({
    queryKey: sessionKey,
    queryFn: async () => {
      try {
        const session = await apiClient.GET('/api/auth/session');
        setCsrfToken(session.csrfToken);
        return session;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 5 * 60_000,
  });
}
