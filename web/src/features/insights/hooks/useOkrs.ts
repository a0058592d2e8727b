import type { KeyResult } from '@shared/schemas/okrs.ts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient, ifMatch } from '../../../api/client.ts';
import { useApiMutation } from '../../../api/useApiMutation.ts';

export const okrsKey = ['okrs'] as const;

/** A quarter's objectives with their key results' live values and history (this quarter when left out). */
export function useOkrs(quarter: string | undefined) {
  return useQuery({
    queryKey: [...okrsKey, quarter ?? 'current'],
    queryFn: () => apiClient.GET('/api/okrs', { params: { query: quarter ? { quarter } : {} } }),
    placeholderData: keepPreviousData,
  });
}

export interface ObjectiveInput {
  title: string;
  description: string;
  ownerId: string | null;
}

export interface KeyResultInput {
  title: string;
  measure: KeyResult['measure'];
  filters: KeyResult['filters'];
  target: number;
}

/** Set objectives and key results, and enter the numbers of manual key results. */
export function useOkrMutations() {
  const invalidates = [okrsKey];
  const createObjective = useApiMutation({
    request: (body: ObjectiveInput & { quarter: string }) => apiClient.POST('/api/okrs', { body }),
    invalidates,
    success: (objective) => `Added “${objective.title}”`,
    quietFieldErrors: true,
  });
  const updateObjective = useApiMutation({
    request: ({ id, version, ...body }: { id: string; version: number } & Partial<ObjectiveInput>) =>
      apiClient.PATCH('/api/okrs/{id}', { params: { path: { id }, header: ifMatch(version) }, body }),
    invalidates,
    success: 'Objective saved',
    quietFieldErrors: true,
    conflictDialog: true,
  });
  const removeObjective = useApiMutation({
    request: (objective: { id: string; title: string }) =>
      apiClient.DELETE('/api/okrs/{id}', { params: { path: { id: objective.id } } }),
    invalidates,
    success: (_r, objective) => `Deleted “${objective.title}”`,
  });
  const addKeyResult = useApiMutation({
    request: ({ objectiveId, ...body }: KeyResultInput & { objectiveId: string }) =>
      apiClient.POST('/api/okrs/{id}/key-results', { params: { path: { id: objectiveId } }, body }),
    invalidates,
    success: 'Key result added',
    quietFieldErrors: true,
  });
  const updateKeyResult = useApiMutation({
    request: ({ id, version, ...body }: { id: string; version: number } & Partial<KeyResultInput>) =>
      apiClient.PATCH('/api/key-results/{id}', { params: { path: { id }, header: ifMatch(version) }, body }),
    invalidates,
    success: 'Key result saved',
    quietFieldErrors: true,
    conflictDialog: true,
  });
  const removeKeyResult = useApiMutation({
    request: (keyResult: { id: string; title: string }) =>
      apiClient.DELETE('/api/key-results/{id}', { params: { path: { id: keyResult.id } } }),
    invalidates,
    success: (_r, keyResult) => `Deleted “${keyResult.title}”`,
  });
  const enter = useApiMutation({
    request: ({ id, value }: { id: string; value: number }) =>
      apiClient.POST('/api/key-results/{id}/entries', { params: { path: { id } }, body: { value } }),
    invalidates,
    success: 'Number entered',
    quietFieldErrors: true,
  });
  return {
    createObjective,
    updateObjective,
    removeObjective,
    addKeyResult,
    updateKeyResult,
    removeKeyResult,
    enter,
  };
}
