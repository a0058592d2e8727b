import { Readable } from 'node:stream';
import { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { attachmentSchema } from '../../../shared/schemas/attachments.ts';
import { idParams, idSchema } from '../../../shared/schemas/common.ts';
import { type AppEnv, principalOf } from '../../http/context.ts';
import { nodeRequestOf, receiveFile } from '../../http/multipart.ts';
import { defineRoute, jsonResponse } from '../../http/route.ts';
import { downloadHeaders, MAX_UPLOAD_BYTES } from '../../uploads.ts';
import { presentAttachment } from './attachments.presenter.ts';
import { attachFile, listRequestAttachments, openAttachment } from './attachments.service.ts';

const tags = ['Requests'];

const routes = {
  list: defineRoute('requests.read', {
    method: 'get',
    path: '/api/requests/{id}/attachments',
    tags,
    summary: 'Files attached to a request',
    request: { params: idParams },
    responses: { 200: jsonResponse(z.object({ attachments: z.array(attachmentSchema) }), 'Attachments') },
  }),
  attach: defineRoute('requests.create', {
    method: 'post',
    path: '/api/requests/{id}/attachments',
    tags,
    summary: 'Attach a file (multipart field "file", at most 10 MB)',
    description:
      'The type is read from the file’s content: images, PDF, Office documents, zip, text, Markdown and CSV; the name’s extension must agree. Anything else is refused with 415, a file over 10 MB with 413 (nothing is kept). Names longer than 200 characters are shortened, keeping the extension.',
    // The body is read as a stream by receiveFile, not through a schema (which would buffer it).
    request: { params: idParams },
    responses: { 201: jsonResponse(attachmentSchema, 'Attached') },
  }),
  download: defineRoute('requests.read', {
    method: 'get',
    path: '/api/requests/{id}/attachments/{attachmentId}',
    tags,
    summary: 'Download an attachment',
    description: 'Streams the file; a single `Range: bytes=…` is answered with 206.',
    request: { params: z.object({ id: idSchema, attachmentId: idSchema }) },
    responses: {
      200: {
        description: 'The file, as an attachment',
        content: { 'application/octet-stream': { schema: z.string() } },
      },
      206: {
        description: 'The asked byte range of the file',
        content: { 'application/octet-stream': { schema: z.string() } },
      },
    },
  }),
};

export function attachmentRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(routes.list, async (c) => {
    const attachments = await listRequestAttachments({
      db: c.get('deps').database.db,
      requestId: c.req.valid('param').id,
      principal: principalOf(c),
    });
    return c.json({ attachments: attachments.map(presentAttachment) }, 200);
  });

  app.openapi(routes.attach, async (c) => {
    const { database, storage } = c.get('deps');
    const saved = await receiveFile(c.req.raw, {
      field: 'file',
      maxBytes: MAX_UPLOAD_BYTES,
      node: nodeRequestOf(c),
      receive: (file) =>
        attachFile({
          db: database.db,
          storage,
          requestId: c.req.valid('param').id,
          principal: principalOf(c),
          file,
        }),
    });
    return c.json(presentAttachment(saved), 201);
  });

  app.openapi(routes.download, async (c) => {
    const { database, storage } = c.get('deps');
    const { id, attachmentId } = c.req.valid('param');
    const file = await openAttachment({
      db: database.db,
      storage,
      requestId: id,
      attachmentId,
      principal: principalOf(c),
      rangeHeader: c.req.header('range'),
    });
    const headers = downloadHeaders({
      contentType: file.attachment.content_type,
      filename: file.attachment.filename,
      size: file.size,
      sha256: file.sha256,
      range: file.range,
      totalSize: file.attachment.size,
    });
    const body = Readable.toWeb(Readable.from(file.body)) as ReadableStream;
    return c.body(body, file.range ? 206 : 200, headers) as never;
  });

  return app;
}
