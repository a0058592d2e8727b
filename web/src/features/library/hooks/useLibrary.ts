import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../api/client.ts';

export const libraryKey = ['library'] as const;

/** Search results for a query string as the URL holds it (q, facets, sort, offset). */
export function useAssetSearch(search: string) {
  return useQuery({
    queryKey: [...libraryKey, 'search', search],
    // The page keeps the query in its URL; it is sent as it stands.
    queryFn: () => apiClient.GET('/api/assets', { querySerializer: () => search }),
    placeholderData: keepPreviousData,
  });
}

export function useAsset(id: string | undefined) {
  return useQuery({
    queryKey: [...libraryKey, 'asset', id],
    queryFn: () => apiClient.GET('/api/assets/{id}', { params: { path: { id: id ?? '' } } }),
    enabled: Boolean(id),
  });
}

export function useAssetVersions(id: string | undefined) {
  return useQuery({
    queryKey: [...libraryKey, 'versions', id],
    queryFn: async () =>
      (await apiClient.GET('/api/assets/{id}/versions', { params: { path: { id: id ?? '' } } })).versions,
    enabled: Boolean(id),
  });
}

export function useRelatedAssets(id: string | undefined) {
  return useQuery({
    queryKey: [...libraryKey, 'related', id],
    queryFn: async () =>
      (await apiClient.GET('/api/assets/{id}/related', { params: { path: { id: id ?? '' } } })).assets,
    enabled: Boolean(id),
  });
}

export function useLists(enabled = true) {
  return useQuery({
    queryKey: [...libraryKey, 'lists'],
    queryFn: async () => (await apiClient.GET('/api/lists')).lists,
    enabled,
  });
}
