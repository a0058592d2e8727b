import { randomBytes } from 'node:crypto';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { z } from 'zod';
import { SCREENSHOT_MAX_BYTES } from '../../../shared/clickthrough.ts';
import {
  builderStepSchema,
  clickThroughSchema,
  createStepSchema,
  oembedSchema,
  orderSchema,
  patchStepSchema,
  playerDocumentSchema,
  redactionsInputSchema,
  tokensInputSchema,
} from '../../../shared/schemas/clickthrough.ts';
import { idParams, idSchema, okSchema } from '../../../shared/schemas/common.ts';
import type { ExpectedVersion } from '../../db/versions.ts';
import { AppError } from '../../errors.ts';
import { type AppEnv, principalOf } from '../../http/context.ts';
import { nodeRequestOf, receiveFile } from '../../http/multipart.ts';
import { callerWith, defineRoute, jsonBody, jsonResponse } from '../../http/route.ts';
import {
  conflictResponse,
  etagOf,
  ifMatchHeaders,
  versionedResponse,
  versionedWrite,
} from '../../http/versions.ts';
import {
  playNotFoundPage,
  presentBuilderStep,
  presentPublished,
  presentVersion,
} from './clickthrough.presenter.ts';
import {
  createStep,
  exportZip,
  getClickThrough,
  oembedFor,
  openDraftImage,
  openPublishedImage,
  playPage,
  previewDocument,
  publicBaseUrl,
  publishClickThrough,
  redactStep,
  removeStep,
  reorderSteps,
  setTokenFallbacks,
  updateStepFields,
  uploadScreenshot,
} from './clickthrough.service.ts';

const tags = ['Click-through demos'];
const base = '/api/demos/{id}/click-through';
const stepParams = z.object({ id: idSchema, stepId: idSchema });
const imageParams = z.object({ id: idSchema, versionId: idSchema, stepId: idSchema });
const imageContent = { 'image/webp': { schema: z.string() }, 'image/png': { schema: z.string() } };
const writeHeaders = { headers: ifMatchHeaders };
const stepAnswer = { 200: versionedResponse(builderStepSchema, 'The step'), ...conflictResponse };

