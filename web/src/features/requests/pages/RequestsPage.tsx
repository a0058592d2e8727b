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
  Select,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
  UnstyledButton,
  useMatches,
} from '@mantine/core';
import { isLegalTransition, nextStates, type RequestState, requestStateLabels } from '@shared/requests.ts';
import type { Permission } from '@shared/roles.ts';
import type { ContentRequest } from '@shared/schemas/requests.ts';
import { IconPlus } from '@tabler/icons-react';
import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { DateTime } from '../../../components/DateTime.tsx';
import { Pager } from '../../../components/Pager.tsx';
import { useCan } from '../../auth/hooks/useCan.ts';
import { usePageTitle } from '../../shell/hooks/usePageTitle.ts';
import { RequestCard } from '../components/RequestCard.tsx';
import { RequestStateBadge } from '../components/RequestStateBadge.tsx';
import { TransitionModal } from '../components/TransitionModal.tsx';
import { type RequestListQuery, requestListOptions, useRequests } from '../hooks/useRequests.ts';

const columns: RequestState[] = ['new_request', 'triage', 'backlog', 'assigned', 'completed'];
/** Saved views; the first two sort work for whoever triages, so only they see them. */
const views: { value: string; label: string; permission?: Permission }[] = [
  { value: 'all', label: 'All' },
  { value: 'mine', label: 'Assigned to me', permission: 'requests.triage' },
  { value: 'needs_triage', label: 'Needs triage', permission: 'requests.triage' },
  { value: 'overdue', label: 'Overdue' },
];

const columnOf = (id: string | undefined) => (id ? requestStateLabels[id as RequestState] : undefined);

const BOARD_PAGE = 25;
const LIST_PAGE = 50;

/**
 * The board: each column is its own page of requests in that state, highest score first, with
 * its count; "Show more" loads the next cards, so a column never hides a high-scoring request.
 */
