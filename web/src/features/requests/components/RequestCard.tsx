import { Badge, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { assignedStageLabels } from '@shared/requests.ts';
import type { ContentRequest } from '@shared/schemas/requests.ts';
import { DateTime } from '../../../components/DateTime.tsx';

/** A request on the board: number, title, team, due date, score (with its reasons) and review clock. */
export function RequestCard({ request }: { request: ContentRequest }) {
  return (
    <Paper withBorder radius="md" p="sm" shadow="xs">
      <Stack gap={6}>
        {/* The badge never shrinks: a long team name wraps beside it instead of cutting the score. */}
        <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
          <Text size="xs" c="dimmed" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
            #{request.number} · {request.team?.name ?? 'Demo update'}
          </Text>
          <Tooltip
            label={
              request.scoreReasons
                .map((r) => `${r.points > 0 ? '+' : ''}${r.points} ${r.text}`)
                .join(' · ') || 'No score yet'
            }
            multiline
            w={280}
          >
            <Badge
              size="sm"
              variant="light"
              aria-label={`Priority score ${request.score}`}
              style={{ flexShrink: 0, overflow: 'visible' }}
            >
              {request.score}
            </Badge>
          </Tooltip>
        </Group>
        {/* Plain text, not a link: the whole card opens the request (click or Enter), and a link
            inside a drag handle would be a control inside a control. */}
        <Text fw={600} size="sm" lineClamp={2} c="var(--mantine-color-anchor)">
          {request.title}
        </Text>
        <Group gap={6}>
          {request.overdue && (
            <Badge color="red" size="sm">
              Review overdue
            </Badge>
          )}
          {request.priority && (
            <Badge size="sm" color="grape" variant="outline">
              P{request.priority}
            </Badge>
          )}
          {request.reuse && (
            <Badge size="sm" color="teal" variant="outline">
              Reuse
            </Badge>
          )}
          {request.dueDate && <DateTime value={request.dueDate} prefix="Due" size="xs" c="dimmed" />}
        </Group>
        {request.assignee && (
          <Text size="xs" c="dimmed">
            {request.assignee.name}
            {request.stage ? ` · ${assignedStageLabels[request.stage]}` : ''}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