const routes = {
  get: defineRoute('demos.read', {
    method: 'get',
    path: base,
    tags,
    summary: 'A click-through demo’s draft: steps, token fallbacks, versions, warnings, flagged steps',
    description:
      'Anyone who may see the demo. flaggedStepIds are the steps showing a category or feature an open freshness flag’s release changed. The ETag (also `etag`) is the draft’s version for If-Match on every edit.',
    request: { params: idParams },
    responses: { 200: versionedResponse(clickThroughSchema, 'The draft') },
  }),
  createStep: defineRoute('demos.edit', {
    method: 'post',
    path: `${base}/steps`,
    tags,
    summary: 'Add a step without a screenshot (intro, closing, or one whose screenshot comes later)',
    request: { params: idParams, ...writeHeaders, body: jsonBody(createStepSchema) },
    responses: { 201: versionedResponse(builderStepSchema, 'The new step'), ...conflictResponse },
  }),
  screenshot: defineRoute('demos.edit', {
    method: 'post',
    path: `${base}/screenshots`,
    tags,
    summary:
      'Add a screenshot as a new step, or replace a step’s (multipart field "file", optional "stepId")',
    description:
      'The type is read from the content, whatever the name: PNG, JPEG or WebP, else 415 naming `file`; over 15 MB 413; over 40 million pixels 422. The image is stored re-encoded as WebP, at most 1920 pixels wide, without metadata. To replace a step’s image send `stepId` (a form field before the file, or `?stepId=`); the old image and its redaction record go.',
    request: {
      params: idParams,
      ...writeHeaders,
      query: z.object({ stepId: idSchema.optional() }),
    },
    responses: {
      200: versionedResponse(builderStepSchema, 'The step whose image was replaced'),
      201: versionedResponse(builderStepSchema, 'The new step'),
      ...conflictResponse,
    },
  }),
  patchStep: defineRoute('demos.edit', {
    method: 'patch',
    path: `${base}/steps/{stepId}`,
    tags,
    summary: 'Change a step’s hotspot, tooltip, chapter, catalogue link, advance or call to action',
    request: { params: stepParams, ...writeHeaders, body: jsonBody(patchStepSchema) },
    responses: stepAnswer,
  }),
  order: defineRoute('demos.edit', {
    method: 'put',
    path: `${base}/order`,
    tags,
    summary: 'Put the steps in a new order (every step id, once)',
    request: { params: idParams, ...writeHeaders, body: jsonBody(orderSchema) },
    responses: {
      200: versionedResponse(z.object({ steps: z.array(builderStepSchema) }), 'The steps in order'),
      ...conflictResponse,
    },
  }),
  deleteStep: defineRoute('demos.edit', {
    method: 'delete',
    path: `${base}/steps/{stepId}`,
    tags,
    summary: 'Remove a step and its draft screenshot (published versions keep theirs)',
    request: { params: stepParams, ...writeHeaders },
    responses: { 200: versionedResponse(okSchema, 'Removed'), ...conflictResponse },
  }),
  redact: defineRoute('demos.edit', {
    method: 'post',
    path: `${base}/steps/{stepId}/redactions`,
    tags,
    summary: 'Burn blur or solid boxes into a step’s screenshot',
    description:
      'The boxes are burned into the stored image and into every published copy of it; the files holding the original pixels are deleted from storage, so no served, exported or backed-up file has them. This cannot be undone. The boxes are added to the step’s `redactions`.',
    request: { params: stepParams, ...writeHeaders, body: jsonBody(redactionsInputSchema) },
    responses: stepAnswer,
  }),
  tokens: defineRoute('demos.edit', {
    method: 'put',
    path: `${base}/tokens`,
    tags,
    summary: 'Set the fallback values of personalisation tokens ({{company}} → "your team")',
    request: { params: idParams, ...writeHeaders, body: jsonBody(tokensInputSchema) },
    responses: {
      200: versionedResponse(z.object({ tokens: z.record(z.string(), z.string()) }), 'The fallbacks'),
      ...conflictResponse,
    },
  }),
  publish: defineRoute('demos.edit', {
    method: 'post',
    path: `${base}/publish`,
    tags,
    summary: 'Publish the draft as a new version (what viewers see)',
    request: { params: idParams },
    responses: {
      201: jsonResponse(
        z.object({ id: z.string(), number: z.number().int(), publishedAt: z.string() }),
        'The version',
      ),
    },
  }),
  preview: defineRoute('demos.read', {
    method: 'get',
    path: `${base}/preview`,
    tags,
    summary: 'The player document the draft would publish (draft image URLs), for the preview',
    request: { params: idParams },
    responses: { 200: jsonResponse(playerDocumentSchema, 'The document') },
  }),
  draftImage: defineRoute('demos.read', {
    method: 'get',
    path: `${base}/images/{stepId}`,
    tags,
    summary: 'A step’s draft screenshot',
    description: '`v` is the image’s version (from the step’s image URL); each new image has a new URL.',
    request: { params: stepParams, query: z.object({ v: z.string().max(20).optional() }) },
    responses: { 200: { description: 'The image', content: imageContent } },
  }),
  export: defineRoute('demos.read', {
    method: 'get',
    path: `${base}/export.zip`,
    tags,
    summary: 'The latest published version as a standalone zip (index.html, player, images)',
    description:
      'Opens from disk with no server and no network; sends no events. 409 when nothing is published or the web app (its player bundle) has not been built.',
    request: { params: idParams },
    responses: { 200: { description: 'The zip', content: { 'application/zip': { schema: z.string() } } } },
  }),
  play: defineRoute('public', {
    method: 'get',
    path: '/play/{id}',
    tags,
    summary: 'The player page of a click-through demo’s latest published version',
    description:
      'Anyone for an external, published asset; otherwise only signed-in users who may see it (404 for anyone else). `embed=1` is the iframe form; other query parameters fill personalisation tokens (`?company=Acme`). The page may be framed by any site.',
    request: {
      params: idParams,
      query: z.looseObject({
        embed: z.enum(['0', '1']).optional().describe('1: the iframe form, without chrome'),
      }),
    },
    responses: { 200: { description: 'The page', content: { 'text/html': { schema: z.string() } } } },
  }),
  playImage: defineRoute('public', {
    method: 'get',
    path: '/play/{id}/v/{versionId}/images/{stepId}',
    tags,
    summary: 'A published version’s screenshot',
    description: 'Who may see the /play page may see its images; cached for good.',
    request: { params: imageParams },
    responses: { 200: { description: 'The image', content: imageContent } },
  }),
  oembed: defineRoute('public', {
    method: 'get',
    path: '/api/oembed',
    tags,
    summary: 'oEmbed of a public click-through demo address (rich: an iframe)',
    description: '404 for an address that is not a public, published click-through demo of this server.',
    request: {
      query: z.object({
        url: z.string().max(2000, 'must be at most 2000 characters'),
        format: z.enum(['json']).default('json'),
        maxwidth: z.coerce.number().int().min(100).max(4000).optional(),
        maxheight: z.coerce.number().int().min(60).max(4000).optional(),
      }),
    },
    responses: { 200: jsonResponse(oembedSchema, 'The oEmbed answer') },
  }),
};

