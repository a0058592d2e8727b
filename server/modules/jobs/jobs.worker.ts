/**
 * The background-import worker: a child process of the server (started by jobs.process.ts) that
 * runs the import lane of the job runner on a small pool of its own, at a lower CPU priority, so
 * parsing and storing a 10,000-entry file never takes the server's JavaScript thread, and on an
 * embedded engine its queries yield the cores to requests.
 *
 * Messages from the server: start { url, kind, logLevel } once, then wake and stop.
 * Messages to the server: ready, stopped. When the server goes away (the IPC channel closes,
 * even after a SIGKILL) the worker stops too.
 */
import { openPostgres } from '../../db/connect.ts';
import { createLogger } from '../../logger.ts';
import { importJob } from '../imports/imports.job.ts';
import type { WorkerMessage, WorkerStart } from './jobs.process.ts';
import { createJobRunner, type JobRunner } from './jobs.runner.ts';

/** Connections the import lane needs: the import's transaction, its progress, the runner's own claims. */
const POOL_SIZE = 3;

let runner: JobRunner | undefined;
let close: (() => Promise<void>) | undefined;
let stopping: Promise<void> | undefined;

function send(message: WorkerMessage) {
  if (process.connected) process.send?.(message);
}

function stop(): Promise<void> {
  stopping ??= (async () => {
    await runner?.stop();
    await close?.();
    send({ type: 'stopped' });
    process.disconnect?.();
    process.exit(0);
  })();
  return stopping;
}

function begin(start: WorkerStart) {
  const logger = createLogger(start.logLevel).child({ worker: 'imports' });
  const database = openPostgres(start.url, POOL_SIZE, start.kind, {
    lowPriority: start.kind === 'embedded',
    applicationName: 'showcase imports',
  });
  close = database.close;
  runner = createJobRunner({ db: database.db, logger, kinds: [importJob] });
  runner.start();
  send({ type: 'ready' });
}

process.on('message', (message: WorkerMessage) => {
  if (message.type === 'start' && !runner) begin(message);
  else if (message.type === 'wake') runner?.wake();
  else if (message.type === 'stop') void stop();
});
process.once('disconnect', () => void stop());
// Ctrl-C, a closed terminal or a service manager signal the server's whole process group; the
// server then finishes its requests and stops this worker itself (the stop message), so the import
// in hand is finished or given back instead of cut off. Without a server, `disconnect` stops it.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => {});
