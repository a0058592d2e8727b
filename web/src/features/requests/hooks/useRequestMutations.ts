import { requestStateLabels } from '@shared/requests.ts';
import type {
  CreateRequestInput,
  ResultsInput,
  TransitionInput,
  UpdateRequestInput,
} from '@shared/schemas/requests.ts';
import { apiClient, ifMatch } from '../../../api/client.ts';
import { useApiMutation } from '../../../api/useApiMutation.ts';
import { requestsKey } from './useRequests.ts';

/** Files a request, or answers it at once with an existing asset (`reusedAssetId`). */
export function useCreateRequest() {
  return useApiMutation({
    request: (body: CreateRequestInput) => apiClient.POST('/api/requests', { body }),
    invalidates: [requestsKey],
    success: (request) =>
      request.reuse
        ? `Answered with existing content (#${request.number})`
        : `Request #${request.number} filed`,
    quietFieldErrors: true,
  });
}

/** Moves a request to another state (assigning, completing with assets, marking a duplicate…). */
export function useMoveRequest(requestId: string | undefined) {
  return useApiMutation({
    request: (body: TransitionInput) =>
      apiClient.POST('/api/requests/{id}/transitions', { params: { path: { id: requestId ?? '' } }, body }),
    invalidates: [requestsKey],
    success: (moved) => `Request #${moved.number} moved to ${requestStateLabels[moved.state]}`,
    quietFieldErrors: true,
  });
}

/** Records a delivered request's results, which closes it. */
export function useRecordResults(requestId: string) {
  return useApiMutation({
    request: (body: ResultsInput) =>
      apiClient.POST('/api/requests/{id}/results', { params: { path: { id: requestId } }, body }),
    invalidates: [requestsKey],
    success: 'Results added; the request is closed',
    quietFieldErrors: true,
  });
}

/**
 * Sets the priority, the work stage, the due date or what a request asks for (title, goal…) after
 * filing, over `version`,
 * the version the page shows (If-Match): a change over someone else's newer save answers 412.
 */
export function useUpdateRequest(requestId: string | undefined) {
  return useApiMutation({
    request: ({ body, version }: { body: UpdateRequestInput; version: number }) =>
      apiClient.PATCH('/api/requests/{id}', {
        params: { path: { id: requestId ?? '' }, header: ifMatch(version) },
        body,
      }),
    invalidates: [requestsKey],
    success: (updated, { body }) =>
      body.priority !== undefined
        ? `Priority ${updated.priority ?? 'cleared'}; score ${updated.score}`
        : body.stage
          ? 'Work stage saved'
          : Object.keys(body).some((key) => key !== 'dueDate')
            ? `Request #${updated.number} saved`
            : body.dueDate
              ? 'Due date saved'
              : 'Due date cleared',
    quietFieldErrors: true,
    conflictDialog: true,
  });
}

export const commentsKey = (requestId: string) => [...requestsKey, 'comments', requestId] as const;

/** Adds a comment (Markdown) to a request. */
export function usePostComment(requestId: string) {
  return useApiMutation({
    request: (body: { body: string }) =>
      apiClient.POST('/api/requests/{id}/comments', { params: { path: { id: requestId } }, body }),
    invalidates: [commentsKey(requestId)],
    quietFieldErrors: true,
  });
}
