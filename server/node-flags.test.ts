import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERVER_NODE_FLAGS } from './node-flags.ts';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

describe('the server process starts with its Node.js flags', () => {
  const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
  it.each(['start', 'dev'])('in npm run %s', (name) => {
    const script = scripts[name] ?? '';
    const server = script.split('&&').find((part) => part.includes('server/main.ts')) ?? '';
    for (const flag of SERVER_NODE_FLAGS) expect(server).toContain(flag);
  });
  it('in npx showcase', () => {
    const shebang = read('bin/showcase.js').split('\n')[0] ?? '';
    expect(shebang.startsWith('#!/usr/bin/env -S node ')).toBe(true);
    for (const flag of SERVER_NODE_FLAGS) expect(shebang).toContain(flag);
  });
});
