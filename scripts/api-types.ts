/**
 * Generates web/src/api/schema.gen.ts, the TypeScript types of the API, from the OpenAPI document
 * the server builds out of its zod route definitions. The web app's typed client (web/src/api/
 * client.ts) infers every request and response from it. test/api-types.test.ts fails when the
 * committed file is stale, so run this after changing a route or a schema:
 *
 *   npm run api:types
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import pino from 'pino';
import { createApp } from '../server/app.ts';
import type { DB } from '../server/db/schema.ts';
import { envSchema } from '../server/env.ts';
import { createLocalStorage } from '../server/storage/local.ts';

export const SCHEMA_FILE = join(import.meta.dirname, '..', 'web', 'src', 'api', 'schema.gen.ts');

const HEADER = `/**
 * The API's types, generated from the server's OpenAPI document by \`npm run api:types\`
 * (scripts/api-types.ts). Do not edit: change the route or schema on the server and regenerate.
 */

`;

/** The OpenAPI document, from an app that is never listened on and whose database is never reached. */
export async function openApiDocument(): Promise<OpenAPI3> {
  const db = new Kysely<DB>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (kysely) => new PostgresIntrospector(kysely),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
  const app = createApp({
    database: { db, kind: 'postgres', close: () => db.destroy() },
    env: envSchema.parse({ LOG_LEVEL: 'silent' }),
    logger: pino({ level: 'silent' }),
    storage: createLocalStorage({ root: join(tmpdir(), 'showcase-api-types') }),
    now: () => new Date(),
  });
  const response = await app.request('/api/openapi.json');
  if (!response.ok) throw new Error(`GET /api/openapi.json answered ${response.status}`);
  return response.json();
}

/** The text of schema.gen.ts for the server as it is now. */
export async function generateApiTypes(): Promise<string> {
  const document = await openApiDocument();
  const ast = await openapiTS(document);
  return HEADER + astToString(ast);
}

if (import.meta.main) {
  writeFileSync(SCHEMA_FILE, await generateApiTypes());
  console.log(`wrote ${SCHEMA_FILE}`);
}
