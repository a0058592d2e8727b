import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { type ApiQuery, apiClient } from '../../../api/client.ts';

export const requestsKey = ['requests'] as const;

const views = [
  'all',
  'mine',
  'needs_triage',
  'overdue',
] as const satisfies ApiQuery<'/api/requests'>['view'][];

export type RequestListQuery = Omit<ApiQuery<'/api/requests'>, 'view'> & { view: string };

/**
 * The query of one page of a saved view (a view the URL names but the API does not know shows
 * all), sorted and paged by the server; the last page stays on screen while the next one loads.
 */
export function requestListOptions(query: RequestListQuery) {
  const known = views.find((name) => name === query.view) ?? 'all';
  const params = { ...query, view: known };
  return queryOptions({
    queryKey: [...requestsKey, 'list', params],
    queryFn: () => apiClient.GET('/api/requests', { params: { query: params } }),
    placeholderData: keepPreviousData,
  });
}

/** One page of the requests in a saved view, and how many the view holds. */
export function useRequests(query: RequestListQuery) {
  return useQuery(requestListOptions(query));
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
