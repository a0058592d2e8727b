import { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { idParams, okSchema } from '../../../shared/schemas/common.ts';
import {
  catalogueImportResultSchema,
  catalogueImportSchema,
  catalogueItemParams,
  catalogueItemSchema,
  catalogueSchema,
  createCategorySchema,
  createFeatureSchema,
  createStageSchema,
  demoListQuery,
  demoListSchema,
  demoSchema,
  dismissFlagSchema,
  forkDemoSchema,
  releaseImportResultSchema,
  releaseImportSchema,
  releaseSchema,
  releaseSummarySchema,
  saveDemoSchema,
  updateCatalogueItemSchema,
  verifyDemoSchema,
} from '../../../shared/schemas/demos.ts';
import { type AppEnv, principalOf } from '../../http/context.ts';
import { defineRoute, jsonBody, jsonResponse } from '../../http/route.ts';
import {
  conflictResponse,
  ifMatchHeaders,
  versionedResponse,
  versionedWrite,
  withETag,
} from '../../http/versions.ts';
import {
  createCategory,
  createFeature,
  createStage,
  deleteCatalogueItem,
  getCatalogue,
  getCatalogueItem,
  importGitlabCatalogue,
  updateCatalogueItem,
} from './catalogue.service.ts';
import {
  presentCatalogue,
  presentCatalogueItem,
  presentCreated,
  presentDemo,
  presentDemoList,
  presentFiledRequest,
  presentRelease,
  presentReleaseSummary,
} from './demos.presenter.ts';
import {
  dismissFlag,
  forkDemo,
  getDemo,
  listDemos,
  requestDemoUpdate,
  saveDemo,
  verifyDemo,
} from './demos.service.ts';
import { getRelease, importRelease, listReleases } from './releases.service.ts';

const catalogueTags = ['Product catalogue'];
const filedRequestSchema = z.object({
  id: z.string(),
  number: z.number(),
  attached: z.boolean().describe('True when the flag joined the demo’s open update request'),
});

const tags = ['Demos and freshness'];
const created = jsonResponse(z.object({ id: z.string() }), 'Created');

const routes = {
  catalogue: defineRoute('demos.read', {
    method: 'get',
    path: '/api/catalogue',
    tags: catalogueTags,
    summary: 'The product catalogue: stages → categories → features',
    responses: { 200: jsonResponse(catalogueSchema, 'Every stage with its categories and their features') },
  }),
  createStage: defineRoute('demos.edit', {
    method: 'post',
    path: '/api/catalogue/stages',
    tags: catalogueTags,
    summary: 'Add a stage',
    request: { body: jsonBody(createStageSchema) },
    responses: { 201: created },
  }),
  createCategory: defineRoute('demos.edit', {
    method: 'post',
    path: '/api/catalogue/categories',
    tags: catalogueTags,
    summary: 'Add a category to a stage',
    request: { body: jsonBody(createCategorySchema) },
    responses: { 201: created },
  }),
  createFeature: defineRoute('demos.edit', {
    method: 'post',
    path: '/api/catalogue/features',
    tags: catalogueTags,
    summary: 'Add a feature to a category',
    request: { body: jsonBody(createFeatureSchema) },
    responses: { 201: created },
  }),
  importGitlab: defineRoute('demos.edit', {
    method: 'post',
    path: '/api/catalogue/import/gitlab',
    tags: catalogueTags,
    summary: 'Import GitLab’s stages.yml and categories.yml',
    description:
      'Matched by key: a re-import updates in place and never duplicates. Problems are listed, the rest imports.',
    request: { body: jsonBody(catalogueImportSchema) },
    responses: {
      200: jsonResponse(catalogueImportResultSchema, 'What was (or would be) created and updated'),
    },
  }),
  getItem: defineRoute('demos.read', {
    method: 'get',
    path: '/api/catalogue/{kind}/{id}',
    tags: catalogueTags,
    summary: 'One stage, category or feature (without its children), with its version (ETag) for an edit',
    request: { params: catalogueItemParams },
    responses: { 200: versionedResponse(catalogueItemSchema, 'The item') },
  }),
  updateItem: defineRoute('demos.edit', {
    method: 'patch',
    path: '/api/catalogue/{kind}/{id}',
    tags: catalogueTags,
    summary: 'Edit a stage, category or feature',
    request: {
      params: catalogueItemParams,
      headers: ifMatchHeaders,
      body: jsonBody(updateCatalogueItemSchema),
    },
    responses: { 200: versionedResponse(catalogueItemSchema, 'Saved'), ...conflictResponse },
  }),
  deleteItem: defineRoute('demos.edit', {
    method: 'delete',
    path: '/api/catalogue/{kind}/{id}',
    tags: catalogueTags,
    summary: 'Delete a stage, category or feature nothing uses',
    request: { params: catalogueItemParams },
    responses: { 200: jsonResponse(okSchema, 'Deleted') },
  }),
  releases: defineRoute('demos.read', {
    method: 'get',
    path: '/api/releases',
    tags,
    summary: 'Imported releases, newest version first',
    responses: { 200: jsonResponse(z.array(releaseSummarySchema), 'Releases with change and flag counts') },
  }),
  importRelease: defineRoute('demos.edit', {
    method: 'post',
    path: '/api/releases/import',
    tags,
    summary: 'Import a release and run impact analysis',
    description:
      'GitLab release-post files (features.top/primary/secondary, deprecations, removals), or a plain JSON/CSV release. Every file is reported: what it imported, what it skipped and why; a file that cannot be read does not stop the others. Importing a version again replaces its changes and re-scores its flags.',
    request: { body: jsonBody(releaseImportSchema) },
    responses: { 200: jsonResponse(releaseImportResultSchema, 'Per-file report and the flags raised') },
  }),
  release: defineRoute('demos.read', {
    method: 'get',
    path: '/api/releases/{id}',
    tags,
    summary: 'A release with its changes and import report',
    request: { params: idParams },
    responses: { 200: jsonResponse(releaseSchema, 'The release') },
  }),
  demos: defineRoute('demos.read', {
    method: 'get',
    path: '/api/demos',
    tags,
    summary: 'The freshness view: demos by state, age, version lag and score',
    request: { query: demoListQuery },
    responses: { 200: jsonResponse(demoListSchema, 'Demos with counts per state') },
  }),
  demo: defineRoute('demos.read', {
    method: 'get',
    path: '/api/demos/{id}',
    tags,
    summary: 'A demo: storyboard, script figures, feature trail and flag history',
    request: { params: idParams },
    responses: { 200: versionedResponse(demoSchema, 'The demo') },
  }),
  saveDemo: defineRoute('demos.edit', {
    method: 'put',
    path: '/api/demos/{id}',
    tags,
    summary: 'Set a demo’s persona, version, environment, storyboard and trail',
    description:
      'The asset must have a demo format. Changing the persona of a published demo answers 409 persona_change unless personaOverrideReason is given; POST …/fork makes a new demo for the persona instead.',
    request: { params: idParams, headers: ifMatchHeaders, body: jsonBody(saveDemoSchema) },
    responses: { 200: versionedResponse(demoSchema, 'The saved demo'), ...conflictResponse },
  }),
  forkDemo: defineRoute('demos.edit', {
    method: 'post',
    path: '/api/demos/{id}/fork',
    tags,
    summary: 'Create a new demo for another persona, linked to this one',
    request: { params: idParams, body: jsonBody(forkDemoSchema) },
    responses: { 201: jsonResponse(demoSchema, 'The new draft demo') },
  }),
  verifyDemo: defineRoute('demos.edit', {
    method: 'post',
    path: '/api/demos/{id}/verify',
    tags,
    summary: 'Re-verify a demo on a product version',
    description:
      'Flags raised by releases up to that version resolve; the asset’s last-verified date moves to today.',
    request: { params: idParams, body: jsonBody(verifyDemoSchema) },
    responses: { 200: jsonResponse(z.object({ resolved: z.number(), demo: demoSchema }), 'Flags resolved') },
  }),
  dismissFlag: defineRoute('demos.edit', {
    method: 'post',
    path: '/api/flags/{id}/dismiss',
    tags,
    summary: 'Dismiss a freshness flag with a reason',
    request: { params: idParams, body: jsonBody(dismissFlagSchema) },
    responses: { 200: jsonResponse(okSchema, 'Dismissed') },
  }),
  requestUpdate: defineRoute('demos.request', {
    method: 'post',
    path: '/api/flags/{id}/request',
    tags,
    summary: 'Turn a freshness flag into a demo-update request, or add it to the open one',
    description:
      'Creates a request of kind demo_update carrying the flag’s reasons (201); no requesting team’s budget pays. A demo has one open update request at a time: while one is open, the flag is added to it (200, attached: true).',
    request: { params: idParams },
    responses: {
      200: jsonResponse(filedRequestSchema, 'The flag was added to the demo’s open update request'),
      201: jsonResponse(filedRequestSchema, 'A new update request'),
    },
  }),
};

export function demoRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  const deps = (c: { get(key: 'deps'): AppEnv['Variables']['deps'] }) => {
    const value = c.get('deps');
    return { db: value.database.db, now: value.now() };
  };

  app.openapi(routes.catalogue, async (c) => c.json(presentCatalogue(await getCatalogue(deps(c))), 200));
  app.openapi(routes.createStage, async (c) => {
    const row = await createStage({ ...deps(c), input: c.req.valid('json') });
    return c.json(presentCreated(row), 201);
  });
  app.openapi(routes.createCategory, async (c) => {
    const row = await createCategory({ ...deps(c), input: c.req.valid('json') });
    return c.json(presentCreated(row), 201);
  });
  app.openapi(routes.createFeature, async (c) => {
    const row = await createFeature({ ...deps(c), input: c.req.valid('json') });
    return c.json(presentCreated(row), 201);
  });
  app.openapi(routes.importGitlab, async (c) => {
    const body = c.req.valid('json');
    const result = await importGitlabCatalogue({
      ...deps(c),
      stagesText: body.stages,
      categoriesText: body.categories,
      dryRun: body.dryRun,
    });
    return c.json(result, 200);
  });
  app.openapi(routes.getItem, async (c) => {
    const { kind, id } = c.req.valid('param');
    return c.json(withETag(c, presentCatalogueItem(await getCatalogueItem({ ...deps(c), kind, id }))), 200);
  });
  app.openapi(routes.updateItem, async (c) => {
    const { kind, id } = c.req.valid('param');
    const input = c.req.valid('json');
    const body = await versionedWrite(
      c,
      async (expected) =>
        presentCatalogueItem(await updateCatalogueItem({ ...deps(c), kind, id, input, expected })),
      async () => presentCatalogueItem(await getCatalogueItem({ ...deps(c), kind, id })),
    );
    return c.json(body, 200);
  });
  app.openapi(routes.deleteItem, async (c) => {
    const { kind, id } = c.req.valid('param');
    await deleteCatalogueItem({ ...deps(c), kind, id });
    return c.json({ ok: true as const }, 200);
  });

  app.openapi(routes.releases, async (c) =>
    c.json(
      (await listReleases(deps(c))).map((row) => presentReleaseSummary(row, row)),
      200,
    ),
  );
  app.openapi(routes.importRelease, async (c) => {
    const result = await importRelease({
      ...deps(c),
      input: c.req.valid('json'),
      actorId: principalOf(c).userId,
    });
    return c.json(result, 200);
  });
  app.openapi(routes.release, async (c) =>
    c.json(presentRelease(await getRelease({ ...deps(c), id: c.req.valid('param').id })), 200),
  );

  app.openapi(routes.demos, async (c) => {
    const result = await listDemos({ ...deps(c), role: principalOf(c).role, query: c.req.valid('query') });
    return c.json(presentDemoList(result), 200);
  });
  const demoOf = (c: Parameters<Parameters<typeof app.openapi>[1]>[0], id: string) =>
    getDemo({ ...deps(c), id, role: principalOf(c).role }).then((detail) =>
      presentDemo(detail, { id: principalOf(c).userId, role: principalOf(c).role }),
    );
  app.openapi(routes.demo, async (c) => c.json(withETag(c, await demoOf(c, c.req.valid('param').id)), 200));
  app.openapi(routes.saveDemo, async (c) => {
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const body = await versionedWrite(
      c,
      async (expected) => {
        await saveDemo({ ...deps(c), id, input, principal: principalOf(c), expected });
        return demoOf(c, id);
      },
      () => demoOf(c, id),
    );
    return c.json(body, 200);
  });
  app.openapi(routes.forkDemo, async (c) => {
    const body = c.req.valid('json');
    const row = await forkDemo({
      ...deps(c),
      id: c.req.valid('param').id,
      ...body,
      principal: principalOf(c),
    });
    return c.json(await demoOf(c, row.id), 201);
  });
  app.openapi(routes.verifyDemo, async (c) => {
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    const { resolved } = await verifyDemo({
      ...deps(c),
      id,
      productVersion: body.productVersion,
      principal: principalOf(c),
    });
    return c.json({ resolved, demo: await demoOf(c, id) }, 200);
  });
  app.openapi(routes.dismissFlag, async (c) => {
    await dismissFlag({
      ...deps(c),
      id: c.req.valid('param').id,
      reason: c.req.valid('json').reason,
      principal: principalOf(c),
    });
    return c.json({ ok: true as const }, 200);
  });
  app.openapi(routes.requestUpdate, async (c) => {
    const { request, attached } = await requestDemoUpdate({
      ...deps(c),
      id: c.req.valid('param').id,
      principal: principalOf(c),
    });
    return attached
      ? c.json(presentFiledRequest(request, true), 200)
      : c.json(presentFiledRequest(request, false), 201);
  });
  return app;
}
