import { Readable } from 'node:stream';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { idParams, idSchema, okSchema } from '../../../shared/schemas/common.ts';
import {
  createdShareLinkSchema,
  createShareLinkSchema,
  sharedBeatResultSchema,
  sharedBeatSchema,
  sharedCodeSchema,
  sharedEmailSchema,
  sharedPasscodeSchema,
  sharedViewSchema,
  sharedVisitSchema,
  shareLinkListSchema,
  shareLinkSchema,
  shareTokenParams,
} from '../../../shared/schemas/sharing.ts';
import { clientOf } from '../../http/client.ts';
import { type AppEnv, principalOf } from '../../http/context.ts';
import { rateLimited } from '../../http/rate-limit.ts';
import { defineRoute, jsonBody, jsonResponse } from '../../http/route.ts';
import { downloadHeaders } from '../../uploads.ts';
import { feedBaseUrl } from '../library/library.feed.ts';
import { rateLimits } from '../limits/limits.service.ts';
import { getWorkspace } from '../settings/settings.service.ts';
import { presentSharedAsset, presentShareLink } from './sharing.presenter.ts';
import {
  createShareLink,
  downloadShared,
  downloadSharedFile,
  GRANT_MS,
  getShareLinkDetails,
  getShareLinks,
  mailFirstVisit,
  needsOf,
  openLink,
  recordBeat,
  requestEmailCode,
  revokeShareLink,
  SHARE_GRANT_COOKIE,
  sharedFiles,
  sharedFormat,
  sharedPlayer,
  startVisit,
  submitPasscode,
  verifyEmailCode,
} from './sharing.service.ts';

const tags = ['Sharing'];
const publicTags = ['Shared links (public)'];

const routes = {
  list: defineRoute('library.share', {
    method: 'get',
    path: '/api/assets/{id}/share-links',
    tags,
    summary: "An asset's tracked share links with visits, last visit and time on page",
    description: "TMMs, admins and the asset's owner.",
    request: { params: idParams },
    responses: { 200: jsonResponse(shareLinkListSchema, 'Newest first') },
  }),
  create: defineRoute('library.share', {
    method: 'post',
    path: '/api/assets/{id}/share-links',
    tags,
    summary: 'Make a tracked share link to a published, external asset',
    description:
      "TMMs, admins and the asset's owner. Refused (409 not_shareable) for an internal, unpublished or not safe-to-share asset. The link's URL is in this answer only.",
    request: { params: idParams, body: jsonBody(createShareLinkSchema) },
    responses: { 201: jsonResponse(createdShareLinkSchema, 'Made; send the URL') },
  }),
  revoke: defineRoute('library.share', {
    method: 'post',
    path: '/api/share-links/{id}/revoke',
    tags,
    summary: 'Turn a share link off for good',
    description: 'Its maker, a TMM or an admin.',
    request: { params: idParams },
    responses: { 200: jsonResponse(shareLinkSchema, 'Turned off') },
  }),
};

