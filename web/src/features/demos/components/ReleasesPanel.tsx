import { Badge, Button, Drawer, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { significanceLabels } from '@shared/demos.ts';
import { can } from '@shared/roles.ts';
import { IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { DateTime } from '../../../components/DateTime.tsx';
import { QueryState } from '../../../components/QueryState.tsx';
import { useSession } from '../../auth/hooks/useSession.ts';
import { useRelease, useReleases } from '../hooks/useDemos.ts';
import { ImportReleaseModal } from './ImportReleaseModal.tsx';

const significanceColors = {
  removal: 'red',
  deprecation: 'orange',
  primary: 'blue',
  secondary: 'gray',
} as const;

/** Imported releases, newest first; opening one lists its changes and what its import skipped. */
export function ReleasesPanel() {
  const session = useSession();
  const releases = useReleases();
  const [importing, setImporting] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const release = useRelease(openId);
  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          Importing a release runs impact analysis against every published demo’s feature trail.
        </Text>
        {can(session.data?.user.role, 'demos.edit') && (
          <Button leftSection={<IconUpload size={16} />} onClick={() => setImporting(true)}>
            Import release
          </Button>
        )}
      </Group>
      <QueryState query={releases}>
        {(rows) =>
          rows.length === 0 ? (
            <Paper withBorder p="xl" ta="center" c="dimmed">
              No releases yet. Import a release post to see which demos it touches.
            </Paper>
          ) : (
            <Table highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Version</Table.Th>
                  <Table.Th>Released</Table.Th>
                  <Table.Th>Changes</Table.Th>
                  <Table.Th>Flags raised</Table.Th>
                  <Table.Th>Quiet matches</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.id}>
                    <Table.Td>
                      <Button variant="subtle" size="compact-sm" onClick={() => setOpenId(row.id)}>
                        {row.version}
                      </Button>
                    </Table.Td>
                    <Table.Td>
                      <DateTime value={row.releasedOn} />
                    </Table.Td>
                    <Table.Td>{row.changeCount}</Table.Td>
                    <Table.Td>
                      <Badge color={row.flags.raised ? 'red' : 'gray'} variant="light">
                        {row.flags.raised}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{row.flags.quiet}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryState>
      <ImportReleaseModal opened={importing} onClose={() => setImporting(false)} />
      <Drawer
        opened={Boolean(openId)}
        onClose={() => setOpenId(null)}
        position="right"
        size="xl"
        title={release.data ? `Release ${release.data.version}` : 'Release'}
      >
        <QueryState query={release}>
          {(data) => (
            <Stack gap="xs">
              {data.changes.map((change) => (
                <Paper key={change.id} withBorder p="sm">
                  <Group justify="space-between" wrap="nowrap" align="flex-start">
                    <Text fw={600} size="sm">
                      {change.name}
                    </Text>
                    <Badge
                      color={significanceColors[change.significance]}
                      variant="light"
                      style={{ flexShrink: 0 }}
                    >
                      {significanceLabels[change.significance]}
                    </Badge>
                  </Group>
                  <Text size="xs" c="dimmed">
                    {[
                      change.stage?.name,
                      ...change.categories.map((c) => c.name),
                      change.categories.length === 0 && change.feature
                        ? `feature ${change.feature.name}`
                        : null,
                    ]
                      .filter(Boolean)
                      .join(' · ') || 'No catalogue match'}
                    {change.unknownCategories.length > 0 &&
                      ` · not in catalogue: ${change.unknownCategories.join(', ')}`}
                    {change.tiers.length > 0 && ` · ${change.tiers.join(', ')}`}
                  </Text>
                </Paper>
              ))}
            </Stack>
          )}
        </QueryState>
      </Drawer>
    </Stack>
  );
}
