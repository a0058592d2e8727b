import type { UpdateWorkspaceInput } from '@shared/schemas/settings.ts';
import { apiClient, ifMatch } from '../../../api/client.ts';
import { useApiMutation } from '../../../api/useApiMutation.ts';
import { workspaceKey } from './useWorkspace.ts';

/** Saves the workspace name and settings over `version`, the version the form loaded. */
export function useSaveWorkspace() {
  return useApiMutation({
    request: ({ body, version }: { body: UpdateWorkspaceInput; version: number }) =>
      apiClient.PATCH('/api/settings/workspace', { params: { header: ifMatch(version) }, body }),
    invalidates: [workspaceKey],
    success: 'Workspace settings saved',
    quietFieldErrors: true,
    conflictDialog: true,
  });
}
