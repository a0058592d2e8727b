import { Badge } from '@mantine/core';
import { type DemoState, demoStateLabels } from '@shared/demos.ts';

export const demoStateColors: Record<DemoState, string> = {
  fresh: 'teal',
  flagged: 'red',
  update_requested: 'orange',
  being_updated: 'blue',
};

export function DemoStateBadge({ state }: { state: DemoState }) {
  return (
    <Badge color={demoStateColors[state]} variant="light">
      {demoStateLabels[state]}
    </Badge>
  );
}
