import {
  Alert,
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  Skeleton,
  Stack,
  Table,
  Text,
  Textarea,
  Timeline,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { planStatusLabels } from '@shared/plan.ts';
import type { Action } from '@shared/policies.ts';
import {
  type AssignedStage,
  assignedStageLabels,
  assignedStages,
  endedStates,
  nextStates,
  type RequestState,
  requestStateLabels,
  transitionActionLabel,
} from '@shared/requests.ts';
import {
  type ContentRequest,
  type ResultsInput,
  resultsSchema,
  type UpdateRequestInput,
} from '@shared/schemas/requests.ts';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, type ReactNode, Suspense, useCallback, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../api/client.ts';
import { validateWith } from '../../../api/validateWith.ts';
import { DateField } from '../../../components/DateField.tsx';
import { DateTime, daysInWords } from '../../../components/DateTime.tsx';
import { VersionConflictModal } from '../../../components/VersionConflictModal.tsx';
import { useVersionConflict } from '../../../hooks/useVersionConflict.ts';
import { useDeliveredReach } from '../../insights/hooks/useInsights.ts';
import { usePageTitle } from '../../shell/hooks/usePageTitle.ts';
import { AttachmentList } from '../components/AttachmentList.tsx';
import { CommentThread } from '../components/CommentThread.tsx';
import { askValuesOf, EditRequestModal, type RequestAskValues } from '../components/EditRequestModal.tsx';
import { RequestStateBadge } from '../components/RequestStateBadge.tsx';
import { TransitionModal } from '../components/TransitionModal.tsx';
import { useRecordResults, useUpdateRequest } from '../hooks/useRequestMutations.ts';
import { requestsKey, useRequest } from '../hooks/useRequests.ts';

/** The fields of a request that edits after filing change, compared in a conflict. */
type EditValues = Pick<ContentRequest, 'priority' | 'stage'> & RequestAskValues;
const editValuesOf = (request: ContentRequest): EditValues => ({
  ...askValuesOf(request),
  priority: request.priority,
  stage: request.stage,
  dueDate: request.dueDate,
});
const editLabels: Record<keyof EditValues, string> = {
  priority: 'Priority',
  stage: 'Work stage',
  dueDate: 'Due date',
  title: 'Title',
  businessGoal: 'Business goal',
  audience: 'Audience',
  eventName: 'Event or campaign',
  distributionPlan: 'Distribution plan',
  description: 'Description',
};
const describeEdit = (path: string, value: unknown) =>
  path === 'priority'
    ? value
      ? `P${value}`
      : 'Unset'
    : path === 'stage' && value
      ? assignedStageLabels[value as AssignedStage]
      : undefined;

type SaveEdit = (
  body: UpdateRequestInput,
  handlers?: { onSuccess?: () => void; onError?: (error: Error) => void },
) => void;

type ResultsValues = {
  summary: string;
  views: number | '';
  audienceReached: number | '';
  dealsInfluenced: number | '';
};
/** Empty number fields are left out of the request. */
const toResultsInput = (values: ResultsValues): ResultsInput =>
  Object.fromEntries(Object.entries(values).filter(([, value]) => value !== '')) as ResultsInput;

function ResultsForm({ request }: { request: ContentRequest }) {
  const reach = useDeliveredReach(request.deliveredAssets.map((asset) => asset.id));
  const form = useForm<ResultsValues>({
    initialValues: {
      summary: '',
      views: '',
      audienceReached: '',
      dealsInfluenced: '',
    },
    validate: validateWith(resultsSchema, toResultsInput),
  });
  const save = useRecordResults(request.id);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Results">
      <form
        onSubmit={form.onSubmit((values) =>
          save.mutate(toResultsInput(values), {
            onError: (e) => e instanceof ApiError && form.setErrors(e.fields),
          }),
        )}
      >
        <Stack>
          <Title order={2} size="h4">
            Add the results
          </Title>
          <Text size="sm" c="dimmed">
            The content was delivered. Tell the team how it did; that closes the request.
          </Text>
          <Textarea label="What happened" required {...form.getInputProps('summary')} />
          {request.deliveredAssets.length > 0 && reach.ready && (reach.views > 0 || reach.reached > 0) && (
            <Group gap="xs">
              <Text size="sm" c="dimmed">
                Showcase counted {reach.views.toLocaleString()} views
                {reach.reached > 0 ? ` and ${reach.reached.toLocaleString()} people reached` : ''} in the last
                90 days.
              </Text>
              <Button
                size="compact-sm"
                variant="light"
                onClick={() =>
                  form.setValues({
                    views: reach.views,
                    ...(reach.reached > 0 ? { audienceReached: reach.reached } : {}),
                  })
                }
              >
                Use these numbers
              </Button>
            </Group>
          )}
          <Group grow>
            <NumberInput label="Views" min={0} allowDecimal={false} {...form.getInputProps('views')} />
            <NumberInput
              label="Audience reached"
              min={0}
              allowDecimal={false}
              {...form.getInputProps('audienceReached')}
            />
            <NumberInput
              label="Deals influenced"
              min={0}
              allowDecimal={false}
              {...form.getInputProps('dealsInfluenced')}
            />
          </Group>
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              Add results and close
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** "Ada Field (@ada.field)": the issue author as GitLab names them. */
function gitlabAuthorLabel(author: NonNullable<ContentRequest['gitlabAuthor']>): string {
  const handle = author.username ? `@${author.username}` : '';
  return author.name ? `${author.name}${handle ? ` (${handle})` : ''}` : handle;
}

/**
 * The work stage (while assigned) and the due date, which triagers can change after filing; each
 * change saves at once and lands in the history.
 */
function WorkPanel({ request, edit, saving }: { request: ContentRequest; edit: SaveEdit; saving: boolean }) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = (body: UpdateRequestInput) =>
    edit(body, {
      onSuccess: () => setErrors({}),
      onError: (error) => error instanceof ApiError && setErrors(error.fields),
    });
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Work">
      <Stack gap="sm">
        <Text fw={600} size="sm">
          Work
        </Text>
        {request.state === 'assigned' && (
          <Select
            label="Work stage"
            data={assignedStages.map((stage) => ({ value: stage, label: assignedStageLabels[stage] }))}
            value={request.stage ?? 'queue'}
            onChange={(value) => value && value !== request.stage && save({ stage: value as AssignedStage })}
            allowDeselect={false}
            error={errors.stage}
            disabled={saving}
          />
        )}
        <DateField
          label="Due date"
          minDate={new Date()}
          value={request.dueDate}
          onChange={(value) => value !== request.dueDate && save({ dueDate: value ?? null })}
          error={errors.dueDate}
          disabled={saving}
        />
      </Stack>
    </Paper>
  );
}

