import { describe, expect, it } from 'vitest';
import { lastWordOpen } from './library.search.repository.ts';

describe('search box words', () => {
  it('treats the last word as still being typed only when the box ends inside it', () => {
    expect(lastWordOpen('data owner')).toBe(true);
    expect(lastWordOpen('data owner ')).toBe(false);
    expect(lastWordOpen('data owner.')).toBe(false);
  });
});
