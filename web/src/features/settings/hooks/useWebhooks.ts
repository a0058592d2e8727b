import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../api/client.ts';

export const webhooksKey = ['webhooks'] as const;
export const webhookAllowedHostsKey = [...webhooksKey, 'allowed-hosts'] as const;

export function useWebhooks() {
  return useQuery({
    queryKey: webhooksKey,
    queryFn: async () => (await apiClient.GET('/api/settings/webhooks')).webhooks,
  });
}

/** The delivery log of one webhook, refreshed every 10 s while it is open. */
export function useWebhookDeliveries(webhook: { id: string } | null) {
  return useQuery({
    queryKey: [...webhooksKey, 'deliveries', webhook?.id],
    queryFn: async () =>
      (
        await apiClient.GET('/api/settings/webhooks/{id}/deliveries', {
          params: { path: { id: webhook?.id ?? '' } },
        })
      ).deliveries,
    enabled: Boolean(webhook),
    refetchInterval: 10_000,
  });
}

/** Hosts webhooks may reach although they resolve to private addresses. */
export function useWebhookAllowedHosts() {
  return useQuery({
    queryKey: webhookAllowedHostsKey,
    queryFn: async () => (await apiClient.GET('/api/settings/webhooks/allowed-hosts')).hosts,
  });
}