function Board({
  view,
  editable,
  onMove,
}: {
  view: string;
  editable: boolean;
  onMove: (request: ContentRequest, to: RequestState) => void;
}) {
  const navigate = useNavigate();
  /** A click opens the request; with Ctrl, ⌘ or the middle button, in a new tab, as a link would. */
  const openCard = (event: React.MouseEvent, id: string) => {
    if (event.button > 1 || dragging) return;
    const path = `/requests/${id}`;
    if (event.button === 1 || event.ctrlKey || event.metaKey) window.open(path, '_blank', 'noopener');
    else navigate(path);
  };
  // The card being dragged: only the columns it may move to (the state machine in
  // shared/requests.ts) accept it and light up, so an illegal move cannot even be dropped.
  const [dragging, setDragging] = useState<ContentRequest | null>(null);
  const [limits, setLimits] = useState<Partial<Record<RequestState, number>>>({});
  const pages = useQueries({
    queries: columns.map((state) => requestListOptions({ view, state, limit: limits[state] ?? BOARD_PAGE })),
  });
  const failed = pages.find((page) => page.isError);
  if (failed?.error) return <Alert color="red">{failed.error.message}</Alert>;
  if (pages.some((page) => !page.data)) return <Skeleton h={320} />;
  const all = pages.flatMap((page) => page.data?.requests ?? []);
  if (pages.every((page) => page.data?.total === 0))
    return (
      <Paper withBorder p="xl" ta="center" c="dimmed">
        No requests in this view.
      </Paper>
    );
  const find = (id: string) => all.find((r) => r.id === id);
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
          {columns.map((state, column) => {
            const page = pages[column]?.data;
            const items = page?.requests ?? [];
            const total = page?.total ?? 0;
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
                      <Badge variant="light" color="gray" aria-label={`${total} requests`}>
                        {total}
                      </Badge>
                    </Group>
                    <Stack gap="xs">
                      {items.map((request, index) => (
                        <Draggable
                          key={request.id}
                          draggableId={request.id}
                          index={index}
                          isDragDisabled={!editable || !request.allowedActions.includes('triage')}
                        >
                          {(drag) => (
                            <Box
                              ref={drag.innerRef}
                              {...drag.draggableProps}
                              {...drag.dragHandleProps}
                              // The card is one tab stop: Enter or a click opens it, Space picks it
                              // up. It is named by its own text (number, team, score, title, …), as
                              // a button is, so what is read is what is shown.
                              tabIndex={0}
                              style={{ ...drag.draggableProps.style, cursor: 'pointer' }}
                              onKeyDown={(event) => {
                                if (event.key === 'Enter' && !dragging) {
                                  event.preventDefault();
                                  navigate(`/requests/${request.id}`);
                                }
                              }}
                              onClick={(event) => openCard(event, request.id)}
                              onAuxClick={(event) => openCard(event, request.id)}
                            >
                              <RequestCard request={request} />
                            </Box>
                          )}
                        </Draggable>
                      ))}
                      {provided.placeholder}
                      {items.length < total && (
                        <Button
                          variant="subtle"
                          size="xs"
                          loading={pages[column]?.isFetching}
                          onClick={() => setLimits({ ...limits, [state]: items.length + BOARD_PAGE })}
                        >
                          Show more ({total - items.length} more)
                        </Button>
                      )}
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

type SortKey = NonNullable<RequestListQuery['sort']>;
/** Where each column starts when first clicked (the server's usual direction for it). */
const firstDirection: Record<SortKey, 'asc' | 'desc'> = {
  score: 'desc',
  number: 'desc',
  title: 'asc',
  due_date: 'asc',
};

/** The list: one page at a time, sorted by the server (by score unless a column is picked). */
function RequestTable({ view }: { view: string }) {
  const [params, setParams] = useSearchParams();
  const known = (['score', 'number', 'title', 'due_date'] as const).find((key) => key === params.get('sort'));
  const sort: SortKey = known ?? 'score';
  const order = params.get('order') === 'asc' || params.get('order') === 'desc' ? params.get('order') : null;
  const direction = (order as 'asc' | 'desc' | null) ?? firstDirection[sort];
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const result = useRequests({
    view,
    sort,
    order: direction,
    limit: LIST_PAGE,
    offset: (page - 1) * LIST_PAGE,
  });
  const setAll = (values: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(values)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    setParams(next);
  };
  const header = (key: SortKey, label: string) => (
    <Table.Th aria-sort={sort === key ? (direction === 'desc' ? 'descending' : 'ascending') : 'none'}>
      <UnstyledButton
        onClick={() =>
          setAll({
            sort: key,
            order: sort === key ? (direction === 'desc' ? 'asc' : 'desc') : firstDirection[key],
            page: null,
          })
        }
        fw={700}
        fz="sm"
      >
        {label} {sort === key ? (direction === 'desc' ? '↓' : '↑') : ''}
      </UnstyledButton>
    </Table.Th>
  );
  if (result.isPending) return <Skeleton h={320} />;
  if (result.isError) return <Alert color="red">{result.error.message}</Alert>;
  const { total, requests } = result.data;
  if (total === 0)
    return (
      <Paper withBorder p="xl" ta="center" c="dimmed">
        No requests in this view.
      </Paper>
    );
  const first = (page - 1) * LIST_PAGE + 1;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed" role="status">
        {requests.length === 0
          ? `No requests on page ${page} of ${total}`
          : `${first}–${first + requests.length - 1} of ${total} requests`}
      </Text>
      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={800}>
          <Table verticalSpacing="sm" highlightOnHover aria-label="Requests">
            <Table.Thead>
              <Table.Tr>
                {header('number', '#')}
                {header('title', 'Request')}
                <Table.Th>State</Table.Th>
                <Table.Th>Team</Table.Th>
                {header('due_date', 'Due')}
                {header('score', 'Score')}
                <Table.Th>Assignee</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {requests.map((request) => (
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
                  <Table.Td>
                    <Tooltip
                      label={
                        request.scoreReasons
                          .map((r) => `${r.points > 0 ? '+' : ''}${r.points} ${r.text}`)
                          .join(' · ') || 'No score yet'
                      }
                      multiline
                      w={280}
                    >
                      <Text size="sm" span tabIndex={0} aria-label={`Priority score ${request.score}`}>
                        {request.score}
                      </Text>
                    </Tooltip>
                  </Table.Td>
                  <Table.Td>{request.assignee?.name ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      {total > LIST_PAGE && (
        <Pager
          label="Pages"
          total={Math.ceil(total / LIST_PAGE)}
          value={page}
          onChange={(next) => setAll({ page: String(next) })}
        />
      )}
    </Stack>
  );
}

/** The requests board and list, with saved views; TMMs drag cards through the legal states. */
export function RequestsPage() {
  usePageTitle('Requests');
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const shown = views.filter((v) => !v.permission || can(v.permission));
  const phone = useMatches({ base: true, sm: false });
  // A view the role has no use for (a bookmarked "Needs triage") falls back to all.
  const view = shown.find((v) => v.value === params.get('view'))?.value ?? 'all';
  const layout = params.get('layout') ?? 'board';
  const [moving, setMoving] = useState<{ request: ContentRequest; to: RequestState } | null>(null);
  const triager = can('requests.triage');
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    // Another view or layout starts on its first page.
    next.delete('page');
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
        {/* Four views do not fit beside each other on a phone: there they are a select. */}
        {phone ? (
          <Select
            aria-label="Saved views"
            value={view}
            onChange={(value) => value && set('view', value)}
            data={shown.map(({ value, label }) => ({ value, label }))}
            allowDeselect={false}
            w={200}
          />
        ) : (
          <SegmentedControl
            aria-label="Saved views"
            value={view}
            onChange={(value) => set('view', value)}
            data={shown.map(({ value, label }) => ({ value, label }))}
          />
        )}
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
      {layout === 'list' ? (
        <RequestTable view={view} />
      ) : (
        <Board view={view} editable={triager} onMove={(request, to) => setMoving({ request, to })} />
      )}
      <TransitionModal
        request={moving?.request ?? null}
        to={moving?.to ?? null}
        onClose={() => setMoving(null)}
      />
    </Stack>
  );
}
