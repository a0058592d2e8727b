import { Badge, Box, Group, Paper, Text } from '@mantine/core';
import type { Demo } from '@shared/schemas/demos.ts';
import { IconAlertTriangle, IconArrowRight } from '@tabler/icons-react';
import { Fragment } from 'react';

/** The feature trail as a left-to-right flow of steps; flagged steps are outlined in red. */
export function TrailDiagram({ trail }: { trail: Demo['trail'] }) {
  if (trail.length === 0)
    return (
      <Text c="dimmed" size="sm">
        No trail yet: add the product categories and features this demo walks through, in order.
      </Text>
    );
  return (
    <Box style={{ overflowX: 'auto' }} pb="xs">
      <Group gap={6} wrap="nowrap" align="stretch" role="list" aria-label="Feature trail">
        {trail.map((step, index) => (
          <Fragment key={step.position}>
            {index > 0 && (
              <Box style={{ alignSelf: 'center' }} c="dimmed" aria-hidden>
                <IconArrowRight size={18} />
              </Box>
            )}
            <Paper
              role="listitem"
              aria-label={`Step ${step.position}${step.flagged ? ', flagged' : ''}`}
              withBorder
              p="xs"
              w={170}
              style={{
                flexShrink: 0,
                borderWidth: step.flagged ? 2 : 1,
                borderColor: step.flagged ? 'var(--mantine-color-red-6)' : undefined,
                borderStyle: step.core ? 'solid' : 'dashed',
                background: step.flagged ? 'var(--mantine-color-red-light)' : undefined,
              }}
            >
              <Group justify="space-between" gap={4}>
                <Text size="xs" c="dimmed" fw={700}>
                  STEP {step.position}
                </Text>
                {step.flagged ? (
                  <IconAlertTriangle size={14} color="var(--mantine-color-red-6)" aria-label="Flagged" />
                ) : (
                  <Badge size="xs" variant={step.core ? 'filled' : 'outline'} color="gray">
                    {step.core ? 'core' : 'incidental'}
                  </Badge>
                )}
              </Group>
              <Text size="sm" fw={600} lineClamp={2}>
                {step.feature?.name ?? step.category.name}
              </Text>
              <Text size="xs" c="dimmed" lineClamp={1}>
                {step.feature ? `${step.category.name} · ` : ''}
                {step.stage.name}
              </Text>
            </Paper>
          </Fragment>
        ))}
      </Group>
    </Box>
  );
}
