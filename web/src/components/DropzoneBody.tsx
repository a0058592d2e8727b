import { Group, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconUpload, IconX } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** What a drop area shows: an icon for its state (idle, files accepted, files refused), a line and a hint. */
export function DropzoneBody({
  idleIcon,
  title,
  hint,
}: {
  idleIcon: ReactNode;
  title: ReactNode;
  hint: string;
}) {
  return (
    <Group justify="center" gap="sm" wrap="nowrap" style={{ pointerEvents: 'none' }}>
      <Dropzone.Accept>
        <IconUpload size={24} />
      </Dropzone.Accept>
      <Dropzone.Reject>
        <IconX size={24} />
      </Dropzone.Reject>
      <Dropzone.Idle>{idleIcon}</Dropzone.Idle>
      <div>
        <Text size="sm" fw={500}>
          {title}
        </Text>
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      </div>
    </Group>
  );
}
