/**
 * Covers secret fields with a solid fill burned into the pixels before anything is stored.
 * A blur can be reversed; a fill cannot. Runs in the service worker with OffscreenCanvas.
 */
import { toImagePixels } from '../shared/geometry';
import type { Rect } from '../shared/model';

export const REDACTION_FILL = '#000000';
/** Screenshots of photo-like pages are several times smaller as JPEG; UI pages stay sharp PNG. */
const JPEG_ABOVE_BYTES = 700_000;

export interface EncodedImage {
  blob: Blob;
  width: number;
  height: number;
}

/** Decodes a `data:` URL without fetch: the extension makes no requests of its own. */
export function dataUrlToBlob(dataUrl: string): Blob {
  const comma = dataUrl.indexOf(',');
  const mime = /^data:([^;,]+)/.exec(dataUrl)?.[1] ?? 'application/octet-stream';
  const binary = atob(dataUrl.slice(comma + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: mime });
}

/** Width and height from a PNG's IHDR chunk, without decoding the pixels. */
export async function pngSize(blob: Blob): Promise<{ width: number; height: number } | undefined> {
  const head = new DataView(await blob.slice(0, 24).arrayBuffer());
  if (head.byteLength < 24 || head.getUint32(0) !== 0x89504e47) return undefined;
  return { width: head.getUint32(16), height: head.getUint32(20) };
}

/**
 * Returns the image with every rect (viewport CSS px) filled, re-encoded; or the original when
 * there is nothing to cover and it is small enough.
 */
export async function redact(
  png: Blob,
  rects: readonly Rect[],
  viewportWidth: number,
): Promise<EncodedImage> {
  const size = await pngSize(png);
  if (rects.length === 0 && size && png.size <= JPEG_ABOVE_BYTES) return { blob: png, ...size };
  const bitmap = await createImageBitmap(png);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('Handoff could not prepare the screenshot (no 2D canvas).');
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  context.fillStyle = REDACTION_FILL;
  for (const rect of rects) {
    const px = toImagePixels(rect, viewportWidth, canvas.width);
    context.fillRect(px.x, px.y, px.width, px.height);
  }
  let blob = await canvas.convertToBlob({ type: 'image/png' });
  if (blob.size > JPEG_ABOVE_BYTES) blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 });
  return { blob, width: canvas.width, height: canvas.height };
}
