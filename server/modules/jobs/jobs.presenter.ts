import type { FailedJob, JobKindOverview, JobRun, QueuedJob } from '../../../shared/schemas/jobs.ts';
import type { JobRow, JobRunRow } from '../../db/schema.ts';
import type { JobKind } from './jobs.runner.ts';

/** "Every hour", "Every 10 seconds", "Every day". */
export function describeSchedule(everyMs: number | undefined): string | null {
  if (!everyMs) return null;
  const units: [number, string][] = [
    [86_400_000, 'day'],
    [3_600_000, 'hour'],
    [60_000, 'minute'],
    [1_000, 'second'],
  ];
  for (const [size, unit] of units) {
    if (everyMs % size === 0) {
      const count = everyMs / size;
      return count === 1 ? `Every ${unit}` : `Every ${count} ${unit}s`;
    }
  }
  return `Every ${everyMs} ms`;
}

export function presentJobRun(row: JobRunRow): JobRun {
  return {
    id: row.id,
    jobId: row.job_id,
    attempt: row.attempt,
    outcome: row.outcome,
    startedAt: row.started_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
    durationMs: row.duration_ms,
    error: row.error,
    summary: row.summary,
  };
}

export function presentJobKind(entry: {
  kind: JobKind;
  recentRuns: JobRunRow[];
  running: boolean;
  nextDueAt: Date | null;
}): JobKindOverview {
  const runs = entry.recentRuns.map(presentJobRun);
  return {
    kind: entry.kind.kind,
    name: entry.kind.name,
    description: entry.kind.description,
    schedule: describeSchedule(entry.kind.everyMs),
    running: entry.running,
    nextDueAt: entry.nextDueAt?.toISOString() ?? null,
    lastRun: runs[0] ?? null,
    recentRuns: runs,
  };
}

export function presentFailedJob(entry: { job: JobRow; name: string | undefined }): FailedJob {
  return {
    id: entry.job.id,
    kind: entry.job.kind,
    name: entry.name ?? 'A job Showcase no longer has',
    attempts: entry.job.attempts,
    error: entry.job.last_error,
    failedAt: entry.job.finished_at?.toISOString() ?? null,
  };
}

export function presentQueuedJob(job: { id: string; kind: string; runAt: Date }): QueuedJob {
  return { id: job.id, kind: job.kind, runAt: job.runAt.toISOString() };
}
