import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../api/client.ts';
import { libraryKey } from '../../library/hooks/useLibrary.ts';
import { requestsKey } from './useRequests.ts';

/** Enough text to look for: a few letters. */
const enough = (text: string) => text.trim().length >= 3;

/** Published assets that may already answer the request, from its whole text. */
export function useContentSuggestions(text: string) {
  return useQuery({
    queryKey: [...libraryKey, 'suggest', text],
    queryFn: async () => (await apiClient.POST('/api/assets/suggestions', { body: { text, limit: 5 } })).hits,
    enabled: enough(text),
    // While the next text is looked up, the last answer stays instead of flickering away.
    placeholderData: keepPreviousData,
  });
}

/** Open requests of the team that look like this one: the warning shown before filing a duplicate. */
export function useSimilarRequests(teamId: string | null, text: string) {
  return useQuery({
    queryKey: [...requestsKey, 'similar', teamId, text],
    queryFn: async () =>
      (await apiClient.POST('/api/requests/similar', { body: { teamId: teamId ?? '', text } })).requests,
    enabled: Boolean(teamId) && enough(text),
    placeholderData: keepPreviousData,
  });
}
