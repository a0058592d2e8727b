import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalStorage } from '../server/storage/local.ts';
import { ApiClient } from '../test/app.ts';
import { createTestUser } from '../test/factories.ts';
import { checkStorage, fuzzWrites, makeRecords } from '../test/fuzz.ts';
import { freshWorkspace, postgresServer } from './support.ts';

/**
 * npm run bench -- fuzz: the write-path fuzzer (test/fuzz.ts) at length: FUZZ_CASES (default
 * 100,000) generated and hostile cases spread over every write route of the OpenAPI document, as
 * an admin's session, an admin's token and a requester's token, FUZZ_CONCURRENCY (default 4) in
 * flight, seeded by FUZZ_SEED (default the clock; printed, so a failure replays). On a PostgreSQL
 * server (TEST_DATABASE_URL or BENCH_DATABASE_URL, else a throwaway one). Prints the cases, the
 * status histogram, cases per second and every failure; exits non-zero on any.
 */
export async function run() {
  const target = Number(process.env.FUZZ_CASES ?? 100_000);
  const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
  const concurrency = Number(process.env.FUZZ_CONCURRENCY ?? 4);
  const sandbox = await mkdtemp(join(tmpdir(), 'showcase-fuzz-bench-'));
  const root = join(sandbox, 'a', 'b', 'c', 'files');
  await mkdir(root, { recursive: true });
  const server = await postgresServer();
  const workspace = await freshWorkspace('postgres', server.url, { storage: createLocalStorage({ root }) });
  try {
    const admin = new ApiClient(workspace.app);
    await admin.signIn('bench@example.test', 'benchmark-password');
    const requesterUser = await createTestUser(workspace.database.db, { role: 'requester' });
    const requester = new ApiClient(workspace.app);
    await requester.signIn(requesterUser.email);
    const requesterToken = (await requester.post('/api/account/tokens', { name: 'fuzz' })).body
      .token as string;
    const callers = [
      admin,
      admin,
      Object.assign(new ApiClient(workspace.app), { bearer: workspace.token }),
      Object.assign(new ApiClient(workspace.app), { bearer: requesterToken }),
    ];
    const pools = await makeRecords(workspace.database.db, admin, new Date());
    const document = (await admin.get<Parameters<typeof fuzzWrites>[0]['document']>('/api/openapi.json'))
      .body;
    const writes = Object.values<Record<string, unknown>>(document.paths).flatMap((item) =>
      Object.keys(item).filter((method) => method !== 'get'),
    ).length;
    const perOperation = Math.ceil(target / (writes - 1));
    console.log(
      `seed ${seed}, ${writes} write operations, ${perOperation} cases each, ${concurrency} in flight`,
    );
    const started = performance.now();
    let reported = 0;
    const result = await fuzzWrites({
      app: workspace.app,
      document,
      callers,
      pools,
      seed,
      concurrency,
      runsPerOperation: (op) => (op.template === '/api/auth/sign-out' ? 0 : perOperation),
      onProgress: (so) => {
        if (so.cases - reported < 10_000) return;
        reported = so.cases;
        const seconds = (performance.now() - started) / 1000;
        console.log(
          `  ${so.cases} cases, ${(so.cases / seconds).toFixed(0)} cases/s, ${so.failures.length} failures`,
        );
      },
    });
    const seconds = (performance.now() - started) / 1000;
    const storage = await checkStorage(sandbox, root);
    console.log(`cases: ${result.cases}`);
    console.log(`status histogram: ${JSON.stringify(result.histogram)}`);
    console.log(
      `operations answered 2xx at least once: ${Object.keys(result.successes).length} of ${Object.keys(result.byOperation).length}`,
    );
    console.log(`${seconds.toFixed(1)} s, ${(result.cases / seconds).toFixed(0)} cases/s, seed ${seed}`);
    console.log(
      `failures: ${result.failures.length}; files outside the storage root or bad keys: ${storage.length}`,
    );
    for (const failure of result.failures.slice(0, 30)) console.log(JSON.stringify(failure));
    for (const problem of storage) console.log(problem);
    if (result.failures.length || storage.length) process.exitCode = 1;
  } finally {
    await workspace.close();
    await server.stop();
    await rm(sandbox, { recursive: true, force: true });
  }
}
