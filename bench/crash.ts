import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { benchEngines, percentiles, postgresServer } from './support.ts';

/**
 * Crash benchmark: the real server (`node server/main.ts`) takes concurrent writes of several
 * kinds, is SIGKILLed at a random moment (the node process alone, or its whole process group —
 * node with its embedded PostgreSQL and import worker, as when a machine's processes die), and is
 * restarted on the same data folder / database, again and again. Afterwards every write the
 * server acknowledged (a 2xx answer was received) must be there with its value, and the database
 * must pass consistency checks (no orphans, history matching versions, rollups matching raw
 * events, search rows matching assets, amcheck on every index).
 *
 * npm run bench -- crash [--cycles N] (default 20), BENCH_ENGINES=embedded,postgres.
 */

const ADMIN = { email: 'crash@example.test', password: 'crash-benchmark-password' };
const CLIENTS = 8;

type Engine = 'embedded' | 'postgres';
type Kind =
  | 'asset.create'
  | 'asset.edit'
  | 'asset.view'
  | 'list.add'
  | 'request.create'
  | 'setting.change'
  | 'share.visit';
const kinds: Kind[] = [
  'asset.create',
  'asset.edit',
  'asset.view',
  'list.add',
  'request.create',
  'setting.change',
  'share.visit',
];

/** What must be found afterwards for each acknowledged write. */
interface Ledger {
  'asset.create': { id: string; title: string }[];
  'asset.edit': { id: string; historyVersion: number; editVersion: number; summary: string }[];
  'asset.view': { id: string }[];
  'list.add': { listId: string; assetId: string }[];
  'request.create': { id: string; title: string }[];
  'setting.change': { n: number }[];
  'share.visit': { visitId: string }[];
}

interface Server {
  child: ChildProcess;
  base: string;
  out: string;
}

function cyclesOption(): number {
  const at = process.argv.indexOf('--cycles');
  const inline = process.argv.find((arg) => arg.startsWith('--cycles='));
  const value = inline ? inline.slice('--cycles='.length) : at >= 0 ? process.argv[at + 1] : undefined;
  const cycles = Number(value ?? 20);
  if (!Number.isInteger(cycles) || cycles < 1)
    throw new Error(`--cycles must be a whole number, not ${value}`);
  return cycles;
}

const live = new Set<ChildProcess>();
const bystanders = new Set<ChildProcess>();
process.once('exit', () => {
  for (const bystander of bystanders) bystander.kill('SIGKILL');
  for (const child of live)
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {}
});

async function startServer(env: Record<string, string>): Promise<Server> {
  const child = spawn(process.execPath, ['server/main.ts'], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      PORT: '0',
      HOST: '127.0.0.1',
      SHOWCASE_SAMPLE_DATA: 'false',
      SHOWCASE_BACKUPS: 'off',
      SHOWCASE_ADMIN_EMAIL: ADMIN.email,
      SHOWCASE_ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group (node and the import worker), so it can be killed whole.
    detached: true,
  });
  live.add(child);
  const server: Server = { child, base: '', out: '' };
  const keep = (chunk: Buffer) => {
    if (server.out.length < 20_000) server.out += chunk.toString();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const until = Date.now() + 90_000;
  while (Date.now() < until && child.exitCode === null && child.signalCode === null) {
    const port = server.out.match(/running at http:\/\/localhost:(\d+)/)?.[1];
    if (port) {
      server.base = `http://127.0.0.1:${port}`;
      return server;
    }
    await new Promise((done) => setTimeout(done, 20));
  }
  if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
  throw new Error(`the server did not start (exit ${child.exitCode ?? child.signalCode}):\n${server.out}`);
}

/**
 * SIGKILL: the node process alone, or everything (its process group — node and the import worker —
 * and the embedded PostgreSQL, which runs in a process group of its own: `postmaster`, read from
 * postmaster.pid before the kill). Waits until they are gone.
 */
async function crash(server: Server, group: boolean, postmaster?: number) {
  const pid = server.child.pid as number;
  const exited = new Promise((done) => server.child.once('exit', done));
  process.kill(group ? -pid : pid, 'SIGKILL');
  if (group && postmaster)
    try {
      process.kill(-postmaster, 'SIGKILL');
    } catch {}
  await exited;
  live.delete(server.child);
  // The groups' other processes (the worker, PostgreSQL and its backends) die a moment later.
  if (group)
    for (const leader of postmaster ? [pid, postmaster] : [pid])
      for (let i = 0; i < 100; i++) {
        try {
          process.kill(-leader, 0);
        } catch {
          break;
        }
        await new Promise((done) => setTimeout(done, 20));
      }
}

