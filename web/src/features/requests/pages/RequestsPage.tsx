import { DragDropContext, Draggable, Droppable, type DropResult } from '@hello-pangea/dnd';
import {
  Alert,
  Badge,
  Box,
  Button,
  Group,
  Paper,
  ScrollArea,
  SegmentedControl,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { isLegalTransition, type RequestState, requestStateLabels } from '@shared/requests.ts';
import { can } from '@shared/roles.ts';
import type { ContentRequest } from '@shared/schemas/requests.ts';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useSession } from '../../auth/hooks/useSession.ts';
import { usePageTitle } from '../../shell/hooks/usePageTitle.ts';
import { RequestCard } from '../components/RequestCard.tsx';
import { RequestStateBadge } from '../components/RequestStateBadge.tsx';
import { TransitionModal } from '../components/TransitionModal.tsx';
import { useRequests } from '../hooks/useRequests.ts';

const columns: RequestState[] = ['new_request', 'triage', 'backlog', 'assigned', 'completed'];
const views = [
  { value: 'all', label: 'All' },
  { value: 'mine', label: 'Assigned to me' },
  { value: 'needs_triage', label: 'Needs triage' },
  { value: 'overdue', label: 'Overdue' },
];

function Board({
  requests,
  editable,
  onMove,
}: {
  requests: ContentRequest[];
  editable: boolean;
  onMove: (request: ContentRequest, to: RequestState) => void;
}) {
  const onDragEnd = (result: DropResult) => {
    const to = result.destination?.droppableId as RequestState | undefined;
    const request = requests.find((r) => r.id === result.draggableId);
    if (!to || !request || to === request.state) return;
    if (!isLegalTransition(request.state, to)) {
      notifications.show({
        color: 'red',
        message: `A request in ${requestStateLabels[request.state]} cannot move to ${requestStateLabels[to]}`,
      });
      return;
    }
    onMove(request, to);
  };
  return (
    <DragDropContext onDragEnd={onDragEnd}>
      <ScrollArea type="auto" offsetScrollbars>
        <Group align="flex-start" wrap="nowrap" gap="md">
          {columns.map((state) => {
            const items = requests.filter((r) => r.state === state);
            return (
              <Droppable key={state} droppableId={state} isDropDisabled={!editable}>
                {(provided, snapshot) => (
                  <Paper
                    ref={provided.innerRef}
                    {...provided.droppableProps}
                    withBorder
                    radius="md"
                    p="sm"
                    w={280}
                    mih={300}
                    bg={
                      snapshot.isDraggingOver
                        ? 'var(--mantine-color-indigo-light)'
                        : 'var(--mantine-color-default-hover)'
                    }
                    aria-label={`${requestStateLabels[state]} column`}
                  >
                    <Group justify="space-between" mb="sm">
                      <Text fw={600} size="sm">
                        {requestStateLabels[state]}
                      </Text>
                      <Badge variant="light" color="gray">
                        {items.length}
                      </Badge>
                    </Group>
                    <Stack gap="xs">
                      {items.map((request, index) => (
                        <Draggable
                          key={request.id}
                          draggableId={request.id}
                          index={index}
                          isDragDisabled={!editable}
                        >
                          {(drag) => (
                            <Box
                              ref={drag.innerRef}
                              {...drag.draggableProps}
                              {...drag.dragHandleProps}
                              aria-label={`#${request.number} ${request.title}`}
                            >
                              <RequestCard request={request} />
                            </Box>
                          )}
                        </Draggable>
                      ))}
                      {provided.placeholder}
                    </Stack>
                  </Paper>
                )}
              </Droppable>
            );
          })}
        </Group>
      </ScrollArea>
    </DragDropContext>
  );
}

