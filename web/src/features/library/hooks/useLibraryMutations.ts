import type { CreateAssetInput, CreateListInput, UpdateAssetInput } from '@shared/schemas/library.ts';
import { apiClient, ifMatch } from '../../../api/client.ts';
import { useApiMutation } from '../../../api/useApiMutation.ts';
import { libraryKey } from './useLibrary.ts';

/**
 * Creates an asset, or saves the asset `id` when given — from `version`, the version the editor
 * loaded (If-Match), so a save over someone else's newer one is refused with 412.
 */
export function useSaveAsset(id: string | undefined) {
  return useApiMutation({
    request: ({
      body,
      version,
    }: {
      body: (CreateAssetInput | UpdateAssetInput) & { checklistOverride?: string };
      version?: number;
    }) =>
      id
        ? apiClient.PATCH('/api/assets/{id}', {
            params: { path: { id }, header: version === undefined ? {} : ifMatch(version) },
            body,
          })
        : apiClient.POST('/api/assets', { body: body as CreateAssetInput }),
    invalidates: [libraryKey],
    success: (asset) => `Saved “${asset.title}”`,
    quietFieldErrors: true,
    conflictDialog: true,
  });
}

/** Creates a list. */
export function useCreateList() {
  return useApiMutation({
    request: (body: CreateListInput) => apiClient.POST('/api/lists', { body }),
    invalidates: [libraryKey],
    success: (list) => `Created “${list.name}”`,
    quietFieldErrors: true,
  });
}

/** Restores an earlier version of asset `id` (a new save with that version's state) over `from`, the version shown. */
export function useRestoreVersion(id: string | undefined) {
  return useApiMutation({
    request: ({ version, from }: { version: number; from: number }) =>
      apiClient.POST('/api/assets/{id}/versions/{version}/restore', {
        params: { path: { id: id ?? '', version }, header: ifMatch(from) },
        body: {},
      }),
    invalidates: [libraryKey],
    success: (_asset, { version }) => `Restored version ${version}`,
  });
}
