import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKind } from './database.ts';

/**
 * The server as people run it (`node server/main.ts`) on an embedded engine in a temp folder.
 * Once, in the embedded project: the PostgreSQL project would only repeat it.
 */
const ADMIN = { email: 'ops@example.com', password: 'operations-password-1' };

interface Running {
  child: ChildProcess;
  stdout: string;
  stderr: string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function startServer(
  dataDir: string,
  args = ['server/main.ts'],
  extra: Record<string, string> = {},
): Running {
  const child = spawn(process.execPath, args, {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: '0',
      HOST: '127.0.0.1',
      SHOWCASE_DATA_DIR: dataDir,
      SHOWCASE_SAMPLE_DATA: 'false',
      SHOWCASE_BACKUPS: 'off',
      SHOWCASE_ADMIN_EMAIL: ADMIN.email,
      SHOWCASE_ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: 'warn',
      ...extra,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, as a terminal gives it: Ctrl-C signals the whole group.
    detached: true,
  });
  const running: Running = {
    child,
    stdout: '',
    stderr: '',
    exit: new Promise((done) => child.once('exit', (code, signal) => done({ code, signal }))),
  };
  child.stdout?.on('data', (chunk: Buffer) => {
    running.stdout += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    running.stderr += chunk.toString();
  });
  return running;
}

async function portOf(running: Running, timeoutMs: number): Promise<number> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const found = running.stdout.match(/running at http:\/\/localhost:(\d+)/);
    if (found) return Number(found[1]);
    if (running.child.exitCode !== null) break;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`the server did not start:\n${running.stdout}\n${running.stderr}`);
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe.runIf(testDatabaseKind === 'embedded')('the server process', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'showcase-process-'));
  let first: Running;
  let port: number;
  beforeAll(async () => {
    first = startServer(dataDir);
    port = await portOf(first, 120_000);
  }, 130_000);
  afterAll(() => {
    if (first.child.exitCode === null) first.child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses a second server on the same data folder, naming the folder and the running one’s pid', async () => {
    const started = Date.now();
    const second = startServer(dataDir);
    const { code } = await second.exit;
    expect(code).toBe(1);
    expect(second.stderr).toContain(`pid ${first.child.pid}`);
    expect(second.stderr).toContain(dataDir);
    expect(second.stderr).toMatch(/already using the data folder/);
    expect(Date.now() - started).toBeLessThan(15_000);
    // The first is untouched: still answering, still holding the folder.
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    expect(readFileSync(join(dataDir, 'showcase.pid'), 'utf8').trim()).toBe(String(first.child.pid));
  }, 30_000);

  it('still lets a CLI command use the running server’s database', async () => {
    const cli = startServer(dataDir, ['server/cli.ts', 'migrate']);
    const { code } = await cli.exit;
    expect(code, cli.stderr).toBe(0);
    expect(cli.stdout).toContain('The database is up to date.');
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    expect(readFileSync(join(dataDir, 'showcase.pid'), 'utf8').trim()).toBe(String(first.child.pid));
  }, 30_000);

  it('on Ctrl-C (SIGINT to its process group) finishes the request in flight, refuses new connections, stops the engine and its worker, and exits 0', async () => {
    // The cluster is under the data folder, or under /var/lib/showcase when root runs Showcase
    // in a folder the postgres user cannot enter: the start line names it.
    const clusterDir = first.stderr.match(/embedded PostgreSQL ready on \S+ \((.+)\)/)?.[1] ?? '';
    const postmaster = Number(readFileSync(join(clusterDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    expect(alive(postmaster)).toBe(true);
    const body = JSON.stringify(ADMIN);
    // A slow client: the headers and half the body now, the rest after the signal.
    const answer = new Promise<{ status: number; text: string }>((done, fail) => {
      const slow = request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/auth/sign-in',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => {
            text += chunk.toString();
          });
          response.on('end', () => done({ status: response.statusCode ?? 0, text }));
        },
      );
      slow.on('error', fail);
      slow.write(body.slice(0, 10));
      setTimeout(() => {
        // What a terminal does on Ctrl-C: SIGINT to every process of the foreground group.
        process.kill(-(first.child.pid as number), 'SIGINT');
        setTimeout(() => {
          // The listener is closed by now: a new connection is refused.
          const probe = connect(port, '127.0.0.1');
          probe.on('connect', () => {
            probe.destroy();
            fail(new Error('a new connection was accepted during shutdown'));
          });
          probe.on('error', () => {
            slow.end(body.slice(10));
          });
        }, 1_000);
      }, 500);
    });
    const { status, text } = await answer;
    expect(status, text).toBe(200);
    expect(JSON.parse(text).user.email).toBe(ADMIN.email);
    const exit = await first.exit;
    expect(exit, first.stderr).toEqual({ code: 0, signal: null });
    expect(first.stdout + first.stderr).not.toMatch(/import worker ended|terminating connection/);
    expect(alive(postmaster)).toBe(false);
    expect(existsSync(join(dataDir, 'showcase.pid'))).toBe(false);
  }, 60_000);
});

describe.runIf(testDatabaseKind === 'embedded')('shutting down with a request that never ends', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'showcase-stuck-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('closes it after SHOWCASE_SHUTDOWN_SECONDS and still exits 0', async () => {
    const server = startServer(dataDir, ['server/main.ts'], { SHOWCASE_SHUTDOWN_SECONDS: '1' });
    try {
      const port = await portOf(server, 120_000);
      const outcome = new Promise<string>((done) => {
        const stuck = request({
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/auth/sign-in',
          headers: { 'content-type': 'application/json', 'content-length': 1_000 },
        });
        stuck.on('response', (response) => done(`answered ${response.statusCode}`));
        stuck.on('error', (error) => done(error.message));
        stuck.write('{"email":');
      });
      await new Promise((done) => setTimeout(done, 500));
      const signalled = Date.now();
      server.child.kill('SIGTERM');
      const exit = await server.exit;
      expect(exit, server.stderr).toEqual({ code: 0, signal: null });
      expect(Date.now() - signalled).toBeLessThan(8_000);
      expect(Date.now() - signalled).toBeGreaterThanOrEqual(900);
      expect(await outcome).toMatch(/socket hang up|ECONNRESET/);
      expect(server.stdout + server.stderr).toContain('requests still open after the grace were closed');
    } finally {
      if (server.child.exitCode === null) server.child.kill('SIGKILL');
    }
  }, 140_000);
});
