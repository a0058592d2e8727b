import '@mantine/charts/styles.css';
import { Sparkline } from '@mantine/charts';
import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Group,
  Paper,
  Progress,
  RingProgress,
  Select,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { okrStatusLabels, quarterOf, shiftQuarter } from '@shared/okrs.ts';
import { can } from '@shared/roles.ts';
import type { KeyResult, Objective } from '@shared/schemas/okrs.ts';
import {
  IconChevronLeft,
  IconChevronRight,
  IconPencil,
  IconPlus,
  IconTarget,
  IconWriting,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ConfirmDelete } from '../../../components/ConfirmDelete.tsx';
import { QueryState } from '../../../components/QueryState.tsx';
import { useSession } from '../../auth/hooks/useSession.ts';
import { usePageTitle } from '../../shell/hooks/usePageTitle.ts';
import { InsightsTabs } from '../components/InsightsTabs.tsx';
import { EnterNumberModal, KeyResultModal, ObjectiveModal } from '../components/OkrModals.tsx';
import { useOkrMutations, useOkrs } from '../hooks/useOkrs.ts';

const statusColors = { done: 'teal', on_track: 'indigo', at_risk: 'orange' } as const;
const quarterLabel = (quarter: string) => quarter.replace('-', ' ');

/** A key result's value as its unit reads: "72 %", "1,204", or "—" before the first entry. */
function shown(keyResult: KeyResult, value: number | null): string {
  if (value === null) return '—';
  const rounded = Math.round(value * 10) / 10;
  return keyResult.unit === 'percent' ? `${Math.round(value)} %` : rounded.toLocaleString();
}

function KeyResultRow({
  keyResult,
  manage,
  running,
  onEdit,
  onEnter,
}: {
  keyResult: KeyResult;
  manage: boolean;
  /** Whether the quarter runs now: numbers are entered only then. */
  running: boolean;
  onEdit: () => void;
  onEnter: () => void;
}) {
  const { removeKeyResult } = useOkrMutations();
  const history = keyResult.history.map((point) => point.value ?? 0);
  const percent = Math.round(keyResult.progress * 100);
  return (
    <Paper withBorder radius="sm" p="sm" component="li" aria-label={keyResult.title}>
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="md">
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Group gap="xs" wrap="nowrap">
            <Text fw={600} size="sm">
              {keyResult.title}
            </Text>
            <Badge size="sm" variant="light" color={statusColors[keyResult.status]}>
              {okrStatusLabels[keyResult.status]}
            </Badge>
          </Group>
          <Text size="xs" c="dimmed">
            {keyResult.measureLabel}
            {keyResult.filterSummary ? ` · ${keyResult.filterSummary}` : ''}
            {keyResult.measure === 'manual' ? '' : ' · counted live'}
          </Text>
          <Group gap="sm" wrap="nowrap" align="center">
            <Progress
              value={percent}
              color={statusColors[keyResult.status]}
              style={{ flex: 1 }}
              size="lg"
              radius="sm"
              aria-label={`${keyResult.title}: ${percent} % of the target`}
            />
            <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
              {shown(keyResult, keyResult.value)}{' '}
              <Text span c="dimmed" size="sm" fw={400}>
                of {shown(keyResult, keyResult.target)}
              </Text>
            </Text>
          </Group>
        </Stack>
        {history.length > 1 && (
          <Tooltip
            label={`By week: ${keyResult.history.map((point) => shown(keyResult, point.value)).join(', ')}`}
            multiline
            w={260}
          >
            <Sparkline
              w={120}
              h={48}
              data={history}
              curveType="linear"
              color={statusColors[keyResult.status]}
              fillOpacity={0.25}
              strokeWidth={2}
              aria-label={`${keyResult.title} at the end of each week`}
              role="img"
            />
          </Tooltip>
        )}
        {manage && (
          <Group gap={2} wrap="nowrap">
            {keyResult.measure === 'manual' && running && (
              <Tooltip label="Enter today’s number">
                <ActionIcon
                  variant="subtle"
                  aria-label={`Enter today’s number for ${keyResult.title}`}
                  onClick={onEnter}
                >
                  <IconWriting size={16} />
                </ActionIcon>
              </Tooltip>
            )}
            <Tooltip label="Edit">
              <ActionIcon variant="subtle" aria-label={`Edit ${keyResult.title}`} onClick={onEdit}>
                <IconPencil size={16} />
              </ActionIcon>
            </Tooltip>
            <ConfirmDelete
              label={keyResult.title}
              loading={removeKeyResult.isPending}
              onConfirm={() => removeKeyResult.mutate(keyResult)}
            />
          </Group>
        )}
      </Group>
    </Paper>
  );
}

