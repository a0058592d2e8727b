import type { UpdateWorkspaceInput, Workspace } from '@shared/schemas/settings.ts';
import { useApiMutation } from '../../../api/useApiMutation.ts';
import { workspaceKey } from './useWorkspace.ts';

/** Saves the workspace name and settings. */
export function useSaveWorkspace() {
  return useApiMutation<UpdateWorkspaceInput, Workspace>({
    request: (body) => ({ method: 'PATCH', path: '/api/settings/workspace', body }),
    invalidates: [workspaceKey],
    success: 'Workspace settings saved',
    quietFieldErrors: true,
  });
}
