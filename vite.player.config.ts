import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { precompress } from './vite.config.ts';

const outDir = fileURLToPath(new URL('./web/dist/player', import.meta.url));

/**
 * The click-through player (web/player): one IIFE script and one stylesheet, no code splitting,
 * built after the web app (whose build empties web/dist) into web/dist/player. The server serves
 * them on /play pages and inlines them into the standalone export. Budget: 30 KB gzipped
 * JavaScript (bench/player.ts, test/player-bundle.test.ts).
 */
export default defineConfig({
  publicDir: false,
  plugins: [precompress()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2020',
    minify: true,
    copyPublicDir: false,
    reportCompressedSize: false,
    lib: {
      entry: fileURLToPath(new URL('./web/player/main.ts', import.meta.url)),
      formats: ['iife'],
      name: 'ShowcasePlayer',
      fileName: () => 'player.js',
      cssFileName: 'player',
    },
  },
});
