import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Grid,
  Group,
  NumberInput,
  Paper,
  Select,
  Skeleton,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { can } from '@shared/roles.ts';
import { type CreateRequestInput, createRequestSchema } from '@shared/schemas/requests.ts';
import { IconAlertTriangle, IconBulb } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../../../api/client.ts';
import { validateWith } from '../../../api/validateWith.ts';
import { DateField } from '../../../components/DateField.tsx';
import { TermSelect } from '../../../components/TermSelect.tsx';
import { useSession } from '../../auth/hooks/useSession.ts';
import { Snippet } from '../../library/components/Snippet.tsx';
import { useTeams } from '../../settings/hooks/useTeams.ts';
import { usePageTitle } from '../../shell/hooks/usePageTitle.ts';
import { RequestStateBadge } from '../components/RequestStateBadge.tsx';
import { useContentSuggestions, useSimilarRequests } from '../hooks/useIntakeSuggestions.ts';
import { useCreateRequest } from '../hooks/useRequestMutations.ts';
import { useBudget } from '../hooks/useRequests.ts';

type Values = {
  title: string;
  deliverableTypeId: string | null;
  businessGoal: string;
  audience: string;
  audienceSize: number | '';
  personaIds: string[];
  solutionId: string | null;
  useCaseId: string | null;
  formatIds: string[];
  distributionPlan: string;
  dueDate: string;
  eventName: string;
  forEvent: boolean;
  teamId: string | null;
  budgetOverrideReason: string;
};

/** The request body from the form: empty choices become null, an empty reason is left out. */
function toCreateRequestInput(v: Values, reusedAssetId?: string): CreateRequestInput {
  return {
    title: v.title,
    deliverableTypeId: v.deliverableTypeId ?? '',
    businessGoal: v.businessGoal,
    audience: v.audience,
    audienceSize: v.audienceSize === '' ? null : v.audienceSize,
    personaIds: v.personaIds,
    solutionId: v.solutionId,
    useCaseId: v.useCaseId,
    formatIds: v.formatIds,
    distributionPlan: v.distributionPlan,
    dueDate: v.dueDate || null,
    eventName: v.eventName,
    forEvent: v.forEvent,
    teamId: v.teamId ?? '',
    ...(v.budgetOverrideReason.trim() ? { budgetOverrideReason: v.budgetOverrideReason.trim() } : {}),
    ...(reusedAssetId ? { reusedAssetId } : {}),
  };
}

/**
 * Intake: the scoping fields, the budget effect before submitting, and — while you type — the
 * library assets that may already answer the request, any of which can be taken instead.
 */
