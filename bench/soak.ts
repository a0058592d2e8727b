import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { SERVER_NODE_FLAGS } from '../server/node-flags.ts';
import { SAMPLE_PASSWORD, samplePeople } from '../server/seed/sample-workspace.ts';
import { percentiles, postgresServer } from './support.ts';

/**
 * npm run bench -- soak [--clients N] [--minutes M] [--quick]: the real server (`node server/main.ts`
 * on loopback, sample workspace) under many signed-in clients for a bounded time, per engine
 * (BENCH_ENGINES, default embedded,postgres). Each client is a different account (the sample
 * people, the first admin, and accounts made here through the API) doing what its role does in
 * the web app: mostly reads (library search with facets, asset pages, lists, requests, demos,
 * catalogue, notifications), some writes (assets edited with If-Match, requests filed and moved,
 * comments, list curation, share links), and a few deliberately stale writes that must answer 412.
 *
 * Prints requests served, errors by kind (5xx, network, unexpected 4xx; the deliberate 412s and
 * over-budget refusals are counted apart), latency per minute, and the server's memory every
 * 10 s (VmRSS of the Node.js process, V8 heap used from /metrics) with the least-squares slope of
 * RSS over the last 80 % of the run. Exits non-zero on any error.
 *
 * --clients N (default 20), --minutes M (default 5; at least 5 unless --quick, which allows 1),
 * --think MS (pause between a client's requests, default 0: every client sends its next request
 * as soon as the last one answers).
 */

const root = fileURLToPath(new URL('..', import.meta.url));
const ADMIN = { email: 'soak-admin@example.test', password: 'soak-admin-password' };
const EXTRA_PASSWORD = 'soak-client-password';
const REQUEST_TIMEOUT_MS = 30_000;
const MEMORY_EVERY_MS = 10_000;

type Engine = 'embedded' | 'postgres';
type Role = 'admin' | 'tmm' | 'requester' | 'viewer';

function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const index = args.indexOf(`--${name}`);
  if (index >= 0) return args[index + 1];
  return args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
}

function settings() {
  const quick = process.argv.includes('--quick');
  const clients = Math.max(1, Math.floor(Number(option('clients') ?? 20)));
  const asked = Number(option('minutes') ?? (quick ? 1 : 5));
  const minutes = quick ? Math.max(1, asked) : Math.max(5, asked);
  const think = Math.max(0, Number(option('think') ?? 0));
  const engines = (process.env.BENCH_ENGINES ?? 'embedded,postgres')
    .split(',')
    .map((e) => e.trim())
    .filter((e): e is Engine => e === 'embedded' || e === 'postgres');
  return { quick, clients, minutes, think, engines };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (line: string) => process.stderr.write(`  · ${line}\n`);
const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(Math.random() * items.length)];
const fmt = (value: number | undefined) =>
  value === undefined ? '—' : value < 10 ? value.toFixed(1) : value.toFixed(0);

// ---------------------------------------------------------------------------------------------
// The server process

interface Server {
  child: ChildProcess;
  base: string;
  output: string[];
  stop(): Promise<void>;
}

async function startServer(env: Record<string, string>): Promise<Server> {
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, 'server/main.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  let text = '';
  const keep = (chunk: Buffer) => {
    text += chunk.toString();
    const lines = text.split('\n');
    text = lines.pop() ?? '';
    output.push(...lines.filter(Boolean));
    // Keeps the start-up lines and the latest ones (warnings during the run).
    if (output.length > 400) output.splice(20, output.length - 400);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + 180_000;
  for (;;) {
    const port = output.join('\n').match(/running at http:\/\/localhost:(\d+)/)?.[1];
    if (port) return { child, base: `http://127.0.0.1:${port}`, output, stop };
    if (child.exitCode !== null) throw new Error(`the server exited:\n${output.join('\n')}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the server did not start within 180 s:\n${output.join('\n')}`);
    }
    await sleep(100);
  }
}

// ---------------------------------------------------------------------------------------------
// HTTP with classification

interface Outcome {
  status: number;
  body: unknown;
  etag?: string;
  ms: number;
}

/** What the run counts. `op` names what a client was doing, not the URL (ids vary). */
class Tally {
  readonly start = performance.now();
  /** Minutes of the run; what answers after its end counts in the last one. */
  readonly length: number;
  served = 0;
  writes = 0;
  /** Errors by kind, with the first failing request of each kind. */
  errors = new Map<string, { count: number; example: string }>();
  /** Answers that are right but not 2xx: deliberate stale writes (412), over-budget refusals. */
  expected = new Map<string, number>();
  minutes: { latencies: number[]; requests: number; errors: number }[] = [];
  ops = new Map<string, number[]>();

  constructor(minutes: number) {
    this.length = minutes;
  }

  minute() {
    const index = Math.min(this.length - 1, Math.floor((performance.now() - this.start) / 60_000));
    for (let i = this.minutes.length; i <= index; i++)
      this.minutes.push({ latencies: [], requests: 0, errors: 0 });
    return this.minutes[index] as Tally['minutes'][number];
  }

