import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type ApiResult, apiClient } from '../../../api/client.ts';
import { uploadFile } from '../../../api/upload.ts';
import { useApiMutation } from '../../../api/useApiMutation.ts';
import { libraryKey } from './useLibrary.ts';

type AssetFile = ApiResult<'/api/assets/{id}/files', 'post'>;

const assetFilesKey = (assetId: string) => [...libraryKey, 'files', assetId];

/** An asset's files (oldest first) and the largest upload the server takes. */
export function useAssetFiles(assetId: string) {
  return useQuery({
    queryKey: assetFilesKey(assetId),
    queryFn: () => apiClient.GET('/api/assets/{id}/files', { params: { path: { id: assetId } } }),
  });
}

/** Uploads files one after another, with the current file's name and progress. */
export function useUploadAssetFiles(assetId: string) {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<{ name: string; fraction: number } | undefined>();
  const mutation = useMutation<AssetFile[], Error, File[]>({
    mutationFn: async (files) => {
      const saved: AssetFile[] = [];
      try {
        for (const file of files) {
          setProgress({ name: file.name, fraction: 0 });
          saved.push(
            await uploadFile('/api/assets/{id}/files', { id: assetId }, file, (fraction) =>
              setProgress({ name: file.name, fraction }),
            ),
          );
        }
      } finally {
        setProgress(undefined);
        await queryClient.invalidateQueries({ queryKey: assetFilesKey(assetId) });
      }
      return saved;
    },
  });
  return { ...mutation, progress };
}

export function useDeleteAssetFile(assetId: string) {
  return useApiMutation({
    request: (file: { id: string; filename: string }) =>
      apiClient.DELETE('/api/assets/{id}/files/{fileId}', {
        params: { path: { id: assetId, fileId: file.id } },
      }),
    invalidates: [assetFilesKey(assetId)],
    success: (_result, file) => `Deleted “${file.filename}”`,
  });
}
