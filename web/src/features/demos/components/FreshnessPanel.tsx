import {
  Anchor,
  Badge,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { type DemoState, demoStateLabels, demoStates } from '@shared/demos.ts';
import { useState } from 'react';
import { Link } from 'react-router';
import { QueryState } from '../../../components/QueryState.tsx';
import { useDemos } from '../hooks/useDemos.ts';
import { DemoStateBadge, demoStateColors } from './DemoStateBadge.tsx';
import { ScoreMeter } from './ScoreMeter.tsx';

const sorts = [
  { value: 'score', label: 'Highest score' },
  { value: 'age', label: 'Longest since verified' },
  { value: 'lag', label: 'Most versions behind' },
  { value: 'title', label: 'Title' },
];

/** Demos by state (the counts double as filters), sortable by score, age and version lag. */
export function FreshnessPanel() {
  const [state, setState] = useState<DemoState | 'all'>('all');
  const [sort, setSort] = useState('score');
  const demos = useDemos(state, sort);
  return (
    <QueryState query={demos}>
      {(data) => (
        <Stack>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            {demoStates.map((s) => (
              <UnstyledButton
                key={s}
                onClick={() => setState(state === s ? 'all' : s)}
                aria-pressed={state === s}
              >
                <Paper
                  withBorder
                  p="sm"
                  radius="md"
                  style={{
                    borderColor: state === s ? `var(--mantine-color-${demoStateColors[s]}-5)` : undefined,
                  }}
                >
                  <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                    {demoStateLabels[s]}
                  </Text>
                  <Text fz={28} fw={700} c={demoStateColors[s]}>
                    {data.counts[s]}
                  </Text>
                </Paper>
              </UnstyledButton>
            ))}
          </SimpleGrid>
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {data.latestVersion
                ? `Newest release imported: ${data.latestVersion}`
                : 'No release imported yet'}
              {state !== 'all' && ` · showing ${demoStateLabels[state].toLowerCase()}`}
            </Text>
            <Select
              label="Sort by"
              data={sorts}
              value={sort}
              onChange={(v) => setSort(v ?? 'score')}
              w={220}
              allowDeselect={false}
            />
          </Group>
          {data.items.length === 0 ? (
            <Paper withBorder p="xl" ta="center" c="dimmed">
              {state === 'all'
                ? 'No demos yet. Give a demo video, click-through demo, workshop or analyst demo a feature trail to see it here.'
                : `No demos are ${demoStateLabels[state].toLowerCase()}.`}
            </Paper>
          ) : (
            <Table.ScrollContainer minWidth={760}>
              <Table highlightOnHover verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Demo</Table.Th>
                    <Table.Th>Persona</Table.Th>
                    <Table.Th>Recorded on</Table.Th>
                    <Table.Th>Verified</Table.Th>
                    <Table.Th>State</Table.Th>
                    <Table.Th>Score</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((demo) => (
                    <Table.Tr key={demo.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/demos/${demo.id}`} fw={600}>
                          {demo.title}
                        </Anchor>
                        <Text size="xs" c="dimmed">
                          {demo.format?.name} · {demo.steps} steps
                          {demo.status !== 'published' && ` · ${demo.status}`}
                        </Text>
                      </Table.Td>
                      <Table.Td>{demo.persona?.name ?? '—'}</Table.Td>
                      <Table.Td>
                        <Group gap={6}>
                          <Text size="sm">{demo.productVersion ?? '—'}</Text>
                          {demo.versionLag ? (
                            <Badge size="sm" variant="light" color={demo.versionLag >= 3 ? 'orange' : 'gray'}>
                              {demo.versionLag} behind
                            </Badge>
                          ) : null}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{demo.ageDays === null ? '—' : `${demo.ageDays} days ago`}</Text>
                      </Table.Td>
                      <Table.Td>
                        <DemoStateBadge state={demo.state} />
                      </Table.Td>
                      <Table.Td>
                        {demo.score > 0 ? <ScoreMeter score={demo.score} /> : <Text c="dimmed">—</Text>}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      )}
    </QueryState>
  );
}
