import type { TermKind } from '@shared/schemas/settings.ts';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../api/client.ts';

export const termsKey = ['terms'] as const;

/** Every taxonomy term, fetched once and shared; `kind` narrows the list in order. */
export function useTerms(kind?: TermKind) {
  return useQuery({
    queryKey: termsKey,
    queryFn: async () => (await apiClient.GET('/api/settings/terms')).terms,
    select: (terms) => (kind ? terms.filter((term) => term.kind === kind) : terms),
  });
}
