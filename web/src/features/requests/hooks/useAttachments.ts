import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../api/client.ts';
import { useUploadFiles } from '../../../api/useUploadFiles.ts';
import { requestsKey } from './useRequests.ts';

const attachmentsKey = (requestId: string) => [...requestsKey, 'attachments', requestId];

export function useAttachments(requestId: string) {
  return useQuery({
    queryKey: attachmentsKey(requestId),
    queryFn: async () =>
      (await apiClient.GET('/api/requests/{id}/attachments', { params: { path: { id: requestId } } }))
        .attachments,
  });
}

/** Uploads files one after another, with the current file's name and progress. */
export function useAttachFiles(requestId: string) {
  return useUploadFiles('/api/requests/{id}/attachments', { id: requestId }, attachmentsKey(requestId));
}
