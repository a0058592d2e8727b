import type { CatalogueImportResult, Demo } from '@shared/schemas/demos.ts';
import { useApiMutation } from '../../../api/useApiMutation.ts';
import { requestsKey } from '../../requests/hooks/useRequests.ts';
import { catalogueKey, demosKey } from './useDemos.ts';

/** Saves demo `id` (persona, version, environment, trail, storyboard). */
export function useSaveDemo(id: string) {
  return useApiMutation<object, Demo>({
    request: (body) => ({ method: 'PUT', path: `/api/demos/${id}`, body }),
    invalidates: [demosKey, catalogueKey],
    success: 'Demo saved',
    quietFieldErrors: true,
  });
}

/** Copies demo `id` for another persona. */
export function useForkDemo(id: string) {
  return useApiMutation<{ personaId: string | null }, Demo>({
    request: (body) => ({ method: 'POST', path: `/api/demos/${id}/fork`, body }),
    invalidates: [demosKey],
    success: 'New demo created for this persona',
  });
}

/** Re-verifies demo `id` on a product version, resolving the flags of releases up to it. */
export function useVerifyDemo(id: string | undefined) {
  return useApiMutation<{ productVersion: string }, { resolved: number }>({
    request: (body) => ({ method: 'POST', path: `/api/demos/${id}/verify`, body }),
    invalidates: [demosKey],
    success: (r) => `Re-verified; ${r.resolved} flag${r.resolved === 1 ? '' : 's'} resolved`,
    quietFieldErrors: true,
  });
}

/** Turns a flag into an update request, or dismisses it with a reason. */
export function useFlagMutations(flagId: string) {
  const request = useApiMutation<void, { id: string; number: number }>({
    request: () => ({ method: 'POST', path: `/api/flags/${flagId}/request` }),
    invalidates: [demosKey, requestsKey],
    success: (r) => `Update request #${r.number} filed`,
  });
  const dismiss = useApiMutation<{ reason: string }>({
    request: (body) => ({ method: 'POST', path: `/api/flags/${flagId}/dismiss`, body }),
    invalidates: [demosKey],
    success: 'Flag dismissed',
  });
  return { request, dismiss };
}

/** Catalogue edits: GitLab stages/categories import, adding and deleting stages, categories, features. */
export function useCatalogueMutations() {
  const importGitlab = useApiMutation<{ stages: string; categories: string }, CatalogueImportResult>({
    request: (body) => ({ method: 'POST', path: '/api/catalogue/import/gitlab', body }),
    invalidates: [catalogueKey],
  });
  const create = useApiMutation<{ kind: string; body: object }>({
    request: ({ kind, body }) => ({ method: 'POST', path: `/api/catalogue/${kind}`, body }),
    invalidates: [catalogueKey],
    success: 'Added',
  });
  const remove = useApiMutation<{ kind: string; id: string }>({
    request: ({ kind, id }) => ({ method: 'DELETE', path: `/api/catalogue/${kind}/${id}` }),
    invalidates: [catalogueKey],
    success: 'Deleted',
  });
  return { importGitlab, create, remove };
}