/** The whole group, at the end: a clean stop so nothing is left behind. */
async function stopServer(server: Server) {
  const pid = server.child.pid as number;
  if (server.child.exitCode === null && server.child.signalCode === null) {
    const exited = new Promise((done) => server.child.once('exit', done));
    process.kill(pid, 'SIGTERM');
    await Promise.race([exited, new Promise((done) => setTimeout(done, 20_000))]);
  }
  for (let i = 0; i < 200; i++) {
    try {
      process.kill(-pid, 0);
    } catch {
      break;
    }
    await new Promise((done) => setTimeout(done, 50));
  }
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {}
  live.delete(server.child);
}

class Api {
  base: string;
  token = '';
  constructor(base: string) {
    this.base = base;
  }
  async call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: {
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(15_000),
    });
    const text = await response.text();
    return {
      status: response.status,
      etag: response.headers.get('etag') ?? '',
      // biome-ignore lint/suspicious/noExplicitAny: answers are read field by field
      json: (text ? JSON.parse(text) : {}) as any,
    };
  }
  async ok(method: string, path: string, body?: unknown, headers?: Record<string, string>) {
    const answer = await this.call(method, path, body, headers);
    if (answer.status < 200 || answer.status >= 300)
      throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.json)}`);
    return answer;
  }
}

/** Signs in, makes an API token, and prepares what the writers need (team, type, lists, a share link). */
async function prepare(api: Api) {
  const signedIn = await fetch(`${api.base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  if (signedIn.status !== 200) throw new Error(`sign-in: ${signedIn.status} ${await signedIn.text()}`);
  const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await signedIn.json()) as { csrfToken: string };
  const made = await api.ok(
    'POST',
    '/api/account/tokens',
    { name: 'crash benchmark' },
    { cookie, 'x-csrf-token': csrfToken },
  );
  api.token = made.json.token;
  const types = await api.ok('GET', '/api/settings/terms?kind=deliverable_type');
  const deliverableTypeId = types.json.terms[0].id as string;
  const team = await api.ok('POST', '/api/settings/teams', { name: 'Crash team', quarterlyBudget: 1000 });
  const lists: string[] = [];
  for (let client = 0; client < CLIENTS; client++)
    lists.push((await api.ok('POST', '/api/lists', { name: `Crash list ${client}` })).json.id);
  const shared = await api.ok('POST', '/api/assets', {
    title: 'Crash shared asset',
    summary: 'An external asset behind a share link',
    visibility: 'external',
    safeToShare: true,
    status: 'published',
    listIds: [lists[0]],
  });
  const link = await api.ok('POST', `/api/assets/${shared.json.id}/share-links`, {
    name: 'Crash link',
    audience: 'account',
    accountName: 'Crash Company',
  });
  const shareToken = new URL(link.json.url).pathname.split('/').pop() as string;
  return { deliverableTypeId, teamId: team.json.id as string, lists, shareToken };
}

type Setup = Awaited<ReturnType<typeof prepare>>;

/** One writer's state, kept across crashes. */
interface Writer {
  index: number;
  seq: number;
  assets: string[];
  /** Everything ever sent for the writer's list (acknowledged or not): each add sends it plus one. */
  listSent: string[];
}

interface Tally {
  attempted: Record<Kind, number>;
  failed: Record<Kind, number>;
  refused: Record<Kind, number>;
  refusals: string[];
}

let settingSeq = 0;

