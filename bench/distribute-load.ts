import { parentPort, workerData } from 'node:worker_threads';
import autocannon from 'autocannon';

/**
 * The load of `npm run bench -- distribute`, run in a worker thread so the load generator does not
 * take the server's event loop: GET /s/bench-<n> (n over `links` codes) at 10 connections for
 * `seconds`, every request a distinct browser (its own user agent), so every click is stored.
 */
const { port, seconds, links } = workerData as { port: number; seconds: number; links: number };
type Aggregate = (results: autocannon.Result[], options: autocannon.Options) => autocannon.Result;
let next = 0;
const options: autocannon.Options = {
  url: `http://127.0.0.1:${port}`,
  connections: 10,
  duration: seconds,
  requests: [
    {
      method: 'GET',
      setupRequest: (request) => {
        next += 1;
        return {
          ...request,
          path: `/s/bench-${next % links}`,
          headers: { 'user-agent': `Mozilla/5.0 (X11; Linux x86_64) Bench/${next}` },
        };
      },
    },
  ],
};
// In a worker thread autocannon answers its raw figures: aggregated here as on the main thread.
const aggregate = (autocannon as unknown as { aggregateResult: Aggregate }).aggregateResult;
const load = aggregate([await autocannon(options)], options);
parentPort?.postMessage({
  redirects: load['3xx'],
  non2xx: load.non2xx,
  errors: load.errors,
  p50: load.latency.p50,
  p99: load.latency.p99,
});
