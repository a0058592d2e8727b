import type { OutsideNumberInput } from '@shared/schemas/insights.ts';
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../api/client.ts';
import { useApiMutation } from '../../../api/useApiMutation.ts';

export const insightsKey = ['insights'] as const;

/** The workspace's insights for a query string as the page's URL holds it (from, to, measure, filters). */
export function useInsights(search: string) {
  return useQuery({
    queryKey: [...insightsKey, 'workspace', search],
    queryFn: () => apiClient.GET('/api/insights', { querySerializer: () => search }),
    placeholderData: keepPreviousData,
  });
}

/** One asset's engagement over the last 90 days. */
export function useAssetEngagement(id: string) {
  return useQuery({
    queryKey: [...insightsKey, 'asset', id],
    queryFn: () => apiClient.GET('/api/assets/{id}/engagement', { params: { path: { id } } }),
  });
}

/** Enter an asset's numbers from outside, and import them from CSV. */
export function useOutsideNumberMutations() {
  const set = useApiMutation({
    request: ({ id, numbers }: { id: string; numbers: OutsideNumberInput[] }) =>
      apiClient.PUT('/api/assets/{id}/outside-numbers', { params: { path: { id } }, body: { numbers } }),
    invalidates: [insightsKey],
    success: 'Numbers saved',
  });
  const importCsv = useApiMutation({
    request: (body: { csv: string; dryRun: boolean }) =>
      apiClient.POST('/api/insights/outside-numbers/import', { body }),
    invalidates: [insightsKey],
  });
  return { set, importCsv };
}

/**
 * What the delivered assets of a request reached, summed over their last 90 days: views of every
 * kind (in Showcase, share links, video and blog) and people reached (webinar attendance, else
 * registrations). Assets the reader may not see are left out.
 */
export function useDeliveredReach(assetIds: string[]) {
  return useQueries({
    queries: assetIds.map((id) => ({
      queryKey: [...insightsKey, 'asset', id],
      queryFn: () => apiClient.GET('/api/assets/{id}/engagement', { params: { path: { id } } }),
      retry: false,
    })),
    combine: (results) => {
      const found = results.flatMap((result) => (result.data ? [result.data.totals] : []));
      const sum = (pick: (totals: (typeof found)[number]) => number) =>
        found.reduce((total, totals) => total + pick(totals), 0);
      const attendance = sum((t) => t.attendance);
      return {
        ready: results.every((result) => !result.isPending),
        views: sum((t) => t.showcaseViews + t.shareVisits + t.videoViews + t.blogViews),
        reached: attendance > 0 ? attendance : sum((t) => t.registrations),
      };
    },
  });
}

/** The team's work over a range: requests per team against the review SLA, budget use, demo freshness. */
export function useWork(from: string, to: string) {
  return useQuery({
    queryKey: [...insightsKey, 'work', from, to],
    queryFn: () => apiClient.GET('/api/insights/work', { params: { query: { from, to } } }),
    placeholderData: keepPreviousData,
  });
}
