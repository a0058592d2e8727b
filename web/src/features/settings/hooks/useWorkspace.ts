import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../api/client.ts';

export const workspaceKey = ['workspace'] as const;

export function useWorkspace() {
  return useQuery({
    queryKey: workspaceKey,
    queryFn: () => apiClient.GET('/api/settings/workspace'),
  });
}
