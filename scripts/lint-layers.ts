/**
 * The layering rules Biome cannot express (docs/ARCHITECTURE.md, Layering): every module under
 * server/modules has a presenter, and every routes file presents through one. Biome (biome.json)
 * enforces the import and query rules. Prints `file:line rule` per violation and exits 1 if any.
 *
 *   node scripts/lint-layers.ts [root]     (root defaults to the current directory)
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export type Violation = { file: string; line: number; rule: string };

export function lintLayers(root: string): Violation[] {
  const modulesDir = join(root, 'server', 'modules');
  const violations: Violation[] = [];
  const at = (path: string, line: number, rule: string) =>
    violations.push({ file: relative(root, path), line, rule });
  if (!existsSync(modulesDir)) return violations;
  for (const name of readdirSync(modulesDir).sort()) {
    const dir = join(modulesDir, name);
    if (!statSync(dir).isDirectory()) continue;
    const files = readdirSync(dir).sort();
    if (!files.includes(`${name}.presenter.ts`))
      at(dir, 1, `module "${name}" has no ${name}.presenter.ts: every module presents through a presenter`);
    for (const file of files.filter((f) => f.endsWith('.routes.ts'))) {
      const path = join(dir, file);
      const source = readFileSync(path, 'utf8');
      const presenterImport = /^import[^;]*?from\s+['"][^'"]*\.presenter\.ts['"]/ms;
      if (!presenterImport.test(source))
        at(path, 1, 'routes import no presenter: what leaves the server is decided by a *.presenter.ts');
    }
  }
  return violations;
}

if (import.meta.main) {
  const root = process.argv[2] ?? process.cwd();
  const violations = lintLayers(root);
  for (const v of violations) console.error(`${v.file}:${v.line} ${v.rule}`);
  if (violations.length) {
    console.error(`lint-layers: ${violations.length} violation(s)`);
    process.exit(1);
  }
}
