import { fileTypeFromBuffer } from 'file-type';
import sharp, { type OverlayOptions, type Sharp } from 'sharp';
import {
  type Redaction,
  SCREENSHOT_MAX_BYTES,
  SCREENSHOT_MAX_PIXELS,
  SCREENSHOT_MAX_WIDTH,
  SCREENSHOT_TYPES,
} from '../../../shared/clickthrough.ts';
import { AppError } from '../../errors.ts';
import { FileNotFoundError, formatBytes, type Storage } from '../../storage/storage.ts';
import { safeFilename } from '../../uploads.ts';

/**
 * Screenshots of click-through demos: what an upload may be (PNG, JPEG or WebP, decided from the
 * content, whatever the name says), normalised with sharp (no wider than SCREENSHOT_MAX_WIDTH,
 * re-encoded as WebP, metadata stripped), and redaction boxes burned into the pixels.
 */

/** The stored form of every screenshot. */
export const SCREENSHOT_CONTENT_TYPE = 'image/webp';
const encode = (image: Sharp) => image.webp({ quality: 90, effort: 2 });

export interface Screenshot {
  bytes: Buffer;
  width: number;
  height: number;
}

/** Reads an upload whole (screenshots are re-encoded, so they are held in memory), at most maxBytes. */
export async function readUpload(
  stream: AsyncIterable<Uint8Array>,
  name: string,
  maxBytes = SCREENSHOT_MAX_BYTES,
): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.byteLength;
    if (size > maxBytes) {
      const reason = `files may be at most ${formatBytes(maxBytes)}`;
      throw new AppError('payload_too_large', `Refused “${safeFilename(name)}”: ${reason}`, {
        fields: { file: reason },
      });
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * An uploaded screenshot, checked and normalised: 415 naming `file` when the content is not a
 * PNG, JPEG or WebP (the name does not matter), 422 naming `file` when it has too many pixels or
 * cannot be decoded.
 */
export async function normaliseScreenshot(bytes: Buffer, name: string): Promise<Screenshot> {
  const filename = safeFilename(name);
  if (bytes.byteLength === 0)
    throw new AppError('validation_failed', `“${filename}” is empty`, {
      fields: { file: 'the file is empty' },
    });
  const detected = await fileTypeFromBuffer(bytes).catch(() => undefined);
  const type = detected?.mime === 'image/apng' ? 'image/png' : detected?.mime;
  if (!type || !(SCREENSHOT_TYPES as readonly string[]).includes(type)) {
    const reason = `${detected ? `the content is ${detected.mime}; ` : ''}screenshots must be PNG, JPEG or WebP images`;
    throw new AppError('unsupported_media_type', `Refused “${filename}”: ${reason}`, {
      fields: { file: reason },
    });
  }
  const unreadable = () =>
    new AppError('validation_failed', `“${filename}” could not be read as an image`, {
      fields: { file: 'the image could not be decoded' },
    });
  const meta = await sharp(bytes)
    .metadata()
    .catch(() => {
      throw unreadable();
    });
  const pixels = (meta.width ?? 0) * (meta.height ?? 0);
  if (pixels > SCREENSHOT_MAX_PIXELS) {
    const reason = `the image is ${meta.width}×${meta.height} (${(pixels / 1e6).toFixed(1)} million pixels); at most ${SCREENSHOT_MAX_PIXELS / 1e6} million are accepted`;
    throw new AppError('validation_failed', `Refused “${filename}”: ${reason}`, { fields: { file: reason } });
  }
  try {
    const { data, info } = await encode(
      sharp(bytes, { limitInputPixels: SCREENSHOT_MAX_PIXELS })
        .rotate()
        .resize({ width: SCREENSHOT_MAX_WIDTH, withoutEnlargement: true }),
    ).toBuffer({ resolveWithObject: true });
    return { bytes: data, width: info.width, height: info.height };
  } catch {
    throw unreadable();
  }
}

/** A relative box in whole pixels of a width × height image, at least one pixel, inside it. */
export function pixelBox(box: { x: number; y: number; w: number; h: number }, width: number, height: number) {
  const left = Math.min(width - 1, Math.max(0, Math.floor(box.x * width)));
  const top = Math.min(height - 1, Math.max(0, Math.floor(box.y * height)));
  const right = Math.min(width, Math.max(left + 1, Math.ceil((box.x + box.w) * width)));
  const bottom = Math.min(height, Math.max(top + 1, Math.ceil((box.y + box.h) * height)));
  return { left, top, width: right - left, height: bottom - top };
}

/** The colour of solid redaction boxes. */
export const SOLID_REDACTION = { r: 24, g: 28, b: 36 };

/**
 * Burns redaction boxes into an image: a solid box is painted over; a blur box is the region
 * shrunk to a few pixels, scaled back and blurred hard, so nothing of the original detail is
 * left to recover. Answers the new image (the caller replaces the stored one).
 */
export async function burnRedactions(bytes: Buffer, redactions: Redaction[]): Promise<Screenshot> {
  const source = sharp(bytes);
  const meta = await source.metadata();
  const width = meta.width ?? 0;
  const height = meta.height ?? 0;
  const layers: OverlayOptions[] = [];
  for (const redaction of redactions) {
    const box = pixelBox(redaction, width, height);
    if (redaction.style === 'solid') {
      const solid = await sharp({
        create: { width: box.width, height: box.height, channels: 3, background: SOLID_REDACTION },
      })
        .png()
        .toBuffer();
      layers.push({ input: solid, left: box.left, top: box.top });
    } else {
      const tiny = {
        width: Math.max(1, Math.round(box.width / 24)),
        height: Math.max(1, Math.round(box.height / 24)),
      };
      const small = await sharp(bytes)
        .extract(box)
        .resize(tiny.width, tiny.height, { fit: 'fill' })
        .png()
        .toBuffer();
      const blurred = await sharp(small)
        .resize(box.width, box.height, { fit: 'fill', kernel: 'cubic' })
        .blur(Math.min(30, Math.max(2, Math.min(box.width, box.height) / 4)))
        .png()
        .toBuffer();
      layers.push({ input: blurred, left: box.left, top: box.top });
    }
  }
  const { data, info } = await encode(sharp(bytes).composite(layers)).toBuffer({ resolveWithObject: true });
  return { bytes: data, width: info.width, height: info.height };
}

/** A stored file read whole (screenshots are a few hundred kB). */
export async function readStored(storage: Storage, key: string): Promise<Buffer> {
  const file = await storage.get(key).catch((error) => {
    if (error instanceof FileNotFoundError)
      throw new AppError('not_found', 'The screenshot is missing from storage');
    throw error;
  });
  const chunks: Uint8Array[] = [];
  for await (const chunk of file.body) chunks.push(chunk);
  return Buffer.concat(chunks);
}

export async function putImage(storage: Storage, key: string, bytes: Buffer) {
  await storage.put(key, [bytes], {
    maxBytes: SCREENSHOT_MAX_BYTES * 2,
    contentType: SCREENSHOT_CONTENT_TYPE,
  });
}
