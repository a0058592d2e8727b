import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { access, constants, mkdir, readdir, rename, rm, stat, unlink } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  type ByteRange,
  checkKey,
  FileNotFoundError,
  Meter,
  type PutOptions,
  type Storage,
} from './storage.ts';

const TEMP = '.incoming';

/**
 * Files in a folder (by default SHOWCASE_DATA_DIR/files). A file is written to `.incoming/` first
 * and renamed under its key only when complete and flushed, so a crash never leaves half a file
 * under a key; leftovers in `.incoming/` older than a day are removed by `check()` at boot.
 */
export function createLocalStorage(options: { root: string }): Storage {
  const root = resolve(options.root);
  const pathOf = (key: string) => join(root, checkKey(key));

  return {
    kind: 'local',

    async put(key, body, { maxBytes }: PutOptions) {
      const target = pathOf(key);
      const temp = join(root, TEMP, `${randomUUID()}.part`);
      await mkdir(dirname(temp), { recursive: true });
      const meter = new Meter(maxBytes);
      try {
        await pipeline(Readable.from(body), meter, createWriteStream(temp, { flags: 'wx', flush: true }));
        await mkdir(dirname(target), { recursive: true });
        await rename(temp, target);
      } catch (error) {
        await unlink(temp).catch(() => {});
        throw error;
      }
      return meter.result();
    },

    async get(key, options: { range?: ByteRange } = {}) {
      const path = pathOf(key);
      const info = await stat(path).catch(() => undefined);
      if (!info?.isFile()) throw new FileNotFoundError(key);
      const range = options.range;
      const body = range
        ? createReadStream(path, { start: range.start, end: range.end })
        : createReadStream(path);
      return { body, size: range ? range.end - range.start + 1 : info.size };
    },

    async stat(key) {
      const info = await stat(pathOf(key)).catch(() => undefined);
      return info?.isFile() ? { size: info.size } : undefined;
    },

    async delete(key) {
      await rm(pathOf(key), { force: true });
    },

    async check() {
      await mkdir(join(root, TEMP), { recursive: true });
      await access(root, constants.W_OK);
      const dayAgo = Date.now() - 86_400_000;
      for (const name of await readdir(join(root, TEMP))) {
        const path = join(root, TEMP, name);
        const info = await stat(path).catch(() => undefined);
        if (info && info.mtimeMs < dayAgo) await rm(path, { force: true });
      }
    },
  };
}