type Ctx = Context<AppEnv>;
const deps = (c: Ctx) => {
  const d = c.get('deps');
  return { db: d.database.db, storage: d.storage, now: d.now() };
};

async function current(c: Ctx, id: string) {
  const view = await getClickThrough({ db: c.get('deps').database.db, id, principal: principalOf(c) });
  return present(view);
}

function present(view: Awaited<ReturnType<typeof getClickThrough>>) {
  return {
    steps: view.steps.map((row) => presentBuilderStep(view.demo.asset_id, row)),
    tokens: view.tokens,
    versions: view.versions.map(presentVersion),
    warnings: view.warnings,
    flaggedStepIds: view.flaggedStepIds,
    etag: etagOf(view.version),
    version: view.version,
  };
}

/** A versioned edit of the draft answered with what `shape` makes of its result, and the new ETag. */
async function edit<T, B>(
  c: Ctx,
  id: string,
  write: (expected: ExpectedVersion) => Promise<{ version: number; result: T }>,
  shape: (result: T) => B,
): Promise<B> {
  const done = await versionedWrite(
    c,
    async (expected) => {
      const outcome = await write(expected);
      return { version: outcome.version, body: shape(outcome.result) };
    },
    async () => ({ ...(await current(c, id)), body: undefined as B }),
  );
  return done.body;
}

