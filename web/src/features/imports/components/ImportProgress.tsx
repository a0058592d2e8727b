import { Progress, Stack, Text } from '@mantine/core';
import type { ImportRun } from '@shared/schemas/imports.ts';

/** What a running import has done so far, in words. */
function progressText(run: ImportRun): string {
  if (run.state === 'queued') return 'Waiting to start…';
  if (!run.phase || !run.total) return `${run.phase ?? 'Reading the file'}…`;
  return `${run.phase}: ${run.done.toLocaleString()} of ${run.total.toLocaleString()}`;
}

/** A running import's progress bar and where it is, announced to screen readers as it moves. */
export function ImportProgress({ run }: { run: ImportRun }) {
  return (
    <Stack gap={4} aria-live="polite">
      <Progress value={run.total ? (run.done / run.total) * 100 : 0} animated aria-label="Import progress" />
      <Text size="sm">{progressText(run)}</Text>
    </Stack>
  );
}
