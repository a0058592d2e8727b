import { ActionIcon, Group, Tooltip } from '@mantine/core';
import type { Term } from '@shared/schemas/settings.ts';
import { IconPencil } from '@tabler/icons-react';
import { ConfirmDelete } from '../../../components/ConfirmDelete.tsx';
import { useTermMutations } from '../hooks/useTermMutations.ts';
import { ArchiveToggle } from './ArchiveToggle.tsx';

/** Edit, archive or restore, and delete, for one term. */
export function TermActions({ term, onEdit }: { term: Term; onEdit: (term: Term) => void }) {
  const { update, remove } = useTermMutations();
  return (
    <Group gap={4} justify="flex-end" wrap="nowrap">
      <Tooltip label="Edit">
        <ActionIcon variant="subtle" aria-label={`Edit ${term.name}`} onClick={() => onEdit(term)}>
          <IconPencil size={16} />
        </ActionIcon>
      </Tooltip>
      <ArchiveToggle
        name={term.name}
        archived={term.archived}
        onToggle={() => update.mutate({ id: term.id, version: term.version, archived: !term.archived })}
      />
      <ConfirmDelete label={term.name} loading={remove.isPending} onConfirm={() => remove.mutate(term)} />
    </Group>
  );
}
