import { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { freshnessOf } from '../../../shared/library.ts';
import { idParams, idSchema, okSchema, textSchema } from '../../../shared/schemas/common.ts';
import {
  assetHitSchema,
  assetSchema,
  assetSearchResultSchema,
  assetSearchSchema,
  assetSuggestionsSchema,
  assetVersionListSchema,
  createAssetBodySchema,
  createListSchema,
  importRequestSchema,
  importResultSchema,
  listListSchema,
  listSchema,
  restoreSchema,
  updateAssetBodySchema,
  updateListSchema,
  versionDiffSchema,
  versionParams,
} from '../../../shared/schemas/library.ts';
import type { Database } from '../../db/connect.ts';
import type { AssetRow } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { type AppEnv, type Principal, principalOf } from '../../http/context.ts';
import { defineRoute, jsonBody, jsonResponse } from '../../http/route.ts';
import {
  conflictResponse,
  ifMatchHeaders,
  versionedResponse,
  versionedWrite,
  withETag,
} from '../../http/versions.ts';
import { getWorkspace } from '../settings/settings.service.ts';
import { exportAssetsCsv, itemsFromCsv, loadCsvLookups } from './library.csv.ts';
import { atomFeed, feedBaseUrl, rssFeed } from './library.feed.ts';
import { itemsFromGitlabResources, itemsFromGitlabWebcasts } from './library.gitlab.ts';
import { importAssets } from './library.import.ts';
import {
  presentAsset,
  presentFacets,
  presentHit,
  presentList,
  presentVersion,
  presentVersionDiff,
} from './library.presenter.ts';
import {
  createList,
  deleteList,
  diffAssetVersion,
  getAssetFor,
  getAssetVersions,
  getFeedAssets,
  getLists,
  getRelatedAssets,
  getVisibleAsset,
  loadLookups,
  loadPresentation,
  recordAssetView,
  restoreAssetVersion,
  saveAsset,
  searchAssets,
  suggestAssets,
  updateList,
  visibleStatuses,
} from './library.service.ts';

const tags = ['Library'];
const today = (now: Date) => now.toISOString().slice(0, 10);

const routes = {
  search: defineRoute('library.read', {
    method: 'get',
    path: '/api/assets',
    tags,
    summary: 'Search and browse the library with facets',
    description:
      'Full-text search weighted title > summary > body, with prefix matching and typo tolerance; filters combine with the text; every facet comes back with live counts. Each role sees only the statuses it may.',
    request: { query: assetSearchSchema },
    responses: { 200: jsonResponse(assetSearchResultSchema, 'A page of hits, the total and facet counts') },
  }),
  suggestions: defineRoute('library.read', {
    method: 'post',
    path: '/api/assets/suggestions',
    tags,
    summary: 'Published assets that may already answer what a text asks for',
    description:
      'For request intake: every word of the text counts (stop words dropped), any may match, and words under four letters match whole, never as a prefix. A POST because the text can be long.',
    request: { body: jsonBody(assetSuggestionsSchema) },
    responses: { 200: jsonResponse(z.object({ hits: z.array(assetHitSchema) }), 'Best first') },
  }),
  create: defineRoute('library.edit', {
    method: 'post',
    path: '/api/assets',
    tags,
    summary: 'Create an asset',
    request: { body: jsonBody(createAssetBodySchema) },
    responses: { 201: jsonResponse(assetSchema, 'Created (with format-rule warnings)') },
  }),
  get: defineRoute('library.read', {
    method: 'get',
    path: '/api/assets/{id}',
    tags,
    summary: 'One asset with its taxonomy, lists, embed and rendered body',
    request: { params: idParams },
    responses: { 200: versionedResponse(assetSchema, 'The asset') },
  }),
  update: defineRoute('library.edit', {
    method: 'patch',
    path: '/api/assets/{id}',
    tags,
    summary: 'Change an asset (records a version)',
    description:
      'Publishing needs a summary and at least one list. Archive by setting status to archived; assets are never deleted.',
    request: { params: idParams, headers: ifMatchHeaders, body: jsonBody(updateAssetBodySchema) },
    responses: { 200: versionedResponse(assetSchema, 'Updated'), ...conflictResponse },
  }),
  view: defineRoute('library.read', {
    method: 'post',
    path: '/api/assets/{id}/views',
    tags,
    summary: 'Count a view of the asset (feeds "most used" and ranking)',
    request: { params: idParams },
    responses: { 200: jsonResponse(okSchema, 'Counted') },
  }),
  related: defineRoute('library.read', {
    method: 'get',
    path: '/api/assets/{id}/related',
    tags,
    summary: 'Assets sharing the most solutions, use cases and personas with this one',
    request: { params: idParams },
    responses: { 200: jsonResponse(z.object({ assets: z.array(assetHitSchema) }), 'Related assets') },
  }),
  versions: defineRoute('library.read', {
    method: 'get',
    path: '/api/assets/{id}/versions',
    tags,
    summary: 'Version history: who changed what, when',
    request: { params: idParams },
    responses: { 200: jsonResponse(assetVersionListSchema, 'Newest first') },
  }),
  versionDiff: defineRoute('library.edit', {
    method: 'get',
    path: '/api/assets/{id}/versions/{version}/diff',
    tags,
    summary: 'What restoring this version would change, field by field',
    request: { params: versionParams },
    responses: { 200: jsonResponse(versionDiffSchema, 'The fields that differ, now and after the restore') },
  }),
  restore: defineRoute('library.edit', {
    method: 'post',
    path: '/api/assets/{id}/versions/{version}/restore',
    tags,
    summary: 'Restore an earlier version (as a new version)',
    request: { params: versionParams, headers: ifMatchHeaders, body: jsonBody(restoreSchema) },
    responses: { 200: versionedResponse(assetSchema, 'Restored'), ...conflictResponse },
  }),
  import: defineRoute('library.import', {
    method: 'post',
    path: '/api/assets/import',
    tags,
    summary: 'Import CSV rows (send large files in batches)',
    description:
      'Rows are CSV records keyed by column name (see the export for the columns). Matched by external_key, else primary_url; a re-import changes nothing. With dryRun nothing is stored and each row says what would happen.',
    request: { body: jsonBody(importRequestSchema) },
    responses: { 200: jsonResponse(importResultSchema, 'What happened (or would happen) to each row') },
  }),
  importGitlab: defineRoute('library.import', {
    method: 'post',
    path: '/api/assets/import/gitlab',
    tags,
    summary: 'Import GitLab’s public resources.yml or webcasts.yml',
    description:
      'Every entry lands as an asset; values that match no taxonomy term are kept as tags and reported per entry.',
    request: {
      body: jsonBody(
        z.strictObject({
          kind: z.enum(['resources', 'webcasts']),
          content: textSchema().min(1, 'is empty').max(5_000_000, 'must be at most 5 MB'),
          dryRun: z.boolean().default(false),
        }),
      ),
    },
    responses: { 200: jsonResponse(importResultSchema, 'What happened (or would happen) to each entry') },
  }),
  export: defineRoute('library.read', {
    method: 'get',
    path: '/api/assets/export',
    tags,
    summary: 'Export assets as CSV',
    description:
      'audience=external exports only published, external assets and only the columns meant for outsiders (no people, lists, tags, body or bookkeeping); internal exports every column of what your role may see. Cells starting with = + - @, a tab or a carriage return are prefixed with a single quote so spreadsheets do not run them as formulas; the import drops that quote again.',
    request: { query: z.object({ audience: z.enum(['internal', 'external']).default('internal') }) },
    responses: { 200: { description: 'CSV file', content: { 'text/csv': { schema: z.string() } } } },
  }),
  lists: defineRoute('library.read', {
    method: 'get',
    path: '/api/lists',
    tags,
    summary: 'Curated lists',
    responses: { 200: jsonResponse(listListSchema, 'Every list with its asset count') },
  }),
  createList: defineRoute('library.edit', {
    method: 'post',
    path: '/api/lists',
    tags,
    summary: 'Create a list',
    request: { body: jsonBody(createListSchema) },
    responses: { 201: jsonResponse(listSchema, 'Created') },
  }),
  updateList: defineRoute('library.edit', {
    method: 'patch',
    path: '/api/lists/{id}',
    tags,
    summary: 'Rename a list, describe it, or set its assets and their order',
    request: { params: idParams, body: jsonBody(updateListSchema) },
    responses: { 200: jsonResponse(listSchema, 'Updated') },
  }),
  deleteList: defineRoute('library.edit', {
    method: 'delete',
    path: '/api/lists/{id}',
    tags,
    summary: 'Delete a list (refused while it is the only list of a published asset)',
    request: { params: idParams },
    responses: { 200: jsonResponse(okSchema, 'Deleted') },
  }),
  feed: defineRoute('public', {
    method: 'get',
    path: '/feeds/library/{format}',
    tags,
    summary: 'Atom or RSS feed of published external assets',
    description: 'Internal assets never appear. Filter with ?solution=<id>.',
    request: {
      params: z.object({ format: z.enum(['atom', 'rss']) }),
      query: z.object({ solution: idSchema.optional() }),
    },
    responses: {
      200: { description: 'The feed', content: { 'application/atom+xml': { schema: z.string() } } },
    },
  }),
};

async function present(db: Database['db'], rows: AssetRow[], day: string, principal: Principal) {
  const { relations, lookups } = await loadPresentation(db, rows);
  const actor = { id: principal.userId, role: principal.role };
  return rows.map((row) => presentAsset(row, relations, lookups, day, actor));
}

/** The caller as the asset policy (shared/policies.ts) sees them. */
const actorOf = (c: Parameters<typeof principalOf>[0]) => {
  const principal = principalOf(c);
  return { id: principal.userId, role: principal.role };
};

export function libraryRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  const ctx = (c: { get(key: 'deps'): AppEnv['Variables']['deps'] }) => {
    const deps = c.get('deps');
    return { db: deps.database.db, today: today(deps.now()), deps };
  };
  const expiryDays = async (db: Database['db']) => (await getWorkspace({ db })).settings.assetExpiryDays;

  app.openapi(routes.search, async (c) => {
    const { db, today: day } = ctx(c);
    const query = c.req.valid('query');
    const result = await searchAssets({
      db,
      query,
      scope: { statuses: visibleStatuses(principalOf(c).role), today: day },
      now: c.get('deps').now().getTime(),
    });
    const lookups = await loadLookups(db, [
      ...result.hits.map((hit) => hit.owner_id),
      ...result.facets.filter((facet) => facet.facet === 'owner').map((facet) => facet.value),
      ...query.owner,
    ]);
    return c.json(
      {
        total: Number(result.total),
        hits: result.hits.map((hit) => presentHit(hit, lookups, actorOf(c))),
        facets: presentFacets(result.facets, lookups, query),
        exhaustive: result.exhaustive,
      },
      200,
    );
  });

  app.openapi(routes.suggestions, async (c) => {
    const { db, today: day } = ctx(c);
    const { text, limit } = c.req.valid('json');
    const rows = await suggestAssets({
      db,
      text,
      limit,
      scope: { statuses: visibleStatuses(principalOf(c).role), today: day },
    });
    const lookups = await loadLookups(
      db,
      rows.map((hit) => hit.owner_id),
    );
    return c.json({ hits: rows.map((hit) => presentHit(hit, lookups, actorOf(c))) }, 200);
  });

  // Registered before /api/assets/{id} so the literal path wins.
  app.openapi(routes.export, async (c) => {
    const { db, today: day } = ctx(c);
    const { audience } = c.req.valid('query');
    const csv = await exportAssetsCsv({ db, audience, statuses: visibleStatuses(principalOf(c).role) });
    return c.body(csv, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="showcase-library-${audience}-${day}.csv"`,
    });
  });

  app.openapi(routes.importGitlab, async (c) => {
    const { db, today: day } = ctx(c);
    const body = c.req.valid('json');
    const lookups = await loadCsvLookups(db);
    const parsed =
      body.kind === 'resources'
        ? await itemsFromGitlabResources(body.content, lookups)
        : await itemsFromGitlabWebcasts(body.content, lookups);
    if (parsed.error)
      throw new AppError('validation_failed', parsed.error, { fields: { content: parsed.error } });
    const result = await importAssets({
      db,
      items: parsed.items,
      dryRun: body.dryRun,
      actorId: principalOf(c).userId,
      today: day,
      expiryDays: await expiryDays(db),
    });
    return c.json(result, 200);
  });

  app.openapi(routes.create, async (c) => {
    const { db, today: day } = ctx(c);
    const { checklistOverride, ...input } = c.req.valid('json');
    const principal = principalOf(c);
    const { row } = await saveAsset({
      db,
      input,
      actorId: principal.userId,
      today: day,
      expiryDays: await expiryDays(db),
      publishing: { role: principal.role, overrideReason: checklistOverride, now: ctx(c).deps.now() },
    });
    return c.json((await present(db, [row], day, principal))[0] as z.infer<typeof assetSchema>, 201);
  });

  const presentOne = async (
    c: Parameters<typeof principalOf>[0],
    db: Database['db'],
    row: AssetRow,
    day: string,
  ) => (await present(db, [row], day, principalOf(c)))[0] as z.infer<typeof assetSchema>;
  /** The asset as a read of it presents it now: a 412's `current`. */
  const currentAsset = async (
    c: Parameters<typeof principalOf>[0] & Parameters<typeof ctx>[0],
    id: string,
  ) => {
    const { db, today: day } = ctx(c);
    return presentOne(c, db, await getVisibleAsset({ db, id, role: principalOf(c).role }), day);
  };

  app.openapi(routes.get, async (c) =>
    c.json(withETag(c, await currentAsset(c, c.req.valid('param').id)), 200),
  );

  app.openapi(routes.update, async (c) => {
    const { db, today: day } = ctx(c);
    const { id } = c.req.valid('param');
    const { checklistOverride, ...input } = c.req.valid('json');
    const principal = principalOf(c);
    await getAssetFor({ db, id, actor: actorOf(c), action: 'edit' });
    const body = await versionedWrite(
      c,
      async (expected) => {
        const { row } = await saveAsset({
          db,
          id,
          input,
          actorId: principal.userId,
          today: day,
          expiryDays: await expiryDays(db),
          expected,
          publishing: { role: principal.role, overrideReason: checklistOverride, now: ctx(c).deps.now() },
        });
        return presentOne(c, db, row, day);
      },
      () => currentAsset(c, id),
    );
    return c.json(body, 200);
  });

  app.openapi(routes.view, async (c) => {
    const { db } = ctx(c);
    const row = await getVisibleAsset({ db, id: c.req.valid('param').id, role: principalOf(c).role });
    await recordAssetView({ db, id: row.id, now: ctx(c).deps.now() });
    return c.json({ ok: true as const }, 200);
  });

  app.openapi(routes.related, async (c) => {
    const { db, today: day } = ctx(c);
    const role = principalOf(c).role;
    const row = await getVisibleAsset({ db, id: c.req.valid('param').id, role });
    const rows = await getRelatedAssets({ db, id: row.id, statuses: visibleStatuses(role) });
    const lookups = await loadLookups(
      db,
      rows.map((r) => r.owner_id),
    );
    const assets = rows.map((r) =>
      presentHit(
        {
          ...r,
          freshness: freshnessOf(r.expires_on, day),
          score: 0,
          headline: r.summary.slice(0, 200),
        },
        lookups,
        actorOf(c),
      ),
    );
    return c.json({ assets }, 200);
  });

  app.openapi(routes.versions, async (c) => {
    const { db } = ctx(c);
    const row = await getVisibleAsset({ db, id: c.req.valid('param').id, role: principalOf(c).role });
    const versions = await getAssetVersions({ db, id: row.id });
    return c.json({ versions: versions.map(presentVersion) }, 200);
  });

  app.openapi(routes.versionDiff, async (c) => {
    const { db } = ctx(c);
    const { id, version } = c.req.valid('param');
    const row = await getVisibleAsset({ db, id, role: principalOf(c).role });
    return c.json(presentVersionDiff(await diffAssetVersion({ db, row, version })), 200);
  });

  app.openapi(routes.restore, async (c) => {
    const { db, today: day } = ctx(c);
    const { id, version } = c.req.valid('param');
    await getAssetFor({ db, id, actor: actorOf(c), action: 'edit' });
    const body = await versionedWrite(
      c,
      async (expected) => {
        const { row } = await restoreAssetVersion({
          db,
          id,
          version,
          actorId: principalOf(c).userId,
          today: day,
          expiryDays: await expiryDays(db),
          expected,
        });
        return presentOne(c, db, row, day);
      },
      () => currentAsset(c, id),
    );
    return c.json(body, 200);
  });

  app.openapi(routes.import, async (c) => {
    const { db, today: day } = ctx(c);
    const body = c.req.valid('json');
    const items = itemsFromCsv(body.rows, await loadCsvLookups(db), body.firstRowNumber);
    const result = await importAssets({
      db,
      items,
      dryRun: body.dryRun,
      actorId: principalOf(c).userId,
      today: day,
      expiryDays: await expiryDays(db),
    });
    return c.json(result, 200);
  });

  const listsFor = (db: Database['db'], c: Parameters<typeof principalOf>[0]) =>
    getLists({ db, statuses: visibleStatuses(principalOf(c).role) });
  app.openapi(routes.lists, async (c) =>
    c.json({ lists: (await listsFor(ctx(c).db, c)).map(presentList) }, 200),
  );
  app.openapi(routes.createList, async (c) => {
    const { db } = ctx(c);
    const input = c.req.valid('json');
    const row = await createList({ db, ...input, ownerId: principalOf(c).userId });
    const lists = await listsFor(db, c);
    return c.json(presentList(lists.find((list) => list.id === row.id) as (typeof lists)[number]), 201);
  });
  app.openapi(routes.updateList, async (c) => {
    const { db } = ctx(c);
    const row = await updateList({ db, id: c.req.valid('param').id, ...c.req.valid('json') });
    const lists = await listsFor(db, c);
    return c.json(presentList(lists.find((list) => list.id === row.id) as (typeof lists)[number]), 200);
  });
  app.openapi(routes.deleteList, async (c) => {
    await deleteList({ db: ctx(c).db, id: c.req.valid('param').id });
    return c.json({ ok: true as const }, 200);
  });

  app.openapi(routes.feed, async (c) => {
    const { db, deps } = ctx(c);
    const { format } = c.req.valid('param');
    const { solution } = c.req.valid('query');
    const rows = await getFeedAssets({ db, solutionId: solution, limit: 100 });
    const workspace = await getWorkspace({ db });
    const baseUrl = feedBaseUrl(deps.env);
    const options = {
      title: `${workspace.name} library`,
      baseUrl,
      selfPath: c.req.path + (solution ? `?solution=${solution}` : ''),
      updated: rows[0]?.updated_at ?? deps.now(),
    };
    return format === 'atom'
      ? c.body(atomFeed(rows, options), 200, { 'content-type': 'application/atom+xml; charset=utf-8' })
      : c.body(rssFeed(rows, options), 200, { 'content-type': 'application/rss+xml; charset=utf-8' });
  });

  return app;
}
