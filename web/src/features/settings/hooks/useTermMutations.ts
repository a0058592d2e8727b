import type { CreateTermInput, TermKind, UpdateTermInput } from '@shared/schemas/settings.ts';
import { apiClient, ifMatch } from '../../../api/client.ts';
import { useApiMutation } from '../../../api/useApiMutation.ts';
import { termsKey } from './useTerms.ts';

/** Create, update, delete and reorder taxonomy terms; each refreshes the shared term list. */
export function useTermMutations() {
  const create = useApiMutation({
    request: (body: CreateTermInput) => apiClient.POST('/api/settings/terms', { body }),
    invalidates: [termsKey],
    success: (term) => `Added “${term.name}”`,
    quietFieldErrors: true,
  });
  /** Saves term `id` over `version`, the version shown (If-Match): a stale one answers 412. */
  const update = useApiMutation({
    request: ({ id, version, ...body }: { id: string; version: number } & UpdateTermInput) =>
      apiClient.PATCH('/api/settings/terms/{id}', {
        params: { path: { id }, header: ifMatch(version) },
        body,
      }),
    invalidates: [termsKey],
    quietFieldErrors: true,
  });
  const remove = useApiMutation({
    request: (term: { id: string; name: string }) =>
      apiClient.DELETE('/api/settings/terms/{id}', { params: { path: { id: term.id } } }),
    invalidates: [termsKey],
    success: (_result, term) => `Deleted “${term.name}”`,
  });
  const reorder = useApiMutation({
    request: (body: { kind: TermKind; ids: string[] }) =>
      apiClient.PUT('/api/settings/terms/order', { body }),
    invalidates: [termsKey],
  });
  return { create, update, remove, reorder };
}