  record(op: string, method: string, ms: number) {
    this.served++;
    if (method !== 'GET') this.writes++;
    const minute = this.minute();
    minute.requests++;
    minute.latencies.push(ms);
    const list = this.ops.get(op) ?? [];
    if (list.length === 0) this.ops.set(op, list);
    list.push(ms);
  }

  error(kind: string, example: string) {
    this.minute().errors++;
    const entry = this.errors.get(kind);
    if (entry) entry.count++;
    else this.errors.set(kind, { count: 1, example });
  }

  expect(kind: string) {
    this.expected.set(kind, (this.expected.get(kind) ?? 0) + 1);
  }
}

interface Session {
  email: string;
  role: Role;
  userId: string;
  teamId: string | null;
  cookie: string;
  csrf: string;
}

class Http {
  readonly base: string;
  readonly tally: Tally;
  readonly stopAt: () => boolean;

  constructor(base: string, tally: Tally, stopAt: () => boolean) {
    this.base = base;
    this.tally = tally;
    this.stopAt = stopAt;
  }

  /**
   * One request. `expect` lists the non-2xx statuses that are a right answer here (a deliberate
   * stale write's 412); they come back to the caller. Any other non-2xx, and any network error,
   * is counted as an error and answers undefined.
   */
  async send(
    op: string,
    session: Session | undefined,
    method: string,
    path: string,
    options: { body?: unknown; ifMatch?: string; expect?: number[]; accept?: string } = {},
  ): Promise<Outcome | undefined> {
    const headers: Record<string, string> = { accept: options.accept ?? 'application/json' };
    if (session) headers.cookie = session.cookie;
    if (session && method !== 'GET') headers['x-csrf-token'] = session.csrf;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.ifMatch) headers['if-match'] = options.ifMatch;
    const begin = performance.now();
    let response: Response;
    let text: string;
    try {
      response = await fetch(`${this.base}${path}`, {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      text = await response.text();
    } catch (error) {
      const cause = (error as Error & { cause?: Error }).cause?.message ?? (error as Error).message;
      // A request cut off by the end of the run is not the server's fault.
      if (!this.stopAt()) this.tally.error(`network: ${cause}`, `${method} ${path} (${op})`);
      return undefined;
    }
    const ms = performance.now() - begin;
    this.tally.record(op, method, ms);
    let body: unknown = text;
    if (response.headers.get('content-type')?.includes('json')) {
      try {
        body = JSON.parse(text);
      } catch {}
    }
    const outcome: Outcome = {
      status: response.status,
      body,
      etag: response.headers.get('etag') ?? undefined,
      ms,
    };
    if (response.status < 300) return outcome;
    if (options.expect?.includes(response.status)) return outcome;
    const code = (body as { error?: { code?: string } })?.error?.code;
    if (response.status === 409 && code === 'over_budget') {
      this.tally.expect('409 over_budget (a team spent its quarter)');
      return outcome;
    }
    const kind = response.status >= 500 ? `5xx ${response.status}` : `unexpected ${response.status}`;
    const sent = options.body === undefined ? '' : ` body ${JSON.stringify(options.body).slice(0, 300)}`;
    this.tally.error(
      `${kind} ${op}${code ? ` (${code})` : ''}`,
      `${method} ${path} as ${session?.role ?? 'anonymous'}${sent} → ${response.status} ${text.slice(0, 400)}`,
    );
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Set-up: accounts, sessions and what the clients pick from

async function signIn(base: string, email: string, password: string): Promise<Session> {
  const response = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`sign-in as ${email}: ${response.status} ${text}`);
  const body = JSON.parse(text) as {
    csrfToken: string;
    user: { id: string; role: Role; teamId: string | null };
  };
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  return {
    email,
    role: body.user.role,
    userId: body.user.id,
    teamId: body.user.teamId,
    cookie,
    csrf: body.csrfToken,
  };
}

interface Workspace {
  terms: Record<string, string[]>;
  teams: string[];
  words: string[];
  sharedListId: string;
  /** Ids any client may read; clients add what they create. */
  assetIds: string[];
  externalAssetIds: string[];
  requestIds: string[];
  demoIds: string[];
  /** Requesters see published demos only. */
  publishedDemoIds: string[];
  releaseIds: string[];
  shareTokens: string[];
  staticPage: boolean;
}

/** Setup calls must succeed; they are not counted in the run. */
async function setup(base: string, session: Session, method: string, path: string, body?: unknown) {
  const headers: Record<string, string> = { cookie: session.cookie, 'x-csrf-token': session.csrf };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${base}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return JSON.parse(text) as never;
}

/** The accounts the clients sign in as: the admin, the sample people, then new accounts made through the API. */
async function prepareAccounts(base: string, admin: Session, clients: number) {
  const teams = (await setup(base, admin, 'GET', '/api/settings/teams')) as { teams: { id: string }[] };
  // The sample teams' quarterly budgets (15 points) would be spent in seconds; the most the
  // settings allow keeps filing possible for most of the run, and over-budget refusals are counted apart.
  for (const team of teams.teams)
    await setup(base, admin, 'PATCH', `/api/settings/teams/${team.id}`, { quarterlyBudget: 1000 });
  const accounts: { email: string; password: string }[] = [
    { email: ADMIN.email, password: ADMIN.password },
    ...samplePeople.map((person) => ({ email: person.email, password: SAMPLE_PASSWORD })),
  ];
  const roles: Role[] = ['tmm', 'requester', 'tmm', 'viewer', 'requester'];
  for (let i = 0; accounts.length < clients; i++) {
    const role = roles[i % roles.length] as Role;
    const email = `soak-${role}-${i + 1}@example.test`;
    const created = (await setup(base, admin, 'POST', '/api/users', {
      email,
      name: `Soak ${role} ${i + 1}`,
      role,
      password: EXTRA_PASSWORD,
    })) as { user: { id: string } };
    if (role === 'requester')
      await setup(base, admin, 'PATCH', `/api/users/${created.user.id}`, {
        teamId: teams.teams[i % teams.teams.length]?.id,
      });
    accounts.push({ email, password: EXTRA_PASSWORD });
  }
  const sessions: Session[] = [];
  for (const account of accounts.slice(0, clients))
    sessions.push(await signIn(base, account.email, account.password));
  return sessions;
}

async function loadWorkspace(base: string, admin: Session): Promise<Workspace> {
  const terms = (await setup(base, admin, 'GET', '/api/settings/terms')) as {
    terms: { id: string; kind: string; archived: boolean }[];
  };
  const byKind: Record<string, string[]> = {};
  for (const term of terms.terms.filter((t) => !t.archived)) {
    byKind[term.kind] ??= [];
    byKind[term.kind]?.push(term.id);
  }
  const teams = (await setup(base, admin, 'GET', '/api/settings/teams')) as { teams: { id: string }[] };
  const assets = (await setup(base, admin, 'GET', '/api/assets?limit=100')) as {
    hits: { id: string; title: string; summary: string; visibility: string; status: string }[];
  };
  const words = new Set<string>();
  for (const hit of assets.hits)
    for (const word of `${hit.title} ${hit.summary}`.toLowerCase().split(/[^a-z0-9]+/))
      if (word.length >= 4) words.add(word);
  const lists = (await setup(base, admin, 'GET', '/api/lists')) as { lists: { id: string }[] };
  const requests = (await setup(base, admin, 'GET', '/api/requests?limit=200')) as {
    requests: { id: string }[];
  };
  const demos = (await setup(base, admin, 'GET', '/api/demos')) as {
    items: { id: string; status: string }[];
  };
  const releases = (await setup(base, admin, 'GET', '/api/releases')) as { id: string }[];
  const home = await fetch(`${base}/`);
  await home.arrayBuffer();
  return {
    terms: byKind,
    teams: teams.teams.map((t) => t.id),
    words: [...words],
    sharedListId: lists.lists[0]?.id ?? '',
    assetIds: assets.hits.filter((h) => h.status === 'published').map((h) => h.id),
    externalAssetIds: assets.hits
      .filter((h) => h.status === 'published' && h.visibility === 'external')
      .map((h) => h.id),
    requestIds: requests.requests.map((r) => r.id),
    demoIds: demos.items.map((d) => d.id),
    publishedDemoIds: demos.items.filter((d) => d.status === 'published').map((d) => d.id),
    releaseIds: releases.map((r) => r.id),
    shareTokens: [],
    staticPage: home.status === 200,
  };
}

// ---------------------------------------------------------------------------------------------
// The clients

interface OwnAsset {
  id: string;
  version: number;
  published: boolean;
}
interface OwnRequest {
  id: string;
  state: string;
  version: number;
}

/** A search as the library page sends it: text (sometimes a prefix or a typo), facets, a sort. */
function searchQuery(ws: Workspace): string {
  const params = new URLSearchParams();
  const roll = Math.random();
  const word = pick(ws.words) ?? 'demo';
  if (roll < 0.5) params.set('q', word);
  else if (roll < 0.65) params.set('q', word.slice(0, Math.max(3, word.length - 2)));
  else if (roll < 0.75) params.set('q', `${word.slice(0, -2)}${word.at(-1)}${word.at(-2)}`);
  else if (roll < 0.85) params.set('q', `${word} ${pick(ws.words) ?? ''}`.trim());
  const facet = (param: string, kind: string) => {
    const id = pick(ws.terms[kind] ?? []);
    if (id) params.set(param, id);
  };
  if (Math.random() < 0.3) facet('format', 'format');
  if (Math.random() < 0.25) facet('solution', 'solution');
  if (Math.random() < 0.15) facet('persona', 'persona');
  if (Math.random() < 0.1) facet('buyerStage', 'buyer_stage');
  if (Math.random() < 0.1) params.set('freshness', pick(['fresh', 'expiring', 'expired']) as string);
  if (Math.random() < 0.2) params.set('sort', pick(['newest', 'most_viewed', 'updated']) as string);
  if (Math.random() < 0.1) params.set('offset', '20');
  return params.toString();
}

type Action = [weight: number, run: () => Promise<unknown>];

class Client {
  private ownAssets: OwnAsset[] = [];
  private ownRequests: OwnRequest[] = [];
  private listId: string | undefined;
  /** Requests this client has seen in its list (requesters see their own and their team's only). */
  private visibleRequests: string[] = [];
  private n = 0;

  private readonly http: Http;
  private readonly session: Session;
  private readonly ws: Workspace;
  private readonly id: number;

  constructor(http: Http, session: Session, ws: Workspace, id: number) {
    this.http = http;
    this.session = session;
    this.ws = ws;
    this.id = id;
  }

  private get editor() {
    return this.session.role === 'admin' || this.session.role === 'tmm';
  }
  private get requester() {
    return this.editor || this.session.role === 'requester';
  }

  private send(op: string, method: string, path: string, options?: Parameters<Http['send']>[4]) {
    return this.http.send(op, this.session, method, path, options);
  }

  /** What this role does, weighted (reads first, then writes). */
  actions(): Action[] {
    const ws = this.ws;
    const reads: Action[] = [
      [30, () => this.send('search', 'GET', `/api/assets?${searchQuery(ws)}`)],
      [3, () => this.send('most viewed', 'GET', '/api/assets?sort=most_viewed&limit=5')],
      [12, () => this.assetPage()],
      [2, () => this.send('asset versions', 'GET', `/api/assets/${pick(ws.assetIds)}/versions`)],
      [3, () => this.send('lists', 'GET', '/api/lists')],
      [2, () => this.send('terms', 'GET', '/api/settings/terms')],
      [3, () => this.send('notifications', 'GET', '/api/notifications')],
      [1, () => this.send('session', 'GET', '/api/auth/session')],
    ];
    if (ws.staticPage)
      reads.push([1, () => this.http.send('static page', undefined, 'GET', '/', { accept: 'text/html' })]);
    if (ws.shareTokens.length > 0 || this.editor) reads.push([1, () => this.visitShareLink()]);
    if (this.requester)
      reads.push(
        [8, () => this.requestList()],
        [5, () => this.requestPage()],
        [4, () => this.send('demos', 'GET', '/api/demos')],
        [
          2,
          () =>
            this.send('demo', 'GET', `/api/demos/${pick(this.editor ? ws.demoIds : ws.publishedDemoIds)}`),
        ],
        [2, () => this.send('catalogue', 'GET', '/api/catalogue')],
        [1, () => this.send('releases', 'GET', '/api/releases')],
      );
    if (this.session.role === 'requester' && this.session.teamId)
      reads.push([1, () => this.send('budget', 'GET', `/api/requests/budget?teamId=${this.session.teamId}`)]);
    if (this.editor)
      reads.push([1, () => this.send('share links', 'GET', `/api/assets/${pick(ws.assetIds)}/share-links`)]);

    const writes: Action[] = [];
    if (this.requester) writes.push([3, () => this.fileRequest()], [5, () => this.comment()]);
    if (this.session.role === 'requester') writes.push([2, () => this.cancelOwnRequest()]);
    if (this.editor)
      writes.push(
        [5, () => this.createAsset()],
        [9, () => this.editAsset()],
        [1.5, () => this.staleEdit()],
        [3, () => this.curateList()],
        [3, () => this.createShareLink()],
        [7, () => this.moveRequest()],
        [3, () => this.prioritise()],
      );
    return [...reads, ...writes];
  }

  async run(until: number, think: number) {
    while (Date.now() < until) {
      const actions = this.actions();
      const total = actions.reduce((sum, [weight]) => sum + weight, 0);
      let roll = Math.random() * total;
      let action = actions[0];
      for (const candidate of actions) {
        roll -= candidate[0];
        if (roll < 0) {
          action = candidate;
          break;
        }
      }
      await action?.[1]();
      if (think) await sleep(Math.random() * 2 * think);
    }
  }

  private requestListQuery() {
    const params = new URLSearchParams();
    params.set('view', pick(['all', 'all', 'mine', 'needs_triage', 'overdue']) as string);
    if (Math.random() < 0.3) params.set('sort', pick(['number', 'title', 'due_date']) as string);
    if (Math.random() < 0.2)
      params.set('state', pick(['triage', 'backlog', 'assigned', 'new_request']) as string);
    return params.toString();
  }

  private async requestList(query = this.requestListQuery()) {
    const list = await this.send('requests list', 'GET', `/api/requests?${query}`);
    const ids = (list?.body as { requests?: { id: string }[] } | undefined)?.requests?.map((r) => r.id) ?? [];
    if (ids.length) this.visibleRequests = ids;
  }

  /** A request this client may see: one from its last list, else one of its own, else the workspace's (editors). */
  private async visibleRequest(): Promise<string | undefined> {
    if (this.editor) return pick(this.ws.requestIds);
    if (this.visibleRequests.length === 0) await this.requestList('view=all');
    return pick([...this.visibleRequests, ...this.ownRequests.map((r) => r.id)]);
  }

  /** An asset page: the asset, its related assets, and the view it counts. */
  private async assetPage() {
    const id = pick(this.ws.assetIds);
    const asset = await this.send('asset', 'GET', `/api/assets/${id}`);
    if (!asset) return;
    await this.send('asset related', 'GET', `/api/assets/${id}/related`);
    await this.send('asset view', 'POST', `/api/assets/${id}/views`);
  }

  private async requestPage() {
    const id = await this.visibleRequest();
    if (!id) return;
    const found = await this.send('request', 'GET', `/api/requests/${id}`);
    if (found) await this.send('request comments', 'GET', `/api/requests/${id}/comments`);
  }

  private async visitShareLink() {
    const token = pick(this.ws.shareTokens);
    if (!token) return;
    await this.http.send('shared page', undefined, 'GET', `/api/shared/${token}`);
  }

  private async fileRequest() {
    const teamId = this.session.role === 'requester' ? this.session.teamId : pick(this.ws.teams);
    if (!teamId) return;
    const body: Record<string, unknown> = {
      title: `Soak request ${this.id}-${++this.n}: ${pick(this.ws.words)} walkthrough`,
      deliverableTypeId: pick(this.ws.terms.deliverable_type ?? []),
      businessGoal: `Field teams keep asking for a ${pick(this.ws.words)} story for ${pick(this.ws.words)} buyers.`,
      teamId,
      solutionId: pick(this.ws.terms.solution ?? []),
      personaIds: [pick(this.ws.terms.persona ?? [])].filter(Boolean),
      description: 'Filed by the soak benchmark.',
    };
    if (this.editor) body.budgetOverrideReason = 'Soak benchmark';
    const created = await this.send('file request', 'POST', '/api/requests', { body });
    if (created?.status !== 201) return;
    const request = created.body as { id: string; state: string; version: number };
    this.ws.requestIds.push(request.id);
    this.ownRequests.push({ id: request.id, state: request.state, version: request.version });
  }

  private async comment() {
    const target =
      Math.random() < 0.5
        ? (pick(this.ownRequests)?.id ?? (await this.visibleRequest()))
        : await this.visibleRequest();
    if (!target) return;
    await this.send('comment', 'POST', `/api/requests/${target}/comments`, {
      body: { body: `Checked this against the **${pick(this.ws.words)}** material; looks right.` },
    });
  }

  private async cancelOwnRequest() {
    const index = this.ownRequests.findIndex((r) => r.state === 'new_request');
    const own = this.ownRequests[index];
    if (!own) return this.fileRequest();
    const moved = await this.send('cancel request', 'POST', `/api/requests/${own.id}/transitions`, {
      body: { to: 'canceled', reason: 'No longer needed' },
    });
    if (moved) this.ownRequests.splice(index, 1);
  }

  /** Moves one of its own requests one step: triage, assigned to itself, delivered, closed with results. */
  private async moveRequest() {
    const own = this.ownRequests[0];
    if (!own) return this.fileRequest();
    const delivered = pick(this.ws.assetIds) as string;
    const step: Record<string, { path: string; body: unknown } | undefined> = {
      new_request: { path: 'transitions', body: { to: 'triage' } },
      triage: { path: 'transitions', body: { to: 'assigned', assigneeId: this.session.userId } },
      assigned: { path: 'transitions', body: { to: 'completed', deliveredAssetIds: [delivered] } },
      completed: { path: 'results', body: { summary: 'Used in three field events.', views: 120 } },
    };
    const next = step[own.state];
    if (!next) {
      this.ownRequests.shift();
      return;
    }
    const moved = await this.send(
      `request ${next.path === 'results' ? 'results' : 'transition'}`,
      'POST',
      `/api/requests/${own.id}/${next.path}`,
      {
        body: next.body,
      },
    );
    if (!moved) {
      this.ownRequests.shift();
      return;
    }
    const request = moved.body as { state: string; version: number };
    own.state = request.state;
    own.version = request.version;
    if (own.state === 'closed') this.ownRequests.shift();
  }

  private async prioritise() {
    const own = this.ownRequests.find((r) => r.state !== 'closed');
    if (!own) return this.fileRequest();
    const updated = await this.send('prioritise request', 'PATCH', `/api/requests/${own.id}`, {
      body: { priority: (1 + (this.n++ % 3)) as 1 | 2 | 3 },
      ifMatch: `"v${own.version}"`,
    });
    if (updated) own.version = (updated.body as { version: number }).version;
  }

  private async createAsset() {
    const external = Math.random() < 0.5;
    const word = pick(this.ws.words) ?? 'pipeline';
    const created = await this.send('create asset', 'POST', '/api/assets', {
      body: {
        title: `Soak ${this.id}-${++this.n}: ${word} in practice`,
        summary: `How teams use ${word} day to day, in ten minutes.`,
        body: `## ${word}\n\nA short walkthrough of **${word}** and ${pick(this.ws.words)}.\n\n- one\n- two\n`,
        formatId: pick(this.ws.terms.format ?? []) ?? null,
        solutionIds: [pick(this.ws.terms.solution ?? [])].filter(Boolean),
        personaIds: [pick(this.ws.terms.persona ?? [])].filter(Boolean),
        tags: ['soak'],
        listIds: this.ws.sharedListId ? [this.ws.sharedListId] : [],
        status: 'published',
        visibility: external ? 'external' : 'internal',
        safeToShare: external,
      },
    });
    if (created?.status !== 201) return;
    const asset = created.body as { id: string; version: number };
    this.ownAssets.push({ id: asset.id, version: asset.version, published: true });
    this.ws.assetIds.push(asset.id);
    if (external) this.ws.externalAssetIds.push(asset.id);
  }

  /** Edits one of its own assets (no other client edits it) with the version it last saw. */
  private async editAsset() {
    const own = pick(this.ownAssets);
    if (!own) return this.createAsset();
    if (Math.random() < 0.5) {
      // The editor opens the asset first, as the web app does.
      const current = await this.send('asset', 'GET', `/api/assets/${own.id}`);
      if (!current) return;
      own.version = (current.body as { version: number }).version;
    }
    const updated = await this.send('edit asset', 'PATCH', `/api/assets/${own.id}`, {
      body: { keyTakeaway: `Takeaway ${++this.n}: ${pick(this.ws.words)} saves a day a week.` },
      ifMatch: `"v${own.version}"`,
    });
    if (updated) own.version = (updated.body as { version: number }).version;
  }

  /** A write from a version that is no longer current: must answer 412 and change nothing. */
  private async staleEdit() {
    const own = this.ownAssets.find((a) => a.version > 1);
    if (!own) return this.editAsset();
    const answer = await this.send('stale edit (412 expected)', 'PATCH', `/api/assets/${own.id}`, {
      body: { keyTakeaway: 'This must not be saved.' },
      ifMatch: `"v${own.version - 1}"`,
      expect: [412],
    });
    if (answer?.status === 412) this.http.tally.expect('412 deliberate stale write');
    else if (answer)
      this.http.tally.error(
        'stale write accepted',
        `PATCH /api/assets/${own.id} If-Match v${own.version - 1} → ${answer.status}`,
      );
    if (answer?.status === 200) own.version = (answer.body as { version: number }).version;
  }

  /** Its own list holds its newest assets (at most 20). */
  private async curateList() {
    if (!this.listId) {
      const created = await this.send('create list', 'POST', '/api/lists', {
        body: {
          name: `Soak picks ${this.id} ${randomBytes(3).toString('hex')}`,
          description: 'Made by the soak benchmark',
        },
      });
      if (created) this.listId = (created.body as { id: string }).id;
      return;
    }
    const assetIds = this.ownAssets.slice(-20).map((a) => a.id);
    await this.send('curate list', 'PATCH', `/api/lists/${this.listId}`, { body: { assetIds } });
  }

  private async createShareLink() {
    const id = pick(this.ws.externalAssetIds);
    if (!id) return;
    const created = await this.send('create share link', 'POST', `/api/assets/${id}/share-links`, {
      body: { name: `Soak ${this.id}-${++this.n}`, audience: 'account', accountName: 'Acme Corp' },
    });
    const url = (created?.body as { url?: string } | undefined)?.url;
    const token = url?.split('/').pop();
    if (token) {
      this.ws.shareTokens.push(token);
      if (this.ws.shareTokens.length > 200) this.ws.shareTokens.shift();
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Memory

interface MemorySample {
  minutes: number;
  rssMb: number;
  /** The server with every process under it (the embedded database, the import worker). */
  treeMb: number;
  heapMb?: number;
  heapTotalMb?: number;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(status.match(/VmRSS:\s+(\d+)\s+kB/)?.[1] ?? Number.NaN);
  return kb / 1024;
}

/** A process and everything under it, from /proc/<pid>/task/<tid>/children. */
function processTree(pid: number): number[] {
  const pids = [pid];
  for (let i = 0; i < pids.length; i++) {
    try {
      for (const task of readdirSync(`/proc/${pids[i]}/task`)) {
        const children = readFileSync(`/proc/${pids[i]}/task/${task}/children`, 'utf8').trim();
        if (children) pids.push(...children.split(/\s+/).map(Number));
      }
    } catch {}
  }
  return pids;
}

/** Resident memory of a process tree (shared pages, such as the database's buffers, count once per process). */
function treeMb(pid: number): number {
  return processTree(pid).reduce((sum, p) => {
    try {
      return sum + rssMb(p);
    } catch {
      return sum;
    }
  }, 0);
}

/** The V8 heap's used and total size from /metrics, in MB. */
async function heapMb(base: string, token: string): Promise<{ used?: number; total?: number }> {
  try {
    const response = await fetch(`${base}/metrics`, {
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await response.text();
    const series = (name: string) => {
      const line = text.split('\n').find((l) => l.startsWith(`${name} `) || l.startsWith(`${name}{`));
      const value = line ? Number(line.split(' ').at(-1)) : Number.NaN;
      return Number.isFinite(value) ? value / 1024 / 1024 : undefined;
    };
    return {
      used: series('showcase_nodejs_heap_size_used_bytes'),
      total: series('showcase_nodejs_heap_size_total_bytes'),
    };
  } catch {
    return {};
  }
}

/** Least-squares slope of y over x. */
function slope(points: { x: number; y: number }[]): number {
  const n = points.length;
  if (n < 2) return Number.NaN;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  const sxy = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
  return sxx === 0 ? Number.NaN : sxy / sxx;
}

// ---------------------------------------------------------------------------------------------
// One engine

async function soak(engine: Engine, config: ReturnType<typeof settings>): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), `showcase-soak-${engine}-`));
  // As root, the embedded database's own user must be able to enter the folder.
  chmodSync(dataDir, 0o755);
  const metricsToken = randomBytes(24).toString('hex');
  const env: Record<string, string> = {
    PORT: '0',
    HOST: '127.0.0.1',
    SHOWCASE_DATA_DIR: dataDir,
    SHOWCASE_SAMPLE_DATA: 'true',
    SHOWCASE_BACKUPS: 'off',
    SHOWCASE_ADMIN_EMAIL: ADMIN.email,
    SHOWCASE_ADMIN_PASSWORD: ADMIN.password,
    SHOWCASE_METRICS_TOKEN: metricsToken,
    LOG_LEVEL: 'warn',
  };
  let dropDatabase = async () => {};
  let stopPostgres: () => void | Promise<void> = () => {};
  if (engine === 'postgres') {
    const server = await postgresServer();
    stopPostgres = server.stop;
    const name = `showcase_soak_${randomBytes(4).toString('hex')}`;
    const admin = async (statement: string) => {
      const client = new pg.Client({ connectionString: server.url });
      await client.connect();
      try {
        await client.query(statement);
      } finally {
        await client.end();
      }
    };
    await admin(`CREATE DATABASE ${name}`);
    dropDatabase = () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    const url = new URL(server.url);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
  }
  let server: Server | undefined;
  try {
    const begin = performance.now();
    server = await startServer(env);
    log(`${engine}: server up at ${server.base} in ${((performance.now() - begin) / 1000).toFixed(1)} s`);
    const base = server.base;
    const pid = server.child.pid as number;
    const adminSession = await signIn(base, ADMIN.email, ADMIN.password);
    const sessions = await prepareAccounts(base, adminSession, config.clients);
    const ws = await loadWorkspace(base, adminSession);
    const roles = sessions.reduce<Record<string, number>>((counts, s) => {
      counts[s.role] = (counts[s.role] ?? 0) + 1;
      return counts;
    }, {});
    log(
      `${engine}: ${sessions.length} clients (${Object.entries(roles)
        .map(([role, n]) => `${n} ${role}`)
        .join(
          ', ',
        )}), ${ws.assetIds.length} published assets, ${ws.requestIds.length} requests; / answers ${ws.staticPage ? '200 (included)' : 'no page without a web build (skipped)'}`,
    );

    const durationMs = config.minutes * 60_000;
    const tally = new Tally(config.minutes);
    const until = Date.now() + durationMs;
    const http = new Http(base, tally, () => Date.now() >= until);
    const memory: MemorySample[] = [];
    const sampleMemory = async () => {
      const minutes = (performance.now() - tally.start) / 60_000;
      const rss = rssMb(pid);
      const tree = treeMb(pid);
      const heap = await heapMb(base, metricsToken);
      memory.push({ minutes, rssMb: rss, treeMb: tree, heapMb: heap.used, heapTotalMb: heap.total });
    };
    await sampleMemory();
    const sampler = setInterval(() => void sampleMemory().catch(() => {}), MEMORY_EVERY_MS);
    const progress = setInterval(() => {
      const last = memory.at(-1);
      log(
        `${engine}: ${((performance.now() - tally.start) / 60_000).toFixed(1)} min, ${tally.served} requests, ${[...tally.errors.values()].reduce((s, e) => s + e.count, 0)} errors, RSS ${fmt(last?.rssMb)} MB`,
      );
    }, 30_000);
    const clients = sessions.map((session, i) => new Client(http, session, ws, i + 1));
    await Promise.all(clients.map((client) => client.run(until, config.think)));
    const elapsedMs = performance.now() - tally.start;
    clearInterval(sampler);
    clearInterval(progress);
    await sampleMemory();
    if (server.child.exitCode !== null) tally.error('server exited', server.output.slice(-10).join(' | '));

    report(engine, config, tally, memory, elapsedMs, sessions.length);
    const warnings = server.output.filter((line) => /"level":(40|50|60)/.test(line) || /error/i.test(line));
    if (warnings.length) {
      console.log(`  server log lines at warn or above: ${warnings.length}; the first ones:`);
      for (const line of warnings.slice(0, 5)) console.log(`    ${line.slice(0, 400)}`);
    }
    return [...tally.errors.values()].reduce((s, e) => s + e.count, 0);
  } finally {
    await server?.stop();
    await dropDatabase().catch((error: Error) => log(`could not drop the database: ${error.message}`));
    await stopPostgres();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function report(
  engine: Engine,
  config: ReturnType<typeof settings>,
  tally: Tally,
  memory: MemorySample[],
  elapsedMs: number,
  clients: number,
) {
  const all = tally.minutes.flatMap((m) => m.latencies);
  const overall = percentiles(all);
  const errors = [...tally.errors.values()].reduce((s, e) => s + e.count, 0);
  console.log(
    `\n${engine}: ${(elapsedMs / 60_000).toFixed(2)} min, ${clients} clients${config.think ? `, think ${config.think} ms` : ''}`,
  );
  const views = tally.ops.get('asset view')?.length ?? 0;
  const share = (n: number) => `${((n / Math.max(1, tally.served)) * 100).toFixed(1)} %`;
  console.log(
    `  requests served ${tally.served} (${((tally.served / elapsedMs) * 1000).toFixed(1)} req/s); writes ${tally.writes} (${share(tally.writes)}; without the view counts asset pages send, ${share(tally.writes - views)})`,
  );
  console.log(`  latency p50 ${fmt(overall.p50)} ms, p99 ${fmt(overall.p99)} ms`);
  console.log(`  errors ${errors}`);
  for (const [kind, entry] of tally.errors) {
    console.log(`    ${entry.count} × ${kind}`);
    console.log(`      first: ${entry.example}`);
  }
  if (tally.expected.size) {
    console.log('  right answers that are not 2xx (not errors):');
    for (const [kind, count] of tally.expected) console.log(`    ${count} × ${kind}`);
  }
  console.log('  per minute   requests  errors   p50 ms   p99 ms');
  tally.minutes.forEach((minute, i) => {
    if (minute.requests === 0 && minute.errors === 0) return;
    const p = percentiles(minute.latencies);
    console.log(
      `    ${String(i + 1).padStart(3)}       ${String(minute.requests).padStart(8)}  ${String(minute.errors).padStart(6)}   ${fmt(p.p50).padStart(6)}   ${fmt(p.p99).padStart(6)}`,
    );
  });
  console.log('  per operation            count   p50 ms   p99 ms');
  for (const [op, latencies] of [...tally.ops].sort((a, b) => b[1].length - a[1].length)) {
    const p = percentiles(latencies);
    console.log(
      `    ${op.padEnd(26)} ${String(latencies.length).padStart(6)}   ${fmt(p.p50).padStart(6)}   ${fmt(p.p99).padStart(6)}`,
    );
  }
  const first = memory[0];
  const last = memory.at(-1);
  const from = (elapsedMs / 60_000) * 0.2;
  const tail = memory.filter((m) => m.minutes >= from);
  const rssSlope = slope(tail.map((m) => ({ x: m.minutes, y: m.rssMb })));
  const heapTail = tail.filter((m) => m.heapMb !== undefined);
  const heapSlope = slope(heapTail.map((m) => ({ x: m.minutes, y: m.heapMb as number })));
  const perMinute = (key: 'rssMb' | 'heapMb', of: 'min' | 'last') =>
    tally.minutes
      .map((_, i) => {
        const values = memory
          .filter((m) => Math.min(tally.length - 1, Math.floor(m.minutes)) === i)
          .map((m) => m[key])
          .filter((v): v is number => v !== undefined);
        return fmt(of === 'min' ? (values.length ? Math.min(...values) : undefined) : values.at(-1));
      })
      .join(' · ');
  console.log(
    `  memory (${memory.length} samples, every ${MEMORY_EVERY_MS / 1000} s), start → end: server RSS ${fmt(first?.rssMb)} → ${fmt(last?.rssMb)} MB (max ${fmt(Math.max(...memory.map((m) => m.rssMb)))}), heap used ${fmt(first?.heapMb)} → ${fmt(last?.heapMb)} MB, heap total ${fmt(first?.heapTotalMb)} → ${fmt(last?.heapTotalMb)} MB; server with its child processes ${fmt(first?.treeMb)} → ${fmt(last?.treeMb)} MB`,
  );
  console.log(
    `  trend over the last 80 % (${tail.length} samples, least squares): RSS ${rssSlope.toFixed(2)} MB/min, heap used ${heapSlope.toFixed(2)} MB/min, with child processes ${slope(tail.map((m) => ({ x: m.minutes, y: m.treeMb }))).toFixed(2)} MB/min`,
  );
  console.log(`  RSS at the end of each minute:       ${perMinute('rssMb', 'last')} MB`);
  console.log(`  heap used, lowest sample per minute: ${perMinute('heapMb', 'min')} MB`);
}

export async function run() {
  const config = settings();
  if (config.engines.length === 0) throw new Error('BENCH_ENGINES names no engine (embedded, postgres)');
  log(
    `soak: ${config.clients} clients, ${config.minutes} min per engine${config.quick ? ' (--quick)' : ''}, engines ${config.engines.join(', ')}`,
  );
  let errors = 0;
  for (const engine of config.engines) errors += await soak(engine, config);
  if (errors > 0) {
    console.log(`\nsoak: ${errors} errors`);
    process.exitCode = 1;
  }
}