const resultLabels = {
  views: 'Views',
  audienceReached: 'Audience reached',
  dealsInfluenced: 'Deals influenced',
} as const;

// The delivered assets' engagement (with its chart) loads after the page itself.
const AssetEngagementPanel = lazy(() =>
  import('../../insights/components/AssetEngagementPanel.tsx').then((m) => ({
    default: m.AssetEngagementPanel,
  })),
);

/** One request: its scope, score with reasons, the moves it can make, results and history. */
export function RequestPage() {
  const { id } = useParams();
  const request = useRequest(id);
  usePageTitle(request.data && `Request #${request.data.number}`);
  const [moveTo, setMoveTo] = useState<RequestState | null>(null);
  const [editing, setEditing] = useState(false);
  // The modal mounts only while open (its form starts from the request as shown), so Mantine
  // cannot hand focus back on close: the page does, to the button that opened it.
  const editButton = useRef<HTMLButtonElement>(null);
  const closeEditing = useCallback(() => {
    setEditing(false);
    editButton.current?.focus();
  }, []);
  // The same for a move: back to its button, or, when the move took that button away, the title.
  const moveButtons = useRef(new Map<RequestState, HTMLButtonElement | null>());
  const heading = useRef<HTMLHeadingElement>(null);
  const closeMove = useCallback(() => {
    const button = moveTo ? moveButtons.current.get(moveTo) : undefined;
    setMoveTo(null);
    requestAnimationFrame(() => (button?.isConnected ? button : heading.current)?.focus());
  }, [moveTo]);
  const update = useUpdateRequest(id);
  const queryClient = useQueryClient();
  const { conflict, catchConflict, dismiss } = useVersionConflict<EditValues, ContentRequest>({
    labels: editLabels,
    toValues: editValuesOf,
    format: describeEdit,
  });
  /** Saves one change over the version shown; a newer save by someone else opens the conflict dialog. */
  const edit: SaveEdit = useCallback(
    (body, handlers = {}) => {
      const shown = request.data;
      if (!shown) return;
      const base = editValuesOf(shown);
      update.mutate(
        { body, version: shown.version },
        {
          onSuccess: handlers.onSuccess,
          onError: (error) => {
            if (!catchConflict(error, { ...base, ...body }, base)) handlers.onError?.(error);
          },
        },
      );
    },
    [request.data, update.mutate, catchConflict],
  );
  if (request.isPending) return <Skeleton h={400} />;
  if (request.isError) return <Alert color="red">{request.error.message}</Alert>;
  const data = request.data;
  // What the caller may do with this request comes with it (shared/policies.ts); the state
  // machine says which moves the state allows.
  const may = (action: Action) => data.allowedActions.includes(action);
  const triager = may('triage');
  const moves = nextStates(data.state).filter((state) => may(state === 'canceled' ? 'cancel' : 'triage'));
  const rows: [string, ReactNode][] = [
    ['Deliverable type', data.deliverableType?.name ?? '—'],
    ['Solution', data.solution?.name ?? '—'],
    ['Use case', data.useCase?.name ?? '—'],
    [
      'Requesting team',
      data.team
        ? `${data.team.name} (${data.cost} points, ${data.quarter})`
        : 'None: demo upkeep is the team’s own work',
    ],
    ['Requester', data.requester.name],
    ...(data.gitlabAuthor
      ? ([['Opened in GitLab by', gitlabAuthorLabel(data.gitlabAuthor)]] as [string, string][])
      : []),
    [
      'Assignee',
      data.assignee
        ? `${data.assignee.name}${data.stage ? ` · ${assignedStageLabels[data.stage]}` : ''}`
        : '—',
    ],
    ['Due', <DateTime key="due" value={data.dueDate} />],
    ['Review by', <DateTime key="review" value={data.reviewDueAt} />],
    [
      'Audience',
      [data.audience, data.audienceSize ? `(${data.audienceSize})` : ''].filter(Boolean).join(' ') || '—',
    ],
    ['Event or campaign', data.eventName || '—'],
  ];

  return (
    <Stack gap="lg">
      <VersionConflictModal
        conflict={conflict}
        applying={update.isPending}
        onClose={dismiss}
        onApply={(found) =>
          update.mutate(
            { body: found.changes as UpdateRequestInput, version: found.version },
            {
              onSuccess: dismiss,
              onError: (error) => {
                if (!catchConflict(error, found.merged, found.theirs)) dismiss();
              },
            },
          )
        }
        onDiscard={async () => {
          dismiss();
          await queryClient.invalidateQueries({ queryKey: requestsKey });
        }}
      />
      {editing && (
        <EditRequestModal
          request={data}
          opened
          onClose={closeEditing}
          onSave={edit}
          saving={update.isPending}
          requesterEditing={!triager}
        />
      )}
      <Anchor component={Link} to="/requests" size="sm">
        ← Requests
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={6}>
          <Title order={1} ref={heading} tabIndex={-1}>
            #{data.number} {data.title}
          </Title>
          <Group gap="xs">
            <RequestStateBadge state={data.state} />
            {data.overdue && <Badge color="red">Review overdue</Badge>}
            {data.reuse && <Badge color="teal">Answered with existing content</Badge>}
          </Group>
        </Stack>
        <Group gap="xs">
          {may('edit') && (
            <Button ref={editButton} variant="default" size="sm" onClick={() => setEditing(true)}>
              Edit request
            </Button>
          )}
          {moves.map((state) => (
            <Button
              key={state}
              ref={(element) => {
                moveButtons.current.set(state, element);
              }}
              variant={state === 'canceled' || state === 'declined' ? 'default' : 'light'}
              size="sm"
              onClick={() => setMoveTo(state)}
            >
              {transitionActionLabel(data.state, state)}
            </Button>
          ))}
        </Group>
      </Group>
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack>
            <Paper withBorder p="md" radius="md">
              <Text fw={600} size="sm">
                Business goal
              </Text>
              <Text size="sm" mb="sm">
                {data.businessGoal || '—'}
              </Text>
              {data.distributionPlan && (
                <>
                  <Text fw={600} size="sm">
                    Distribution plan
                  </Text>
                  <Text size="sm">{data.distributionPlan}</Text>
                </>
              )}
              <Table withRowBorders={false} verticalSpacing={4} mt="sm">
                <Table.Tbody>
                  {rows.map(([label, value]) => (
                    <Table.Tr key={label}>
                      <Table.Th w={160} c="dimmed" fw={500}>
                        {label}
                      </Table.Th>
                      <Table.Td>{value}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Paper>
            {data.planEntry && (
              <Paper withBorder p="md" radius="md" component="section" aria-label="Plan entry">
                <Text fw={600} size="sm" mb={4}>
                  Plan entry
                </Text>
                <Anchor component={Link} to={`/plan/entries/${data.planEntry.id}`} size="sm" display="block">
                  {data.planEntry.displayName}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {daysInWords(`Publish week ${data.planEntry.startDate} to ${data.planEntry.dueDate}`)} ·{' '}
                  {planStatusLabels[data.planEntry.status]}
                  {data.planEntry.asset ? ` · asset: ${data.planEntry.asset.title}` : ''}
                </Text>
              </Paper>
            )}
            {data.deliveredAssets.length > 0 && (
              <Paper withBorder p="md" radius="md">
                <Text fw={600} size="sm" mb={4}>
                  Delivered
                </Text>
                {data.deliveredAssets.map((asset) => (
                  <Anchor
                    key={asset.id}
                    component={Link}
                    to={`/library/assets/${asset.id}`}
                    size="sm"
                    display="block"
                  >
                    {asset.name}
                  </Anchor>
                ))}
              </Paper>
            )}
            {data.deliveredAssets.map((asset) => (
              <Suspense key={asset.id} fallback={<Skeleton h={120} />}>
                <AssetEngagementPanel
                  assetId={asset.id}
                  editor={false}
                  title={`Engagement of ${asset.name}`}
                />
              </Suspense>
            ))}
            {data.state === 'completed' && may('addResults') && <ResultsForm request={data} />}
            <AttachmentList requestId={data.id} />
            <CommentThread requestId={data.id} />
            {data.results && (
              <Paper withBorder p="md" radius="md" aria-label="Results">
                <Text fw={600} size="sm">
                  Results
                </Text>
                <Text size="sm">{String(data.results.summary ?? '')}</Text>
                <Group gap="md" mt={4}>
                  {(['views', 'audienceReached', 'dealsInfluenced'] as const).map((key) =>
                    data.results?.[key] !== undefined ? (
                      <Text key={key} size="xs" c="dimmed">
                        {resultLabels[key]}: {String(data.results[key])}
                      </Text>
                    ) : null,
                  )}
                </Group>
              </Paper>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack>
            <Paper withBorder p="md" radius="md" aria-label="Priority score">
              <Group justify="space-between">
                <Text fw={600} size="sm">
                  Priority score
                </Text>
                <Badge size="lg">{data.score}</Badge>
              </Group>
              {data.scoreReasons.map((reason) => (
                <Text key={reason.text} size="sm">
                  {reason.points > 0 ? '+' : ''}
                  {reason.points} {reason.text}
                </Text>
              ))}
              {triager && (
                <SegmentedControl
                  mt="sm"
                  size="xs"
                  aria-label="Priority"
                  disabled={update.isPending}
                  value={String(data.priority ?? 0)}
                  onChange={(value) =>
                    edit({ priority: value === '0' ? null : (Number(value) as 1 | 2 | 3) })
                  }
                  data={[
                    { value: '0', label: 'Unset' },
                    { value: '1', label: 'P1' },
                    { value: '2', label: 'P2' },
                    { value: '3', label: 'P3' },
                  ]}
                />
              )}
              {data.suggestedAssignee && !data.assignee && (
                <Text size="sm" c="dimmed" mt="xs">
                  Suggested assignee: {data.suggestedAssignee.name} — {data.suggestedAssignee.reason}
                </Text>
              )}
            </Paper>
            {triager && !endedStates.includes(data.state) && (
              <WorkPanel request={data} edit={edit} saving={update.isPending} />
            )}
            <Paper withBorder p="md" radius="md" component="section" aria-label="History">
              <Text fw={600} size="sm" mb="sm">
                History
              </Text>
              <Timeline bulletSize={16} lineWidth={2} active={data.history.length}>
                {data.history.map((event) => (
                  <Timeline.Item
                    key={`${event.createdAt}-${event.toState}`}
                    title={
                      event.kind === 'created'
                        ? 'Filed'
                        : event.kind === 'flag'
                          ? 'Release flag added'
                          : event.kind === 'field'
                            ? 'Details changed'
                            : event.kind === 'comment'
                              ? 'Commented'
                              : event.toState
                                ? `→ ${requestStateLabels[event.toState as RequestState] ?? event.toState}`
                                : 'Changed'
                    }
                  >
                    <Text size="xs" c="dimmed">
                      <DateTime value={event.createdAt} size="xs" /> · {event.actor?.name ?? 'Showcase'}
                    </Text>
                    {event.reason && <Text size="sm">{daysInWords(event.reason)}</Text>}
                  </Timeline.Item>
                ))}
              </Timeline>
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>
      <TransitionModal request={moveTo ? data : null} to={moveTo} onClose={closeMove} />
    </Stack>
  );
}
