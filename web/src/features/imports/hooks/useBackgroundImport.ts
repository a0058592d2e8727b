import type { ImportRun, StartImportInput } from '@shared/schemas/imports.ts';
import { useState } from 'react';
import { api } from '../../../api/client.ts';

const POLL_MS = 500;

/**
 * Starts an import on the server (it runs on the job runner) and follows it until it ends; while
 * it runs, `running` holds its latest progress. Resolves with the finished import.
 */
export function useBackgroundImport() {
  const [running, setRunning] = useState<ImportRun | null>(null);
  const start = async (input: StartImportInput): Promise<ImportRun> => {
    try {
      let job = await api<ImportRun>('POST', '/api/imports', input);
      while (job.state === 'queued' || job.state === 'running') {
        setRunning(job);
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        job = await api<ImportRun>('GET', `/api/imports/${job.id}`);
      }
      return job;
    } finally {
      setRunning(null);
    }
  };
  return { running, start };
}
