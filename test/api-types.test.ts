import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { generateApiTypes, SCHEMA_FILE } from '../scripts/api-types.ts';

// The web app's typed client infers requests and responses from this file; if it lags the
// server's routes, the app compiles against an API that no longer exists.
test('web/src/api/schema.gen.ts matches the OpenAPI document (run `npm run api:types`)', async () => {
  const committed = readFileSync(SCHEMA_FILE, 'utf8');
  const fresh = await generateApiTypes();
  expect(committed === fresh, 'schema.gen.ts is stale: run `npm run api:types` and commit it').toBe(true);
});
