import type { TermKind } from '@shared/schemas/settings.ts';
import { useTerms } from './useTerms.ts';

/** Select options for live (not archived) terms of a kind, in their order. */
export function useTermOptions() {
  const terms = useTerms();
  return (kind: TermKind) =>
    (terms.data ?? [])
      .filter((term) => term.kind === kind && !term.archived)
      .map((term) => ({ value: term.id, label: term.name }));
}
