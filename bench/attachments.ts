import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { serve } from '@hono/node-server';
import { startS3Server } from '../test/s3.ts';
import { freshWorkspace, ms, percentiles } from './support.ts';

/**
 * npm run bench -- attachments: 10 MB uploads over real HTTP on the embedded engine, with local
 * and S3 (s3rver) storage: one upload, four at once while /healthz is polled, and a download;
 * the growth of the process's resident memory over the run.
 */
const MB = 1024 * 1024;

const clientCode = `
const { workerData, parentPort } = require('node:worker_threads');
const blob = new Blob([workerData.bytes]);
Promise.all(Array.from({ length: workerData.count }, async () => {
  const form = new FormData();
  form.append('file', blob, 'big.pdf');
  const response = await fetch(workerData.url, { method: 'POST', headers: { authorization: 'Bearer ' + workerData.token }, body: form });
  const body = await response.json();
  if (response.status !== 201) throw new Error(JSON.stringify(body));
  return { id: body.id };
})).then((results) => parentPort.postMessage(results));
`;

async function measure(kind: 'local' | 's3', s3: Awaited<ReturnType<typeof startS3Server>>) {
  const workspace = await freshWorkspace(
    'pglite',
    undefined,
    kind === 's3' ? { storage: s3.storage(`bench-${Date.now()}`) } : {},
  );
  const server = serve({ fetch: workspace.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const auth = { authorization: `Bearer ${workspace.token}` };
  const get = async (path: string) => (await fetch(`${base}${path}`, { headers: auth })).json();
  const terms = (await get('/api/settings/terms')).terms as { id: string; kind: string }[];
  const teams = (await get('/api/settings/teams')).teams as { id: string }[];
  const filed = await (
    await fetch(`${base}/api/requests`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({
        title: 'Benchmark request',
        deliverableTypeId: terms.find((t) => t.kind === 'deliverable_type')?.id,
        businessGoal: 'Measure uploads',
        solutionId: terms.find((t) => t.kind === 'solution')?.id,
        teamId: teams[0]?.id,
        budgetOverrideReason: 'benchmark',
      }),
    })
  ).json();
  const content = new Uint8Array(10 * MB);
  content.set(new TextEncoder().encode('%PDF-1.4\n'));
  for (let i = 16; i < content.length; i += 4096) content[i] = i % 251;
  const blob = new Blob([content]);
  const upload = async () => {
    const form = new FormData();
    form.append('file', blob, 'big.pdf');
    const started = performance.now();
    const response = await fetch(`${base}/api/requests/${filed.id}/attachments`, {
      method: 'POST',
      headers: auth,
      body: form,
    });
    const body = await response.json();
    if (response.status !== 201) throw new Error(JSON.stringify(body));
    return { ms: performance.now() - started, id: body.id as string };
  };

  let peakRss = process.memoryUsage().rss;
  const baseRss = peakRss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 10);

  await upload(); // warm-up
  const singles: number[] = [];
  for (let i = 0; i < 3; i++) singles.push((await upload()).ms);

  const idle: number[] = [];
  for (let i = 0; i < 50; i++) {
    const started = performance.now();
    await fetch(`${base}/healthz`);
    idle.push(performance.now() - started);
  }
  const during: number[] = [];
  let uploading = true;
  const poll = (async () => {
    while (uploading) {
      const started = performance.now();
      await fetch(`${base}/healthz`);
      during.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  // The four uploads are sent from a worker thread, so building their bodies does not count
  // against the server's event loop.
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const started = performance.now();
  const four = await new Promise<{ id: string }[]>((resolve, reject) => {
    const worker = new Worker(clientCode, {
      eval: true,
      workerData: {
        url: `${base}/api/requests/${filed.id}/attachments`,
        token: workspace.token,
        count: 4,
        bytes: content,
      },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  const fourMs = performance.now() - started;
  loop.disable();
  uploading = false;
  await poll;

  const downloadStarted = performance.now();
  const response = await fetch(`${base}/api/requests/${filed.id}/attachments/${four[0]?.id}`, {
    headers: auth,
  });
  const bytes = (await response.arrayBuffer()).byteLength;
  const downloadMs = performance.now() - downloadStarted;
  clearInterval(sampler);

  const single = percentiles(singles);
  const idleP = percentiles(idle);
  const duringP = percentiles(during);
  console.log(
    `${kind.padEnd(5)}  one 10 MB upload ${ms(single.p50)}  four at once ${ms(fourMs)}  ` +
      `/healthz idle p99 ${ms(idleP.p99)}, during p50 ${ms(duringP.p50)} p99 ${ms(duringP.p99)} (${during.length} polls)  ` +
      `event-loop delay p99 ${ms(loop.percentile(99) / 1e6)} max ${ms(loop.max / 1e6)}  ` +
      `download ${bytes / MB} MB ${ms(downloadMs)}  RSS +${Math.round((peakRss - baseRss) / MB)} MB`,
  );
  server.close();
  await workspace.close();
}

export async function run() {
  const s3 = await startS3Server();
  try {
    for (const kind of ['local', 's3'] as const) await measure(kind, s3);
  } finally {
    await s3.close();
  }
}
