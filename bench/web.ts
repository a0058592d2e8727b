import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'web', 'dist');
const manifestPath = join(dist, '.vite', 'manifest.json');
/** The module the /library route loads lazily (web/src/routes.tsx). */
const LIBRARY_ROUTE = 'src/features/library/pages/LibraryPage.tsx';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

export interface PageJavaScript {
  files: { file: string; raw: number; gzip: number; brotli: number }[];
  raw: number;
  gzip: number;
  brotli: number;
}

/**
 * The JavaScript a browser fetches to show the library page: the entry chunk and everything it
 * imports statically, plus the library route's lazy chunk and its static imports, read from the
 * Vite manifest. Sizes are raw, gzip (level 9) and brotli (quality 11) — the last two are what
 * the build precompresses and the server sends. Builds the web app first when `build` is set or
 * no build exists.
 */
export function measureLibraryPageJs(options: { build?: boolean } = {}): PageJavaScript {
  if (options.build || !existsSync(manifestPath)) {
    const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
    const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'inherit',
    });
    if (result.status !== 0) throw new Error('vite build failed');
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (!entry) throw new Error('the Vite manifest has no entry');
  if (!manifest[LIBRARY_ROUTE]) throw new Error(`the Vite manifest has no chunk for ${LIBRARY_ROUTE}`);

  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of manifest[key]?.imports ?? []) visit(next);
  };
  visit(entry);
  visit(LIBRARY_ROUTE);

  const files = [...seen]
    .map((key) => manifest[key]?.file)
    .filter((file): file is string => !!file?.endsWith('.js'))
    .map((file) => {
      const bytes = readFileSync(join(dist, file));
      return {
        file,
        raw: bytes.byteLength,
        gzip: gzipSync(bytes, { level: 9 }).byteLength,
        brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength,
      };
    })
    .sort((a, b) => b.gzip - a.gzip);
  const sum = (pick: (f: (typeof files)[number]) => number) => files.reduce((t, f) => t + pick(f), 0);
  return { files, raw: sum((f) => f.raw), gzip: sum((f) => f.gzip), brotli: sum((f) => f.brotli) };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Prints the library page's JavaScript, per file and in total; other benchmarks call this too. */
export function printLibraryPageJs(options: { build?: boolean; perFile?: boolean } = {}): PageJavaScript {
  const measured = measureLibraryPageJs(options);
  if (options.perFile ?? true) {
    for (const file of measured.files)
      console.log(
        `  ${file.file.padEnd(48)} ${kb(file.raw).padStart(10)} raw ${kb(file.gzip).padStart(9)} gzip ${kb(file.brotli).padStart(9)} br`,
      );
  }
  console.log(
    `library page JavaScript: ${kb(measured.gzip)} gzip, ${kb(measured.brotli)} brotli, ${kb(measured.raw)} raw in ${measured.files.length} files (budget 200 KB gzip)`,
  );
  return measured;
}

export async function run() {
  printLibraryPageJs({ build: !process.argv.includes('--no-build') });
}
