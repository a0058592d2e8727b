import type { JobKind } from '../jobs/jobs.runner.ts';
import { runImport } from './imports.service.ts';

export const IMPORT_JOB = 'run-import';
const PREFIX = `${IMPORT_JOB}:`;

/** The job that runs one import is named after it, so an import is queued once. */
export const importJobId = (importId: string) => `${PREFIX}${importId}`;

/** Runs imports people start in the web app or through the API. */
export const importJob: JobKind = {
  kind: IMPORT_JOB,
  name: 'Run imports',
  description: 'Imports library files people started, one transaction each, reporting progress as it goes.',
  perRecord: true,
  maxAttempts: 2,
  retryBaseMs: 5_000,
  // An import of tens of thousands of entries takes minutes; its lease must outlast it.
  leaseMs: 30 * 60_000,
  async run({ db, jobId }) {
    return runImport({ db, id: jobId.slice(PREFIX.length), now: () => new Date() });
  },
};
