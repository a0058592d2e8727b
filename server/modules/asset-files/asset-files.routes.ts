import { Readable } from 'node:stream';
import { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { assetFileListSchema, assetFileSchema } from '../../../shared/schemas/asset-files.ts';
import { idParams, idSchema, okSchema } from '../../../shared/schemas/common.ts';
import { type AppEnv, principalOf } from '../../http/context.ts';
import { nodeRequestOf, receiveFile } from '../../http/multipart.ts';
import { defineRoute, jsonResponse } from '../../http/route.ts';
import { downloadHeaders } from '../../uploads.ts';
import { presentAssetFile } from './asset-files.presenter.ts';
import {
  ASSET_FILE_MAX_BYTES,
  deleteAssetFile,
  listAssetFiles,
  openAssetFile,
  uploadAssetFile,
} from './asset-files.service.ts';

const tags = ['Library'];
const fileParams = z.object({ id: idSchema, fileId: idSchema });
const fileContent = { 'application/octet-stream': { schema: z.string() } };

const routes = {
  list: defineRoute('library.read', {
    method: 'get',
    path: '/api/assets/{id}/files',
    tags,
    summary: "An asset's files",
    description: 'Anyone who may see the asset (404 for an asset your role does not see).',
    request: { params: idParams },
    responses: { 200: jsonResponse(assetFileListSchema, 'Oldest first') },
  }),
  upload: defineRoute('library.edit', {
    method: 'post',
    path: '/api/assets/{id}/files',
    tags,
    summary: 'Add a file to an asset (multipart field "file", at most 10 MB)',
    description:
      'The type is read from the file’s content: images, PDF, Office documents, zip, text, Markdown and CSV; the name’s extension must agree. Anything else is refused with 415, a file over 10 MB with 413 (nothing is kept), no file with 422; each names `file`.',
    // The body is read as a stream by receiveFile, not through a schema (which would buffer it).
    request: { params: idParams },
    responses: { 201: jsonResponse(assetFileSchema, 'Added') },
  }),
  download: defineRoute('library.read', {
    method: 'get',
    path: '/api/assets/{id}/files/{fileId}',
    tags,
    summary: 'Download one of an asset’s files',
    description: 'Streams the stored file; a single `Range: bytes=…` is answered with 206.',
    request: { params: fileParams },
    responses: {
      200: { description: 'The file, as an attachment', content: fileContent },
      206: { description: 'The asked byte range of the file', content: fileContent },
    },
  }),
  remove: defineRoute('library.edit', {
    method: 'delete',
    path: '/api/assets/{id}/files/{fileId}',
    tags,
    summary: 'Remove a file from an asset (and from storage)',
    request: { params: fileParams },
    responses: { 200: jsonResponse(okSchema, 'Removed') },
  }),
};

export function assetFileRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(routes.list, async (c) => {
    const files = await listAssetFiles({
      db: c.get('deps').database.db,
      assetId: c.req.valid('param').id,
      principal: principalOf(c),
    });
    return c.json({ files: files.map(presentAssetFile), maxBytes: ASSET_FILE_MAX_BYTES }, 200);
  });

  app.openapi(routes.upload, async (c) => {
    const deps = c.get('deps');
    const saved = await receiveFile(c.req.raw, {
      field: 'file',
      maxBytes: ASSET_FILE_MAX_BYTES,
      node: nodeRequestOf(c),
      receive: (file) =>
        uploadAssetFile({
          db: deps.database.db,
          storage: deps.storage,
          assetId: c.req.valid('param').id,
          principal: principalOf(c),
          file,
          now: deps.now(),
        }),
    });
    return c.json(presentAssetFile(saved), 201);
  });

  app.openapi(routes.download, async (c) => {
    const { database, storage } = c.get('deps');
    const { id, fileId } = c.req.valid('param');
    const file = await openAssetFile({
      db: database.db,
      storage,
      assetId: id,
      fileId,
      principal: principalOf(c),
      rangeHeader: c.req.header('range'),
    });
    const headers = downloadHeaders({
      contentType: file.row.content_type,
      filename: file.row.filename,
      size: file.size,
      sha256: file.row.sha256,
      range: file.range,
      totalSize: file.row.size,
    });
    const body = Readable.toWeb(Readable.from(file.body)) as ReadableStream;
    return c.body(body, file.range ? 206 : 200, headers) as never;
  });

  app.openapi(routes.remove, async (c) => {
    const { database, storage } = c.get('deps');
    const { id, fileId } = c.req.valid('param');
    await deleteAssetFile({ db: database.db, storage, assetId: id, fileId, principal: principalOf(c) });
    return c.json({ ok: true as const }, 200);
  });

  return app;
}
