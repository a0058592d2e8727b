import type { Workspace } from '@shared/schemas/settings.ts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';

export const workspaceKey = ['workspace'] as const;

export function useWorkspace() {
  return useQuery({
    queryKey: workspaceKey,
    queryFn: () => api<Workspace>('GET', '/api/settings/workspace'),
  });
}