export function NewRequestPage() {
  usePageTitle('New request');
  const session = useSession();
  const navigate = useNavigate();
  const teams = useTeams();
  // Who may pick another team's budget: TMMs and admins; a requester files for their own team.
  const ownTeamOnly = Boolean(session.data) && !can(session.data?.user.role, 'requests.triage');
  const teamless = ownTeamOnly && !session.data?.user.teamId;
  const form = useForm<Values>({
    initialValues: {
      title: '',
      deliverableTypeId: null,
      businessGoal: '',
      audience: '',
      audienceSize: '',
      personaIds: [],
      solutionId: null,
      useCaseId: null,
      formatIds: [],
      distributionPlan: '',
      dueDate: '',
      eventName: '',
      forEvent: false,
      teamId: session.data?.user.teamId ?? null,
      budgetOverrideReason: '',
    },
    validate: validateWith(createRequestSchema, (values: Values) => toCreateRequestInput(values)),
  });
  // The whole request so far: what it asks for, why, and for whom.
  const [text] = useDebouncedValue(
    [form.values.title, form.values.businessGoal, form.values.audience].join('\n').trim(),
    300,
  );
  const [ask] = useDebouncedValue(`${form.values.title}\n${form.values.businessGoal}`.trim(), 300);
  const suggestions = useContentSuggestions(text);
  const similar = useSimilarRequests(form.values.teamId, ask);
  const budget = useBudget(form.values.teamId);
  const price = budget.data?.pricing;
  const cost = (reuse: boolean) =>
    price
      ? form.values.forEvent
        ? reuse
          ? price.eventReuse
          : price.eventNew
        : reuse
          ? price.reuse
          : price.newContent
      : 0;
  const submit = useCreateRequest();
  const send = (reusedAssetId?: string) =>
    submit.mutate(toCreateRequestInput(form.values, reusedAssetId), {
      onSuccess: (request) => navigate(`/requests/${request.id}`),
      onError: (e) => e instanceof ApiError && form.setErrors(e.fields),
    });

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/requests" size="sm">
        ← Requests
      </Anchor>
      <Title order={1}>New request</Title>
      {teamless && (
        <Alert color="yellow" title="You are not in a requesting team yet">
          Requests are paid from a team’s budget, and you file for your own team. Ask an admin to add you to
          your team under Settings › Users and roles; then you can file here.
        </Alert>
      )}
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Paper withBorder p="lg" radius="md">
            <form onSubmit={form.onSubmit(() => send())}>
              <Stack>
                <TextInput label="What do you need?" required {...form.getInputProps('title')} />
                <TermSelect
                  kind="deliverable_type"
                  label="Deliverable type"
                  required
                  clearable={false}
                  {...form.getInputProps('deliverableTypeId')}
                />
                <Textarea
                  label="Business goal or opportunity"
                  required
                  autosize
                  minRows={2}
                  {...form.getInputProps('businessGoal')}
                />
                <Group grow>
                  <TextInput label="Target audience" {...form.getInputProps('audience')} />
                  <NumberInput
                    label="Audience size"
                    min={0}
                    allowDecimal={false}
                    {...form.getInputProps('audienceSize')}
                  />
                </Group>
                <TermSelect kind="persona" multiple label="Personas" {...form.getInputProps('personaIds')} />
                <Group grow>
                  <TermSelect kind="solution" label="Solution" {...form.getInputProps('solutionId')} />
                  <TermSelect kind="use_case" label="Use case" {...form.getInputProps('useCaseId')} />
                </Group>
                <TermSelect
                  kind="format"
                  multiple
                  label="Content formats wanted"
                  {...form.getInputProps('formatIds')}
                />
                <Textarea
                  label="Distribution plan"
                  autosize
                  minRows={2}
                  {...form.getInputProps('distributionPlan')}
                />
                <Group grow>
                  <DateField
                    label="Due date"
                    minDate={new Date()}
                    {...form.getInputProps('dueDate')}
                    value={form.values.dueDate || null}
                    onChange={(value) => form.setFieldValue('dueDate', value ?? '')}
                  />
                  <TextInput label="Event or campaign" {...form.getInputProps('eventName')} />
                </Group>
                <Checkbox
                  label="This is for an event"
                  {...form.getInputProps('forEvent', { type: 'checkbox' })}
                />
                <Select
                  label="Requesting team (pays from its budget)"
                  required
                  // A requester files for their own team only (the server holds the same rule).
                  disabled={ownTeamOnly}
                  description={ownTeamOnly ? 'You file for your own team' : undefined}
                  data={(teams.data ?? [])
                    .filter((t) => !t.archived && (!ownTeamOnly || t.id === session.data?.user.teamId))
                    .map((t) => ({ value: t.id, label: t.name }))}
                  {...form.getInputProps('teamId')}
                />
                {form.values.teamId && ask.length >= 3 && similar.data && similar.data.length > 0 && (
                  <Alert
                    color="yellow"
                    icon={<IconAlertTriangle size={18} />}
                    // The light yellow's own title colour is under 3:1 on its background.
                    styles={{ title: { color: 'var(--mantine-color-text)' } }}
                    title={
                      similar.data.length === 1
                        ? 'Your team may have asked for this already'
                        : `Your team has ${similar.data.length} open requests like this one`
                    }
                    role="status"
                  >
                    <Stack gap={6}>
                      <Text size="sm">Check these before filing; a comment there may be all you need.</Text>
                      {similar.data.map((request) => (
                        <Group key={request.id} gap="xs">
                          <Anchor component={Link} to={`/requests/${request.id}`} target="_blank" size="sm">
                            #{request.number} {request.title}
                          </Anchor>
                          <RequestStateBadge state={request.state} />
                          <Text size="xs" c="gray.8">
                            {request.requester.name}
                          </Text>
                        </Group>
                      ))}
                    </Stack>
                  </Alert>
                )}
                {budget.data && (
                  <Alert
                    color={budget.data.remaining - cost(false) < 0 ? 'red' : 'blue'}
                    title={`Budget ${budget.data.quarter}`}
                    role="status"
                  >
                    {budget.data.remaining} of {budget.data.budget} points left. New content costs{' '}
                    {cost(false)}, reusing existing content {cost(true)}.
                    {budget.data.remaining - cost(false) < 0 &&
                      ' This request would overdraw the budget; reuse something below or ask a TMM.'}
                  </Alert>
                )}
                {budget.data &&
                  budget.data.remaining - cost(false) < 0 &&
                  can(session.data?.user.role, 'requests.triage') && (
                    <Textarea
                      label="Budget override reason"
                      description="As a TMM or admin you may file past the budget; the reason is recorded"
                      {...form.getInputProps('budgetOverrideReason')}
                    />
                  )}
                <Group justify="flex-end">
                  <Button type="submit" loading={submit.isPending} disabled={teamless}>
                    File request
                  </Button>
                </Group>
              </Stack>
            </form>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Paper withBorder p="lg" radius="md" component="section" aria-label="Existing content">
            <Group gap="xs" mb="sm">
              <IconBulb size={18} />
              <Title order={2} size="h4">
                Already in the library?
              </Title>
            </Group>
            {text.length < 3 ? (
              <Text size="sm" c="dimmed">
                Start typing what you need; matching assets show up here.
              </Text>
            ) : suggestions.isPending ? (
              <Stack gap="sm" aria-label="Looking for matching assets">
                <Skeleton h={64} radius="md" />
                <Skeleton h={64} radius="md" />
              </Stack>
            ) : suggestions.isError ? (
              <Text size="sm" c="red.8">
                Could not look in the library: {suggestions.error.message}
              </Text>
            ) : suggestions.data.length ? (
              <Stack gap="sm">
                {suggestions.data.map((hit) => (
                  <Paper key={hit.id} withBorder p="sm" radius="md" aria-label={hit.title}>
                    <Group justify="space-between" wrap="nowrap" align="flex-start">
                      <Stack gap={2}>
                        <Anchor
                          component={Link}
                          to={`/library/assets/${hit.id}`}
                          target="_blank"
                          fw={600}
                          size="sm"
                        >
                          {hit.title}
                        </Anchor>
                        {hit.format && (
                          <Badge size="xs" variant="light">
                            {hit.format.name}
                          </Badge>
                        )}
                        <Snippet parts={hit.snippet} />
                      </Stack>
                      <Button
                        style={{ flexShrink: 0 }}
                        size="compact-sm"
                        variant="light"
                        onClick={() => send(hit.id)}
                        disabled={!form.values.teamId || !form.values.deliverableTypeId}
                      >
                        Use this instead
                      </Button>
                    </Group>
                  </Paper>
                ))}
                <Text size="xs" c="dimmed">
                  Taking an existing asset costs the reuse price and is recorded as answered with existing
                  content.
                </Text>
              </Stack>
            ) : (
              <Text size="sm" c="dimmed">
                Nothing in the library matches yet.
              </Text>
            )}
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
