import { type ChildProcess, fork } from 'node:child_process';
import { setPriority } from 'node:os';
import type { Logger } from 'pino';
import { BACKGROUND_NICE, type DatabaseKind } from '../../db/connect.ts';

export interface WorkerStart {
  type: 'start';
  url: string;
  kind: DatabaseKind;
  logLevel: string;
}
export type WorkerMessage = WorkerStart | { type: 'wake' | 'stop' | 'ready' | 'stopped' };

export interface JobProcess {
  /** Starts the worker process (once). */
  start(): void;
  /** Polls for queued imports now (one was just queued). */
  wake(): void;
  /** Lets the worker finish or give back its jobs, waiting at most `graceMs`, then ends it. */
  stop(graceMs?: number): Promise<void>;
  /** The worker's process id, while one runs. */
  readonly pid: number | undefined;
}

const RESTART_MIN_MS = 1_000;
const RESTART_MAX_MS = 30_000;

/**
 * Runs the import lane of the job runner in a child process (jobs.worker.ts) at nice 10, from
 * `start()` on, so it has the same start/wake/stop shape as an in-process runner. A worker
 * that dies is started again after 1 s, doubling to 30 s while it keeps dying; what it was running
 * is taken again when its lease runs out, like any job of an instance that died.
 */
export function createJobProcess(options: {
  url: string;
  kind: DatabaseKind;
  logger: Logger;
  logLevel: string;
}): JobProcess {
  const entry = new URL('./jobs.worker.ts', import.meta.url);
  let child: ChildProcess | undefined;
  let ready = false;
  let wakeWhenReady = false;
  let stopping = false;
  let restartMs = RESTART_MIN_MS;
  let restartTimer: NodeJS.Timeout | undefined;

  const spawnWorker = () => {
    const current = fork(entry, [], { execArgv: process.execArgv, stdio: 'inherit', serialization: 'json' });
    child = current;
    ready = false;
    try {
      if (current.pid) setPriority(current.pid, BACKGROUND_NICE);
    } catch {
      // Not permitted here: imports still run off the server's thread, at normal priority.
    }
    current.on('message', (message: WorkerMessage) => {
      if (message.type !== 'ready') return;
      ready = true;
      restartMs = RESTART_MIN_MS;
      if (wakeWhenReady) current.send({ type: 'wake' } satisfies WorkerMessage);
      wakeWhenReady = false;
    });
    current.once('exit', (code, signal) => {
      if (child === current) child = undefined;
      if (stopping) return;
      options.logger.warn({ code, signal, restartInMs: restartMs }, 'import worker ended; starting another');
      restartTimer = setTimeout(spawnWorker, restartMs);
      restartTimer.unref();
      restartMs = Math.min(restartMs * 2, RESTART_MAX_MS);
    });
    current.send({
      type: 'start',
      url: options.url,
      kind: options.kind,
      logLevel: options.logLevel,
    } satisfies WorkerMessage);
  };
  return {
    start() {
      if (!child && !stopping) spawnWorker();
    },
    get pid() {
      return child?.pid;
    },
    wake() {
      if (child?.connected && ready) child.send({ type: 'wake' } satisfies WorkerMessage);
      else wakeWhenReady = true;
    },
    async stop(graceMs = 10_000) {
      stopping = true;
      clearTimeout(restartTimer);
      const current = child;
      if (!current || current.exitCode !== null || current.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => current.once('exit', () => resolve()));
      if (current.connected) current.send({ type: 'stop' } satisfies WorkerMessage);
      const timer = setTimeout(() => current.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}
