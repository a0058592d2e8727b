import {
  DragDropContext,
  Draggable,
  type DragStart,
  type DragUpdate,
  Droppable,
  type DropResult,
  type ResponderProvided,
} from '@hello-pangea/dnd';
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
import { isLegalTransition, nextStates, type RequestState, requestStateLabels } from '@shared/requests.ts';
import type { Permission } from '@shared/roles.ts';
import type { ContentRequest } from '@shared/schemas/requests.ts';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { DateTime } from '../../../components/DateTime.tsx';
import { useCan } from '../../auth/hooks/useCan.ts';
import { RequestCard } from '../components/RequestCard.tsx';
import { RequestStateBadge } from '../components/RequestStateBadge.tsx';
import { TransitionModal } from '../components/TransitionModal.tsx';
import { useRequests } from '../hooks/useRequests.ts';

const columns: RequestState[] = ['new_request', 'triage', 'backlog', 'assigned', 'completed'];
/** Saved views; the first two sort work for whoever triages, so only they see them. */
const views: { value: string; label: string; permission?: Permission }[] = [
  { value: 'all', label: 'All' },
  { value: 'mine', label: 'Assigned to me', permission: 'requests.triage' },
  { value: 'needs_triage', label: 'Needs triage', permission: 'requests.triage' },
  { value: 'overdue', label: 'Overdue' },
];

const columnOf = (id: string | undefined) => (id ? requestStateLabels[id as RequestState] : undefined);

function Board({
  requests,
  editable,
  onMove,
}: {
  requests: ContentRequest[];
  editable: boolean;
  onMove: (request: ContentRequest, to: RequestState) => void;
}) {
  const navigate = useNavigate();
  // The card being dragged: only the columns it may move to (the state machine in
  // shared/requests.ts) accept it and light up, so an illegal move cannot even be dropped.
  const [dragging, setDragging] = useState<ContentRequest | null>(null);
  const find = (id: string) => requests.find((r) => r.id === id);
  const name = (request: ContentRequest | undefined) =>
    request ? `request #${request.number}, ${request.title}` : 'the request';
  const onDragStart = (start: DragStart, provided: ResponderProvided) => {
    const request = find(start.draggableId) ?? null;
    setDragging(request);
    if (!request) return;
    const targets = nextStates(request.state)
      .filter((state) => columns.includes(state))
      .map((state) => requestStateLabels[state]);
    provided.announce(
      `Picked up ${name(request)} in ${requestStateLabels[request.state]}. ${
        targets.length ? `It can move to ${targets.join(', ')}.` : 'It cannot move to another column.'
      } Arrow keys move it, Space drops it, Escape puts it back.`,
    );
  };
  const onDragUpdate = (update: DragUpdate, provided: ResponderProvided) => {
    const column = columnOf(update.destination?.droppableId);
    provided.announce(
      column ? `Over ${column}, position ${(update.destination?.index ?? 0) + 1}` : 'Over no column',
    );
  };
  const onDragEnd = (result: DropResult, provided: ResponderProvided) => {
    setDragging(null);
    const to = result.destination?.droppableId as RequestState | undefined;
    const request = find(result.draggableId);
    if (!to || !request || to === request.state || !isLegalTransition(request.state, to)) {
      provided.announce(
        result.reason === 'CANCEL'
          ? `Put ${name(request)} back`
          : `${name(request)} stays in ${columnOf(request?.state) ?? 'its column'}`,
      );
      return;
    }
    provided.announce(`Dropped ${name(request)} on ${requestStateLabels[to]}`);
    onMove(request, to);
  };
  return (
    <DragDropContext
      onDragStart={onDragStart}
      onDragUpdate={onDragUpdate}
      onDragEnd={onDragEnd}
      dragHandleUsageInstructions={
        editable
          ? 'Press Enter to open the request. Press Space to pick it up and move it to another column with the arrow keys.'
          : 'Press Enter to open the request.'
      }
    >
      <ScrollArea type="auto" offsetScrollbars>
        <Group align="flex-start" wrap="nowrap" gap="md">
          {columns.map((state) => {
            const items = requests.filter((r) => r.state === state);
            const home = dragging?.state === state;
            const legal = dragging ? isLegalTransition(dragging.state, state) : false;
            return (
              <Droppable
                key={state}
                droppableId={state}
                isDropDisabled={!editable || (dragging !== null && !home && !legal)}
              >
                {(provided, snapshot) => (
                  <Paper
                    ref={provided.innerRef}
                    {...provided.droppableProps}
                    withBorder
                    radius="md"
                    p="sm"
                    w={{ base: 260, sm: 280 }}
                    mih={300}
                    data-drop-target={dragging ? (legal ? 'legal' : home ? 'home' : 'closed') : undefined}
                    style={{
                      flexShrink: 0,
                      opacity: dragging && !legal && !home ? 0.55 : 1,
                      borderColor: legal ? 'var(--mantine-color-indigo-filled)' : undefined,
                      borderStyle: legal ? 'dashed' : undefined,
                    }}
                    bg={
                      snapshot.isDraggingOver && legal
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
                              // The card is one tab stop: Enter opens it, Space picks it up.
                              tabIndex={0}
                              onKeyDown={(event) => {
                                if (event.key === 'Enter' && !dragging) {
                                  event.preventDefault();
                                  navigate(`/requests/${request.id}`);
                                }
                              }}
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
                <Table.Td>
                  <DateTime value={request.dueDate} />
                </Table.Td>
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
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const shown = views.filter((v) => !v.permission || can(v.permission));
  // A view the role has no use for (a bookmarked "Needs triage") falls back to all.
  const view = shown.find((v) => v.value === params.get('view'))?.value ?? 'all';
  const layout = params.get('layout') ?? 'board';
  const requests = useRequests(view);
  const [moving, setMoving] = useState<{ request: ContentRequest; to: RequestState } | null>(null);
  const triager = can('requests.triage');
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next);
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={1}>Requests</Title>
        {can('requests.create') && (
          <Button component={Link} to="/requests/new" leftSection={<IconPlus size={16} />}>
            New request
          </Button>
        )}
      </Group>
      <Group justify="space-between" wrap="wrap">
        <SegmentedControl
          aria-label="Saved views"
          value={view}
          onChange={(value) => set('view', value)}
          data={shown.map(({ value, label }) => ({ value, label }))}
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
