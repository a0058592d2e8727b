import { Badge, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import type { VersionConflict } from '../hooks/useVersionConflict.ts';

/**
 * "Someone else saved this while you were editing": the fields that differ, theirs beside yours,
 * and the two ways on — apply your changed fields on top of their version, or drop yours and
 * reload theirs. Shown by every edit form through useVersionConflict.
 */
export function VersionConflictModal<Values>({
  conflict,
  onApply,
  onDiscard,
  onClose,
  applying = false,
}: {
  conflict: VersionConflict<Values> | null;
  /** Re-send your changed fields (`conflict.changes`) with `conflict.version`. */
  onApply: (conflict: VersionConflict<Values>) => void;
  /** Load their version (`conflict.theirs`, `conflict.version`) into the form. */
  onDiscard: (conflict: VersionConflict<Values>) => void;
  onClose: () => void;
  applying?: boolean;
}) {
  const changedNothing = conflict ? Object.keys(conflict.changes as object).length === 0 : false;
  return (
    <Modal
      opened={conflict !== null}
      onClose={onClose}
      title="Someone else saved this while you were editing"
      size="lg"
    >
      {conflict && (
        <Stack>
          <Text size="sm">
            {conflict.rows.length > 0
              ? 'These fields differ between their version and yours. Applying your changes keeps theirs in every field you did not change.'
              : 'Their changes do not touch the fields you can see here.'}
          </Text>
          {conflict.rows.length > 0 && (
            <Table striped withTableBorder aria-label="Fields that differ">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Field</Table.Th>
                  <Table.Th scope="col">Theirs (saved)</Table.Th>
                  <Table.Th scope="col">Yours</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {conflict.rows.map((row) => (
                  <Table.Tr key={row.path}>
                    <Table.Th scope="row" fw={500}>
                      {row.label}
                      {row.changedByMe && (
                        <Badge ml="xs" size="xs" variant="light">
                          you changed
                        </Badge>
                      )}
                    </Table.Th>
                    <Table.Td style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                      {row.theirs}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                      {row.mine}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => onDiscard(conflict)} disabled={applying}>
              Discard mine and reload
            </Button>
            <Button
              onClick={() => onApply(conflict)}
              loading={applying}
              disabled={changedNothing}
              data-autofocus
            >
              Apply my changes on top
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
