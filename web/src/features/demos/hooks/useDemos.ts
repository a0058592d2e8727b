import type { DemoState } from '@shared/demos.ts';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { type ApiQuery, apiClient } from '../../../api/client.ts';

export const demosKey = ['demos'] as const;
export const catalogueKey = ['catalogue'] as const;
export const releasesKey = ['releases'] as const;

const sorts = ['score', 'age', 'lag', 'title'] as const satisfies ApiQuery<'/api/demos'>['sort'][];

/** Demos in a state (or all), in an order the API knows (by score otherwise). */
export function useDemos(state: DemoState | 'all', sort: string) {
  const known = sorts.find((name) => name === sort) ?? 'score';
  return useQuery({
    queryKey: [...demosKey, 'list', state, known],
    queryFn: () =>
      apiClient.GET('/api/demos', {
        params: { query: { sort: known, state: state === 'all' ? undefined : state } },
      }),
  });
}

export function useDemo(id: string | undefined) {
  return useQuery({
    queryKey: [...demosKey, 'detail', id],
    queryFn: () => apiClient.GET('/api/demos/{id}', { params: { path: { id: id ?? '' } } }),
    enabled: Boolean(id),
    retry: false,
  });
}

export function useCatalogue() {
  return useQuery({ queryKey: catalogueKey, queryFn: () => apiClient.GET('/api/catalogue') });
}

/**
 * The catalogue as grouped Select options: each stage's categories and their features, valued
 * "category:<id>" or "feature:<id>" (what a trail step or click-through step shows).
 */
export function useCatalogueTargets() {
  const catalogue = useCatalogue();
  return useMemo(
    () =>
      (catalogue.data?.stages ?? []).map((stage) => ({
        group: stage.name,
        items: stage.categories.flatMap((category) => [
          { value: `category:${category.id}`, label: category.name },
          ...category.features.map((feature) => ({
            value: `feature:${feature.id}`,
            label: `${category.name} › ${feature.name}`,
          })),
        ]),
      })),
    [catalogue.data],
  );
}

export function useReleases() {
  return useQuery({ queryKey: releasesKey, queryFn: () => apiClient.GET('/api/releases') });
}

export function useRelease(id: string | null) {
  return useQuery({
    queryKey: [...releasesKey, id],
    queryFn: () => apiClient.GET('/api/releases/{id}', { params: { path: { id: id ?? '' } } }),
    enabled: Boolean(id),
  });
}
