import type { CreateTermInput, Term, TermKind, UpdateTermInput } from '@shared/schemas/settings.ts';
import { useApiMutation } from '../../../api/useApiMutation.ts';
import { termsKey } from './useTerms.ts';

/** Create, update, delete and reorder taxonomy terms; each refreshes the shared term list. */
export function useTermMutations() {
  const create = useApiMutation<CreateTermInput, Term>({
    request: (body) => ({ method: 'POST', path: '/api/settings/terms', body }),
    invalidates: [termsKey],
    success: (term) => `Added “${term.name}”`,
    quietFieldErrors: true,
  });
  const update = useApiMutation<{ id: string } & UpdateTermInput, Term>({
    request: ({ id, ...body }) => ({ method: 'PATCH', path: `/api/settings/terms/${id}`, body }),
    invalidates: [termsKey],
    quietFieldErrors: true,
  });
  const remove = useApiMutation<Term>({
    request: (term) => ({ method: 'DELETE', path: `/api/settings/terms/${term.id}` }),
    invalidates: [termsKey],
    success: (_result, term) => `Deleted “${term.name}”`,
  });
  const reorder = useApiMutation<{ kind: TermKind; ids: string[] }>({
    request: (body) => ({ method: 'PUT', path: '/api/settings/terms/order', body }),
    invalidates: [termsKey],
  });
  return { create, update, remove, reorder };
}
