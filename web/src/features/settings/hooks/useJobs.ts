import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../api/client.ts';

export const jobsKey = ['jobs'] as const;

/** Background job kinds with their runs and the failed jobs; refreshed while the page is open. */
export function useJobs() {
  return useQuery({
    queryKey: jobsKey,
    queryFn: () => apiClient.GET('/api/settings/jobs'),
    refetchInterval: 10_000,
  });
}
