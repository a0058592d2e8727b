import type { StartImportInput } from '@shared/schemas/imports.ts';
import { useState } from 'react';
import { type ApiResult, apiClient } from '../../../api/client.ts';

const POLL_MS = 500;

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
      while (job.state === 'queued' || job.state === 'running') {
        setRunning(job);
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        job = await apiClient.GET('/api/imports/{id}', { params: { path: { id: job.id } } });
      }
      return job;
    } finally {
      setRunning(null);
    }
  };
  return { running, start };
}
