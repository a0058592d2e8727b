import { Badge, Center, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import { usePageTitle } from '../hooks/usePageTitle.ts';

/** An honest placeholder for a section whose issue has not landed yet. */
export function ComingSoonPage({
  title,
  description,
  icon: SectionIcon,
}: {
  title: string;
  description: string;
  icon: Icon;
}) {
  usePageTitle(title);
  return (
    <Stack gap="lg" maw={960}>
      <Title order={1}>{title}</Title>
      <Paper withBorder radius="lg" p="xl">
        <Center>
          <Stack align="center" gap="sm" maw={520} py="xl">
            <ThemeIcon size={56} radius="xl" variant="light">
              <SectionIcon size={30} />
            </ThemeIcon>
            <Badge variant="light" color="gray">
              Coming soon
            </Badge>
            <Text ta="center" c="dimmed">
              {description}
            </Text>
          </Stack>
        </Center>
      </Paper>
    </Stack>
  );
}
