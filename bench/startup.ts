import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SERVER_NODE_FLAGS } from '../server/node-flags.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = 3900;

/** Milliseconds from spawning the server process until /readyz answers 200. */
async function timeToReady(dataDir: string, sample: boolean): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, 'server/main.ts'], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      PORT: String(port),
      HOST: '127.0.0.1',
      SHOWCASE_DATA_DIR: dataDir,
      SHOWCASE_SAMPLE_DATA: sample ? 'true' : 'false',
      SHOWCASE_ADMIN_PASSWORD: 'benchmark-password',
      LOG_LEVEL: 'warn',
    },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      if (performance.now() - started > 60_000) throw new Error('server did not become ready within 60 s');
      try {
        const response = await fetch(`http://127.0.0.1:${port}/readyz`);
        if (response.status === 200) return performance.now() - started;
      } catch {}
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const format = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export async function run() {
  const runs = 3;
  const fresh: number[] = [];
  const freshSample: number[] = [];
  const warm: number[] = [];
  for (let index = 0; index < runs; index++) {
    const dir = mkdtempSync(join(tmpdir(), 'showcase-bench-'));
    try {
      fresh.push(await timeToReady(join(dir, 'empty'), false));
      freshSample.push(await timeToReady(join(dir, 'sample'), true));
      warm.push(await timeToReady(join(dir, 'sample'), true));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  console.log(`process start → /readyz 200, embedded PGlite, median of ${runs} runs (target warm < 3 s)`);
  console.log(
    `  fresh database:                     ${format(median(fresh))}   runs: ${fresh.map(format).join(', ')}`,
  );
  console.log(
    `  fresh database + sample workspace:  ${format(median(freshSample))}   runs: ${freshSample.map(format).join(', ')}`,
  );
  console.log(
    `  warm (existing database):           ${format(median(warm))}   runs: ${warm.map(format).join(', ')}`,
  );
}
