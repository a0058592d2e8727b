import { useQuery } from '@tanstack/react-query';
import { type ApiQuery, apiClient } from '../../../api/client.ts';

export const requestsKey = ['requests'] as const;

const views = [
  'all',
  'mine',
  'needs_triage',
  'overdue',
] as const satisfies ApiQuery<'/api/requests'>['view'][];

/** The requests in a saved view; a view the URL names but the API does not know shows all. */
export function useRequests(view: string) {
  const known = views.find((name) => name === view) ?? 'all';
  return useQuery({
    queryKey: [...requestsKey, 'list', known],
    queryFn: async () =>
      (await apiClient.GET('/api/requests', { params: { query: { view: known } } })).requests,
  });
}

export function useRequest(id: string | undefined) {
  return useQuery({
    queryKey: [...requestsKey, 'detail', id],
    queryFn: () => apiClient.GET('/api/requests/{id}', { params: { path: { id: id ?? '' } } }),
    enabled: Boolean(id),
  });
}

export function useBudget(teamId: string | null) {
  return useQuery({
    queryKey: [...requestsKey, 'budget', teamId],
    queryFn: () => apiClient.GET('/api/requests/budget', { params: { query: { teamId: teamId ?? '' } } }),
    enabled: Boolean(teamId),
  });
}
