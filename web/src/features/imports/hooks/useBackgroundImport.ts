import type { StartImportInput } from '@shared/schemas/imports.ts';
import { useState } from 'react';
import { ApiError, type ApiResult, apiClient } from '../../../api/client.ts';

const POLL_MS = 500;
/** Failed looks in a row before the page stops following an import (about 30 s of backing off). */
const MAX_MISSES = 5;

/** An import as the API reports it: its state, progress and, once finished, its report. */
type ImportRun = ApiResult<'/api/imports/{id}'>;

/**
 * Starts an import on the server (it runs on the job runner) and follows it until it ends; while
 * it runs, `running` holds its latest progress. Resolves with the finished import.
 */
export function useBackgroundImport() {
  const [running, setRunning] = useState<ImportRun | null>(null);
  const start = async (input: StartImportInput) => {
    try {
      let job: ImportRun = await apiClient.POST('/api/imports', { body: input });
      let misses = 0;
      while (job.state === 'queued' || job.state === 'running') {
        setRunning(job);
        await new Promise((resolve) => setTimeout(resolve, POLL_MS * 2 ** misses));
        try {
          job = await apiClient.GET('/api/imports/{id}', { params: { path: { id: job.id } } });
          misses = 0;
        } catch (error) {
          // The import goes on on the server whatever happens here: a missed look (the network, a
          // restart) is tried again, backing off, before the page gives up following it.
          const refused = error instanceof ApiError && error.status < 500;
          if (refused || ++misses > MAX_MISSES) throw error;
        }
      }
      return job;
    } finally {
      setRunning(null);
    }
  };
  return { running, start };
}
