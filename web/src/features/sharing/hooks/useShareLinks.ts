import type { CreateShareLinkInput } from '@shared/schemas/sharing.ts';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../api/client.ts';
import { useApiMutation } from '../../../api/useApiMutation.ts';

export const shareLinksKey = ['share-links'] as const;

/** An asset's share links, whether SMTP is there for the email check, and whether it can be shared. */
export function useShareLinks(assetId: string) {
  return useQuery({
    queryKey: [...shareLinksKey, assetId],
    queryFn: () => apiClient.GET('/api/assets/{id}/share-links', { params: { path: { id: assetId } } }),
  });
}

/** Makes a link; its URL is in this answer only (the server keeps a digest of the token). */
export function useCreateShareLink(assetId: string) {
  return useApiMutation({
    request: (body: CreateShareLinkInput) =>
      apiClient.POST('/api/assets/{id}/share-links', { params: { path: { id: assetId } }, body }),
    invalidates: [shareLinksKey],
    success: (created) => `Made the link “${created.link.name}”`,
    quietFieldErrors: true,
  });
}

export function useRevokeShareLink() {
  return useApiMutation({
    request: (id: string) => apiClient.POST('/api/share-links/{id}/revoke', { params: { path: { id } } }),
    invalidates: [shareLinksKey],
    success: (link) => `Turned off “${link.name}”`,
  });
}

/**
 * Link URLs this browser made, by link id. The server stores only a digest of each token, so a
 * URL can be copied again later only where it was made.
 */
const STORE = 'showcase.share-urls';
export function rememberedUrls(): Record<string, string> {
  try {
    return JSON.parse(localStorage.getItem(STORE) ?? '{}') as Record<string, string>;
  } catch {
    return {};
  }
}
export function rememberUrl(linkId: string, url: string) {
  localStorage.setItem(STORE, JSON.stringify({ ...rememberedUrls(), [linkId]: url }));
}
