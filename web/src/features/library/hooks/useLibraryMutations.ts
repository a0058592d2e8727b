import type { CreateAssetInput, CreateListInput } from '@shared/schemas/library.ts';
import { apiClient } from '../../../api/client.ts';
import { useApiMutation } from '../../../api/useApiMutation.ts';
import { libraryKey } from './useLibrary.ts';

/** Creates an asset, or saves the asset `id` when given. */
export function useSaveAsset(id: string | undefined) {
  return useApiMutation({
    request: (body: CreateAssetInput) =>
      id
        ? apiClient.PATCH('/api/assets/{id}', { params: { path: { id } }, body })
        : apiClient.POST('/api/assets', { body }),
    invalidates: [libraryKey],
    success: (asset) => `Saved “${asset.title}”`,
    quietFieldErrors: true,
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

/** Restores an earlier version of asset `id` (a new save with that version's state). */
export function useRestoreVersion(id: string | undefined) {
  return useApiMutation({
    request: (version: number) =>
      apiClient.POST('/api/assets/{id}/versions/{version}/restore', {
        params: { path: { id: id ?? '', version } },
        body: {},
      }),
    invalidates: [libraryKey],
    success: (_asset, version) => `Restored version ${version}`,
  });
}
