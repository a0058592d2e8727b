import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { addDays, eventKindLabels, planStatusLabels, weekOf } from '@shared/plan.ts';
import { can } from '@shared/roles.ts';
import type { Calendar } from '@shared/schemas/plan.ts';
import { IconChevronLeft, IconChevronRight, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { QueryState } from '../../../components/QueryState.tsx';
import { useSession } from '../../auth/hooks/useSession.ts';
import { usePageTitle } from '../../shell/hooks/usePageTitle.ts';
import { EventModal } from '../components/EventModal.tsx';
import { FeedsPanel } from '../components/FeedsPanel.tsx';
import { PlanTabs } from '../components/PlanTabs.tsx';
import { useCalendar } from '../hooks/usePlan.ts';

type View = 'month' | 'week' | 'list';
const today = () => new Date().toISOString().slice(0, 10);
const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** The days a view shows around `anchor`: the weeks of its month, its week, or 8 weeks from its week. */
function rangeOf(view: View, anchor: string): { from: string; to: string } {
  if (view === 'week') return { from: weekOf(anchor), to: addDays(weekOf(anchor), 6) };
  if (view === 'list') return { from: weekOf(anchor), to: addDays(weekOf(anchor), 55) };
  const first = `${anchor.slice(0, 7)}-01`;
  const next = new Date(`${first}T00:00:00Z`);
  next.setUTCMonth(next.getUTCMonth() + 1);
  const last = addDays(next.toISOString().slice(0, 10), -1);
  return { from: weekOf(first), to: addDays(weekOf(last), 6) };
}

function shift(view: View, anchor: string, step: number): string {
  if (view === 'month') {
    const date = new Date(`${anchor.slice(0, 7)}-01T00:00:00Z`);
    date.setUTCMonth(date.getUTCMonth() + step);
    return date.toISOString().slice(0, 10);
  }
  return addDays(anchor, step * (view === 'week' ? 7 : 56));
}

interface Item {
  key: string;
  day: string;
  label: string;
  detail: string;
  href?: string;
  color: string;
}

/** Everything on the calendar as items per day: each plan entry on its due date, each event on its days. */
function itemsOf(data: Calendar): Item[] {
  const items: Item[] = data.entries
    .filter((entry) => entry.status !== 'dropped')
    .map((entry) => ({
      key: `entry-${entry.id}`,
      day: entry.dueDate,
      label: entry.title,
      detail: `Publish · ${planStatusLabels[entry.status]}${entry.ownerName ? ` · ${entry.ownerName}` : ''}`,
      href: `/plan/entries/${entry.id}`,
      color: 'indigo',
    }));
  for (const event of data.events) {
    const start = new Date(event.startsAt);
    const time = start.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
    const first = event.startsAt.slice(0, 10);
    const last = event.endsAt.slice(0, 10);
    for (let day = first; day <= last; day = addDays(day, 1))
      items.push({
        key: `event-${event.id}-${day}`,
        day,
        label: event.title,
        detail: `${eventKindLabels[event.kind]} · ${time}${event.location ? ` · ${event.location}` : ''}`,
        href: event.registrationUrl ?? undefined,
        color: 'grape',
      });
  }
  return items.sort((a, b) => a.day.localeCompare(b.day) || a.label.localeCompare(b.label));
}

function ItemChip({ item }: { item: Item }) {
  const body = (
    <Text size="xs" lineClamp={2}>
      <Badge size="xs" color={item.color} variant="dot" mr={4} component="span">
        {item.color === 'indigo' ? 'Publish' : 'Event'}
      </Badge>
      {item.label}
    </Text>
  );
  if (!item.href) return body;
  return item.href.startsWith('/') ? (
    <Link to={item.href} style={{ color: 'inherit', textDecoration: 'none' }} title={item.detail}>
      {body}
    </Link>
  ) : (
    <a
      href={item.href}
      target="_blank"
      rel="noreferrer noopener"
      style={{ color: 'inherit' }}
      title={item.detail}
    >
      {body}
    </a>
  );
}

/** Publish dates and events in a month, a week or a list, with the iCal feeds to subscribe to. */
export function CalendarPage() {
  usePageTitle('Calendar');
  const role = useSession().data?.user.role;
  const [params, setParams] = useSearchParams();
  const view = (params.get('view') as View | null) ?? 'month';
  const anchor = params.get('day') ?? today();
  const range = rangeOf(view, anchor);
  const calendar = useCalendar(range.from, range.to);
  const [adding, setAdding] = useState(false);
  const set = (next: { view?: View; day?: string }) =>
    setParams({ view: next.view ?? view, day: next.day ?? anchor });
  const heading =
    view === 'month'
      ? new Date(`${anchor.slice(0, 7)}-01T00:00:00Z`).toLocaleDateString('en', {
          month: 'long',
          year: 'numeric',
          timeZone: 'UTC',
        })
      : `${range.from} to ${range.to}`;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>Plan</Title>
        {can(role, 'plan.edit') && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
            Add event
          </Button>
        )}
      </Group>
      <PlanTabs />
      <Group justify="space-between">
        <Group gap="xs">
          <ActionIcon
            variant="subtle"
            aria-label="Earlier"
            onClick={() => set({ day: shift(view, anchor, -1) })}
          >
            <IconChevronLeft size={18} />
          </ActionIcon>
          <Title order={2} size="h3">
            {heading}
          </Title>
          <ActionIcon
            variant="subtle"
            aria-label="Later"
            onClick={() => set({ day: shift(view, anchor, 1) })}
          >
            <IconChevronRight size={18} />
          </ActionIcon>
          <Button variant="subtle" size="xs" onClick={() => set({ day: today() })}>
            Today
          </Button>
        </Group>
        <SegmentedControl
          aria-label="Calendar view"
          value={view}
          onChange={(value) => set({ view: value as View })}
          data={[
            { value: 'month', label: 'Month' },
            { value: 'week', label: 'Week' },
            { value: 'list', label: 'List' },
          ]}
        />
      </Group>
      <QueryState query={calendar} rows={6}>
        {(data) => {
          const items = itemsOf(data);
          if (view === 'list')
            return items.length === 0 ? (
              <Text c="dimmed">Nothing planned in these weeks.</Text>
            ) : (
              <Stack
                gap="xs"
                component="ul"
                p={0}
                m={0}
                style={{ listStyle: 'none' }}
                aria-label="Calendar list"
              >
                {items.map((item) => (
                  <Paper key={item.key} withBorder p="sm" radius="sm" component="li">
                    <Group justify="space-between" wrap="nowrap">
                      <div>
                        <ItemChip item={item} />
                        <Text size="xs" c="dimmed">
                          {item.detail}
                        </Text>
                      </div>
                      <Text size="sm">{item.day}</Text>
                    </Group>
                  </Paper>
                ))}
              </Stack>
            );
          const days: string[] = [];
          for (let day = data.from; day <= data.to; day = addDays(day, 1)) days.push(day);
          return (
            <SimpleGrid cols={7} spacing={4} role="group" aria-label={`Calendar, ${heading}`}>
              {weekdays.map((name) => (
                <Text key={name} size="xs" c="dimmed" fw={600}>
                  {name}
                </Text>
              ))}
              {days.map((day) => {
                const here = items.filter((item) => item.day === day);
                const outside = view === 'month' && day.slice(0, 7) !== anchor.slice(0, 7);
                return (
                  <Paper
                    key={day}
                    withBorder
                    p={4}
                    radius="sm"
                    role="group"
                    aria-label={day}
                    mih={view === 'week' ? 200 : 90}
                    // Days of the next or last month are set apart by a tint, not faded text.
                    bg={outside ? 'var(--mantine-color-default-hover)' : undefined}
                  >
                    <Text
                      size="xs"
                      fw={day === today() ? 700 : 400}
                      c={day === today() ? 'indigo' : 'dimmed'}
                    >
                      {Number(day.slice(8))}
                    </Text>
                    <Stack gap={2}>
                      {here.map((item) => (
                        <ItemChip key={item.key} item={item} />
                      ))}
                    </Stack>
                  </Paper>
                );
              })}
            </SimpleGrid>
          );
        }}
      </QueryState>
      <FeedsPanel />
      {adding && <EventModal opened={adding} onClose={() => setAdding(false)} day={anchor} />}
    </Stack>
  );
}
