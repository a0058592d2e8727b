import { createServer } from 'node:http';
import pino from 'pino';
import { backgroundJobs } from '../server/modules/jobs/jobs.kinds.ts';
import { insertJob } from '../server/modules/jobs/jobs.repository.ts';
import { createJobRunner, type JobKind } from '../server/modules/jobs/jobs.runner.ts';
import {
  createWebhook,
  dispatchDueDeliveries,
  emitEvent,
  setWebhookAllowedHosts,
} from '../server/modules/webhooks/webhooks.service.ts';
import { freshWorkspace, ms, percentiles, postgresServer } from './support.ts';

const logger = pino({ level: 'silent' });

/**
 * The job runner: what an idle poll costs, how fast two runners drain a queue between them (and
 * that each job ran once), and API latency while a webhook receiver takes 2 s to answer.
 */
export async function run() {
  const engines = (process.env.BENCH_ENGINES ?? 'postgres,pglite').split(',') as ('pglite' | 'postgres')[];
  const server = engines.includes('postgres') ? await postgresServer() : undefined;
  const count = Number(process.env.BENCH_JOBS ?? 1_000);
  try {
    for (const engine of engines) {
      const workspace = await freshWorkspace(engine, server?.url);
      const db = workspace.database.db;
      try {
        // Idle polls: every slot of the hour already created and run.
        const idle = createJobRunner({ db, logger, kinds: backgroundJobs });
        await idle.tick();
        const polls: number[] = [];
        for (let i = 0; i < 200; i++) {
          const start = performance.now();
          await idle.tick();
          polls.push(performance.now() - start);
        }
        const poll = percentiles(polls);

        // A queue drained by two runners at once.
        let ran = 0;
        const noop: JobKind = {
          kind: 'bench-noop',
          name: 'No-op',
          description: '',
          run: async () => void ran++,
        };
        const now = new Date();
        for (let i = 0; i < count; i++)
          await insertJob(db, { id: `bench-noop:${i}`, kind: 'bench-noop', runAt: now, maxAttempts: 1 });
        const runners = ['a', 'b'].map((worker) =>
          createJobRunner({ db, logger, kinds: [noop], worker, batch: 10 }),
        );
        const drainStart = performance.now();
        await Promise.all(
          runners.map(async (runner) => {
            while ((await runner.tick()).ran > 0) {}
          }),
        );
        const drainMs = performance.now() - drainStart;

        // API latency while a receiver holds a delivery for 2 s.
        const receiver = createServer((_req, res) => setTimeout(() => res.end('ok'), 2_000));
        await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
        const address = receiver.address();
        const port = typeof address === 'object' && address ? address.port : 0;
        // Webhooks refuse loopback unless the host is allowed.
        await setWebhookAllowedHosts({ db, hosts: ['127.0.0.1'] });
        await createWebhook({
          db,
          input: { name: 'Slow', url: `http://127.0.0.1:${port}/`, events: ['request.created'] },
        });
        await emitEvent(db, 'request.created', 'bench', {}, new Date());
        const sending = dispatchDueDeliveries({ db, now: new Date() });
        await new Promise((resolve) => setTimeout(resolve, 200));
        const during: number[] = [];
        for (let i = 0; i < 50; i++) {
          const start = performance.now();
          await workspace.app.request('/api/settings/webhooks', {
            headers: { authorization: `Bearer ${workspace.token}` },
          });
          during.push(performance.now() - start);
        }
        const sent = await sending;
        receiver.close();
        const api = percentiles(during);
        console.log(
          `${engine.padEnd(8)} idle poll p50 ${ms(poll.p50)} p99 ${ms(poll.p99)} | ` +
            `${count} jobs by 2 runners: ${Math.round(count / (drainMs / 1000))} jobs/s, ran ${ran} (once each: ${ran === count}) | ` +
            `API during a 2 s webhook send: p50 ${ms(api.p50)} p99 ${ms(api.p99)} (delivered ${sent.delivered})`,
        );
      } finally {
        await workspace.close();
      }
    }
  } finally {
    server?.stop();
  }
}
