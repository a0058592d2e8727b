import type { Asset, CreateAssetInput } from '@shared/schemas/library.ts';
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
