import { describe, expect, it } from 'vitest';
import { lastWordOpen, queryWords } from './library.search.repository.ts';

describe('search box words', () => {
  it('keeps ci/cd one token, as the index holds it', () => {
    expect(queryWords('CI/CD pipelines, fast')).toEqual(['ci/cd', 'pipelines', 'fast']);
  });
  it('treats the last word as still being typed only when the box ends inside it', () => {
    expect(lastWordOpen('data owner')).toBe(true);
    expect(lastWordOpen('data owner ')).toBe(false);
    expect(lastWordOpen('data owner.')).toBe(false);
  });
});