type SortKey = 'number' | 'title' | 'state' | 'team' | 'dueDate' | 'score' | 'assignee';
const sortValue: Record<SortKey, (r: ContentRequest) => string | number> = {
  number: (r) => r.number,
  title: (r) => r.title.toLowerCase(),
  state: (r) => r.state,
  team: (r) => r.team?.name ?? '',
  dueDate: (r) => r.dueDate ?? '9999',
  score: (r) => r.score,
  assignee: (r) => r.assignee?.name ?? '~',
};

function RequestTable({ requests }: { requests: ContentRequest[] }) {
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'score', desc: true });
  const sorted = [...requests].sort((a, b) => {
    const [x, y] = [sortValue[sort.key](a), sortValue[sort.key](b)];
    return (x < y ? -1 : x > y ? 1 : 0) * (sort.desc ? -1 : 1);
  });
  const header = (key: SortKey, label: string) => (
    <Table.Th aria-sort={sort.key === key ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
      <UnstyledButton
        onClick={() => setSort({ key, desc: sort.key === key ? !sort.desc : key === 'score' })}
        fw={700}
        fz="sm"
      >
        {label} {sort.key === key ? (sort.desc ? '↓' : '↑') : ''}
      </UnstyledButton>
    </Table.Th>
  );
  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={800}>
        <Table verticalSpacing="sm" highlightOnHover aria-label="Requests">
          <Table.Thead>
            <Table.Tr>
              {header('number', '#')}
              {header('title', 'Request')}
              {header('state', 'State')}
              {header('team', 'Team')}
              {header('dueDate', 'Due')}
              {header('score', 'Score')}
              {header('assignee', 'Assignee')}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((request) => (
              <Table.Tr key={request.id}>
                <Table.Td>{request.number}</Table.Td>
                <Table.Td>
                  <Text component={Link} to={`/requests/${request.id}`} fw={500} size="sm">
                    {request.title}
                  </Text>
                  {request.overdue && (
                    <Badge color="red" size="xs" ml="xs">
                      Review overdue
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <RequestStateBadge state={request.state} />
                </Table.Td>
                <Table.Td>{request.team?.name ?? 'Demo update'}</Table.Td>
                <Table.Td>{request.dueDate ?? '—'}</Table.Td>
                <Table.Td>{request.score}</Table.Td>
                <Table.Td>{request.assignee?.name ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

/** The requests board and list, with saved views; TMMs drag cards through the legal states. */
export function RequestsPage() {
  usePageTitle('Requests');
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const view = params.get('view') ?? 'all';
  const layout = params.get('layout') ?? 'board';
  const requests = useRequests(view);
  const [moving, setMoving] = useState<{ request: ContentRequest; to: RequestState } | null>(null);
  const triager = can(session.data?.user.role, 'requests.triage');
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next);
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={1}>Requests</Title>
        <Button component={Link} to="/requests/new" leftSection={<IconPlus size={16} />}>
          New request
        </Button>
      </Group>
      <Group justify="space-between" wrap="wrap">
        <SegmentedControl
          aria-label="Saved views"
          value={view}
          onChange={(value) => set('view', value)}
          data={views}
        />
        <SegmentedControl
          aria-label="Layout"
          value={layout}
          onChange={(value) => set('layout', value)}
          data={[
            { value: 'board', label: 'Board' },
            { value: 'list', label: 'List' },
          ]}
        />
      </Group>
      {requests.isPending ? (
        <Skeleton h={320} />
      ) : requests.isError ? (
        <Alert color="red">{requests.error.message}</Alert>
      ) : requests.data.length === 0 ? (
        <Paper withBorder p="xl" ta="center" c="dimmed">
          No requests in this view.
        </Paper>
      ) : layout === 'list' ? (
        <RequestTable requests={requests.data} />
      ) : (
        <Board
          requests={requests.data}
          editable={triager}
          onMove={(request, to) => setMoving({ request, to })}
        />
      )}
      <TransitionModal
        request={moving?.request ?? null}
        to={moving?.to ?? null}
        onClose={() => setMoving(null)}
      />
    </Stack>
  );
}
