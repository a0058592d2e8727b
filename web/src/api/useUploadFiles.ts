import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';
import type { PathsWithMethod } from 'openapi-typescript-helpers';
import { useState } from 'react';
import type { ApiResult } from './client.ts';
import type { paths } from './schema.gen.ts';
import { uploadFile } from './upload.ts';

/**
 * Uploads files one after another to `path` (its placeholders from `params`), with the current
 * file's name and progress; `invalidates` is refreshed when the batch ends, even part way.
 */
export function useUploadFiles<Path extends PathsWithMethod<paths, 'post'>>(
  path: Path,
  params: Record<string, string>,
  invalidates: QueryKey,
) {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<{ name: string; fraction: number } | undefined>();
  const mutation = useMutation<ApiResult<Path, 'post'>[], Error, File[]>({
    mutationFn: async (files) => {
      const saved: ApiResult<Path, 'post'>[] = [];
      try {
        for (const file of files) {
          setProgress({ name: file.name, fraction: 0 });
          saved.push(
            await uploadFile(path, params, file, (fraction) => setProgress({ name: file.name, fraction })),
          );
        }
      } finally {
        setProgress(undefined);
        await queryClient.invalidateQueries({ queryKey: invalidates });
      }
      return saved;
    },
  });
  return { ...mutation, progress };
}
