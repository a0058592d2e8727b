import type { JobsOverview } from '@shared/schemas/jobs.ts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';

export const jobsKey = ['jobs'] as const;

/** Background job kinds with their runs and the failed jobs; refreshed while the page is open. */
export function useJobs() {
  return useQuery({
    queryKey: jobsKey,
    queryFn: () => api<JobsOverview>('GET', '/api/settings/jobs'),
    refetchInterval: 10_000,
  });
}
