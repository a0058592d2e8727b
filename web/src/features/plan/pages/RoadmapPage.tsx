import {
  ActionIcon,
  Alert,
  Badge,
  Box,
  Button,
  Group,
  Paper,
  Progress,
  ScrollArea,
  Stack,
  Text,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { planStatusLabels, quarterOf, shiftQuarter } from '@shared/plan.ts';
import { can } from '@shared/roles.ts';
import type { PlanEntry, Roadmap } from '@shared/schemas/plan.ts';
import { IconAlertTriangle, IconChevronLeft, IconChevronRight, IconPlus } from '@tabler/icons-react';
import { Fragment, type KeyboardEvent, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { QueryState } from '../../../components/QueryState.tsx';
import { useSession } from '../../auth/hooks/useSession.ts';
import { usePageTitle } from '../../shell/hooks/usePageTitle.ts';
import { EntryModal } from '../components/EntryModal.tsx';
import { PlanTabs } from '../components/PlanTabs.tsx';
import { usePlanMutations, useRoadmap } from '../hooks/usePlan.ts';

const statusColors = { planned: 'gray', in_progress: 'indigo', published: 'teal', dropped: 'red' } as const;
const laneKey = (id: string | null) => id ?? 'unassigned';
const weekLabel = (week: string) =>
  new Date(`${week}T00:00:00Z`).toLocaleDateString('en', { month: 'short', day: 'numeric', timeZone: 'UTC' });

/** Where an entry sits on the grid: the week its start falls in, clamped to the quarter's weeks. */
function weekIndexOf(weeks: string[], entry: PlanEntry): number {
  let index = 0;
  for (const [i, week] of weeks.entries()) if (week <= entry.startDate) index = i;
  return index;
}

interface Held {
  entry: PlanEntry;
  week: number;
  lane: number;
}

/**
 * The roadmap: a lane per owner (capacity against planned load), a column per week. An entry is
 * dragged with the mouse, or with the keyboard: Space picks it up, the arrow keys move it by a
 * week (left, right) or an owner (up, down), Space or Enter drops it, Escape puts it back. Enter
 * on an entry not held, or a click, opens it.
 * Each step is announced in words.
 */
export function RoadmapPage() {
  usePageTitle('Roadmap');
  const role = useSession().data?.user.role;
  const editable = can(role, 'plan.edit');
  const [params, setParams] = useSearchParams();
  const quarter = params.get('quarter') ?? quarterOf(new Date());
  const roadmap = useRoadmap(quarter);
  const { moveEntry } = usePlanMutations();
  const [held, setHeld] = useState<Held | null>(null);
  const navigate = useNavigate();
  const [announcement, setAnnouncement] = useState('');
  const [planning, setPlanning] = useState(false);

  const go = (step: number) => setParams({ quarter: shiftQuarter(quarter, step) });

  const drop = (data: Roadmap, entry: PlanEntry, week: number, lane: number) => {
    const owner = data.owners[lane];
    const toWeek = data.weeks[week];
    if (!owner || !toWeek) return;
    const sameWeek = week === weekIndexOf(data.weeks, entry);
    const sameOwner = owner.id === entry.ownerId;
    if (sameWeek && sameOwner) {
      setAnnouncement(`${entry.title} stays where it was`);
      return;
    }
    setAnnouncement(`Dropped ${entry.title} on the week of ${weekLabel(toWeek)}, ${owner.name}`);
    moveEntry.mutate({
      id: entry.id,
      version: entry.version,
      title: entry.title,
      week: sameWeek ? undefined : toWeek,
      ownerId: sameOwner ? undefined : owner.id,
    });
  };

  const onKey = (data: Roadmap, entry: PlanEntry, lane: number) => (event: KeyboardEvent) => {
    const key = event.key;
    if ((!held || held.entry.id !== entry.id) && key === 'Enter') {
      event.preventDefault();
      navigate(`/plan/entries/${entry.id}`);
      return;
    }
    if (!editable) return;
    if (!held || held.entry.id !== entry.id) {
      if (key === ' ') {
        event.preventDefault();
        const start = { entry, week: weekIndexOf(data.weeks, entry), lane };
        setHeld(start);
        setAnnouncement(
          `Picked up ${entry.title}, week of ${weekLabel(data.weeks[start.week] ?? '')}, ${data.owners[lane]?.name}. Arrow keys move it by week or owner, Space drops it, Escape cancels.`,
        );
      }
      return;
    }
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-1, 0],
      ArrowRight: [1, 0],
      ArrowUp: [0, -1],
      ArrowDown: [0, 1],
    };
    if (moves[key]) {
      event.preventDefault();
      const [dw, dl] = moves[key];
      const week = Math.min(Math.max(held.week + dw, 0), data.weeks.length - 1);
      const next = Math.min(Math.max(held.lane + dl, 0), data.owners.length - 1);
      setHeld({ ...held, week, lane: next });
      setAnnouncement(`Over the week of ${weekLabel(data.weeks[week] ?? '')}, ${data.owners[next]?.name}`);
    } else if (key === ' ' || key === 'Enter') {
      event.preventDefault();
      setHeld(null);
      drop(data, entry, held.week, held.lane);
    } else if (key === 'Escape' || key === 'Tab') {
      setHeld(null);
      setAnnouncement(`${entry.title} put back`);
    }
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>Plan</Title>
        {editable && roadmap.data && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setPlanning(true)}>
            Plan a piece
          </Button>
        )}
      </Group>
      {planning && roadmap.data && (
        <EntryModal
          opened={planning}
          onClose={() => setPlanning(false)}
          quarter={quarter}
          firstWeek={roadmap.data.weeks[0] ?? roadmap.data.from}
          owners={roadmap.data.owners}
        />
      )}
      <PlanTabs />
      <Group gap="xs">
        <ActionIcon variant="subtle" aria-label="Previous quarter" onClick={() => go(-1)}>
          <IconChevronLeft size={18} />
        </ActionIcon>
        <Title order={2} size="h3">
          {quarter.replace('-', ' ')}
        </Title>
        <ActionIcon variant="subtle" aria-label="Next quarter" onClick={() => go(1)}>
          <IconChevronRight size={18} />
        </ActionIcon>
      </Group>
      <VisuallyHidden aria-live="assertive" role="status" data-testid="roadmap-announcement">
        {announcement}
      </VisuallyHidden>
      <QueryState query={roadmap} rows={6}>
        {(data) => (
          <Stack gap="md">
            {data.warnings.length > 0 && (
              <Alert color="orange" icon={<IconAlertTriangle size={18} />} title="Warnings">
                <Stack gap={2} component="ul" m={0} pl="md">
                  {data.warnings.map((warning) => (
                    <Text key={warning} size="sm" component="li">
                      {warning}
                    </Text>
                  ))}
                </Stack>
              </Alert>
            )}
            <ScrollArea type="auto">
              <Box
                role="group"
                aria-label={`Roadmap of ${quarter}`}
                style={{
                  display: 'grid',
                  gridTemplateColumns: `200px repeat(${data.weeks.length}, minmax(120px, 1fr))`,
                  gap: 4,
                  minWidth: 200 + data.weeks.length * 124,
                }}
              >
                <Fragment>
                  <Text size="xs" c="dimmed" fw={600}>
                    Owner
                  </Text>
                  {data.weeks.map((week) => (
                    <Text key={week} size="xs" c="dimmed" fw={600}>
                      {weekLabel(week)}
                    </Text>
                  ))}
                </Fragment>
                {data.owners.map((owner, lane) => (
                  <Fragment key={laneKey(owner.id)}>
                    <Paper withBorder p="xs" radius="sm" aria-label={owner.name}>
                      <Text size="sm" fw={600}>
                        {owner.name}
                      </Text>
                      {owner.capacity !== null ? (
                        <Tooltip
                          label={owner.warning ?? `${owner.load} of ${owner.capacity} pieces this quarter`}
                        >
                          <Stack gap={2}>
                            <Text size="xs" c={owner.overCapacity ? 'red' : 'dimmed'}>
                              {owner.load} / {owner.capacity} planned
                              {owner.overCapacity ? ' · over capacity' : ''}
                            </Text>
                            <Progress
                              value={Math.min(100, (owner.load / Math.max(owner.capacity, 1)) * 100)}
                              color={owner.overCapacity ? 'red' : 'indigo'}
                              size="sm"
                              aria-label={`${owner.name}: ${owner.load} of ${owner.capacity} planned`}
                            />
                          </Stack>
                        </Tooltip>
                      ) : (
                        <Text size="xs" c="dimmed">
                          {owner.load} planned
                        </Text>
                      )}
                    </Paper>
                    {data.weeks.map((week, weekIndex) => {
                      const here = data.entries.filter(
                        (entry) =>
                          laneKey(entry.ownerId) === laneKey(owner.id) &&
                          weekIndexOf(data.weeks, entry) === weekIndex,
                      );
                      // While an entry is held, it stays focused where it is and a preview shows where it would land.
                      const target = held && held.week === weekIndex && held.lane === lane;
                      const origin =
                        held &&
                        weekIndexOf(data.weeks, held.entry) === weekIndex &&
                        laneKey(held.entry.ownerId) === laneKey(owner.id);
                      return (
                        <Box
                          key={week}
                          role="group"
                          aria-label={`${owner.name}, week of ${weekLabel(week)}`}
                          onDragOver={(event) => editable && event.preventDefault()}
                          onDrop={(event) => {
                            event.preventDefault();
                            const entry = data.entries.find(
                              (e) => e.id === event.dataTransfer.getData('text/plain'),
                            );
                            if (entry) drop(data, entry, weekIndex, lane);
                          }}
                          style={{
                            minHeight: 56,
                            borderRadius: 4,
                            padding: 2,
                            background: target
                              ? 'var(--mantine-color-indigo-light)'
                              : 'var(--mantine-color-default-hover)',
                            outline: target ? '2px dashed var(--mantine-color-indigo-6)' : undefined,
                          }}
                        >
                          <Stack gap={4}>
                            {target && held && !origin && <EntryCard entry={held.entry} lifted />}
                            {here.map((entry) => (
                              <EntryCard
                                key={entry.id}
                                entry={entry}
                                draggable={editable}
                                pressed={held?.entry.id === entry.id}
                                onKeyDown={onKey(data, entry, lane)}
                                onOpen={() => navigate(`/plan/entries/${entry.id}`)}
                              />
                            ))}
                          </Stack>
                        </Box>
                      );
                    })}
                  </Fragment>
                ))}
              </Box>
            </ScrollArea>
            {data.entries.length === 0 && (
              <Text c="dimmed" size="sm">
                Nothing planned in {quarter} yet. Accepting a request into the backlog plans it here.
              </Text>
            )}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}

function EntryCard({
  entry,
  lifted = false,
  pressed = false,
  draggable = false,
  onKeyDown,
  onOpen,
}: {
  entry: PlanEntry;
  /** The preview of where a held entry would land: seen, not focusable, hidden from screen readers (the announcement says it). */
  lifted?: boolean;
  pressed?: boolean;
  draggable?: boolean;
  onKeyDown?: (event: KeyboardEvent) => void;
  /** A click opens the entry's page (a drag moves it). */
  onOpen?: () => void;
}) {
  return (
    <Paper
      withBorder
      radius="sm"
      p={6}
      shadow={lifted ? 'md' : 'xs'}
      tabIndex={lifted ? -1 : 0}
      aria-hidden={lifted || undefined}
      role="button"
      aria-roledescription="movable plan entry"
      aria-pressed={pressed}
      data-entry-id={entry.id}
      draggable={draggable}
      onDragStart={(event) => event.dataTransfer.setData('text/plain', entry.id)}
      onKeyDown={onKeyDown}
      onClick={onOpen}
      style={{
        cursor: draggable ? 'grab' : 'pointer',
        opacity: lifted ? 0.85 : 1,
        outline: pressed ? '2px solid var(--mantine-color-indigo-6)' : undefined,
      }}
    >
      <Text size="xs" fw={600} lineClamp={2}>
        {entry.title}
      </Text>
      <Group gap={4} mt={2}>
        <Badge size="xs" variant="light" color={statusColors[entry.status]}>
          {planStatusLabels[entry.status]}
        </Badge>
        {entry.formatName && (
          <Text size="xs" c="dimmed">
            {entry.formatName}
          </Text>
        )}
        {entry.warnings.length > 0 && (
          <Tooltip label={entry.warnings.join('; ')}>
            <IconAlertTriangle size={14} color="var(--mantine-color-orange-6)" aria-hidden />
          </Tooltip>
        )}
      </Group>
      {/* The entry's name is what it shows, then (for screen readers) its due date and warnings. */}
      <VisuallyHidden>
        , due {entry.dueDate}
        {entry.warnings.length ? `, ${entry.warnings.join('; ')}` : ''}
      </VisuallyHidden>
    </Paper>
  );
}
