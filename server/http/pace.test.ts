import { describe, expect, it } from 'vitest';
import { UploadBudget } from './pace.ts';

const MB = 1024 * 1024;

describe('the upload budget', () => {
  it('lets a burst through at once, then asks to wait for what the rate has not yet earned', () => {
    let now = 0;
    const budget = new UploadBudget({ bytesPerSecond: 64 * MB, burstBytes: MB, now: () => now });
    expect(budget.take(MB / 2)).toBe(0);
    expect(budget.take(MB / 2)).toBe(0);
    // The bucket is empty: 64 KB more is a thousandth of a second's worth at 64 MB/s.
    expect(budget.take(64 * 1024)).toBeCloseTo(1000 / 1024, 6);
    now += 1000;
    // A second later the bucket is full again, never more than the burst.
    expect(budget.take(MB)).toBe(0);
    expect(budget.take(1)).toBeGreaterThan(0);
  });

  it('is shared: two uploads reading at once each get half the rate', () => {
    let now = 0;
    const budget = new UploadBudget({ bytesPerSecond: 10 * MB, burstBytes: 0, now: () => now });
    const first = budget.take(MB);
    const second = budget.take(MB);
    expect(first).toBeCloseTo(100, 6);
    expect(second).toBeCloseTo(200, 6);
    now += 200;
    expect(budget.take(0)).toBe(0);
  });

  it('passes every byte through its stream unchanged and in order', async () => {
    const budget = new UploadBudget({ bytesPerSecond: 256 * MB, burstBytes: 64 * 1024 });
    const stream = budget.pace();
    const chunks = Array.from({ length: 8 }, (_, n) => Buffer.alloc(50_000, n));
    const received: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => received.push(chunk));
    const ended = new Promise((resolve) => stream.on('end', resolve));
    for (const chunk of chunks) stream.write(chunk);
    stream.end();
    await ended;
    expect(Buffer.concat(received).equals(Buffer.concat(chunks))).toBe(true);
  });
});