function ObjectiveCard({
  objective,
  manage,
  running,
  onEdit,
  onAddKeyResult,
  onEditKeyResult,
  onEnter,
}: {
  objective: Objective;
  manage: boolean;
  running: boolean;
  onEdit: () => void;
  onAddKeyResult: () => void;
  onEditKeyResult: (keyResult: KeyResult) => void;
  onEnter: (keyResult: KeyResult) => void;
}) {
  const { removeObjective } = useOkrMutations();
  const percent = Math.round(objective.progress * 100);
  return (
    <Card withBorder radius="md" p="md" component="section" aria-label={objective.title}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="sm">
        <Group gap="md" wrap="nowrap" align="flex-start">
          <RingProgress
            size={64}
            thickness={7}
            roundCaps
            sections={[{ value: percent, color: percent >= 100 ? 'teal' : 'indigo' }]}
            label={
              <Text ta="center" size="xs" fw={700}>
                {percent} %
              </Text>
            }
            aria-label={`${percent} % of the way`}
          />
          <div>
            <Title order={2} size="h4">
              {objective.title}
            </Title>
            {objective.description && (
              <Text size="sm" c="dimmed" maw={720}>
                {objective.description}
              </Text>
            )}
            <Text size="xs" c="dimmed" mt={4}>
              {objective.owner ? `Owner: ${objective.owner.name}` : 'No owner'}
            </Text>
          </div>
        </Group>
        {manage && (
          <Group gap={2} wrap="nowrap">
            <Tooltip label="Edit objective">
              <ActionIcon variant="subtle" aria-label={`Edit ${objective.title}`} onClick={onEdit}>
                <IconPencil size={16} />
              </ActionIcon>
            </Tooltip>
            <ConfirmDelete
              label={objective.title}
              loading={removeObjective.isPending}
              onConfirm={() => removeObjective.mutate(objective)}
            />
          </Group>
        )}
      </Group>
      {objective.keyResults.length === 0 ? (
        <Text size="sm" c="dimmed" py="xs">
          No key result yet: add what will show this objective is met.
        </Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {objective.keyResults.map((keyResult) => (
            <KeyResultRow
              key={keyResult.id}
              keyResult={keyResult}
              manage={manage}
              running={running}
              onEdit={() => onEditKeyResult(keyResult)}
              onEnter={() => onEnter(keyResult)}
            />
          ))}
        </Stack>
      )}
      {manage && objective.keyResults.length < 10 && (
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconPlus size={14} />}
          mt="sm"
          onClick={onAddKeyResult}
          style={{ alignSelf: 'flex-start' }}
        >
          Add key result
        </Button>
      )}
    </Card>
  );
}

