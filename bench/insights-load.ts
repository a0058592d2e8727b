import { parentPort } from 'node:worker_threads';

/**
 * The insights benchmark's load generator, in a worker thread so its HTTP clients do not take
 * the app's thread: `clients` loops at once, each sending share-page visits (every one from a new
 * anonymous visitor, so each is a new visit) or one beat per visit it is given.
 */
export type LoadJob =
  | { kind: 'visits'; base: string; tokens: string[]; clients: number; durationMs: number; tag: string }
  | { kind: 'beats'; base: string; clients: number; visits: { token: string; visitId: string }[] };

export interface LoadResult {
  ok: number;
  failed: number;
  counted: number;
  elapsedMs: number;
  latencies: number[];
  visits: { token: string; visitId: string }[];
  firstError?: string;
}

async function post(url: string, body: unknown, userAgent: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': userAgent },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function runJob(job: LoadJob): Promise<LoadResult> {
  const result: LoadResult = { ok: 0, failed: 0, counted: 0, elapsedMs: 0, latencies: [], visits: [] };
  const started = performance.now();
  const fail = (status: number, body: unknown) => {
    result.failed++;
    result.firstError ??= `${status} ${JSON.stringify(body).slice(0, 300)}`;
  };
  if (job.kind === 'visits') {
    const until = started + job.durationMs;
    let next = 0;
    await Promise.all(
      Array.from({ length: job.clients }, async () => {
        while (performance.now() < until) {
          const n = next++;
          const token = job.tokens[n % job.tokens.length] as string;
          const t = performance.now();
          const { status, body } = await post(
            `${job.base}/api/shared/${token}/visits`,
            {},
            `bench-visitor ${job.tag}-${n}`,
          );
          result.latencies.push(performance.now() - t);
          if (status === 200 && typeof body.visitId === 'string') {
            result.ok++;
            result.visits.push({ token, visitId: body.visitId });
          } else fail(status, body);
        }
      }),
    );
  } else {
    let next = 0;
    await Promise.all(
      Array.from({ length: job.clients }, async () => {
        for (let n = next++; n < job.visits.length; n = next++) {
          const visit = job.visits[n] as { token: string; visitId: string };
          const t = performance.now();
          const { status, body } = await post(
            `${job.base}/api/shared/${visit.token}/beats`,
            { visitId: visit.visitId },
            'bench-beats',
          );
          result.latencies.push(performance.now() - t);
          if (status === 200) {
            result.ok++;
            if (body.counted === true) result.counted++;
          } else fail(status, body);
        }
      }),
    );
  }
  result.elapsedMs = performance.now() - started;
  return result;
}

parentPort?.on('message', (job: LoadJob) => {
  runJob(job).then(
    (result) => parentPort?.postMessage(result),
    (error: unknown) => parentPort?.postMessage({ error: String(error) }),
  );
});
