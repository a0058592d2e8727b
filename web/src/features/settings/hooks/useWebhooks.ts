import type { Webhook, WebhookDelivery } from '@shared/schemas/webhooks.ts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';

export const webhooksKey = ['webhooks'] as const;

export function useWebhooks() {
  return useQuery({
    queryKey: webhooksKey,
    queryFn: async () => (await api<{ webhooks: Webhook[] }>('GET', '/api/settings/webhooks')).webhooks,
  });
}

/** The delivery log of one webhook, refreshed every 10 s while it is open. */
export function useWebhookDeliveries(webhook: Webhook | null) {
  return useQuery({
    queryKey: [...webhooksKey, 'deliveries', webhook?.id],
    queryFn: async () =>
      (
        await api<{ deliveries: WebhookDelivery[] }>(
          'GET',
          `/api/settings/webhooks/${webhook?.id}/deliveries`,
        )
      ).deliveries,
    enabled: Boolean(webhook),
    refetchInterval: 10_000,
  });
}
