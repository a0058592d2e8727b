import { Badge } from '@mantine/core';
import { type RequestState, requestStateLabels } from '@shared/requests.ts';

const colors: Record<RequestState, string> = {
  new_request: 'blue',
  triage: 'violet',
  backlog: 'gray',
  assigned: 'indigo',
  completed: 'teal',
  closed: 'green',
  transferred: 'orange',
  declined: 'red',
  canceled: 'dark',
  duplicate: 'yellow',
};

export function RequestStateBadge({ state }: { state: RequestState }) {
  return (
    <Badge color={colors[state]} variant="light">
      {requestStateLabels[state]}
    </Badge>
  );
}
