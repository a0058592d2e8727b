import type { CreatePlanEntryInput, CreatePlanEventInput, PlanImportInput } from '@shared/schemas/plan.ts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient, ifMatch } from '../../../api/client.ts';
import { useApiMutation } from '../../../api/useApiMutation.ts';

export const planKey = ['plan'] as const;

/** A quarter's roadmap (this quarter when left out). */
export function useRoadmap(quarter: string | undefined) {
  return useQuery({
    queryKey: [...planKey, 'roadmap', quarter ?? 'current'],
    queryFn: () => apiClient.GET('/api/plan/roadmap', { params: { query: quarter ? { quarter } : {} } }),
    placeholderData: keepPreviousData,
  });
}

export function useCalendar(from: string, to: string) {
  return useQuery({
    queryKey: [...planKey, 'calendar', from, to],
    queryFn: () => apiClient.GET('/api/plan/calendar', { params: { query: { from, to } } }),
    placeholderData: keepPreviousData,
  });
}

export function usePlanEntry(id: string) {
  return useQuery({
    queryKey: [...planKey, 'entry', id],
    queryFn: () => apiClient.GET('/api/plan/entries/{id}', { params: { path: { id } } }),
  });
}

export function useCalendarFeeds() {
  return useQuery({
    queryKey: [...planKey, 'feeds'],
    queryFn: () => apiClient.GET('/api/plan/feeds'),
  });
}

export function useImportMapping() {
  return useQuery({
    queryKey: [...planKey, 'import-mapping'],
    queryFn: () => apiClient.GET('/api/plan/import/mapping'),
  });
}

/** Move, edit and add plan entries and events; issue and revoke feeds; import a spreadsheet. */
export function usePlanMutations() {
  const invalidates = [planKey];
  const moveEntry = useApiMutation({
    request: ({
      id,
      version,
      ...body
    }: {
      id: string;
      version: number;
      title: string;
      week?: string;
      ownerId?: string | null;
    }) =>
      apiClient.POST('/api/plan/entries/{id}/move', {
        params: { path: { id }, header: ifMatch(version) },
        body: { week: body.week, ownerId: body.ownerId },
      }),
    invalidates,
    success: (entry) => `Moved “${entry.title}” to the week of ${entry.startDate}`,
  });
  const createEntry = useApiMutation({
    request: (body: CreatePlanEntryInput) => apiClient.POST('/api/plan/entries', { body }),
    invalidates,
    success: (entry) => `Planned “${entry.title}”`,
    quietFieldErrors: true,
  });
  const updateEntry = useApiMutation({
    request: ({
      id,
      version,
      ...body
    }: {
      id: string;
      version: number;
      status?: 'planned' | 'in_progress' | 'published' | 'dropped';
    }) =>
      apiClient.PATCH('/api/plan/entries/{id}', { params: { path: { id }, header: ifMatch(version) }, body }),
    invalidates,
    success: 'Plan entry saved',
  });
  const createEvent = useApiMutation({
    request: (body: CreatePlanEventInput) => apiClient.POST('/api/plan/events', { body }),
    invalidates,
    success: (event) => `Added “${event.title}”`,
    quietFieldErrors: true,
  });
  const removeEvent = useApiMutation({
    request: (event: { id: string; title: string }) =>
      apiClient.DELETE('/api/plan/events/{id}', { params: { path: { id: event.id } } }),
    invalidates,
    success: (_r, event) => `Deleted “${event.title}”`,
  });
  const issueFeed = useApiMutation({
    request: (scope: 'mine' | 'team') =>
      apiClient.POST('/api/plan/feeds/{scope}', { params: { path: { scope } } }),
    invalidates,
  });
  const revokeFeed = useApiMutation({
    request: (scope: 'mine' | 'team') =>
      apiClient.DELETE('/api/plan/feeds/{scope}', { params: { path: { scope } } }),
    invalidates,
    success: 'Feed revoked: its address no longer works',
  });
  const importPlan = useApiMutation({
    request: (body: PlanImportInput) => apiClient.POST('/api/plan/import', { body }),
    invalidates,
  });
  return { moveEntry, createEntry, updateEntry, createEvent, removeEvent, issueFeed, revokeFeed, importPlan };
}
