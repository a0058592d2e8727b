import type { Asset, AssetHit, AssetList, AssetSearchResult } from '@shared/schemas/library.ts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';

export const libraryKey = ['library'] as const;

/** Search results for a query string as the URL holds it (q, facets, sort, offset). */
export function useAssetSearch(search: string) {
  return useQuery({
    queryKey: [...libraryKey, 'search', search],
    queryFn: () => api<AssetSearchResult>('GET', `/api/assets?${search}`),
    placeholderData: keepPreviousData,
  });
}

export function useAsset(id: string | undefined) {
  return useQuery({
    queryKey: [...libraryKey, 'asset', id],
    queryFn: () => api<Asset>('GET', `/api/assets/${id}`),
    enabled: Boolean(id),
  });
}

export function useAssetVersions(id: string | undefined) {
  return useQuery({
    queryKey: [...libraryKey, 'versions', id],
    queryFn: async () =>
      (
        await api<{
          versions: {
            version: number;
            changes: string[];
            note: string;
            actor: { id: string; name: string } | null;
            createdAt: string;
          }[];
        }>('GET', `/api/assets/${id}/versions`)
      ).versions,
    enabled: Boolean(id),
  });
}

export function useRelatedAssets(id: string | undefined) {
  return useQuery({
    queryKey: [...libraryKey, 'related', id],
    queryFn: async () => (await api<{ assets: AssetHit[] }>('GET', `/api/assets/${id}/related`)).assets,
    enabled: Boolean(id),
  });
}

export function useLists() {
  return useQuery({
    queryKey: [...libraryKey, 'lists'],
    queryFn: async () => (await api<{ lists: AssetList[] }>('GET', '/api/lists')).lists,
  });
}
