import type { Asset, AssetList, CreateAssetInput, CreateListInput } from '@shared/schemas/library.ts';
import { useApiMutation } from '../../../api/useApiMutation.ts';
import { libraryKey } from './useLibrary.ts';

/** Creates an asset, or saves the asset `id` when given. */
export function useSaveAsset(id: string | undefined) {
  return useApiMutation<CreateAssetInput, Asset>({
    request: (body) => ({
      method: id ? 'PATCH' : 'POST',
      path: id ? `/api/assets/${id}` : '/api/assets',
      body,
    }),
    invalidates: [libraryKey],
    success: (asset) => `Saved “${asset.title}”`,
    quietFieldErrors: true,
  });
}

/** Creates a list. */
export function useCreateList() {
  return useApiMutation<CreateListInput, AssetList>({
    request: (body) => ({ method: 'POST', path: '/api/lists', body }),
    invalidates: [libraryKey],
    success: (list) => `Created “${list.name}”`,
    quietFieldErrors: true,
  });
}

/** Restores an earlier version of asset `id` (a new save with that version's state). */
export function useRestoreVersion(id: string | undefined) {
  return useApiMutation<number, Asset>({
    request: (version) => ({
      method: 'POST',
      path: `/api/assets/${id}/versions/${version}/restore`,
      body: {},
    }),
    invalidates: [libraryKey],
    success: (_a, version) => `Restored version ${version}`,
  });
}
