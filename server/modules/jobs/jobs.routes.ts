import { OpenAPIHono } from '@hono/zod-openapi';
import {
  jobIdParams,
  jobKindParams,
  jobsOverviewSchema,
  queuedJobSchema,
} from '../../../shared/schemas/jobs.ts';
import type { AppDeps, AppEnv } from '../../http/context.ts';
import { defineRoute, jsonResponse } from '../../http/route.ts';
import { backgroundJobs } from './jobs.kinds.ts';
import { presentFailedJob, presentJobKind, presentQueuedJob } from './jobs.presenter.ts';
import { getJobsOverview, retryFailedJob, runJobNow } from './jobs.service.ts';

const tags = ['Settings'];

const routes = {
  overview: defineRoute('jobs.manage', {
    method: 'get',
    path: '/api/settings/jobs',
    tags,
    summary: 'Background jobs: schedules, recent runs, next due, failures',
    responses: { 200: jsonResponse(jobsOverviewSchema, 'Every job kind and the failed jobs') },
  }),
  run: defineRoute('jobs.manage', {
    method: 'post',
    path: '/api/settings/jobs/{kind}/run',
    tags,
    summary: 'Run a kind of background job now',
    request: { params: jobKindParams },
    responses: { 202: jsonResponse(queuedJobSchema, 'Queued; the runner starts it within seconds') },
  }),
  retry: defineRoute('jobs.manage', {
    method: 'post',
    path: '/api/settings/jobs/failures/{id}/retry',
    tags,
    summary: 'Retry a failed background job',
    request: { params: jobIdParams },
    responses: { 202: jsonResponse(queuedJobSchema, 'Queued again, due now') },
  }),
};

export function jobRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  const depsOf = (c: { get(key: 'deps'): AppDeps }) => {
    const deps = c.get('deps');
    return { db: deps.database.db, kinds: deps.jobKinds ?? backgroundJobs, now: deps.now() };
  };
  app.openapi(routes.overview, async (c) => {
    const overview = await getJobsOverview(depsOf(c));
    return c.json(
      { kinds: overview.kinds.map(presentJobKind), failures: overview.failures.map(presentFailedJob) },
      200,
    );
  });
  app.openapi(routes.run, async (c) =>
    c.json(presentQueuedJob(await runJobNow({ ...depsOf(c), kind: c.req.valid('param').kind })), 202),
  );
  app.openapi(routes.retry, async (c) =>
    c.json(presentQueuedJob(await retryFailedJob({ ...depsOf(c), id: c.req.valid('param').id })), 202),
  );
  return app;
}
