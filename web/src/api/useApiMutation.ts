import { notifications } from '@mantine/notifications';
import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from './client.ts';

/**
 * A write to the API that refreshes the given queries on success, and shows the error (with its
 * request id for unexpected ones) unless the caller handles field errors itself. `request` makes
 * the call, normally through apiClient, so the result's type is inferred from the API document.
 */
export function useApiMutation<TInput, TResult>(options: {
  request: (input: TInput) => Promise<TResult>;
  invalidates: QueryKey[];
  success?: string | ((result: TResult, input: TInput) => string);
  quietFieldErrors?: boolean;
  /** The caller shows a 412 version_conflict in VersionConflictModal: no toast for it. */
  conflictDialog?: boolean;
}) {
  const queryClient = useQueryClient();
  return useMutation<TResult, Error, TInput>({
    mutationFn: options.request,
    onSuccess: async (result, input) => {
      await Promise.all(options.invalidates.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      if (options.success) {
        const message =
          typeof options.success === 'function' ? options.success(result, input) : options.success;
        notifications.show({ color: 'teal', message });
      }
    },
    onError: (error) => {
      // A version conflict opens the conflict dialog (useVersionConflict) instead of a toast.
      if (options.conflictDialog && error instanceof ApiError && error.code === 'version_conflict') return;
      if (options.quietFieldErrors && error instanceof ApiError && Object.keys(error.fields).length > 0)
        return;
      const requestId =
        error instanceof ApiError && error.status >= 500 ? ` (request ${error.requestId})` : '';
      notifications.show({ color: 'red', title: 'Not saved', message: `${error.message}${requestId}` });
    },
  });
}