const shared = {
  view: defineRoute('public', {
    method: 'get',
    path: '/api/shared/{token}',
    tags: publicTags,
    summary: "What a share link shows: the asset's public fields, or what the visitor must give first",
    request: { params: shareTokenParams },
    responses: { 200: jsonResponse(sharedViewSchema, 'The asset, or the gates still closed') },
  }),
  passcode: defineRoute('public', {
    method: 'post',
    path: '/api/shared/{token}/passcode',
    tags: publicTags,
    summary: "Give the link's passcode",
    request: { params: shareTokenParams, body: jsonBody(sharedPasscodeSchema) },
    responses: { 200: jsonResponse(okSchema, 'Right; the browser keeps the pass as a cookie') },
  }),
  email: defineRoute('public', {
    method: 'post',
    path: '/api/shared/{token}/email',
    tags: publicTags,
    summary: 'Send a one-time code to an email the link lets in',
    request: { params: shareTokenParams, body: jsonBody(sharedEmailSchema) },
    responses: { 200: jsonResponse(okSchema, 'Sent; it works for 10 minutes and 5 tries') },
  }),
  verify: defineRoute('public', {
    method: 'post',
    path: '/api/shared/{token}/email/verify',
    tags: publicTags,
    summary: 'Give the code from the email',
    request: { params: shareTokenParams, body: jsonBody(sharedCodeSchema) },
    responses: { 200: jsonResponse(okSchema, 'Right; the browser keeps the pass as a cookie') },
  }),
  visit: defineRoute('public', {
    method: 'post',
    path: '/api/shared/{token}/visits',
    tags: publicTags,
    summary: "Start a visit (or continue the visitor's visit of the last 30 minutes)",
    request: { params: shareTokenParams },
    responses: { 200: jsonResponse(sharedVisitSchema, 'The visit to send beats for') },
  }),
  beat: defineRoute('public', {
    method: 'post',
    path: '/api/shared/{token}/beats',
    tags: publicTags,
    summary: 'Ten more seconds on the page (sent while it is visible and in use)',
    request: { params: shareTokenParams, body: jsonBody(sharedBeatSchema) },
    responses: { 200: jsonResponse(sharedBeatResultSchema, 'Whether it counted') },
  }),
  download: defineRoute('public', {
    method: 'get',
    path: '/api/shared/{token}/download',
    tags: publicTags,
    summary: 'Open or download the file (counted); refused when the link has downloads off',
    request: { params: shareTokenParams },
    responses: { 302: { description: "Redirect to the file's address" } },
  }),
  file: defineRoute('public', {
    method: 'get',
    path: '/api/shared/{token}/files/{fileId}',
    tags: publicTags,
    summary: "Download one of the shared asset's files (counted); refused when the link has downloads off",
    description:
      "On a link that watermarks, images (PNG, JPEG, WebP) and PDFs carry the visitor's confirmed email (else the link's name) burned into the file.",
    request: { params: shareTokenParams.extend({ fileId: idSchema }) },
    responses: {
      200: {
        description: 'The file, as an attachment',
        content: { 'application/octet-stream': { schema: z.string() } },
      },
    },
  }),
};

export function sharingRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  const ctx = (c: Context<AppEnv>) => {
    const deps = c.get('deps');
    return { db: deps.database.db, now: deps.now(), deps };
  };

  app.openapi(routes.list, async (c) => {
    const { db, now, deps } = ctx(c);
    const actor = principalOf(c);
    const { links, problem } = await getShareLinks({ db, actor, assetId: c.req.valid('param').id });
    return c.json(
      {
        links: links.map((details) => presentShareLink(details, actor, now)),
        emailGateAvailable: Boolean(deps.mailer),
        shareable: { ok: !problem, reason: problem },
      },
      200,
    );
  });

  app.openapi(routes.create, async (c) => {
    const { db, now, deps } = ctx(c);
    const actor = principalOf(c);
    const { row, token } = await createShareLink({
      db,
      actor,
      assetId: c.req.valid('param').id,
      input: c.req.valid('json'),
      now,
      mailAvailable: Boolean(deps.mailer),
    });
    const link = presentShareLink(await getShareLinkDetails({ db, row }), actor, now);
    return c.json({ link, url: `${feedBaseUrl(deps.env)}/s/${token}` }, 201);
  });

  app.openapi(routes.revoke, async (c) => {
    const { db, now } = ctx(c);
    const actor = principalOf(c);
    const row = await revokeShareLink({ db, actor, id: c.req.valid('param').id, now });
    return c.json(presentShareLink(await getShareLinkDetails({ db, row }), actor, now), 200);
  });

  return app;
}

/** The visitor's pass (passcode given, email confirmed), a cookie that only this link's API sees. */
const GRANT_COOKIE = SHARE_GRANT_COOKIE;
const grantPath = (token: string) => `/api/shared/${encodeURIComponent(token)}`;