/** The quarter's objectives, each key result's live value against its target, and its weekly history. */
export function OkrsPage() {
  usePageTitle('OKRs');
  const session = useSession();
  const manage = can(session.data?.user.role, 'okrs.manage');
  const [params, setParams] = useSearchParams();
  const current = quarterOf(new Date());
  const quarter = params.get('quarter') ?? current;
  const okrs = useOkrs(params.get('quarter') ?? undefined);
  const [objectiveEdit, setObjectiveEdit] = useState<{ objective: Objective | null } | null>(null);
  const [keyResultEdit, setKeyResultEdit] = useState<{
    objective: Objective;
    keyResult: KeyResult | null;
  } | null>(null);
  const [entering, setEntering] = useState<KeyResult | null>(null);
  const go = (next: string) => {
    const search = new URLSearchParams(params);
    if (next === current) search.delete('quarter');
    else search.set('quarter', next);
    setParams(search, { replace: true });
  };
  const choices = [...new Set([shiftQuarter(current, 1), current, ...(okrs.data?.quarters ?? []), quarter])]
    .sort()
    .reverse();

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Insights</Title>
          <Text c="dimmed" size="sm">
            The quarter’s objectives, with key results counted live from the library, requests, demos and
            engagement.
          </Text>
        </div>
        {manage && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setObjectiveEdit({ objective: null })}>
            Add objective
          </Button>
        )}
      </Group>
      <InsightsTabs />
      <Group gap="xs" align="center">
        <Tooltip label="Previous quarter">
          <ActionIcon
            variant="default"
            size="lg"
            aria-label="Previous quarter"
            onClick={() => go(shiftQuarter(quarter, -1))}
          >
            <IconChevronLeft size={18} />
          </ActionIcon>
        </Tooltip>
        <Select
          aria-label="Quarter"
          w={130}
          allowDeselect={false}
          value={quarter}
          onChange={(value) => value && go(value)}
          data={choices.map((value) => ({ value, label: quarterLabel(value) }))}
        />
        <Tooltip label="Next quarter">
          <ActionIcon
            variant="default"
            size="lg"
            aria-label="Next quarter"
            onClick={() => go(shiftQuarter(quarter, 1))}
          >
            <IconChevronRight size={18} />
          </ActionIcon>
        </Tooltip>
        {okrs.data && (
          <Text size="sm" c="dimmed" ml="sm">
            {okrs.data.elapsed <= 0
              ? 'Not begun yet'
              : okrs.data.elapsed >= 1
                ? 'Quarter over'
                : `${Math.round(okrs.data.elapsed * 100)} % of the quarter gone`}
            {' · '}
            {okrs.data.from} to {okrs.data.to}
          </Text>
        )}
      </Group>
      <QueryState query={okrs} rows={4}>
        {(data) =>
          data.objectives.length === 0 ? (
            <Card withBorder p="xl" radius="md" ta="center">
              <Stack align="center" gap="xs">
                <IconTarget size={32} stroke={1.5} />
                <Text fw={600}>No objectives for {quarterLabel(data.quarter)}</Text>
                <Text c="dimmed" size="sm" maw={520}>
                  Set an objective and give it key results measured by Showcase itself — assets published,
                  engagement, requests reviewed within the SLA, demos fresh — or by a number you enter.
                </Text>
                {manage && (
                  <Button
                    mt="xs"
                    leftSection={<IconPlus size={16} />}
                    onClick={() => setObjectiveEdit({ objective: null })}
                  >
                    Add objective
                  </Button>
                )}
              </Stack>
            </Card>
          ) : (
            <Stack gap="md">
              {data.objectives.map((objective) => (
                <ObjectiveCard
                  key={objective.id}
                  objective={objective}
                  manage={manage}
                  running={data.quarter === current}
                  onEdit={() => setObjectiveEdit({ objective })}
                  onAddKeyResult={() => setKeyResultEdit({ objective, keyResult: null })}
                  onEditKeyResult={(keyResult) => setKeyResultEdit({ objective, keyResult })}
                  onEnter={setEntering}
                />
              ))}
            </Stack>
          )
        }
      </QueryState>
      <ObjectiveModal
        opened={objectiveEdit !== null}
        objective={objectiveEdit?.objective ?? null}
        quarter={quarter}
        onClose={() => setObjectiveEdit(null)}
      />
      <KeyResultModal
        objective={keyResultEdit?.objective ?? null}
        keyResult={keyResultEdit?.keyResult ?? null}
        onClose={() => setKeyResultEdit(null)}
      />
      <EnterNumberModal keyResult={entering} onClose={() => setEntering(null)} />
    </Stack>
  );
}
