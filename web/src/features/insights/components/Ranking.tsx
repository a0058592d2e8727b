import { Group, Progress, Stack, Text } from '@mantine/core';

/**
 * A ranked list as bars: each row names its item in full (wrapping, never squeezed into the bar),
 * with its number and a bar proportional to the first. Plain text, so it reads in both themes and
 * to a screen reader as a list.
 */
export function Ranking({
  rows,
  label,
  color,
}: {
  rows: { id: string; name: string; total: number; detail?: string | null }[];
  label: string;
  color: string;
}) {
  const top = Math.max(1, ...rows.map((row) => row.total));
  return (
    <Stack gap={10} component="ol" aria-label={label} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {rows.map((row) => (
        <li key={row.id}>
          <Group justify="space-between" wrap="nowrap" gap="sm" align="flex-start">
            <Text size="sm" style={{ minWidth: 0 }}>
              {row.name}
              {row.detail && (
                <Text span size="xs" c="dimmed">
                  {' '}
                  · {row.detail}
                </Text>
              )}
            </Text>
            <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {row.total.toLocaleString()}
            </Text>
          </Group>
          <Progress value={(row.total / top) * 100} color={color} size="sm" mt={4} aria-hidden />
        </li>
      ))}
    </Stack>
  );
}