async function writeOnce(api: Api, writer: Writer, setup: Setup, ledger: Ledger, tally: Tally) {
  const roll = Math.random();
  let kind: Kind =
    roll < 0.25
      ? 'asset.create'
      : roll < 0.45
        ? 'asset.edit'
        : roll < 0.55
          ? 'asset.view'
          : roll < 0.7
            ? 'list.add'
            : roll < 0.85
              ? 'request.create'
              : roll < 0.9
                ? 'setting.change'
                : 'share.visit';
  if (writer.assets.length === 0 && (kind === 'asset.edit' || kind === 'asset.view' || kind === 'list.add'))
    kind = 'asset.create';
  // One writer changes the workspace setting (a third of its writes), so its If-Match edits never
  // conflict with each other.
  if (kind === 'setting.change' && writer.index !== 0) kind = 'request.create';
  if (writer.index === 0 && Math.random() < 0.3) kind = 'setting.change';
  const n = ++writer.seq;
  const label = `c${writer.index} n${n} ${randomBytes(3).toString('hex')}`;
  const pick = () => writer.assets[Math.floor(Math.random() * writer.assets.length)] as string;
  tally.attempted[kind]++;
  try {
    let answer: Awaited<ReturnType<Api['call']>>;
    switch (kind) {
      case 'asset.create': {
        const title = `Crash asset ${label}`;
        answer = await api.call('POST', '/api/assets', {
          title,
          summary: `Written by the crash benchmark (${label})`,
          body: `# ${title}\n\nSome body text about pipelines and deployments, ${label}.`,
          tags: ['crash'],
        });
        if (answer.status === 201) {
          ledger['asset.create'].push({ id: answer.json.id, title });
          writer.assets.push(answer.json.id);
        }
        break;
      }
      case 'asset.edit': {
        const id = pick();
        const current = await api.call('GET', `/api/assets/${id}`);
        if (current.status !== 200) {
          answer = current;
          break;
        }
        const summary = `Edited ${label}`;
        answer = await api.call('PATCH', `/api/assets/${id}`, { summary }, { 'if-match': current.etag });
        if (answer.status === 200)
          ledger['asset.edit'].push({
            id,
            historyVersion: answer.json.historyVersion,
            editVersion: answer.json.version,
            summary,
          });
        break;
      }
      case 'asset.view': {
        const id = pick();
        answer = await api.call('POST', `/api/assets/${id}/views`);
        if (answer.status === 200) ledger['asset.view'].push({ id });
        break;
      }
      case 'list.add': {
        const listId = setup.lists[writer.index] as string;
        const candidates = writer.assets.filter((id) => !writer.listSent.includes(id));
        if (candidates.length === 0 || writer.listSent.length >= 900) {
          tally.attempted[kind]--;
          return;
        }
        const assetId = candidates[0] as string;
        writer.listSent.push(assetId);
        answer = await api.call('PATCH', `/api/lists/${listId}`, { assetIds: writer.listSent });
        if (answer.status === 200) ledger['list.add'].push({ listId, assetId });
        break;
      }
      case 'request.create': {
        const title = `Crash request ${label}`;
        answer = await api.call('POST', '/api/requests', {
          title,
          deliverableTypeId: setup.deliverableTypeId,
          businessGoal: `Survive a crash (${label})`,
          teamId: setup.teamId,
          budgetOverrideReason: 'crash benchmark',
        });
        if (answer.status === 201) ledger['request.create'].push({ id: answer.json.id, title });
        break;
      }
      case 'setting.change': {
        const current = await api.call('GET', '/api/settings/workspace');
        if (current.status !== 200) {
          answer = current;
          break;
        }
        const next = ++settingSeq;
        answer = await api.call(
          'PATCH',
          '/api/settings/workspace',
          { name: `Crash workspace #${next}` },
          { 'if-match': current.etag },
        );
        if (answer.status === 200) ledger['setting.change'].push({ n: next });
        break;
      }
      case 'share.visit': {
        // A new user agent each time: a new visitor, so a new visit event rather than a merged one.
        answer = await api.call('POST', `/api/shared/${setup.shareToken}/visits`, undefined, {
          'user-agent': `crash-benchmark/${label}`,
        });
        if (answer.status === 200) ledger['share.visit'].push({ visitId: answer.json.visitId });
        break;
      }
    }
    if (answer.status < 200 || answer.status >= 300) {
      tally.refused[kind]++;
      if (tally.refusals.length < 10)
        tally.refusals.push(`${kind}: ${answer.status} ${JSON.stringify(answer.json).slice(0, 200)}`);
    }
  } catch {
    // The server died under the request: not acknowledged, so nothing is expected of it.
    tally.failed[kind]++;
  }
}

interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

