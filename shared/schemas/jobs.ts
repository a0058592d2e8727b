import { z } from 'zod';
import { textSchema } from './common.ts';

export const jobRunSchema = z.object({
  id: z.string(),
  jobId: z.string().describe('The job this run was an attempt of'),
  attempt: z.number().describe('1 for the first attempt, counting retries'),
  outcome: z.enum(['running', 'succeeded', 'failed']),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  durationMs: z.number().nullable(),
  error: z.string().nullable().describe('Why the attempt failed'),
  summary: z.string().nullable().describe('What the attempt did, in words'),
});
export type JobRun = z.infer<typeof jobRunSchema>;

export const jobKindSchema = z.object({
  kind: z.string().describe('Key of the job kind, for the run-now route'),
  name: z.string(),
  description: z.string(),
  schedule: z.string().nullable().describe('How often it runs, in words; null when only on demand'),
  running: z.boolean(),
  nextDueAt: z.string().nullable(),
  lastRun: jobRunSchema.nullable(),
  recentRuns: z.array(jobRunSchema).describe('Newest first'),
});
export type JobKindOverview = z.infer<typeof jobKindSchema>;

export const failedJobSchema = z.object({
  id: z.string(),
  kind: z.string(),
  name: z.string(),
  attempts: z.number(),
  error: z.string().nullable(),
  failedAt: z.string().nullable(),
});
export type FailedJob = z.infer<typeof failedJobSchema>;

export const jobsOverviewSchema = z.object({
  kinds: z.array(jobKindSchema),
  failures: z.array(failedJobSchema).describe('Jobs that used up their attempts, newest first'),
});
export type JobsOverview = z.infer<typeof jobsOverviewSchema>;

export const queuedJobSchema = z.object({ id: z.string(), kind: z.string(), runAt: z.string() });
export type QueuedJob = z.infer<typeof queuedJobSchema>;

export const jobKindParams = z.object({ kind: z.string().max(100).describe('Job kind key') });
export const jobIdParams = z.object({ id: textSchema().max(200).describe('Job id') });
