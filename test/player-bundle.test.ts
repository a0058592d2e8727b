import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { measurePlayerBundle, PLAYER_JS_BUDGET } from '../bench/player.ts';

/** The click-through player's bundle, built from source into a folder of its own. */
describe('the click-through player bundle', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'showcase-player-build-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('is one script and one stylesheet within the 30 KB gzipped JavaScript budget', () => {
    const bundle = measurePlayerBundle({ build: true, outDir });
    expect(bundle.js.gzip).toBeLessThanOrEqual(PLAYER_JS_BUDGET);
    expect(bundle.css.raw).toBeGreaterThan(0);
    const script = readFileSync(join(outDir, 'player.js'), 'utf8');
    // An IIFE: no module syntax and no chunk loading, so it runs inlined in a page opened from disk.
    expect(script).not.toMatch(/\bimport\s*\(|^import\s|^export\s/m);
  }, 120_000);
});
