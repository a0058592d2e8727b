import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconSparkles } from '@tabler/icons-react';

/** The Showcase mark, optionally with the word beside it. */
export function Logo({ size = 28, withText = false }: { size?: number; withText?: boolean }) {
  return (
    <Group gap={8} wrap="nowrap">
      <ThemeIcon
        size={size}
        radius="md"
        variant="gradient"
        gradient={{ from: 'indigo', to: 'violet', deg: 135 }}
        aria-hidden
      >
        <IconSparkles size={size * 0.6} />
      </ThemeIcon>
      {withText && (
        <Text fw={700} size="lg">
          Showcase
        </Text>
      )}
    </Group>
  );
}
