import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../api/client.ts';
import { useApiMutation } from '../../../api/useApiMutation.ts';
import { useUploadFiles } from '../../../api/useUploadFiles.ts';
import { libraryKey } from './useLibrary.ts';

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
  return useUploadFiles('/api/assets/{id}/files', { id: assetId }, assetFilesKey(assetId));
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
