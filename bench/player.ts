import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const defaultOutDir = join(root, 'web', 'dist', 'player');

/** The budget for the player page's JavaScript, gzipped (images excluded). */
export const PLAYER_JS_BUDGET = 30 * 1024;

export interface PlayerBundle {
  js: { raw: number; gzip: number; brotli: number };
  css: { raw: number; gzip: number; brotli: number };
}

const sizes = (path: string) => {
  const bytes = readFileSync(path);
  return {
    raw: bytes.byteLength,
    gzip: gzipSync(bytes, { level: 9 }).byteLength,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength,
  };
};

/** Builds the click-through player (vite.player.config.ts) into `outDir`. */
export function buildPlayer(outDir = defaultOutDir) {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(
    process.execPath,
    [vite, 'build', '-c', 'vite.player.config.ts', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'],
    { cwd: root, stdio: 'inherit' },
  );
  if (result.status !== 0) throw new Error('the player build failed');
}

/**
 * The player page's bundle: player.js and player.css raw, gzip (level 9) and brotli (quality 11).
 * Builds it first when `build` is set or no build exists.
 */
export function measurePlayerBundle(options: { build?: boolean; outDir?: string } = {}): PlayerBundle {
  const outDir = options.outDir ?? defaultOutDir;
  if (options.build || !existsSync(join(outDir, 'player.js'))) buildPlayer(outDir);
  return { js: sizes(join(outDir, 'player.js')), css: sizes(join(outDir, 'player.css')) };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export async function run() {
  const { js, css } = measurePlayerBundle({ build: !process.argv.includes('--no-build') });
  console.log(`player.js:  ${kb(js.gzip)} gzip, ${kb(js.brotli)} brotli, ${kb(js.raw)} raw`);
  console.log(`player.css: ${kb(css.gzip)} gzip, ${kb(css.brotli)} brotli, ${kb(css.raw)} raw`);
  console.log(
    `player page bundle: ${kb(js.gzip + css.gzip)} gzip (JavaScript ${kb(js.gzip)} of the ${kb(PLAYER_JS_BUDGET)} budget, ${((js.gzip / PLAYER_JS_BUDGET) * 100).toFixed(0)} %)${js.gzip > PLAYER_JS_BUDGET ? ' OVER BUDGET' : ''}`,
  );
  // The three figures under one name: size, then ingestion and the funnel at 1 M events
  // (also `npm run bench -- player-events` on its own; --size-only stops here).
  if (!process.argv.includes('--size-only')) await (await import('./player-events.ts')).run();
}
