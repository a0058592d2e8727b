import type { ContentRequest } from '@shared/schemas/requests.ts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';

export const requestsKey = ['requests'] as const;

export type RequestDetail = ContentRequest & {
  history: {
    kind: string;
    fromState: string | null;
    toState: string | null;
    reason: string;
    actor: { id: string; name: string } | null;
    createdAt: string;
  }[];
  suggestedAssignee: { userId: string; name: string; reason: string } | null;
};

export function useRequests(view: string) {
  return useQuery({
    queryKey: [...requestsKey, 'list', view],
    queryFn: async () =>
      (await api<{ requests: ContentRequest[] }>('GET', `/api/requests?view=${view}`)).requests,
  });
}

export function useRequest(id: string | undefined) {
  return useQuery({
    queryKey: [...requestsKey, 'detail', id],
    queryFn: () => api<RequestDetail>('GET', `/api/requests/${id}`),
    enabled: Boolean(id),
  });
}

export function useBudget(teamId: string | null) {
  return useQuery({
    queryKey: [...requestsKey, 'budget', teamId],
    queryFn: () =>
      api<{
        quarter: string;
        budget: number;
        spent: number;
        remaining: number;
        pricing: { newContent: number; reuse: number; eventNew: number; eventReuse: number };
      }>('GET', `/api/requests/budget?teamId=${teamId}`),
    enabled: Boolean(teamId),
  });
}
