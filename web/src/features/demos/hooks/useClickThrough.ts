import type { Redaction } from '@shared/clickthrough.ts';
import { useQuery } from '@tanstack/react-query';
import { type ApiBody, type ApiResult, apiClient } from '../../../api/client.ts';
import { useApiMutation } from '../../../api/useApiMutation.ts';
import { useUploadFiles } from '../../../api/useUploadFiles.ts';
import { demosKey } from './useDemos.ts';

export type ClickThroughDraft = ApiResult<'/api/demos/{id}/click-through'>;
export type BuilderStep = ClickThroughDraft['steps'][number];
export type StepChanges = ApiBody<'/api/demos/{id}/click-through/steps/{stepId}', 'patch'>;

export const clickThroughKey = (assetId: string) => [...demosKey, 'click-through', assetId] as const;

/** The draft of click-through demo `assetId`: its steps, token fallbacks, versions, warnings and flagged steps. */
export function useClickThrough(assetId: string) {
  return useQuery({
    queryKey: clickThroughKey(assetId),
    queryFn: () => apiClient.GET('/api/demos/{id}/click-through', { params: { path: { id: assetId } } }),
    retry: false,
  });
}

/** What the draft would publish, for the preview. */
export function useClickThroughPreview(assetId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...clickThroughKey(assetId), 'preview'],
    queryFn: () =>
      apiClient.GET('/api/demos/{id}/click-through/preview', { params: { path: { id: assetId } } }),
    enabled,
    gcTime: 0,
  });
}

/** Screenshots dropped, pasted or picked: one new step each, in order. */
export function useAddScreenshots(assetId: string) {
  return useUploadFiles(
    '/api/demos/{id}/click-through/screenshots',
    { id: assetId },
    clickThroughKey(assetId),
  );
}

/** Every write of the builder; each refreshes the draft (and the demo, whose trail follows the steps). */
export function useClickThroughMutations(assetId: string) {
  const invalidates = [clickThroughKey(assetId), [...demosKey, 'detail', assetId]];
  const path = { id: assetId };
  const addStep = useApiMutation({
    request: (body: ApiBody<'/api/demos/{id}/click-through/steps', 'post'>) =>
      apiClient.POST('/api/demos/{id}/click-through/steps', { params: { path }, body }),
    invalidates,
  });
  const updateStep = useApiMutation({
    request: ({ stepId, changes }: { stepId: string; changes: StepChanges }) =>
      apiClient.PATCH('/api/demos/{id}/click-through/steps/{stepId}', {
        params: { path: { ...path, stepId } },
        body: changes,
      }),
    invalidates,
    quietFieldErrors: true,
  });
  const removeStep = useApiMutation({
    request: (stepId: string) =>
      apiClient.DELETE('/api/demos/{id}/click-through/steps/{stepId}', {
        params: { path: { ...path, stepId } },
      }),
    invalidates,
    success: 'Step removed',
  });
  const reorder = useApiMutation({
    request: (stepIds: string[]) =>
      apiClient.PUT('/api/demos/{id}/click-through/order', { params: { path }, body: { stepIds } }),
    invalidates,
  });
  const redact = useApiMutation({
    request: ({ stepId, redactions }: { stepId: string; redactions: Redaction[] }) =>
      apiClient.POST('/api/demos/{id}/click-through/steps/{stepId}/redactions', {
        params: { path: { ...path, stepId } },
        body: { redactions },
      }),
    invalidates,
    success: (_result, input) =>
      `${input.redactions.length === 1 ? 'Redaction' : `${input.redactions.length} redactions`} burned into the screenshot`,
  });
  const saveTokens = useApiMutation({
    request: (tokens: Record<string, string>) =>
      apiClient.PUT('/api/demos/{id}/click-through/tokens', { params: { path }, body: { tokens } }),
    invalidates,
    success: 'Fallback values saved',
  });
  const publish = useApiMutation({
    request: () => apiClient.POST('/api/demos/{id}/click-through/publish', { params: { path } }),
    invalidates,
    success: (version) => `Version ${version.number} published; viewers see it now`,
  });
  return { addStep, updateStep, removeStep, reorder, redact, saveTokens, publish };
}