/** The routes outsiders call with a link's token: no workspace caller is resolved here (app.ts). */
export function sharedRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  const ctx = (c: Context<AppEnv>, token: string) => {
    const deps = c.get('deps');
    return { db: deps.database.db, now: deps.now(), deps, token, grantToken: getCookie(c, GRANT_COOKIE) };
  };
  const keepGrant = (c: Context<AppEnv>, token: string, grantToken: string | undefined) => {
    if (!grantToken) return;
    setCookie(c, GRANT_COOKIE, grantToken, {
      httpOnly: true,
      sameSite: 'Strict',
      secure: new URL(c.req.url).protocol === 'https:',
      path: grantPath(token),
      maxAge: GRANT_MS / 1000,
    });
  };

  // Per link (its token) and client address; the link's own passcode and code tries still apply.
  const perLinkAndClient = (c: Context<AppEnv>) => [c.req.param('token'), clientOf(c).ip];
  app.use('/api/shared/:token/passcode', rateLimited(rateLimits.sharePasscode, perLinkAndClient));
  app.use('/api/shared/:token/email', rateLimited(rateLimits.shareEmailCode, perLinkAndClient));
  app.use('/api/shared/:token/email/verify', rateLimited(rateLimits.shareEmailVerify, perLinkAndClient));
  app.use('/api/shared/:token/visits', rateLimited(rateLimits.shareEvents, perLinkAndClient));
  app.use('/api/shared/:token/beats', rateLimited(rateLimits.shareEvents, perLinkAndClient));

  app.openapi(shared.view, async (c) => {
    const options = ctx(c, c.req.valid('param').token);
    const open = await openLink(options);
    const needs = needsOf(open);
    const asset = needs.length
      ? null
      : presentSharedAsset(
          open.asset,
          await sharedFormat(options.db, open.asset),
          open.link,
          await sharedFiles(options.db, open),
          await sharedPlayer(options.db, open),
        );
    const { name: sharedBy } = await getWorkspace({ db: options.db });
    return c.json({ needs, asset, sharedBy }, 200);
  });

  app.openapi(shared.passcode, async (c) => {
    const { token } = c.req.valid('param');
    const result = await submitPasscode({ ...ctx(c, token), passcode: c.req.valid('json').passcode });
    keepGrant(c, token, result.grantToken);
    return c.json({ ok: true as const }, 200);
  });

  app.openapi(shared.email, async (c) => {
    const options = ctx(c, c.req.valid('param').token);
    await requestEmailCode({ ...options, email: c.req.valid('json').email, mailer: options.deps.mailer });
    return c.json({ ok: true as const }, 200);
  });

  app.openapi(shared.verify, async (c) => {
    const { token } = c.req.valid('param');
    const result = await verifyEmailCode({ ...ctx(c, token), ...c.req.valid('json') });
    keepGrant(c, token, result.grantToken);
    return c.json({ ok: true as const }, 200);
  });

  app.openapi(shared.visit, async (c) => {
    const options = ctx(c, c.req.valid('param').token);
    const { visitId, firstVisit } = await startVisit({ ...options, client: clientOf(c) });
    const { mailer, logger, env } = options.deps;
    if (firstVisit && mailer)
      void mailFirstVisit({ db: options.db, mailer, baseUrl: feedBaseUrl(env), firstVisit }).catch(
        (error: unknown) =>
          logger.warn({ err: error, linkVisit: visitId }, 'the first-visit email could not be sent'),
      );
    return c.json({ visitId }, 200);
  });

  app.openapi(shared.beat, async (c) => {
    const result = await recordBeat({
      ...ctx(c, c.req.valid('param').token),
      visitId: c.req.valid('json').visitId,
    });
    return c.json(result, 200);
  });

  app.openapi(shared.download, async (c) => {
    const url = await downloadShared({ ...ctx(c, c.req.valid('param').token), client: clientOf(c) });
    return c.redirect(url, 302);
  });

  app.openapi(shared.file, async (c) => {
    const { token, fileId } = c.req.valid('param');
    const file = await downloadSharedFile({
      ...ctx(c, token),
      storage: c.get('deps').storage,
      fileId,
      client: clientOf(c),
    });
    const { row } = file;
    if (file.watermarked) {
      const headers = downloadHeaders({
        contentType: row.content_type,
        filename: row.filename,
        size: file.bytes.byteLength,
      });
      return c.body(new Uint8Array(file.bytes) as Uint8Array<ArrayBuffer>, 200, headers) as never;
    }
    const headers = downloadHeaders({
      contentType: row.content_type,
      filename: row.filename,
      size: file.size,
      sha256: row.sha256,
    });
    // A whole file only: ranges are not offered through a link (the watermarked copy is made anew).
    delete headers['accept-ranges'];
    const body = Readable.toWeb(Readable.from(file.body)) as ReadableStream;
    return c.body(body, 200, headers) as never;
  });

  return app;
}
