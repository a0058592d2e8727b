import type { UpdateWorkspaceInput } from '@shared/schemas/settings.ts';
import { apiClient } from '../../../api/client.ts';
import { useApiMutation } from '../../../api/useApiMutation.ts';
import { workspaceKey } from './useWorkspace.ts';

/** Saves the workspace name and settings. */
export function useSaveWorkspace() {
  return useApiMutation({
    request: (body: UpdateWorkspaceInput) => apiClient.PATCH('/api/settings/workspace', { body }),
    invalidates: [workspaceKey],
    success: 'Workspace settings saved',
    quietFieldErrors: true,
  });
}
