import type { CreateWebhookInput, Webhook } from '@shared/schemas/webhooks.ts';
import { useApiMutation } from '../../../api/useApiMutation.ts';
import { webhooksKey } from './useWebhooks.ts';

/** Add a webhook, switch one on or off, delete one. */
export function useWebhookMutations() {
  const create = useApiMutation<CreateWebhookInput, Webhook>({
    request: (body) => ({ method: 'POST', path: '/api/settings/webhooks', body }),
    invalidates: [webhooksKey],
    success: (hook) => `Added ${hook.name}`,
    quietFieldErrors: true,
  });
  const update = useApiMutation<{ id: string; active: boolean }, Webhook>({
    request: ({ id, active }) => ({
      method: 'PATCH',
      path: `/api/settings/webhooks/${id}`,
      body: { active },
    }),
    invalidates: [webhooksKey],
  });
  const remove = useApiMutation<Webhook>({
    request: (hook) => ({ method: 'DELETE', path: `/api/settings/webhooks/${hook.id}` }),
    invalidates: [webhooksKey],
  });
  return { create, update, remove };
}
