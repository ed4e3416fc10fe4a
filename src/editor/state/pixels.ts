/**
 * Pixel edits, burned into a new image Blob with a canvas in the page. A black-out is a solid
 * fill in the pixels, not an overlay, so no later step (export, copy, import) can undo it.
 */
import { t } from '../../shared/i18n';
import type { Rect } from '../../shared/model';

export interface Pixels {
  blob: Blob;
  width: number;
  height: number;
}

/** Keeps the format: a JPEG photo re-encoded as PNG would grow several times over (NOTES.md). */
function outputType(blob: Blob): { type: string; quality?: number } {
  if (blob.type === 'image/jpeg' || blob.type === 'image/webp') return { type: blob.type, quality: 0.92 };
  return { type: 'image/png' };
}

async function redraw(
  source: Blob,
  size: { width: number; height: number },
  draw: (ctx: OffscreenCanvasRenderingContext2D, bitmap: ImageBitmap) => void,
): Promise<Pixels> {
  const bitmap = await createImageBitmap(source);
  try {
    const canvas = new OffscreenCanvas(size.width, size.height);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error(t('editorPixelsFailed'));
    draw(ctx, bitmap);
    const blob = await canvas.convertToBlob(outputType(source));
    return { blob, width: size.width, height: size.height };
  } finally {
    bitmap.close();
  }
}

export async function imageSize(blob: Blob): Promise<{ width: number; height: number }> {
  const bitmap = await createImageBitmap(blob);
  const size = { width: bitmap.width, height: bitmap.height };
  bitmap.close();
  return size;
}

/** Paints each rectangle (image pixels) solid black. */
export async function blackOut(
  source: Blob,
  size: { width: number; height: number },
  rects: Rect[],
): Promise<Pixels> {
  return redraw(source, size, (ctx, bitmap) => {
    ctx.drawImage(bitmap, 0, 0);
    ctx.fillStyle = '#000';
    for (const r of rects) ctx.fillRect(r.x, r.y, r.width, r.height);
  });
}

/** Keeps only `rect` (image pixels). */
export async function crop(source: Blob, rect: Rect): Promise<Pixels> {
  return redraw(source, { width: rect.width, height: rect.height }, (ctx, bitmap) => {
    ctx.drawImage(bitmap, rect.x, rect.y, rect.width, rect.height, 0, 0, rect.width, rect.height);
  });
}
