import { Badge, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import type { ContentRequest } from '@shared/schemas/requests.ts';
import { Link } from 'react-router';

/** A request on the board: number, title, team, due date, score (with its reasons) and review clock. */
export function RequestCard({ request }: { request: ContentRequest }) {
  return (
    <Paper withBorder radius="md" p="sm" shadow="xs">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Text size="xs" c="dimmed">
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
              style={{ flexShrink: 0 }}
            >
              {request.score}
            </Badge>
          </Tooltip>
        </Group>
        <Text component={Link} to={`/requests/${request.id}`} fw={600} size="sm" lineClamp={2}>
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
          {request.dueDate && (
            <Text size="xs" c="dimmed">
              Due {request.dueDate}
            </Text>
          )}
        </Group>
        {request.assignee && (
          <Text size="xs" c="dimmed">
            {request.assignee.name}
            {request.stage ? ` · ${request.stage.replace('_', ' ')}` : ''}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
