import { requestListQuery } from '@shared/schemas/requests.ts';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../api/client.ts';

export const requestsKey = ['requests'] as const;

/** The requests in a saved view; a view the URL names but the API does not know shows all. */
export function useRequests(view: string) {
  const known = requestListQuery.shape.view.catch('all').parse(view);
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
