import type { CreateWebhookInput } from '@shared/schemas/webhooks.ts';
import { apiClient } from '../../../api/client.ts';
import { useApiMutation } from '../../../api/useApiMutation.ts';
import { webhooksKey } from './useWebhooks.ts';

/** Add a webhook, switch one on or off, delete one. */
export function useWebhookMutations() {
  const create = useApiMutation({
    request: (body: CreateWebhookInput) => apiClient.POST('/api/settings/webhooks', { body }),
    invalidates: [webhooksKey],
    success: (hook) => `Added ${hook.name}`,
    quietFieldErrors: true,
  });
  const update = useApiMutation({
    request: ({ id, active }: { id: string; active: boolean }) =>
      apiClient.PATCH('/api/settings/webhooks/{id}', { params: { path: { id } }, body: { active } }),
    invalidates: [webhooksKey],
  });
  const remove = useApiMutation({
    request: (hook: { id: string }) =>
      apiClient.DELETE('/api/settings/webhooks/{id}', { params: { path: { id: hook.id } } }),
    invalidates: [webhooksKey],
  });
  return { create, update, remove };
}
