import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { createApp } from '../server/app.ts';
import type { Database } from '../server/db/connect.ts';
import { envSchema } from '../server/env.ts';
import { flushShortLinkClicks } from '../server/modules/distribution/distribution.clicks.ts';
import type { JobKind } from '../server/modules/jobs/jobs.runner.ts';
import { createLocalStorage } from '../server/storage/local.ts';
import type { Storage } from '../server/storage/storage.ts';
import type { Role } from '../shared/roles.ts';
import { openTestDatabase } from './database.ts';
import { createTestUser, TEST_PASSWORD } from './factories.ts';

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** A caller of the API: anonymous, a signed-in browser (cookie + CSRF) or an API token. */
export class ApiClient {
  readonly app: ReturnType<typeof createApp>;
  cookie?: string;
  csrfToken?: string;
  bearer?: string;

  constructor(app: ReturnType<typeof createApp>) {
    this.app = app;
  }

  async request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<ApiResponse<T>> {
    const all: Record<string, string> = { ...headers };
    if (body !== undefined) all['content-type'] ??= 'application/json';
    if (this.cookie) all.cookie = this.cookie;
    if (this.csrfToken && method !== 'GET') all['x-csrf-token'] ??= this.csrfToken;
    if (this.bearer) all.authorization = `Bearer ${this.bearer}`;
    const response = await this.app.request(path, {
      method,
      headers: all,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {}
    return { status: response.status, body: parsed as T, headers: response.headers };
  }

  get<T = any>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = any>(path: string, body?: unknown) {
    return this.request<T>('POST', path, body ?? {});
  }
  patch<T = any>(path: string, body: unknown) {
    return this.request<T>('PATCH', path, body);
  }
  put<T = any>(path: string, body: unknown) {
    return this.request<T>('PUT', path, body);
  }
  delete<T = any>(path: string) {
    return this.request<T>('DELETE', path);
  }

  /** Signs in through the API, keeping the session cookie and CSRF token for later calls. */
  async signIn(email: string, password = TEST_PASSWORD): Promise<ApiResponse> {
    const response = await this.post('/api/auth/sign-in', { email, password });
    const cookie = response.headers.get('set-cookie')?.split(';')[0];
    if (response.status === 200 && cookie) {
      this.cookie = cookie;
      this.csrfToken = response.body.csrfToken;
    }
    return response;
  }
}

export interface TestContext {
  app: ReturnType<typeof createApp>;
  database: Database;
  db: Database['db'];
  /** The app's file storage: a local folder in a temp directory unless the test passed one. */
  storage: Storage;
  /** The local storage's folder (undefined when the test passed its own storage). */
  filesDir?: string;
  /** Advances or sets the app's clock. */
  clock: { now: Date };
  anonymous(): ApiClient;
  /** A new user of the role, signed in through the API. */
  as(
    role: Role,
    overrides?: { email?: string; name?: string },
  ): Promise<ApiClient & { userId: string; email: string }>;
  close(): Promise<void>;
}

/** The app under test on its own fresh database (PGlite or PostgreSQL, per Vitest project). */
export async function createTestContext(
  options: {
    logs?: string[];
    env?: Record<string, string>;
    jobKinds?: readonly JobKind[];
    storage?: Storage;
    webDist?: string;
    draining?: () => boolean;
  } = {},
): Promise<TestContext> {
  const database = await openTestDatabase();
  const filesDir = options.storage ? undefined : await mkdtemp(join(tmpdir(), 'showcase-files-'));
  const storage = options.storage ?? createLocalStorage({ root: filesDir as string });
  const clock = { now: new Date() };
  const env = envSchema.parse({ LOG_LEVEL: 'silent', ...options.env });
  const logs = options.logs;
  const logger = logs
    ? pino({ level: 'info' }, { write: (line: string) => logs.push(line) })
    : pino({ level: 'silent' });
  const app = createApp({
    database,
    env,
    logger,
    storage,
    now: () => clock.now,
    jobKinds: options.jobKinds,
    webDist: options.webDist,
    draining: options.draining,
  });
  return {
    app,
    database,
    db: database.db,
    storage,
    filesDir,
    clock,
    anonymous: () => new ApiClient(app),
    async as(role, overrides = {}) {
      const user = await createTestUser(database.db, { role, ...overrides });
      const client = new ApiClient(app);
      const response = await client.signIn(user.email);
      if (response.status !== 200) throw new Error(`sign-in failed: ${JSON.stringify(response.body)}`);
      return Object.assign(client, { userId: user.id, email: user.email });
    },
    async close() {
      await flushShortLinkClicks(database.db);
      await database.close();
      if (filesDir) await rm(filesDir, { recursive: true, force: true });
    },
  };
}
