import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import type { JobKindOverview, JobRun } from '@shared/schemas/jobs.ts';
import { IconPlayerPlay, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { apiClient } from '../../../api/client.ts';
import { useApiMutation } from '../../../api/useApiMutation.ts';
import { DateTime } from '../../../components/DateTime.tsx';
import { QueryState } from '../../../components/QueryState.tsx';
import { SettingsSection } from '../components/SettingsSection.tsx';
import { jobsKey, useJobs } from '../hooks/useJobs.ts';

const outcomes: Record<JobRun['outcome'], { label: string; color: string }> = {
  running: { label: 'Running', color: 'blue' },
  succeeded: { label: 'Succeeded', color: 'teal' },
  failed: { label: 'Failed', color: 'red' },
};

const duration = (ms: number | null) =>
  ms === null ? '' : ms < 1_000 ? `${ms} ms` : `${(ms / 1_000).toFixed(ms < 10_000 ? 1 : 0)} s`;

function Outcome({ run }: { run: JobRun }) {
  const outcome = outcomes[run.outcome];
  return (
    <Badge color={outcome.color} variant="light">
      {outcome.label}
    </Badge>
  );
}

function RunHistory({ kind, onClose }: { kind: JobKindOverview | null; onClose: () => void }) {
  return (
    <Modal opened={kind !== null} onClose={onClose} title={`Recent runs of “${kind?.name ?? ''}”`} size="xl">
      {kind && kind.recentRuns.length === 0 ? (
        <Text c="dimmed" size="sm">
          It has not run yet.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table verticalSpacing={6} aria-label="Recent runs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Started</Table.Th>
                <Table.Th>Outcome</Table.Th>
                <Table.Th>Attempt</Table.Th>
                <Table.Th>Took</Table.Th>
                <Table.Th>Result</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {kind?.recentRuns.map((run) => (
                <Table.Tr key={run.id}>
                  <Table.Td>
                    <DateTime value={run.startedAt} />
                  </Table.Td>
                  <Table.Td>
                    <Outcome run={run} />
                  </Table.Td>
                  <Table.Td>{run.attempt}</Table.Td>
                  <Table.Td>{duration(run.durationMs)}</Table.Td>
                  <Table.Td>
                    <Text size="sm" c={run.error ? 'red.8' : undefined}>
                      {run.error ?? run.summary ?? '—'}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Modal>
  );
}

/** Background jobs: what runs on its own, when it last ran and how, and what failed. */
export function JobsPage() {
  const jobs = useJobs();
  const [viewing, setViewing] = useState<string | null>(null);
  const runNow = useApiMutation({
    request: (kind: JobKindOverview) =>
      apiClient.POST('/api/settings/jobs/{kind}/run', { params: { path: { kind: kind.kind } } }),
    invalidates: [jobsKey],
    success: (_, kind) => `“${kind.name}” will start within a few seconds`,
  });
  const retry = useApiMutation({
    request: (job: { id: string; name: string }) =>
      apiClient.POST('/api/settings/jobs/failures/{id}/retry', { params: { path: { id: job.id } } }),
    invalidates: [jobsKey],
    success: (_, job) => `“${job.name}” will be tried again within a few seconds`,
  });
  return (
    <SettingsSection
      title="Background jobs"
      description="Work Showcase does on its own schedule. Each run happens once, however many Showcase servers share the database; a failed run is tried again after a growing delay."
    >
      <QueryState query={jobs}>
        {({ kinds, failures }) => (
          <Stack gap="lg">
            {failures.length > 0 && (
              <Stack gap="xs">
                <Title order={3} size="h4">
                  Failed jobs
                </Title>
                {failures.map((job) => (
                  <Alert key={job.id} color="red" variant="light" title={job.name}>
                    <Group justify="space-between" align="flex-start" wrap="nowrap">
                      <Stack gap={2}>
                        <Text size="sm">{job.error ?? 'No error message was recorded.'}</Text>
                        <Text size="xs" c="dimmed">
                          Gave up after {job.attempts} attempt{job.attempts === 1 ? '' : 's'}
                          {job.failedAt && (
                            <>
                              {' · '}
                              <DateTime value={job.failedAt} size="xs" />
                            </>
                          )}
                        </Text>
                      </Stack>
                      <Button
                        size="compact-sm"
                        variant="light"
                        color="red"
                        leftSection={<IconRefresh size={14} />}
                        loading={retry.isPending && retry.variables?.id === job.id}
                        onClick={() => retry.mutate({ id: job.id, name: job.name })}
                      >
                        Try again
                      </Button>
                    </Group>
                  </Alert>
                ))}
              </Stack>
            )}
            {kinds.length === 0 ? (
              <Paper withBorder p="xl" ta="center" c="dimmed">
                No background jobs are set up.
              </Paper>
            ) : (
              <Paper withBorder radius="md">
                <Table.ScrollContainer minWidth={820}>
                  <Table verticalSpacing="sm" aria-label="Background jobs">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>Job</Table.Th>
                        <Table.Th>Schedule</Table.Th>
                        <Table.Th>Last run</Table.Th>
                        <Table.Th>Next</Table.Th>
                        <Table.Th>
                          <VisuallyHidden>Actions</VisuallyHidden>
                        </Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {kinds.map((kind) => (
                        <Table.Tr key={kind.kind}>
                          <Table.Td maw={320}>
                            <Text fw={500}>{kind.name}</Text>
                            <Text size="xs" c="dimmed">
                              {kind.description}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm">{kind.schedule ?? 'When asked'}</Text>
                          </Table.Td>
                          <Table.Td>
                            {kind.lastRun ? (
                              <Stack gap={2}>
                                <Group gap={6} wrap="nowrap">
                                  <Outcome run={kind.lastRun} />
                                  <DateTime value={kind.lastRun.startedAt} />
                                </Group>
                                <Text size="xs" c={kind.lastRun.error ? 'red.8' : 'dimmed'} lineClamp={2}>
                                  {kind.lastRun.error ?? kind.lastRun.summary ?? ''}
                                  {kind.lastRun.durationMs !== null &&
                                    ` (${duration(kind.lastRun.durationMs)})`}
                                </Text>
                              </Stack>
                            ) : (
                              <Text size="sm" c="dimmed">
                                Not run yet
                              </Text>
                            )}
                          </Table.Td>
                          <Table.Td>
                            {kind.running ? (
                              <Badge variant="light">Running now</Badge>
                            ) : kind.nextDueAt ? (
                              <DateTime value={kind.nextDueAt} />
                            ) : (
                              <Text size="sm" c="dimmed">
                                —
                              </Text>
                            )}
                          </Table.Td>
                          <Table.Td>
                            <Group gap={4} justify="flex-end" wrap="nowrap">
                              <Button
                                size="compact-xs"
                                variant="subtle"
                                onClick={() => setViewing(kind.kind)}
                              >
                                History
                              </Button>
                              {kind.schedule && (
                                <Button
                                  size="compact-xs"
                                  variant="light"
                                  leftSection={<IconPlayerPlay size={12} />}
                                  aria-label={`Run now: ${kind.name}`}
                                  loading={runNow.isPending && runNow.variables?.kind === kind.kind}
                                  onClick={() => runNow.mutate(kind)}
                                >
                                  Run now
                                </Button>
                              )}
                            </Group>
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </Paper>
            )}
            <RunHistory
              kind={kinds.find((kind) => kind.kind === viewing) ?? null}
              onClose={() => setViewing(null)}
            />
          </Stack>
        )}
      </QueryState>
    </SettingsSection>
  );
}
