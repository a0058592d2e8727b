import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { testDatabaseKind } from './database.ts';
import { startS3Server } from './s3.ts';
import { databaseUrl } from './setup/template.ts';

/**
 * Two real servers (`node server/main.ts`) on one PostgreSQL database, each with its own data
 * folder and both storing files in one S3-compatible bucket (s3rver, started here), behave as one
 * workspace. Only in the postgres project: the embedded engine is one server per folder.
 */
const ADMIN = { email: 'fleet@example.com', password: 'fleet-password-12345' };

interface Instance {
  child: ChildProcess;
  out: string;
  base: string;
}

async function startInstance(
  url: string,
  dataDir: string,
  storage: Record<string, string>,
): Promise<Instance> {
  const child = spawn(process.execPath, ['server/main.ts'], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: url,
      SHOWCASE_DATA_DIR: dataDir,
      SHOWCASE_SAMPLE_DATA: 'false',
      SHOWCASE_BACKUPS: 'off',
      SHOWCASE_ADMIN_EMAIL: ADMIN.email,
      SHOWCASE_ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: 'warn',
      ...storage,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const instance: Instance = { child, out: '', base: '' };
  child.stdout?.on('data', (chunk: Buffer) => (instance.out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (instance.out += chunk.toString()));
  const until = Date.now() + 60_000;
  while (Date.now() < until && child.exitCode === null) {
    const port = instance.out.match(/running at http:\/\/localhost:(\d+)/)?.[1];
    if (port) {
      instance.base = `http://127.0.0.1:${port}`;
      return instance;
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`an instance did not start:\n${instance.out}`);
}

async function signIn(base: string, email: string, password: string, from: string) {
  return fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
    body: JSON.stringify({ email, password }),
  });
}

describe.runIf(testDatabaseKind === 'postgres')('two instances on one database', () => {
  const dataDirs = [
    mkdtempSync(join(tmpdir(), 'showcase-fleet-a-')),
    mkdtempSync(join(tmpdir(), 'showcase-fleet-b-')),
  ];
  let s3: Awaited<ReturnType<typeof startS3Server>>;
  const name = `showcase_fleet_${randomBytes(5).toString('hex')}`;
  let adminUrl: string;
  let a: Instance;
  let b: Instance;

  beforeAll(async () => {
    const { url, template } = inject('database');
    adminUrl = url;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    await admin.end();
    s3 = await startS3Server();
    a = await startInstance(databaseUrl(url, name), dataDirs[0] as string, s3.env);
    b = await startInstance(databaseUrl(url, name), dataDirs[1] as string, s3.env);
  }, 130_000);

  afterAll(async () => {
    for (const instance of [a, b]) if (instance?.child.exitCode === null) instance.child.kill('SIGKILL');
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    await s3?.close();
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  });

  it('accepts on B a session made on A, and a setting changed on A is read on B at once', async () => {
    const signedIn = await signIn(a.base, ADMIN.email, ADMIN.password, '192.0.2.10');
    expect(signedIn.status).toBe(200);
    const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const { csrfToken } = (await signedIn.json()) as { csrfToken: string };
    const me = await fetch(`${b.base}/api/auth/session`, { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { user: { email: string } }).user.email).toBe(ADMIN.email);

    const before = await fetch(`${a.base}/api/settings/workspace`, { headers: { cookie } });
    const etag = before.headers.get('etag') ?? '';
    const renamed = await fetch(`${a.base}/api/settings/workspace`, {
      method: 'PATCH',
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json', 'if-match': etag },
      body: JSON.stringify({ name: 'Renamed on A' }),
    });
    expect(renamed.status, await renamed.clone().text()).toBe(200);
    const seen = await fetch(`${b.base}/api/settings/workspace`, { headers: { cookie } });
    expect(((await seen.json()) as { name: string }).name).toBe('Renamed on A');
    // The version moved on A is the one B answers with, so a stale If-Match is refused on B too.
    const stale = await fetch(`${b.base}/api/settings/workspace`, {
      method: 'PATCH',
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json', 'if-match': etag },
      body: JSON.stringify({ name: 'Stale edit on B' }),
    });
    expect(stale.status).toBe(412);
  }, 30_000);

  it('serves on B a file uploaded on A (through the shared storage, not either data folder)', async () => {
    const signedIn = await signIn(a.base, ADMIN.email, ADMIN.password, '192.0.2.11');
    const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const { csrfToken } = (await signedIn.json()) as { csrfToken: string };
    const headers = { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
    const types = (await (
      await fetch(`${a.base}/api/settings/terms?kind=deliverable_type`, { headers })
    ).json()) as {
      terms: { id: string }[];
    };
    const team = (await (
      await fetch(`${a.base}/api/settings/teams`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ name: 'Fleet team' }),
      })
    ).json()) as { id: string };
    const created = await fetch(`${a.base}/api/requests`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        title: 'A request with a file',
        businessGoal: 'Show that every instance serves every file.',
        deliverableTypeId: types.terms[0]?.id,
        teamId: team.id,
      }),
    });
    expect(created.status, await created.clone().text()).toBe(201);
    const request = (await created.json()) as { id: string };
    const bytes = new TextEncoder().encode(`notes from instance A ${randomBytes(8).toString('hex')}\n`);
    const form = new FormData();
    form.append('file', new File([bytes], 'notes.txt', { type: 'text/plain' }));
    const uploaded = await fetch(`${a.base}/api/requests/${request.id}/attachments`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken },
      body: form,
    });
    expect(uploaded.status, await uploaded.clone().text()).toBe(201);
    const attachment = (await uploaded.json()) as { id: string };
    const served = await fetch(`${b.base}/api/requests/${request.id}/attachments/${attachment.id}`, {
      headers: { cookie },
    });
    expect(served.status).toBe(200);
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(bytes);
  }, 30_000);

  it('counts failed sign-ins made on A against the same email on B', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 5; attempt++)
      statuses.push((await signIn(a.base, ADMIN.email, 'wrong password', '198.51.100.20')).status);
    expect(statuses.every((status) => status === 401)).toBe(true);
    expect((await signIn(b.base, ADMIN.email, 'wrong password', '198.51.100.20')).status).toBe(429);
  }, 30_000);

  it('runs each scheduled job once per slot across both instances', async () => {
    // The webhook sender is scheduled every 10 seconds: wait for a couple of its slots.
    await new Promise((done) => setTimeout(done, 22_000));
    const client = new pg.Client({ connectionString: databaseUrl(adminUrl, name) });
    await client.connect();
    const { rows } = await client.query<{ id: string; attempts: number; status: string }>(
      `SELECT id, attempts, status FROM jobs WHERE kind = 'webhook-delivery' AND status = 'succeeded'`,
    );
    await client.end();
    expect(rows.length).toBeGreaterThanOrEqual(1);
    for (const row of rows) expect(row.attempts, row.id).toBe(1);
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
  }, 40_000);
});
