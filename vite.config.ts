import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const webDist = fileURLToPath(new URL('./web/dist', import.meta.url));

/**
 * Writes `name.br` (brotli quality 11) and `name.gz` (gzip level 9) beside every text file of the
 * build over 1 KiB, so the server sends compressed files without compressing on each request
 * (serveStatic's `precompressed`). A compressed copy that saves under 10 % is not kept. It works
 * on the build's own output folder (the player's build, vite.player.config.ts, uses it too).
 */
export function precompress(): Plugin {
  const brotli = promisify(brotliCompress);
  const gz = promisify(gzip);
  const text = /\.(js|mjs|css|html|svg|json|txt|xml|webmanifest)$/;
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : [path];
    });
  let outDir = webDist;
  return {
    name: 'showcase:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const targets = files(outDir).filter((path) => text.test(path) && !path.includes('/.vite/'));
      await Promise.all(
        targets.map(async (path) => {
          const raw = readFileSync(path);
          if (raw.byteLength < 1024) return;
          const [br, gzipped] = await Promise.all([
            brotli(raw, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: 11,
                [constants.BROTLI_PARAM_SIZE_HINT]: raw.byteLength,
              },
            }),
            gz(raw, { level: 9 }),
          ]);
          if (br.byteLength < raw.byteLength * 0.9) writeFileSync(`${path}.br`, br);
          if (gzipped.byteLength < raw.byteLength * 0.9) writeFileSync(`${path}.gz`, gzipped);
        }),
      );
    },
  };
}

/**
 * Vendor chunks: libraries that change less often than our code get chunks of their own, so a
 * release of Showcase leaves them cached. A group takes its modules' dependencies with it, so
 * only libraries whose dependencies no other page needs get a group: @mantine/dates (which
 * imports half of @mantine/core) and Mantine itself are left to the default split, which puts
 * each module in a chunk shared by exactly the pages that use it — a Mantine group made the
 * library page load every component of every page (+70 KB gzip).
 */
const vendorGroups = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
  { name: 'query', test: /node_modules[\\/]@tanstack[\\/]/ },
  { name: 'dnd', test: /node_modules[\\/](@hello-pangea|react-redux|redux|css-box-model|raf-schd)[\\/]/ },
];

/** The web app lives in web/ and is built to web/dist, which the server serves on the same port as the API. */
export default defineConfig({
  root: 'web',
  plugins: [react(), precompress()],
  resolve: { alias: { '@shared': fileURLToPath(new URL('./shared', import.meta.url)) } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // bench/web.ts walks the manifest to measure what each page loads.
    manifest: true,
    chunkSizeWarningLimit: 600,
    rolldownOptions: { output: { codeSplitting: { groups: vendorGroups } } },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': 'http://localhost:3000',
      '/healthz': 'http://localhost:3000',
      '/readyz': 'http://localhost:3000',
    },
  },
});
