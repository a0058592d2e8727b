import { OpenAPIHono } from '@hono/zod-openapi';
import { idParams } from '../../../shared/schemas/common.ts';
import { importSchema, startImportSchema } from '../../../shared/schemas/imports.ts';
import { type AppEnv, principalOf } from '../../http/context.ts';
import { assertAccess, defineRoute, jsonBody, jsonResponse } from '../../http/route.ts';
import { enqueueJob } from '../jobs/jobs.service.ts';
import { IMPORT_JOB, importJobId } from './imports.job.ts';
import { presentImport } from './imports.presenter.ts';
import { getImport, startImport } from './imports.service.ts';

const tags = ['Library'];

const startRoute = defineRoute('library.import', {
  method: 'post',
  path: '/api/imports',
  tags,
  summary: 'Start an import in the background',
  description:
    'Library files (CSV, GitLab resources.yml or webcasts.yml) or a release (as `POST /api/releases/import` takes it; needs the demos.edit permission). Stores the input and answers at once with the import; it runs on the job runner. Poll `GET /api/imports/{id}` for its progress and, when it has finished, its report. A failed import stores nothing.',
  request: { body: jsonBody(startImportSchema) },
  responses: { 202: jsonResponse(importSchema, 'Queued') },
});

const getRoute = defineRoute('library.import', {
  method: 'get',
  path: '/api/imports/{id}',
  tags,
  summary: 'An import: its progress, and its report once finished',
  request: { params: idParams },
  responses: { 200: jsonResponse(importSchema, 'The import') },
});

export function importRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(startRoute, async (c) => {
    const { database, now, wakeJobs } = c.get('deps');
    const input = c.req.valid('json');
    // A release import is demo work: an API token limited to the library may not start one.
    if (input.kind === 'release') assertAccess(principalOf(c), 'demos.edit', c.req.method);
    const row = await startImport({
      db: database.db,
      input,
      actorId: principalOf(c).userId,
      role: principalOf(c).role,
      enqueue: async (importId) => {
        await enqueueJob({ db: database.db, id: importJobId(importId), kind: IMPORT_JOB, now: now() });
        wakeJobs?.();
      },
    });
    return c.json(presentImport(row), 202);
  });

  app.openapi(getRoute, async (c) => {
    const principal = principalOf(c);
    const row = await getImport({
      db: c.get('deps').database.db,
      id: c.req.valid('param').id,
      userId: principal.userId,
      role: principal.role,
    });
    return c.json(presentImport(row), 200);
  });

  return app;
}
