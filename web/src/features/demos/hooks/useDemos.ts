import type { DemoState } from '@shared/demos.ts';
import type { Catalogue, Demo, DemoList, Release, ReleaseSummary } from '@shared/schemas/demos.ts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';

export const demosKey = ['demos'] as const;
export const catalogueKey = ['catalogue'] as const;
export const releasesKey = ['releases'] as const;

export function useDemos(state: DemoState | 'all', sort: string) {
  const query = new URLSearchParams({ sort, ...(state === 'all' ? {} : { state }) });
  return useQuery({
    queryKey: [...demosKey, 'list', state, sort],
    queryFn: () => api<DemoList>('GET', `/api/demos?${query}`),
  });
}

export function useDemo(id: string | undefined) {
  return useQuery({
    queryKey: [...demosKey, 'detail', id],
    queryFn: () => api<Demo>('GET', `/api/demos/${id}`),
    enabled: Boolean(id),
    retry: false,
  });
}

export function useCatalogue() {
  return useQuery({ queryKey: catalogueKey, queryFn: () => api<Catalogue>('GET', '/api/catalogue') });
}

export function useReleases() {
  return useQuery({ queryKey: releasesKey, queryFn: () => api<ReleaseSummary[]>('GET', '/api/releases') });
}

export function useRelease(id: string | null) {
  return useQuery({
    queryKey: [...releasesKey, id],
    queryFn: () => api<Release>('GET', `/api/releases/${id}`),
    enabled: Boolean(id),
  });
}
