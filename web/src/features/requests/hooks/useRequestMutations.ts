import type { ContentRequest, CreateRequestInput } from '@shared/schemas/requests.ts';
import { useApiMutation } from '../../../api/useApiMutation.ts';
import { requestsKey } from './useRequests.ts';

/** Files a request, or answers it at once with an existing asset (`reusedAssetId`). */
export function useCreateRequest() {
  return useApiMutation<CreateRequestInput, ContentRequest>({
    request: (body) => ({ method: 'POST', path: '/api/requests', body }),
    invalidates: [requestsKey],
    success: (request) =>
      request.reuse
        ? `Answered with existing content (#${request.number})`
        : `Request #${request.number} filed`,
    quietFieldErrors: true,
  });
}
