import { degrees, PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';

/**
 * Watermarks burned into the served file itself (not an overlay a page could leave out): the
 * text is part of the image's pixels or of every PDF page's content. Files of other types are
 * served as they are.
 */

/** The types a watermark can be burned into. */
export const watermarkableTypes = ['image/png', 'image/jpeg', 'image/webp', 'application/pdf'] as const;

export function canWatermark(contentType: string): boolean {
  return (watermarkableTypes as readonly string[]).includes(contentType);
}

/** Refuse images larger than this many pixels (a decompression bomb would take the memory). */
const MAX_PIXELS = 100_000_000;

const escapeXml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char] as string,
  );

/**
 * An SVG the size of the image, tiled with the text on a diagonal: white letters with a dark
 * outline, both semi-transparent, so it shows on light and dark images alike. The font is
 * DejaVu Sans (or any sans-serif fontconfig finds): librsvg renders SVG text through fontconfig.
 */
export function watermarkSvg(width: number, height: number, text: string): string {
  const fontSize = Math.max(12, Math.round(Math.min(width, height) / 18));
  // A tile holds the text once with room around it; the pattern is rotated as a whole.
  const tileWidth = Math.ceil(text.length * fontSize * 0.62 + fontSize * 3);
  const tileHeight = Math.ceil(fontSize * 4);
  const stroke = Math.max(1, Math.round(fontSize / 16));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <defs>
    <pattern id="mark" x="0" y="0" width="${tileWidth}" height="${tileHeight}" patternUnits="userSpaceOnUse" patternTransform="rotate(-30)">
      <text x="${fontSize}" y="${Math.round(tileHeight / 2 + fontSize / 3)}" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-size="${fontSize}" font-weight="bold" fill="#ffffff" fill-opacity="0.5" stroke="#000000" stroke-opacity="0.45" stroke-width="${stroke}">${escapeXml(text)}</text>
    </pattern>
  </defs>
  <rect x="0" y="0" width="${width}" height="${height}" fill="url(#mark)"/>
</svg>`;
}

/** A PNG, JPEG or WebP with the text tiled across it, re-encoded in its own format. */
export async function watermarkImage(input: Uint8Array, contentType: string, text: string): Promise<Buffer> {
  const image = sharp(input, { limitInputPixels: MAX_PIXELS }).autoOrient();
  const metadata = await image.metadata();
  const width = metadata.autoOrient?.width ?? metadata.width;
  const height = metadata.autoOrient?.height ?? metadata.height;
  if (!width || !height) throw new Error('the image has no size');
  const marked = image.composite([
    { input: Buffer.from(watermarkSvg(width, height, text)), top: 0, left: 0 },
  ]);
  if (contentType === 'image/jpeg') return marked.jpeg({ quality: 90 }).toBuffer();
  if (contentType === 'image/webp') return marked.webp({ quality: 90 }).toBuffer();
  return marked.png().toBuffer();
}

/**
 * A PDF with the text on every page: diagonal rows across the page in Helvetica, grey at 25 %
 * opacity, drawn over the page's content. Helvetica covers WinAnsi only, so other characters of a
 * link's name become `?` (an email is ASCII).
 */
export async function watermarkPdf(input: Uint8Array, text: string): Promise<Uint8Array> {
  const document = await PDFDocument.load(input, { updateMetadata: false });
  const font = await document.embedFont(StandardFonts.HelveticaBold);
  const known = new Set(font.getCharacterSet());
  const printable = [...text].map((char) => (known.has(char.codePointAt(0) ?? 0) ? char : '?')).join('');
  for (const page of document.getPages()) {
    const { width, height } = page.getSize();
    const size = Math.max(10, Math.round(Math.min(width, height) / 24));
    const textWidth = font.widthOfTextAtSize(printable, size);
    const stepX = textWidth + size * 3;
    const stepY = size * 5;
    const reach = Math.hypot(width, height);
    for (let y = -reach; y < reach; y += stepY)
      for (let x = -reach; x < reach; x += stepX)
        page.drawText(printable, {
          x,
          y,
          size,
          font,
          color: rgb(0.5, 0.5, 0.5),
          opacity: 0.25,
          rotate: degrees(30),
        });
  }
  return document.save();
}

/** The file with the text burned in (a type `canWatermark` takes). */
export async function watermarkFile(
  input: Uint8Array,
  contentType: string,
  text: string,
): Promise<Uint8Array> {
  if (contentType === 'application/pdf') return watermarkPdf(input, text);
  return watermarkImage(input, contentType, text);
}
