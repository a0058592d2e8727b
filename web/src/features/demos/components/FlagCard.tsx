import { Anchor, Badge, Button, Group, List, Modal, Paper, Stack, Text, TextInput } from '@mantine/core';
import { can } from '@shared/roles.ts';
import type { DemoFlag } from '@shared/schemas/demos.ts';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useSession } from '../../auth/hooks/useSession.ts';
import { useFlagMutations } from '../hooks/useDemoMutations.ts';
import { ScoreMeter } from './ScoreMeter.tsx';

const stateColors = {
  open: 'red',
  quiet: 'gray',
  dismissed: 'gray',
  requested: 'orange',
  resolved: 'teal',
} as const;
const stateLabels = {
  open: 'Flagged',
  quiet: 'Below threshold',
  dismissed: 'Dismissed',
  requested: 'Update requested',
  resolved: 'Resolved',
} as const;

/** One release's flag on a demo: score, reasons, and the two ways to act on it. */
export function FlagCard({ flag }: { flag: DemoFlag }) {
  const session = useSession();
  const navigate = useNavigate();
  const [dismissing, setDismissing] = useState(false);
  const [reason, setReason] = useState('not significant');
  const { request, dismiss } = useFlagMutations(flag.id);
  const actionable = flag.state === 'open' || flag.state === 'quiet';
  return (
    <Paper withBorder p="sm" aria-label={`Flag from release ${flag.release.version}`}>
      <Group justify="space-between" align="flex-start">
        <Group gap="sm">
          <Text fw={700}>Release {flag.release.version}</Text>
          <Badge color={stateColors[flag.state]} variant="light">
            {stateLabels[flag.state]}
          </Badge>
        </Group>
        <ScoreMeter score={flag.score} />
      </Group>
      <List size="sm" mt="xs" spacing={2}>
        {flag.reasons.map((reason) => (
          <List.Item key={reason}>{reason}</List.Item>
        ))}
      </List>
      {flag.dismissReason && (
        <Text size="sm" c="dimmed" mt="xs">
          Dismissed: {flag.dismissReason}
        </Text>
      )}
      {flag.request && (
        <Text size="sm" mt="xs">
          Update request{' '}
          <Anchor component={Link} to={`/requests/${flag.request.id}`}>
            #{flag.request.number}
          </Anchor>{' '}
          ({flag.request.state.replace('_', ' ')})
        </Text>
      )}
      {actionable && (
        <Group mt="sm" gap="xs">
          {can(session.data?.user.role, 'demos.request') && (
            <Button
              size="xs"
              loading={request.isPending}
              onClick={async () => navigate(`/requests/${(await request.mutateAsync()).id}`)}
            >
              Request update
            </Button>
          )}
          {can(session.data?.user.role, 'demos.edit') && (
            <Button size="xs" variant="default" onClick={() => setDismissing(true)}>
              Dismiss
            </Button>
          )}
        </Group>
      )}
      <Modal opened={dismissing} onClose={() => setDismissing(false)} title="Dismiss this flag">
        <Stack>
          <TextInput
            label="Reason"
            required
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button
              disabled={!reason.trim()}
              loading={dismiss.isPending}
              onClick={async () => {
                await dismiss.mutateAsync({ reason });
                setDismissing(false);
              }}
            >
              Dismiss flag
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
