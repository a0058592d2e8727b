import { Alert, Button, Group, Modal, Skeleton, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../api/client.ts';
import { libraryKey } from '../hooks/useLibrary.ts';

/**
 * Asks before a restore, showing field by field what it changes (now → after restoring), so
 * nobody overwrites recent edits by accident. Restoring is a new version: nothing is lost.
 */
export function RestoreVersionModal({
  assetId,
  version,
  onClose,
  onConfirm,
  restoring,
}: {
  assetId: string;
  version: number | null;
  onClose: () => void;
  onConfirm: (version: number) => void;
  restoring: boolean;
}) {
  const diff = useQuery({
    queryKey: [...libraryKey, 'diff', assetId, version],
    queryFn: () =>
      apiClient.GET('/api/assets/{id}/versions/{version}/diff', {
        params: { path: { id: assetId, version: version ?? 0 } },
      }),
    enabled: version !== null,
  });
  const changes = diff.data?.changes ?? [];
  return (
    <Modal opened={version !== null} onClose={onClose} title={`Restore version ${version}?`} size="xl">
      {diff.isPending ? (
        <Skeleton h={120} aria-label="Loading the changes" />
      ) : diff.isError ? (
        <Alert color="red" title="Could not compare the versions">
          {diff.error.message}
        </Alert>
      ) : changes.length === 0 ? (
        <Text size="sm">Version {version} is the same as the asset now; restoring changes nothing.</Text>
      ) : (
        <>
          <Text size="sm" mb="sm">
            Restoring changes {changes.length === 1 ? 'one field' : `${changes.length} fields`}. The current
            state stays in the history as a version of its own.
          </Text>
          <Table.ScrollContainer minWidth={520}>
            <Table verticalSpacing="xs" aria-label="Changes the restore makes" withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={150}>Field</Table.Th>
                  <Table.Th>Now</Table.Th>
                  <Table.Th>After restoring</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {changes.map((change) => (
                  <Table.Tr key={change.field}>
                    <Table.Th fw={500}>{change.label}</Table.Th>
                    <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                      <Text component="del" size="sm" c="red.9">
                        {change.current}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                      <Text component="ins" size="sm" c="green.9" td="none">
                        {change.restored}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onClose}>
          Keep the current version
        </Button>
        <Button
          onClick={() => version !== null && onConfirm(version)}
          loading={restoring}
          disabled={!diff.isSuccess || changes.length === 0}
        >
          Restore version {version}
        </Button>
      </Group>
    </Modal>
  );
}
