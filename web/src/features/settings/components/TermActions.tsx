import { ActionIcon, Group, Tooltip } from '@mantine/core';
import type { Term } from '@shared/schemas/settings.ts';
import { IconArchive, IconArchiveOff, IconPencil } from '@tabler/icons-react';
import { useTermMutations } from '../hooks/useTermMutations.ts';
import { ConfirmDelete } from './ConfirmDelete.tsx';

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
      <Tooltip label={term.archived ? 'Restore' : 'Archive'}>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={`${term.archived ? 'Restore' : 'Archive'} ${term.name}`}
          onClick={() => update.mutate({ id: term.id, archived: !term.archived })}
        >
          {term.archived ? <IconArchiveOff size={16} /> : <IconArchive size={16} />}
        </ActionIcon>
      </Tooltip>
      <ConfirmDelete label={term.name} loading={remove.isPending} onConfirm={() => remove.mutate(term)} />
    </Group>
  );
}
