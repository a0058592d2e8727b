import { Readable } from 'node:stream';
import { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { auditPageSchema, auditQuerySchema, auditVerifySchema } from '../../../shared/schemas/audit.ts';
import type { AppEnv } from '../../http/context.ts';
import { defineRoute, jsonResponse } from '../../http/route.ts';
import { auditCsvHeader, auditCsvLine, auditNdjsonLine, presentAuditEntry } from './audit.presenter.ts';
import { auditEntries, filterOf, recordAudit, searchAudit, verifyAuditChain } from './audit.service.ts';

const tags = ['Audit'];

const routes = {
  list: defineRoute('audit.read', {
    method: 'get',
    path: '/api/audit',
    tags,
    summary: 'Search the audit log',
    description: 'Newest first, 50 a page (`limit` up to 200); `before` is the `next` of the previous page.',
    request: {
      query: auditQuerySchema.extend({
        // An id the page before ended at: a positive integer no larger than an id can be read as.
        before: z
          .string()
          .regex(/^[1-9]\d{0,14}$/, 'must be an entry id')
          .transform(Number)
          .optional(),
        limit: z.coerce.number().int().min(1).max(200).default(50),
      }),
    },
    responses: { 200: jsonResponse(auditPageSchema, 'One page of entries') },
  }),
  export: defineRoute('audit.read', {
    method: 'get',
    path: '/api/audit/export',
    tags,
    summary: 'Export the audit log as CSV or NDJSON',
    description:
      'Oldest first, with the same filters as the search; every entry with its hashes, so the chain can be checked outside Showcase. The export itself is recorded.',
    request: { query: auditQuerySchema.extend({ format: z.enum(['csv', 'ndjson']).default('csv') }) },
    responses: {
      200: {
        description: 'CSV or NDJSON file',
        content: { 'text/csv': { schema: z.string() }, 'application/x-ndjson': { schema: z.string() } },
      },
    },
  }),
  verify: defineRoute('audit.read', {
    method: 'get',
    path: '/api/audit/verify',
    tags,
    summary: 'Check the audit log’s hash chain',
    responses: {
      200: jsonResponse(auditVerifySchema, 'Whether every entry holds, and the first that does not'),
    },
  }),
};

export function auditRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(routes.list, async (c) => {
    const query = c.req.valid('query');
    const page = await searchAudit({
      db: c.get('deps').database.db,
      filter: filterOf(query),
      limit: query.limit,
      before: query.before,
    });
    return c.json({ entries: page.entries.map(presentAuditEntry), next: page.next }, 200);
  });

  app.openapi(routes.verify, async (c) => {
    const report = await verifyAuditChain(c.get('deps').database.db);
    return c.json(
      {
        entries: report.entries,
        ok: report.ok,
        ...(report.broken ? { broken: { id: String(report.broken.id), reason: report.broken.reason } } : {}),
      },
      200,
    );
  });

  app.openapi(routes.export, async (c) => {
    const { database, now } = c.get('deps');
    const query = c.req.valid('query');
    const filter = filterOf(query);
    const { format } = query;
    await recordAudit(database.db, { action: 'audit.exported', details: { format, filter: query } }, now());
    async function* lines(): AsyncGenerator<Uint8Array> {
      const encoder = new TextEncoder();
      if (format === 'csv') yield encoder.encode(`${auditCsvHeader.join(',')}\r\n`);
      for await (const row of auditEntries(database.db, filter))
        yield encoder.encode(format === 'csv' ? `${auditCsvLine(row)}\r\n` : `${auditNdjsonLine(row)}\n`);
    }
    const day = now().toISOString().slice(0, 10);
    return c.body(Readable.toWeb(Readable.from(lines())) as ReadableStream, 200, {
      'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
      'content-disposition': `attachment; filename="showcase-audit-${day}.${format}"`,
    });
  });

  return app;
}
