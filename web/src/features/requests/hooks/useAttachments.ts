import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type ApiResult, apiClient } from '../../../api/client.ts';
import { uploadFile } from '../../../api/upload.ts';
import { requestsKey } from './useRequests.ts';

/** What an upload answers: the saved attachment. */
type Attachment = ApiResult<'/api/requests/{id}/attachments', 'post'>;

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
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<{ name: string; fraction: number } | undefined>();
  const mutation = useMutation<Attachment[], Error, File[]>({
    mutationFn: async (files) => {
      const saved: Attachment[] = [];
      try {
        for (const file of files) {
          setProgress({ name: file.name, fraction: 0 });
          saved.push(
            await uploadFile('/api/requests/{id}/attachments', { id: requestId }, file, (fraction) =>
              setProgress({ name: file.name, fraction }),
            ),
          );
        }
      } finally {
        setProgress(undefined);
        await queryClient.invalidateQueries({ queryKey: attachmentsKey(requestId) });
      }
      return saved;
    },
  });
  return { ...mutation, progress };
}
