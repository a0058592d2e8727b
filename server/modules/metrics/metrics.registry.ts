import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The process's Prometheus metrics, served at /metrics (metrics.routes.ts). One registry per
 * process, as Prometheus expects: every app and job runner of the process counts into it.
 * Route labels are Hono route patterns (`/api/assets/:id`), never raw paths, so ids never become
 * label values.
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'showcase_' });

export const httpRequests = new Counter({
  name: 'showcase_http_requests_total',
  help: 'HTTP requests answered, by method, route pattern and status',
  labelNames: ['method', 'route', 'status'] as const,
  registers: [registry],
});

export const httpDuration = new Histogram({
  name: 'showcase_http_request_duration_seconds',
  help: 'Time to answer an HTTP request (until the handler returned), by method and route pattern',
  labelNames: ['method', 'route'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

export const jobRuns = new Counter({
  name: 'showcase_job_runs_total',
  help: 'Background job attempts run by this process, by kind',
  labelNames: ['kind'] as const,
  registers: [registry],
});

export const jobFailures = new Counter({
  name: 'showcase_job_failures_total',
  help: 'Background job attempts that failed (whether or not they will be retried), by kind',
  labelNames: ['kind'] as const,
  registers: [registry],
});

export const jobDuration = new Histogram({
  name: 'showcase_job_duration_seconds',
  help: 'Time a background job attempt took, by kind',
  labelNames: ['kind'] as const,
  buckets: [0.01, 0.1, 0.5, 1, 5, 15, 60, 300, 1800],
  registers: [registry],
});

export const jobsUnfinished = new Gauge({
  name: 'showcase_jobs_unfinished',
  help: 'Jobs waiting or running in the database, from every instance and the import worker, by kind and status',
  labelNames: ['kind', 'status'] as const,
  registers: [registry],
});

export const jobAttemptsLastHour = new Gauge({
  name: 'showcase_job_attempts_last_hour',
  help: 'Job attempts started in the last hour by any process (the import worker too), by kind and outcome',
  labelNames: ['kind', 'outcome'] as const,
  registers: [registry],
});

export const poolConnections = new Gauge({
  name: 'showcase_db_pool_connections',
  help: 'Connections of the database pool that answers requests: total, idle, and callers waiting for one',
  labelNames: ['state'] as const,
  registers: [registry],
});

export const engagementEvents = new Counter({
  name: 'showcase_engagement_events_total',
  help: 'Engagement events this process wrote (share-link visits and beats, downloads, clicks, outside numbers), by source and kind',
  labelNames: ['source', 'kind'] as const,
  registers: [registry],
});

/** Records one finished job attempt. */
export function recordJobRun(kind: string, failed: boolean, seconds: number) {
  jobRuns.inc({ kind });
  if (failed) jobFailures.inc({ kind });
  jobDuration.observe({ kind }, seconds);
}