export function clickThroughRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(routes.get, async (c) => {
    const { version, ...body } = await current(c, c.req.valid('param').id);
    c.header('ETag', etagOf(version));
    return c.json(body, 200);
  });

  app.openapi(routes.createStep, async (c) => {
    const { id } = c.req.valid('param');
    const body = await edit(
      c,
      id,
      (expected) =>
        createStep({ ...deps(c), id, input: c.req.valid('json'), principal: principalOf(c), expected }),
      (row) => presentBuilderStep(id, row),
    );
    return c.json(body, 201);
  });

  app.openapi(routes.screenshot, async (c) => {
    const { id } = c.req.valid('param');
    let replaced = false;
    const body = await receiveFile(c.req.raw, {
      field: 'file',
      maxBytes: SCREENSHOT_MAX_BYTES,
      node: nodeRequestOf(c),
      receive: (file) => {
        const stepId = c.req.valid('query').stepId ?? file.fields?.stepId;
        if (stepId !== undefined && !idSchema.safeParse(stepId).success)
          throw new AppError('validation_failed', 'Some fields are invalid', {
            fields: { stepId: 'must be a valid id' },
          });
        replaced = Boolean(stepId);
        return edit(
          c,
          id,
          (expected) =>
            uploadScreenshot({ ...deps(c), id, file, stepId, principal: principalOf(c), expected }),
          (row) => presentBuilderStep(id, row),
        );
      },
    });
    return c.json(body, replaced ? 200 : 201);
  });

  app.openapi(routes.patchStep, async (c) => {
    const { id, stepId } = c.req.valid('param');
    const body = await edit(
      c,
      id,
      (expected) =>
        updateStepFields({
          ...deps(c),
          id,
          stepId,
          patch: c.req.valid('json'),
          principal: principalOf(c),
          expected,
        }),
      (row) => presentBuilderStep(id, row),
    );
    return c.json(body, 200);
  });

  app.openapi(routes.order, async (c) => {
    const { id } = c.req.valid('param');
    const body = await edit(
      c,
      id,
      (expected) =>
        reorderSteps({
          ...deps(c),
          id,
          stepIds: c.req.valid('json').stepIds,
          principal: principalOf(c),
          expected,
        }),
      (rows) => ({ steps: rows.map((row) => presentBuilderStep(id, row)) }),
    );
    return c.json(body, 200);
  });

  app.openapi(routes.deleteStep, async (c) => {
    const { id, stepId } = c.req.valid('param');
    const body = await edit(
      c,
      id,
      (expected) => removeStep({ ...deps(c), id, stepId, principal: principalOf(c), expected }),
      () => ({ ok: true as const }),
    );
    return c.json(body, 200);
  });

  app.openapi(routes.redact, async (c) => {
    const { id, stepId } = c.req.valid('param');
    const body = await edit(
      c,
      id,
      (expected) =>
        redactStep({
          ...deps(c),
          id,
          stepId,
          redactions: c.req.valid('json').redactions,
          principal: principalOf(c),
          expected,
        }),
      (row) => presentBuilderStep(id, row),
    );
    return c.json(body, 200);
  });

  app.openapi(routes.tokens, async (c) => {
    const { id } = c.req.valid('param');
    const body = await edit(
      c,
      id,
      (expected) =>
        setTokenFallbacks({
          ...deps(c),
          id,
          tokens: c.req.valid('json').tokens,
          principal: principalOf(c),
          expected,
        }),
      (tokens) => ({ tokens }),
    );
    return c.json(body, 200);
  });

  app.openapi(routes.publish, async (c) => {
    const row = await publishClickThrough({
      ...deps(c),
      id: c.req.valid('param').id,
      principal: principalOf(c),
    });
    return c.json(presentPublished(row), 201);
  });

  app.openapi(routes.preview, async (c) => {
    const { db } = deps(c);
    return c.json(await previewDocument({ db, id: c.req.valid('param').id, principal: principalOf(c) }), 200);
  });

  app.openapi(routes.draftImage, async (c) => {
    const { id, stepId } = c.req.valid('param');
    const image = await openDraftImage({ ...deps(c), id, stepId, role: principalOf(c).role });
    return c.body(new Uint8Array(image.bytes), 200, {
      'Content-Type': image.contentType,
      'Cache-Control': 'private, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    }) as never;
  });

  app.openapi(routes.export, async (c) => {
    const { bytes, filename } = await exportZip({
      ...deps(c),
      id: c.req.valid('param').id,
      principal: principalOf(c),
      webDist: c.get('deps').webDist,
    });
    return c.body(new Uint8Array(bytes), 200, {
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="${filename}"`,
    }) as never;
  });

  app.openapi(routes.play, async (c) => {
    const { db } = deps(c);
    const { embed } = c.req.valid('query');
    const nonce = randomBytes(16).toString('base64');
    c.set('playerNonce', nonce);
    const { embed: _embed, ...values } = c.req.query();
    const played = await playPage({
      db,
      id: c.req.valid('param').id,
      // A token limited to other areas plays only what anyone may.
      principal: callerWith(c, 'library.read'),
      embed: embed === '1',
      values,
      baseUrl: publicBaseUrl(c.get('deps').env),
      nonce,
    }).catch((error) => {
      if (error instanceof AppError && error.code === 'not_found') return undefined;
      throw error;
    });
    if (!played)
      return c.html(playNotFoundPage(c.req.path, Boolean(c.get('principal'))), 404, {
        'Cache-Control': 'no-store',
      }) as never;
    const { html, open } = played;
    return c.html(html, 200, { 'Cache-Control': open ? 'public, max-age=60' : 'private, no-store' }) as never;
  });

  app.openapi(routes.playImage, async (c) => {
    const image = await openPublishedImage({
      ...deps(c),
      ...c.req.valid('param'),
      // A token limited to other areas plays only what anyone may.
      principal: callerWith(c, 'library.read'),
    });
    return c.body(new Uint8Array(image.bytes), 200, {
      'Content-Type': image.contentType,
      'Cache-Control': `${image.open ? 'public' : 'private'}, max-age=31536000, immutable`,
      'X-Content-Type-Options': 'nosniff',
    }) as never;
  });

  app.openapi(routes.oembed, async (c) => {
    const query = c.req.valid('query');
    const body = await oembedFor({
      db: deps(c).db,
      url: query.url,
      baseUrl: publicBaseUrl(c.get('deps').env),
      maxWidth: query.maxwidth,
      maxHeight: query.maxheight,
    });
    return c.json(body, 200, { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'public, max-age=300' });
  });

  return app;
}
