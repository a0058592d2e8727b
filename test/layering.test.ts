import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lintLayers } from '../scripts/lint-layers.ts';

const repo = join(import.meta.dirname, '..');
const biome = join(repo, 'node_modules', '.bin', 'biome');

/** A throwaway project with this repository's biome.json and the given files. */
function fixture(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'showcase-layers-'));
  copyFileSync(join(repo, 'biome.json'), join(root, 'biome.json'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** Runs Biome's linter on the fixture; each error as `file:line rule`. */
function biomeErrors(root: string): string[] {
  const run = spawnSync(biome, ['lint', '--reporter=github', '--max-diagnostics=none', '.'], {
    cwd: root,
    encoding: 'utf8',
  });
  return [...run.stdout.matchAll(/^::error title=([^,]+),file=([^,]+),line=(\d+)/gm)].map(
    ([, rule, file, line]) => `${(file as string).slice(root.length + 1)}:${line} ${rule}`,
  );
}

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

// The linter touches no database: run it once, not once per engine.
describe.skipIf(process.env.SHOWCASE_TEST_DB === 'postgres')('layering rules', () => {
  const root = fixture({
    'server/modules/alpha/alpha.repository.ts': [
      "import { sql } from 'kysely';",
      '',
      "export const findAlpha = (db: { selectFrom(t: string): unknown }) => [db.selectFrom('alpha'), sql];",
      '',
    ].join('\n'),
    'server/modules/alpha/alpha.service.ts': [
      "import { sql } from 'kysely';",
      "import { findBeta } from '../beta/beta.repository.ts';",
      "import { findAlpha } from './alpha.repository.ts';",
      '',
      'export const getAlpha = (db: { selectFrom(t: string): unknown }) => [',
      "  db.selectFrom('alpha'),",
      '  sql,',
      '  findAlpha(db),',
      '  findBeta(),',
      '];',
      '',
    ].join('\n'),
    'server/modules/alpha/alpha.presenter.ts': 'export const presentAlpha = (row: unknown) => row;\n',
    'server/modules/alpha/alpha.routes.ts': [
      "import { presentAlpha } from './alpha.presenter.ts';",
      "import { findAlpha } from './alpha.repository.ts';",
      '',
      'export const alphaRoutes = (db: { selectFrom(t: string): unknown }) => presentAlpha(findAlpha(db));',
      '',
    ].join('\n'),
    'server/modules/beta/beta.repository.ts': 'export const findBeta = () => 1;\n',
    'server/modules/beta/beta.routes.ts': 'export const betaRoutes = () => ({ id: 1 });\n',
    'server/db/query.ts': "import { sql } from 'kysely';\n\nexport const ping = () => sql`SELECT 1`;\n",
    // Seeds may write through any module's repository, but build no query of their own.
    'server/seed/sample.ts': [
      "import { sql } from 'kysely';",
      "import { findBeta } from '../modules/beta/beta.repository.ts';",
      '',
      'export const seed = () => [sql, findBeta()];',
      '',
    ].join('\n'),
  });
  roots.push(root);

  it('Biome refuses Kysely, queries and other modules’ repositories outside repositories', () => {
    expect(biomeErrors(root).sort()).toEqual([
      'server/modules/alpha/alpha.routes.ts:2 lint/style/noRestrictedImports',
      'server/modules/alpha/alpha.service.ts:1 lint/style/noRestrictedImports',
      'server/modules/alpha/alpha.service.ts:2 lint/style/noRestrictedImports',
      'server/modules/alpha/alpha.service.ts:6 lint/nursery/noJsRestrictedProperties',
      'server/seed/sample.ts:1 lint/style/noRestrictedImports',
    ]);
  });

  it('lint-layers finds a module without a presenter and routes that present through none', () => {
    expect(lintLayers(root).map((v) => `${v.file}:${v.line}`)).toEqual([
      'server/modules/beta:1',
      'server/modules/beta/beta.routes.ts:1',
    ]);
  });

  it('this repository keeps the rules', () => {
    expect(lintLayers(repo)).toEqual([]);
  });
});
