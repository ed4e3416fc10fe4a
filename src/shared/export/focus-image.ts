/**
 * The focused view as its own image file, for exports that cannot crop by CSS (Markdown): the crop
 * of the screenshot with the marker drawn into the pixels. Needs a page with OffscreenCanvas (the
 * editor or the library); elsewhere, or for bytes it cannot decode, it returns undefined and the
 * export keeps the full screenshot.
 */
import type { FocusView } from '../focus';
import type { ImageType } from './image-info';

export interface FocusImage {
  bytes: Uint8Array;
  type: ImageType;
}

export type FocusImageRenderer = (
  bytes: Uint8Array,
  type: ImageType,
  focus: FocusView,
) => Promise<FocusImage | undefined>;

/** The marker's look in the HTML export (html-style.ts): 3 px red, a 2 px white halo, in CSS px. */
const MARKER = { colour: '#d4001a', width: 3, halo: 2 } as const;

export const renderFocusImage: FocusImageRenderer = async (bytes, type, focus) => {
  if (typeof OffscreenCanvas === 'undefined' || typeof createImageBitmap === 'undefined') return undefined;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  } catch {
    // Bytes this browser cannot decode: the step keeps its full screenshot rather than failing the export.
    return undefined;
  }
  try {
    const { crop } = focus;
    const canvas = new OffscreenCanvas(crop.width, crop.height);
    const ctx = canvas.getContext('2d');
    if (!ctx) return undefined;
    ctx.drawImage(bitmap, crop.x, crop.y, crop.width, crop.height, 0, 0, crop.width, crop.height);
    if (focus.marker) {
      // Image pixels per CSS pixel, so the outline is as thick as on screen at any pixel ratio.
      const scale = crop.width / focus.cssWidth;
      const m = focus.marker;
      const x = (m.left / 100) * crop.width;
      const y = (m.top / 100) * crop.height;
      const w = (m.width / 100) * crop.width;
      const h = (m.height / 100) * crop.height;
      const line = MARKER.width * scale;
      ctx.lineJoin = 'round';
      ctx.strokeStyle = '#fff';
      ctx.lineWidth = line + 2 * MARKER.halo * scale;
      ctx.strokeRect(x + line / 2, y + line / 2, w - line, h - line);
      ctx.strokeStyle = MARKER.colour;
      ctx.lineWidth = line;
      ctx.strokeRect(x + line / 2, y + line / 2, w - line, h - line);
    }
    // Same format as the screenshot: a JPEG photo re-encoded as PNG would grow several times over.
    const blob = await canvas.convertToBlob(type === 'image/png' ? { type } : { type, quality: 0.9 });
    return { bytes: new Uint8Array(await blob.arrayBuffer()), type: blob.type === type ? type : 'image/png' };
  } finally {
    bitmap.close();
  }
};
