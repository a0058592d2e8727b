import { Group, Progress, Text } from '@mantine/core';

/** A 0–100 significance score as a short bar and its number; red from the flag threshold up. */
export function ScoreMeter({ score, threshold = 40 }: { score: number; threshold?: number }) {
  const color = score >= 70 ? 'red' : score >= threshold ? 'orange' : 'gray';
  return (
    <Group gap="xs" wrap="nowrap" aria-label={`Significance score ${score}`}>
      <Progress value={score} color={color} w={64} size="sm" aria-hidden />
      <Text size="sm" fw={600} c={score >= threshold ? color : 'dimmed'} w={36}>
        {score}
      </Text>
    </Group>
  );
}
