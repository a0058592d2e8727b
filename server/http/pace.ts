import { Transform, type TransformCallback } from 'node:stream';

/**
 * A token bucket shared by the uploads of one process: together they are read off their sockets at
 * no more than `bytesPerSecond`, in bursts of at most `burstBytes`. Reading, parsing and hashing a
 * body runs on the thread that answers every request, and on loopback or a LAN an unpaced 10 MB
 * upload takes that thread whole while it lasts; paced, other requests keep their turn.
 */
export class UploadBudget {
  readonly bytesPerSecond: number;
  readonly burstBytes: number;
  private readonly now: () => number;
  private tokens: number;
  private refilled: number;

  constructor(options: { bytesPerSecond: number; burstBytes: number; now?: () => number }) {
    this.bytesPerSecond = options.bytesPerSecond;
    this.burstBytes = options.burstBytes;
    this.now = options.now ?? (() => performance.now());
    this.tokens = options.burstBytes;
    this.refilled = this.now();
  }

  /** Takes `bytes` from the bucket; how many milliseconds to wait before reading on (0: at once). */
  take(bytes: number): number {
    const now = this.now();
    const earned = ((now - this.refilled) / 1000) * this.bytesPerSecond;
    this.tokens = Math.min(this.burstBytes, this.tokens + earned) - bytes;
    this.refilled = now;
    return this.tokens >= 0 ? 0 : (-this.tokens / this.bytesPerSecond) * 1000;
  }

  /** A stream that passes bytes on at the budget's pace; its backpressure pauses the source. */
  pace(): Transform {
    return new Transform({
      transform: (chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) => {
        const wait = this.take(chunk.byteLength);
        if (wait === 0) callback(null, chunk);
        else setTimeout(() => callback(null, chunk), wait);
      },
    });
  }
}