/** Reads every acknowledged write back and runs the consistency checks, through SQL. */
async function verify(url: string, ledger: Ledger) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const q = async <T = Record<string, unknown>>(text: string, values?: unknown[]) =>
    (await client.query(text, values)).rows as T[];
  const found: Record<Kind, { acknowledged: number; present: number }> = Object.fromEntries(
    kinds.map((kind) => [kind, { acknowledged: ledger[kind].length, present: 0 }]),
  ) as Record<Kind, { acknowledged: number; present: number }>;
  const lostSamples: string[] = [];
  const count = (kind: Kind, present: boolean, what: string) => {
    if (present) found[kind].present++;
    else if (lostSamples.length < 10) lostSamples.push(`${kind} ${what}`);
  };

  const assets = new Map(
    (
      await q<{ id: string; title: string; summary: string; view_count: number; edit_version: number }>(
        'SELECT id, title, summary, view_count, edit_version FROM assets',
      )
    ).map((row) => [row.id, row]),
  );
  for (const write of ledger['asset.create'])
    count('asset.create', assets.get(write.id)?.title === write.title, write.id);

  const versions = new Map(
    (
      await q<{ asset_id: string; version: number; summary: string }>(
        `SELECT asset_id, version, snapshot->>'summary' AS summary FROM asset_versions`,
      )
    ).map((row) => [`${row.asset_id}/${row.version}`, row.summary]),
  );
  for (const write of ledger['asset.edit'])
    count(
      'asset.edit',
      versions.get(`${write.id}/${write.historyVersion}`) === write.summary &&
        (assets.get(write.id)?.edit_version ?? 0) >= write.editVersion,
      `${write.id} v${write.historyVersion}`,
    );

  const viewsAcked = new Map<string, number>();
  for (const write of ledger['asset.view']) viewsAcked.set(write.id, (viewsAcked.get(write.id) ?? 0) + 1);
  for (const [id, acked] of viewsAcked) {
    const counted = Number(assets.get(id)?.view_count ?? 0);
    // A view counter cannot say which views it holds: the acknowledged ones are all there if it
    // reaches their number (an unacknowledged one may have been counted too).
    for (let i = 0; i < acked; i++) count('asset.view', i < counted, `${id} view ${i + 1}/${acked}`);
  }

  const items = new Set(
    (await q<{ list_id: string; asset_id: string }>('SELECT list_id, asset_id FROM list_items')).map(
      (row) => `${row.list_id}/${row.asset_id}`,
    ),
  );
  for (const write of ledger['list.add'])
    count('list.add', items.has(`${write.listId}/${write.assetId}`), `${write.listId} ${write.assetId}`);

  const requests = new Map(
    (await q<{ id: string; title: string }>('SELECT id, title FROM requests')).map((row) => [
      row.id,
      row.title,
    ]),
  );
  for (const write of ledger['request.create'])
    count('request.create', requests.get(write.id) === write.title, write.id);

  const [workspace] = await q<{ name: string }>('SELECT name FROM workspace');
  const settingNow = Number(workspace?.name.match(/#(\d+)$/)?.[1] ?? 0);
  for (const write of ledger['setting.change'])
    count('setting.change', settingNow >= write.n, `#${write.n} (now #${settingNow})`);

  const visits = new Set(
    (await q<{ id: string }>(`SELECT id FROM engagement_events WHERE kind = 'visit'`)).map((row) => row.id),
  );
  for (const write of ledger['share.visit']) count('share.visit', visits.has(write.visitId), write.visitId);

  const checks: Check[] = [];
  const none = async (name: string, text: string) => {
    const rows = await q<{ n: string }>(`SELECT count(*) AS n FROM (${text}) AS bad`);
    const n = Number(rows[0]?.n);
    checks.push({ name, ok: n === 0, detail: n === 0 ? '' : `${n} rows` });
  };
  const orphans: [string, string, string, string][] = [
    ['asset_terms', 'asset_id', 'assets', 'id'],
    ['asset_terms', 'term_id', 'terms', 'id'],
    ['asset_contributors', 'asset_id', 'assets', 'id'],
    ['asset_versions', 'asset_id', 'assets', 'id'],
    ['asset_search', 'asset_id', 'assets', 'id'],
    ['list_items', 'list_id', 'lists', 'id'],
    ['list_items', 'asset_id', 'assets', 'id'],
    ['requests', 'team_id', 'teams', 'id'],
    ['requests', 'requester_id', 'users', 'id'],
    ['requests', 'deliverable_type_id', 'terms', 'id'],
    ['request_events', 'request_id', 'requests', 'id'],
    ['request_terms', 'request_id', 'requests', 'id'],
    ['share_links', 'asset_id', 'assets', 'id'],
    ['engagement_events', 'asset_id', 'assets', 'id'],
    ['engagement_events', 'link_id', 'share_links', 'id'],
    ['engagement_daily', 'asset_id', 'assets', 'id'],
    ['sessions', 'user_id', 'users', 'id'],
    ['api_tokens', 'user_id', 'users', 'id'],
  ];
  for (const [child, column, parent, key] of orphans)
    await none(
      `no orphan ${child}.${column} → ${parent}`,
      `SELECT 1 FROM ${child} c WHERE c.${column} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${parent} p WHERE p.${key} = c.${column})`,
    );
  await none(
    'each request has its "created" history event',
    `SELECT 1 FROM requests r WHERE NOT EXISTS (SELECT 1 FROM request_events e WHERE e.request_id = r.id)`,
  );
  await none(
    "each asset's history is versions 1..version",
    `SELECT 1 FROM assets a LEFT JOIN asset_versions v ON v.asset_id = a.id GROUP BY a.id, a.version
     HAVING count(v.id) <> a.version OR count(DISTINCT v.version) <> a.version OR max(v.version) <> a.version`,
  );
  await none(
    "each asset's newest history entry holds its title and summary",
    `SELECT 1 FROM assets a JOIN asset_versions v ON v.asset_id = a.id AND v.version = a.version
     WHERE v.snapshot->>'title' <> a.title OR v.snapshot->>'summary' <> a.summary`,
  );
  await none(
    'list positions are distinct within each list',
    'SELECT 1 FROM list_items GROUP BY list_id, position HAVING count(*) > 1',
  );
  await none(
    'every asset has a search row matching its text, terms and view count',
    `SELECT 1 FROM assets a LEFT JOIN asset_search s ON s.asset_id = a.id
     WHERE s.asset_id IS NULL OR s.head IS DISTINCT FROM asset_search_head(a.title, a.summary)
       OR s.words IS DISTINCT FROM asset_search_words(a.title, a.summary, a.body)
       OR s.view_count <> a.view_count OR s.status <> a.status
       OR s.term_ids <> coalesce((SELECT array_agg(term_id ORDER BY term_id) FROM asset_terms t WHERE t.asset_id = a.id), '{}')`,
  );
  await none(
    'every searched word is in search_words (typo tolerance)',
    `SELECT DISTINCT w FROM asset_search, unnest(tsvector_to_array(words)) AS w
     WHERE NOT EXISTS (SELECT 1 FROM search_words sw WHERE sw.word = w)`,
  );
  await none(
    'engagement_daily equals the raw events',
    `SELECT 1 FROM (SELECT asset_id, source, kind, (occurred_at AT TIME ZONE 'UTC')::date AS day,
                           sum(quantity) AS events, sum(seconds) AS seconds
                    FROM engagement_events GROUP BY 1, 2, 3, 4) r
     FULL JOIN engagement_daily d USING (asset_id, source, kind, day)
     WHERE coalesce(r.events, 0) <> coalesce(d.events, 0) OR coalesce(r.seconds, 0) <> coalesce(d.seconds, 0)`,
  );
  await none(
    'engagement_link_daily equals the raw link events',
    `SELECT 1 FROM (SELECT link_id, coalesce(recipient_id, '00000000-0000-0000-0000-000000000000') AS recipient_id,
                           kind, (occurred_at AT TIME ZONE 'UTC')::date AS day,
                           sum(quantity) AS events, sum(seconds) AS seconds
                    FROM engagement_events WHERE link_id IS NOT NULL GROUP BY 1, 2, 3, 4) r
     FULL JOIN engagement_link_daily d USING (link_id, recipient_id, kind, day)
     WHERE coalesce(r.events, 0) <> coalesce(d.events, 0) OR coalesce(r.seconds, 0) <> coalesce(d.seconds, 0)`,
  );
  await none(
    'engagement_daily_wide equals the narrow rollup (which equals the raw events)',
    `SELECT 1 FROM (SELECT asset_id, day,
                           sum(events) FILTER (WHERE source = 'share_link' AND kind = 'visit') AS share_visits,
                           sum(events) FILTER (WHERE source = 'showcase' AND kind = 'view') AS showcase_views,
                           sum(events) FILTER (WHERE kind = 'download') AS downloads,
                           sum(events) FILTER (WHERE source = 'short_link' AND kind = 'click') AS short_link_clicks,
                           sum(events) FILTER (WHERE source = 'click_through' AND kind = 'session') AS click_through_sessions,
                           sum(events) FILTER (WHERE source = 'outside' AND kind = 'video_view') AS video_views,
                           sum(events) FILTER (WHERE source = 'outside' AND kind = 'blog_view') AS blog_views,
                           sum(events) FILTER (WHERE source = 'outside' AND kind = 'registration') AS registrations,
                           sum(events) FILTER (WHERE source = 'outside' AND kind = 'attendance') AS attendance,
                           sum(seconds) FILTER (WHERE source = 'share_link') AS share_seconds
                    FROM engagement_daily GROUP BY 1, 2) r
     FULL JOIN engagement_daily_wide d USING (asset_id, day)
     WHERE r.asset_id IS NULL OR d.asset_id IS NULL
       OR (coalesce(r.share_visits, 0), coalesce(r.showcase_views, 0), coalesce(r.downloads, 0),
           coalesce(r.short_link_clicks, 0), coalesce(r.click_through_sessions, 0), coalesce(r.video_views, 0),
           coalesce(r.blog_views, 0), coalesce(r.registrations, 0), coalesce(r.attendance, 0),
           coalesce(r.share_seconds, 0))
       IS DISTINCT FROM (d.share_visits::numeric, d.showcase_views::numeric, d.downloads::numeric,
           d.short_link_clicks::numeric, d.click_through_sessions::numeric, d.video_views::numeric,
           d.blog_views::numeric, d.registrations::numeric, d.attendance::numeric, d.share_seconds::numeric)`,
  );
  await none(
    'engagement_link_daily_wide equals the narrow link rollup',
    `SELECT 1 FROM (SELECT link_id, recipient_id, day,
                           coalesce(sum(events) FILTER (WHERE kind = 'visit'), 0) AS visits,
                           coalesce(sum(events) FILTER (WHERE kind = 'download'), 0) AS downloads,
                           sum(seconds) AS seconds
                    FROM engagement_link_daily GROUP BY 1, 2, 3) r
     FULL JOIN engagement_link_daily_wide d USING (link_id, recipient_id, day)
     WHERE r.link_id IS NULL OR d.link_id IS NULL
       OR r.visits <> d.visits OR r.downloads <> d.downloads OR r.seconds <> d.seconds`,
  );

  // amcheck: every B-tree index (with heapallindexed: each heap row has its index entry), and GIN
  // indexes where this amcheck has gin_index_check (PostgreSQL 18).
  let amcheck = 'not available';
  const available = await q(`SELECT 1 FROM pg_available_extensions WHERE name = 'amcheck'`);
  if (available.length > 0) {
    await q('CREATE EXTENSION IF NOT EXISTS amcheck');
    const indexes = await q<{ name: string; am: string }>(
      `SELECT c.oid::regclass::text AS name, am.amname AS am FROM pg_index i
       JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam
       JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND am.amname IN ('btree', 'gin') AND i.indisvalid`,
    );
    const gin = (await q(`SELECT 1 FROM pg_proc WHERE proname = 'gin_index_check'`)).length > 0;
    let checked = 0;
    const failures: string[] = [];
    for (const index of indexes) {
      if (index.am === 'gin' && !gin) continue;
      try {
        await q(
          index.am === 'btree'
            ? 'SELECT bt_index_check($1::regclass, true)'
            : 'SELECT gin_index_check($1::regclass)',
          [index.name],
        );
        checked++;
      } catch (error) {
        failures.push(`${index.name}: ${(error as Error).message}`);
      }
    }
    const btree = indexes.filter((index) => index.am === 'btree').length;
    const ginCount = indexes.length - btree;
    amcheck = `${checked} indexes (${btree} B-tree with heapallindexed${gin ? `, ${ginCount} GIN` : `; ${ginCount} GIN not checked: no gin_index_check in this amcheck`})`;
    checks.push({ name: 'amcheck', ok: failures.length === 0, detail: failures.slice(0, 3).join('; ') });
  }
  // Writes the kill cut off before their answer but after their commit: allowed, and counted.
  const ackedAssets = new Set(ledger['asset.create'].map((write) => write.id));
  const ackedRequests = new Set(ledger['request.create'].map((write) => write.id));
  const unacknowledged = {
    assets: [...assets.values()].filter(
      (row) => row.title.startsWith('Crash asset c') && !ackedAssets.has(row.id),
    ).length,
    requests: [...requests.keys()].filter((id) => !ackedRequests.has(id)).length,
  };
  const [sizes] = await q<{ assets: string; requests: string; events: string }>(
    `SELECT (SELECT count(*) FROM assets) AS assets, (SELECT count(*) FROM requests) AS requests,
            (SELECT count(*) FROM engagement_events) AS events`,
  );
  await client.end();
  return { found, lostSamples, checks, amcheck, sizes, unacknowledged };
}

/**
 * What a reboot (or a container restart) leaves after a process-group kill: the pids in
 * postmaster.pid and showcase.pid now belong to other live processes, which started after the
 * files were written (a minute before, as a reboot takes). Answers those bystander processes; the
 * restart must neither signal them nor take them for a running Showcase or PostgreSQL.
 */
function pretendReboot(dataDir: string): ChildProcess[] {
  const sleeper = spawn('sleep', ['600'], { stdio: 'ignore' });
  const nodeProcess = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 600_000)'], { stdio: 'ignore' });
  const minuteAgo = new Date(Date.now() - 60_000);
  const postmasterFile = join(dataDir, 'postgres', 'postmaster.pid');
  const lines = readFileSync(postmasterFile, 'utf8').split('\n');
  lines[0] = String(sleeper.pid);
  lines[2] = String(Math.floor(minuteAgo.getTime() / 1000));
  writeFileSync(postmasterFile, lines.join('\n'));
  const lockFile = join(dataDir, 'showcase.pid');
  writeFileSync(lockFile, `${nodeProcess.pid}\n`);
  utimesSync(lockFile, minuteAgo, minuteAgo);
  bystanders.add(sleeper).add(nodeProcess);
  return [sleeper, nodeProcess];
}

