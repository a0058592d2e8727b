import type { CreateWebhookInput } from '@shared/schemas/webhooks.ts';
import { apiClient, ifMatch } from '../../../api/client.ts';
import { useApiMutation } from '../../../api/useApiMutation.ts';
import { webhookAllowedHostsKey, webhooksKey } from './useWebhooks.ts';

/** Add a webhook, switch one on or off, give one a new secret, delete one; set the allowed hosts. */
export function useWebhookMutations() {
  const create = useApiMutation({
    request: (body: CreateWebhookInput) => apiClient.POST('/api/settings/webhooks', { body }),
    invalidates: [webhooksKey],
    success: (hook) => `Added ${hook.name}`,
    quietFieldErrors: true,
  });
  /** Pauses or resumes a webhook over the version shown (If-Match); a stale one is refused (412). */
  const update = useApiMutation({
    request: ({ id, version, active }: { id: string; version: number; active: boolean }) =>
      apiClient.PATCH('/api/settings/webhooks/{id}', {
        params: { path: { id }, header: ifMatch(version) },
        body: { active },
      }),
    invalidates: [webhooksKey],
  });
  const rotate = useApiMutation({
    request: (hook: { id: string }) =>
      apiClient.POST('/api/settings/webhooks/{id}/secret', { params: { path: { id: hook.id } } }),
    invalidates: [],
  });
  const remove = useApiMutation({
    request: (hook: { id: string }) =>
      apiClient.DELETE('/api/settings/webhooks/{id}', { params: { path: { id: hook.id } } }),
    invalidates: [webhooksKey],
  });
  const saveAllowedHosts = useApiMutation({
    request: (hosts: string[]) => apiClient.PUT('/api/settings/webhooks/allowed-hosts', { body: { hosts } }),
    invalidates: [webhookAllowedHostsKey],
    success: 'Allowed hosts saved',
    quietFieldErrors: true,
  });
  return { create, update, rotate, remove, saveAllowedHosts };
}
