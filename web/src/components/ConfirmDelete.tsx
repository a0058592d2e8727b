import { ActionIcon, Button, Group, Popover, Stack, Text, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';

/**
 * An icon button that asks before it acts: `action` names it ("Delete", "Turn off"), `question`
 * says what will happen. `onConfirm` gets `close`, to shut the question when the work is done.
 */
export function ConfirmAction({
  action,
  label,
  question,
  icon,
  onConfirm,
  loading,
}: {
  action: string;
  label: string;
  question: ReactNode;
  icon: ReactNode;
  onConfirm: (close: () => void) => void;
  loading?: boolean;
}) {
  const [opened, setOpened] = useState(false);
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" withArrow trapFocus>
      <Popover.Target>
        <Tooltip label={action}>
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={`${action} ${label}`}
            onClick={() => setOpened((open) => !open)}
          >
            {icon}
          </ActionIcon>
        </Tooltip>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs" maw={260}>
          <Text size="sm">{question}</Text>
          <Group justify="flex-end" gap="xs">
            <Button size="xs" variant="default" onClick={() => setOpened(false)}>
              Cancel
            </Button>
            <Button size="xs" color="red" loading={loading} onClick={() => onConfirm(() => setOpened(false))}>
              {action}
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

/** A delete button that asks first; what is in use is refused by the server with a reason. */
export function ConfirmDelete({
  label,
  onConfirm,
  loading,
}: {
  label: string;
  onConfirm: () => void;
  loading?: boolean;
}) {
  return (
    <ConfirmAction
      action="Delete"
      label={label}
      question={`Delete “${label}”? This cannot be undone.`}
      icon={<IconTrash size={16} />}
      loading={loading}
      onConfirm={(close) => {
        close();
        onConfirm();
      }}
    />
  );
}
