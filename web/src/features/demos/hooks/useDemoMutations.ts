import { type ApiBody, apiClient, ifMatch } from '../../../api/client.ts';
import { useApiMutation } from '../../../api/useApiMutation.ts';
import { requestsKey } from '../../requests/hooks/useRequests.ts';
import { catalogueKey, demosKey } from './useDemos.ts';

/** Saves demo `id` (persona, version, environment, trail, storyboard). */
export function useSaveDemo(id: string) {
  return useApiMutation({
    request: ({ body, version }: { body: ApiBody<'/api/demos/{id}', 'put'>; version?: number }) =>
      apiClient.PUT('/api/demos/{id}', {
        params: { path: { id }, header: version === undefined ? {} : ifMatch(version) },
        body,
      }),
    invalidates: [demosKey, catalogueKey],
    success: 'Demo saved',
    quietFieldErrors: true,
    conflictDialog: true,
  });
}

/** Copies demo `id` for another persona. */
export function useForkDemo(id: string) {
  return useApiMutation({
    request: (body: ApiBody<'/api/demos/{id}/fork', 'post'>) =>
      apiClient.POST('/api/demos/{id}/fork', { params: { path: { id } }, body }),
    invalidates: [demosKey],
    success: 'New demo created for this persona',
  });
}

/** Re-verifies demo `id` on a product version, resolving the flags of releases up to it. */
export function useVerifyDemo(id: string | undefined) {
  return useApiMutation({
    request: (body: ApiBody<'/api/demos/{id}/verify', 'post'>) =>
      apiClient.POST('/api/demos/{id}/verify', { params: { path: { id: id ?? '' } }, body }),
    invalidates: [demosKey],
    success: (r) => `Re-verified; ${r.resolved} flag${r.resolved === 1 ? '' : 's'} resolved`,
    quietFieldErrors: true,
  });
}

/** Turns a flag into an update request, or dismisses it with a reason. */
export function useFlagMutations(flagId: string) {
  const request = useApiMutation({
    request: () => apiClient.POST('/api/flags/{id}/request', { params: { path: { id: flagId } } }),
    invalidates: [demosKey, requestsKey],
    success: (r) =>
      r.attached ? `Added to the open update request #${r.number}` : `Update request #${r.number} filed`,
  });
  const dismiss = useApiMutation({
    request: (body: { reason: string }) =>
      apiClient.POST('/api/flags/{id}/dismiss', { params: { path: { id: flagId } }, body }),
    invalidates: [demosKey],
    success: 'Flag dismissed',
  });
  return { request, dismiss };
}

/** A stage, category or feature to add to the catalogue. */
type CatalogueAddition =
  | { kind: 'stages'; body: ApiBody<'/api/catalogue/stages', 'post'> }
  | { kind: 'categories'; body: ApiBody<'/api/catalogue/categories', 'post'> }
  | { kind: 'features'; body: ApiBody<'/api/catalogue/features', 'post'> };

/** Catalogue edits: GitLab stages/categories import, adding and deleting stages, categories, features. */
export function useCatalogueMutations() {
  const importGitlab = useApiMutation({
    request: (body: ApiBody<'/api/catalogue/import/gitlab', 'post'>) =>
      apiClient.POST('/api/catalogue/import/gitlab', { body }),
    invalidates: [catalogueKey],
  });
  const create = useApiMutation({
    request: (addition: CatalogueAddition) => {
      switch (addition.kind) {
        case 'stages':
          return apiClient.POST('/api/catalogue/stages', { body: addition.body });
        case 'categories':
          return apiClient.POST('/api/catalogue/categories', { body: addition.body });
        case 'features':
          return apiClient.POST('/api/catalogue/features', { body: addition.body });
      }
    },
    invalidates: [catalogueKey],
    success: 'Added',
  });
  const remove = useApiMutation({
    request: (item: { kind: 'stages' | 'categories' | 'features'; id: string }) =>
      apiClient.DELETE('/api/catalogue/{kind}/{id}', { params: { path: item } }),
    invalidates: [catalogueKey],
    success: 'Deleted',
  });
  return { importGitlab, create, remove };
}
