import { Button, Group, Modal, MultiSelect, Select, Stack, Text, Textarea } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type RequestState, transitionActionLabel } from '@shared/requests.ts';
import type { ContentRequest } from '@shared/schemas/requests.ts';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ApiError, apiClient } from '../../../api/client.ts';
import { libraryKey } from '../../library/hooks/useLibrary.ts';
import { useUsers } from '../../settings/hooks/useUsers.ts';
import { useMoveRequest } from '../hooks/useRequestMutations.ts';
import { requestsKey, useRequest } from '../hooks/useRequests.ts';

const needsReason: RequestState[] = ['declined', 'canceled', 'transferred', 'duplicate'];

/** Asks for what a move needs (assignee, delivered assets, a reason, the original) and makes it. */
export function TransitionModal({
  request,
  to,
  onClose,
}: {
  request: ContentRequest | null;
  to: RequestState | null;
  onClose: () => void;
}) {
  // Only an assignment picks a person: nobody else asks for the accounts (requesters may not).
  const users = useUsers({ enabled: to === 'assigned' });
  const detail = useRequest(request && to === 'assigned' ? request.id : undefined);
  const [assigneeId, setAssigneeId] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [assetIds, setAssetIds] = useState<string[]>([]);
  const [duplicateOfId, setDuplicateOfId] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [fields, setFields] = useState<Record<string, string>>({});
  const assets = useQuery({
    queryKey: [...libraryKey, 'pick', debounced],
    queryFn: () =>
      apiClient.GET('/api/assets', { params: { query: { limit: 10, q: debounced || undefined } } }),
    enabled: to === 'completed',
  });
  const others = useQuery({
    queryKey: [...requestsKey, 'duplicate-candidates'],
    queryFn: async () =>
      (await apiClient.GET('/api/requests', { params: { query: { sort: 'number', limit: 200 } } })).requests,
    enabled: to === 'duplicate',
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset the inputs whenever another move starts
  useEffect(() => {
    setAssigneeId(request?.assignee?.id ?? null);
    setReason('');
    setAssetIds([]);
    setFields({});
  }, [request, to]);
  useEffect(() => {
    if (!assigneeId && detail.data?.suggestedAssignee) setAssigneeId(detail.data.suggestedAssignee.userId);
  }, [detail.data, assigneeId]);
  const move = useMoveRequest(request?.id);
  if (!request || !to) return null;
  const action = transitionActionLabel(request.state, to);
  const pickable = [...(assets.data?.hits ?? []).map((hit) => ({ value: hit.id, label: hit.title }))];

  return (
    <Modal opened onClose={onClose} title={`${action} (#${request.number})`}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          move.mutate(
            {
              to,
              ...(reason ? { reason } : {}),
              ...(to === 'assigned' && assigneeId ? { assigneeId } : {}),
              ...(to === 'completed' ? { deliveredAssetIds: assetIds } : {}),
              ...(to === 'duplicate' && duplicateOfId ? { duplicateOfId } : {}),
            },
            {
              onSuccess: onClose,
              onError: (error) => error instanceof ApiError && setFields(error.fields),
            },
          );
        }}
      >
        <Stack>
          <Text size="sm" fw={500}>
            {request.title}
          </Text>
          {to === 'assigned' && (
            <Select
              label="Assignee"
              description={
                detail.data?.suggestedAssignee
                  ? `Suggested: ${detail.data.suggestedAssignee.name} — ${detail.data.suggestedAssignee.reason}`
                  : undefined
              }
              data={(users.data ?? [])
                .filter((u) => u.active && (u.role === 'tmm' || u.role === 'admin'))
                .map((u) => ({ value: u.id, label: u.name }))}
              value={assigneeId}
              onChange={setAssigneeId}
              error={fields.assigneeId}
              searchable
              data-autofocus
            />
          )}
          {to === 'completed' && (
            <MultiSelect
              label="Delivered assets"
              placeholder="Search the library"
              data={pickable}
              value={assetIds}
              onChange={setAssetIds}
              searchable
              searchValue={search}
              onSearchChange={setSearch}
              filter={({ options }) => options}
              error={fields.deliveredAssetIds}
            />
          )}
          {to === 'duplicate' && (
            <Select
              label="Original request"
              data={(others.data ?? [])
                .filter((r) => r.id !== request.id)
                .map((r) => ({ value: r.id, label: `#${r.number} ${r.title}` }))}
              value={duplicateOfId}
              onChange={setDuplicateOfId}
              searchable
              error={fields.duplicateOfId}
            />
          )}
          {(needsReason.includes(to) || to === 'backlog' || to === 'triage') && (
            <Textarea
              label={needsReason.includes(to) ? 'Why' : 'Note (optional)'}
              required={needsReason.includes(to)}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={fields.reason}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Keep as is
            </Button>
            <Button type="submit" loading={move.isPending}>
              {action}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
