import type {
  CreateShortLinkInput,
  CreateUtmTemplateInput,
  UpdateDistributionInput,
} from '@shared/schemas/distribution.ts';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../api/client.ts';
import { useApiMutation } from '../../../api/useApiMutation.ts';

export const distributionKey = ['distribution'] as const;
export const channelsKey = ['distribution-channels'] as const;
export const checklistsKey = ['publishing-checklists'] as const;

const path = (id: string) => ({ params: { path: { id } } });

export function useChannels() {
  return useQuery({
    queryKey: channelsKey,
    queryFn: () => apiClient.GET('/api/settings/distribution-channels'),
    select: (data) => data.channels,
  });
}

export function usePublishingChecklists() {
  return useQuery({
    queryKey: checklistsKey,
    queryFn: () => apiClient.GET('/api/settings/publishing-checklists'),
    select: (data) => data.formats,
  });
}

export function useAssetDistribution(assetId: string) {
  return useQuery({
    queryKey: [...distributionKey, 'rows', assetId],
    queryFn: () => apiClient.GET('/api/assets/{id}/distribution', path(assetId)),
  });
}

export function useAssetChecklist(assetId: string) {
  return useQuery({
    queryKey: [...distributionKey, 'checklist', assetId],
    queryFn: () => apiClient.GET('/api/assets/{id}/publishing-checklist', path(assetId)),
  });
}

export function useShortLinks(assetId: string) {
  return useQuery({
    queryKey: [...distributionKey, 'short-links', assetId],
    queryFn: () => apiClient.GET('/api/assets/{id}/short-links', path(assetId)),
    select: (data) => data.shortLinks,
  });
}

export function useUtmTemplates() {
  return useQuery({
    queryKey: [...distributionKey, 'templates'],
    queryFn: () => apiClient.GET('/api/utm-templates', {}),
    select: (data) => data.templates,
  });
}

export function useAnnouncement(assetId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...distributionKey, 'announcement', assetId],
    queryFn: () => apiClient.GET('/api/assets/{id}/announcement', path(assetId)),
    enabled,
  });
}

export function useTickChecklistItem(assetId: string) {
  return useApiMutation({
    request: ({ itemId, done }: { itemId: string; done: boolean }) =>
      apiClient.PUT('/api/assets/{id}/publishing-checklist/{itemId}', {
        params: { path: { id: assetId, itemId } },
        body: { done },
      }),
    invalidates: [distributionKey],
  });
}

export function useUpdateDistribution(assetId: string) {
  return useApiMutation({
    request: ({ channelId, body }: { channelId: string; body: UpdateDistributionInput }) =>
      apiClient.PUT('/api/assets/{id}/distribution/{channelId}', {
        params: { path: { id: assetId, channelId } },
        body,
      }),
    invalidates: [distributionKey],
    quietFieldErrors: true,
  });
}

export function useCreateShortLink() {
  return useApiMutation({
    request: (body: CreateShortLinkInput) => apiClient.POST('/api/short-links', { body }),
    invalidates: [distributionKey],
    success: (link) => `Made ${link.url}`,
    quietFieldErrors: true,
  });
}

export function useDeleteShortLink() {
  return useApiMutation({
    request: (id: string) => apiClient.DELETE('/api/short-links/{id}', path(id)),
    invalidates: [distributionKey],
    success: 'Deleted the short link',
  });
}

export function useSaveUtmTemplate() {
  return useApiMutation({
    request: (body: CreateUtmTemplateInput) => apiClient.POST('/api/utm-templates', { body }),
    invalidates: [distributionKey],
    success: (template) => `Saved the template “${template.name}”`,
    quietFieldErrors: true,
  });
}

export function usePostAnnouncement(assetId: string) {
  return useApiMutation({
    request: () => apiClient.POST('/api/assets/{id}/announcement', path(assetId)),
    invalidates: [],
    success: (result) =>
      result.queued ? `Posted to ${result.queued} webhook(s)` : 'No webhook subscribes to announcements',
  });
}
