import { ActionIcon, Tooltip } from '@mantine/core';
import { IconArchive, IconArchiveOff } from '@tabler/icons-react';

/** Archive or restore a record; archived records stay on old references but are not offered anew. */
export function ArchiveToggle({
  name,
  archived,
  onToggle,
}: {
  name: string;
  archived: boolean;
  onToggle: () => void;
}) {
  const action = archived ? 'Restore' : 'Archive';
  return (
    <Tooltip label={action}>
      <ActionIcon variant="subtle" color="gray" aria-label={`${action} ${name}`} onClick={onToggle}>
        {archived ? <IconArchiveOff size={16} /> : <IconArchive size={16} />}
      </ActionIcon>
    </Tooltip>
  );
}