/** The embedded PostgreSQL's pid (and process group), from postmaster.pid. */
function postmasterPid(dataDir: string): number | undefined {
  const pid = Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** The URL the embedded engine's server uses: its port from postmaster.pid, its generated password. */
function embeddedUrl(dataDir: string): string {
  const clusterDir = join(dataDir, 'postgres');
  const port = Number(readFileSync(join(clusterDir, 'postmaster.pid'), 'utf8').split('\n')[3]);
  const password = readFileSync(join(dataDir, 'postgres.password'), 'utf8').trim();
  return `postgres://showcase:${encodeURIComponent(password)}@127.0.0.1:${port}/showcase`;
}

async function runEngine(engine: Engine, cycles: number, serverUrl?: string) {
  const dataDir = mkdtempSync(join(tmpdir(), 'showcase-crash-'));
  // Reachable by the postgres user, so as root the embedded database stays in this folder.
  chmodSync(dataDir, 0o755);
  let databaseUrl: string | undefined;
  const dbName = `showcase_crash_${randomBytes(4).toString('hex')}`;
  if (engine === 'postgres') {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    await admin.end();
    const url = new URL(serverUrl as string);
    url.pathname = `/${dbName}`;
    databaseUrl = url.toString();
  }
  const env = { SHOWCASE_DATA_DIR: dataDir, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) };
  const ledger: Ledger = {
    'asset.create': [],
    'asset.edit': [],
    'asset.view': [],
    'list.add': [],
    'request.create': [],
    'setting.change': [],
    'share.visit': [],
  };
  const zero = () => Object.fromEntries(kinds.map((kind) => [kind, 0])) as Record<Kind, number>;
  const tally: Tally = { attempted: zero(), failed: zero(), refused: zero(), refusals: [] };
  const restarts: number[] = [];
  const nodeRestarts: number[] = [];
  const groupRestarts: number[] = [];
  const startFailures: string[] = [];
  settingSeq = 0;

  let server = await startServer(env);
  const api = new Api(server.base);
  const setup = await prepare(api);
  const writers: Writer[] = Array.from({ length: CLIENTS }, (_, index) => ({
    index,
    seq: 0,
    assets: [],
    listSent: [],
  }));
  let groupKills = 0;
  let reboots = 0;
  try {
    for (let cycle = 1; cycle <= cycles; cycle++) {
      api.base = server.base;
      let running = true;
      const loops = writers.map(async (writer) => {
        while (running) await writeOnce(api, writer, setup, ledger, tally);
      });
      await new Promise((done) => setTimeout(done, 300 + Math.random() * 2700));
      const group = cycle % 2 === 0;
      if (group) groupKills++;
      // No new writes from here; the ones in flight are cut off by the kill.
      running = false;
      await crash(server, group, engine === 'embedded' ? postmasterPid(dataDir) : undefined);
      await Promise.all(loops);
      const reboot = engine === 'embedded' && group && cycle % 4 === 0;
      const others = reboot ? pretendReboot(dataDir) : [];
      if (reboot) reboots++;
      const started = performance.now();
      let restarted: Server | undefined;
      try {
        restarted = await startServer(env);
        restarts.push(performance.now() - started);
        (group ? groupRestarts : nodeRestarts).push(performance.now() - started);
      } catch (error) {
        // A restart that fails is a finding: say why (the first line), and go on.
        const why = (error as Error).message.split('\n').find((line) => /fail|error/i.test(line));
        startFailures.push(
          `cycle ${cycle} (${reboot ? 'reboot' : group ? 'group kill' : 'node kill'}): ${why}`,
        );
      }
      for (const bystander of others) {
        if (bystander.exitCode !== null || bystander.signalCode !== null)
          startFailures.push(
            `cycle ${cycle} (reboot): the restart signalled an unrelated process (${bystander.spawnargs[0]}, ${bystander.signalCode ?? bystander.exitCode}) that had a stale pid`,
          );
        bystander.kill('SIGKILL');
        bystanders.delete(bystander);
      }
      // Once the bystanders are gone the stale pids are dead ones, which any start copes with.
      server = restarted ?? (await startServer(env));
      if (process.stdout.isTTY) process.stdout.write(`\r  ${engine}: cycle ${cycle}/${cycles}`);
    }
    if (process.stdout.isTTY) process.stdout.write('\n');
    const url = engine === 'embedded' ? embeddedUrl(dataDir) : (databaseUrl as string);
    const result = await verify(url, ledger);
    return {
      engine,
      cycles,
      groupKills,
      reboots,
      tally,
      restarts,
      nodeRestarts,
      groupRestarts,
      startFailures,
      ...result,
    };
  } finally {
    await stopServer(server);
    if (engine === 'postgres') {
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await admin.end();
    }
    if (existsSync(dataDir)) rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function run() {
  const cycles = cyclesOption();
  const engines = benchEngines().filter((engine): engine is Engine => engine !== 'pglite');
  const ordered = (['embedded', 'postgres'] as const).filter((engine) => engines.includes(engine));
  console.log(
    `Crash: ${CLIENTS} writers, SIGKILL 0.3–3 s into the writes (node alone and the whole process group in turn), restart, ${cycles} cycles per engine.`,
  );
  const server = ordered.includes('postgres') ? await postgresServer() : undefined;
  let bad = false;
  try {
    for (const engine of ordered) {
      const r = await runEngine(engine, cycles, server?.url);
      const p = percentiles(r.restarts);
      const total = { acknowledged: 0, present: 0 };
      console.log(
        `${engine}: ${r.cycles} cycles (${r.cycles - r.groupKills} node-only kills, ${r.groupKills} process-group kills${r.reboots ? `, ${r.reboots} of them followed by a simulated reboot: stale pids taken by other processes` : ''}); database now ${r.sizes?.assets} assets, ${r.sizes?.requests} requests, ${r.sizes?.events} engagement events`,
      );
      console.log(
        `  ${'kind'.padEnd(16)} ${'attempted'.padStart(9)} ${'cut off'.padStart(8)} ${'refused'.padStart(8)} ${'acked'.padStart(7)} ${'present'.padStart(8)} ${'lost'.padStart(5)}`,
      );
      for (const kind of kinds) {
        const { acknowledged, present } = r.found[kind];
        total.acknowledged += acknowledged;
        total.present += present;
        console.log(
          `  ${kind.padEnd(16)} ${String(r.tally.attempted[kind]).padStart(9)} ${String(r.tally.failed[kind]).padStart(8)} ${String(r.tally.refused[kind]).padStart(8)} ${String(acknowledged).padStart(7)} ${String(present).padStart(8)} ${String(acknowledged - present).padStart(5)}`,
        );
      }
      const lost = total.acknowledged - total.present;
      console.log(
        `  ${'total'.padEnd(16)} ${''.padStart(9)} ${''.padStart(8)} ${''.padStart(8)} ${String(total.acknowledged).padStart(7)} ${String(total.present).padStart(8)} ${String(lost).padStart(5)}`,
      );
      console.log(
        `  committed though the kill cut off the answer (allowed): ${r.unacknowledged.assets} assets, ${r.unacknowledged.requests} requests`,
      );
      for (const sample of r.lostSamples) console.log(`  LOST ${sample}`);
      for (const refusal of r.tally.refusals) console.log(`  refused: ${refusal}`);
      const passed = r.checks.filter((check) => check.ok).length;
      console.log(
        `  consistency checks: ${passed} passed, ${r.checks.length - passed} failed; amcheck: ${r.amcheck}`,
      );
      for (const check of r.checks.filter((c) => !c.ok))
        console.log(`  FAILED ${check.name}: ${check.detail}`);
      const seconds = (samples: number[]) =>
        samples.length === 0
          ? 'none'
          : `p50 ${(percentiles(samples).p50 / 1000).toFixed(2)} s, max ${(Math.max(...samples) / 1000).toFixed(2)} s`;
      console.log(
        `  restart (spawn → "running at"): p50 ${(p.p50 / 1000).toFixed(2)} s, max ${(Math.max(...r.restarts) / 1000).toFixed(2)} s (after a node-only kill ${seconds(r.nodeRestarts)}; after a group kill ${seconds(r.groupRestarts)})`,
      );
      for (const failure of r.startFailures) console.log(`  RESTART FAILED ${failure}`);
      if (lost > 0 || passed < r.checks.length || r.startFailures.length > 0) bad = true;
    }
  } finally {
    await server?.stop();
  }
  if (bad) {
    console.log('crash: acknowledged writes were lost, a check failed or a restart failed');
    process.exitCode = 1;
  }
}
