/**
 * Markers (and the person's annotations) burned into exported image files. The HTML export lays its marker over the screenshot;
 * a Markdown zip's image files, a Word document's pictures and the focused crops are seen on
 * their own, so the marker is drawn into their pixels here, at export time, from the step's stored
 * marker data (`marker.hidden`, `marker.rect`, else the target's rect). The stored screenshot stays
 * unmarked, so the marker can still be moved in the editor.
 *
 * `drawMarker` is pure drawing on a 2D context; `burnImage` decodes, crops, draws and encodes with
 * OffscreenCanvas, so it runs in extension pages (editor, library). Elsewhere, or for bytes the
 * browser cannot decode, it returns undefined and the caller keeps the stored bytes.
 */
import { drawAnnotations } from '../annotations/draw-canvas';
import { markerRect } from '../geometry';
import type { Rect, Step } from '../model';
import type { ImageType } from './image-info';

export interface BurnedImage {
  bytes: Uint8Array;
  type: ImageType;
}

/** What to draw into one exported picture. */
export interface BurnRequest {
  /** The part of the stored image to keep, in image pixels; the whole image when absent. */
  crop?: Rect;
  /** The marker's outline in CSS px of the screenshot (geometry.ts markerRect); none when absent. */
  marker?: Rect;
  /** Image pixels per CSS pixel, so outlines are as thick as on screen at any pixel ratio. */
  scale: number;
  /** The step, whose annotations are drawn too; the marker above is already derived from it. */
  step?: Step;
  /** Encode as PNG or JPEG even when the stored image is WebP (Word shows no WebP). */
  noWebp?: boolean;
}

export type ImageBurner = (
  bytes: Uint8Array,
  type: ImageType,
  request: BurnRequest,
) => Promise<BurnedImage | undefined>;

type Ctx2d = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** The HTML export's marker (html-style.ts `.marker`), in CSS px: 3 px red inside, 2 px white halo outside, 4 px radius. */
export const MARKER_LOOK = { colour: '#d4001a', halo: '#ffffff', line: 3, haloWidth: 2, radius: 4 } as const;

/**
 * Draws the marker around `box` (canvas pixels) as the HTML export shows it: a ring filled with the
 * even-odd rule rather than a stroke, so its inner edge lies exactly on the box like a CSS border
 * with `box-sizing: border-box`, and the white halo lies just outside like `box-shadow` spread.
 */
export function drawMarker(ctx: Ctx2d, box: Rect, scale: number): void {
  const line = MARKER_LOOK.line * scale;
  const halo = MARKER_LOOK.haloWidth * scale;
  const radius = MARKER_LOOK.radius * scale;
  const ring = (outer: Rect, outerRadius: number, inset: number, colour: string) => {
    const inner = {
      x: outer.x + inset,
      y: outer.y + inset,
      width: Math.max(0, outer.width - 2 * inset),
      height: Math.max(0, outer.height - 2 * inset),
    };
    ctx.beginPath();
    ctx.roundRect(outer.x, outer.y, outer.width, outer.height, outerRadius);
    if (inner.width > 0 && inner.height > 0)
      ctx.roundRect(inner.x, inner.y, inner.width, inner.height, Math.max(0, outerRadius - inset));
    ctx.fillStyle = colour;
    ctx.fill('evenodd');
  };
  ctx.save();
  const outer = {
    x: box.x - halo,
    y: box.y - halo,
    width: box.width + 2 * halo,
    height: box.height + 2 * halo,
  };
  ring(outer, radius + halo, halo, MARKER_LOOK.halo);
  ring(box, radius, line, MARKER_LOOK.colour);
  ctx.restore();
}

/** Whether the step has annotations to burn in (arrows, boxes, callouts, badges: shared/annotations/). */
export function stepHasAnnotations(step: Step): boolean {
  return Boolean(step.annotations?.length);
}

function intersect(a: Rect, b: Rect): Rect | undefined {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const w = Math.min(a.x + a.width, b.x + b.width) - x;
  const h = Math.min(a.y + a.height, b.y + b.height) - y;
  return w > 0 && h > 0 ? { x, y, width: w, height: h } : undefined;
}

/**
 * Draws the marker and the step's annotations onto a canvas holding the picture: the crop (image
 * pixels) at the canvas origin, or the whole image when `crop` is absent.
 */
export function paintOverlays(
  ctx: Ctx2d,
  request: BurnRequest,
  size: { width: number; height: number },
): void {
  const crop = request.crop ?? { x: 0, y: 0, width: size.width, height: size.height };
  const s = request.scale;
  if (request.marker) {
    // Cut to the picture, as the HTML focused view cuts its marker to the crop.
    const shown = intersect(
      {
        x: request.marker.x * s - crop.x,
        y: request.marker.y * s - crop.y,
        width: request.marker.width * s,
        height: request.marker.height * s,
      },
      { x: 0, y: 0, width: crop.width, height: crop.height },
    );
    if (shown) drawMarker(ctx, shown, s);
  }
  // The person's own marks go over the marker, as they were drawn over the screenshot.
  drawAnnotations(ctx, request.step?.annotations, s, { x: crop.x / s, y: crop.y / s });
}

/** The request for a step's picture: its marker (none when hidden or off-screen) at the image's scale. */
export function burnRequest(step: Step, image: { width: number }, crop?: Rect): BurnRequest {
  const vpWidth = step.viewport?.width;
  const scale = vpWidth && vpWidth > 0 ? image.width / vpWidth : 1;
  const marker = markerRect(step);
  return { scale, step, ...(marker ? { marker } : {}), ...(crop ? { crop } : {}) };
}

/**
 * The screenshot being burned, decoded once: a step's full and focused pictures, and every step
 * sharing a screenshot, draw from one bitmap. Closed once a newer screenshot replaced it and no
 * drawing still uses it (a decoded 1280×800 screenshot holds 4 MB until closed).
 */
interface Decoded {
  bytes: Uint8Array;
  bitmap: Promise<ImageBitmap | undefined>;
  users: number;
  stale: boolean;
}
let current: Decoded | undefined;

function acquire(bytes: Uint8Array, type: ImageType): Decoded {
  if (current?.bytes !== bytes) {
    if (current) {
      current.stale = true;
      if (current.users === 0) void current.bitmap.then((b) => b?.close());
    }
    current = {
      bytes,
      // Bytes this browser cannot decode: the caller keeps the stored bytes rather than failing the export.
      bitmap: createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>], { type })).catch(
        () => undefined,
      ),
      users: 0,
      stale: false,
    };
  }
  current.users++;
  return current;
}

function release(decoded: Decoded): void {
  decoded.users--;
  if (decoded.stale && decoded.users === 0) void decoded.bitmap.then((b) => b?.close());
}

export const burnImage: ImageBurner = async (bytes, type, request) => {
  if (typeof OffscreenCanvas === 'undefined' || typeof createImageBitmap === 'undefined') return undefined;
  const decoded = acquire(bytes, type);
  try {
    const bitmap = await decoded.bitmap;
    if (!bitmap) return undefined;
    const crop = request.crop ?? { x: 0, y: 0, width: bitmap.width, height: bitmap.height };
    const canvas = new OffscreenCanvas(crop.width, crop.height);
    const ctx = canvas.getContext('2d');
    if (!ctx) return undefined;
    ctx.drawImage(bitmap, crop.x, crop.y, crop.width, crop.height, 0, 0, crop.width, crop.height);
    paintOverlays(ctx, request, { width: bitmap.width, height: bitmap.height });
    const out: ImageType = request.noWebp && type === 'image/webp' ? 'image/png' : type;
    // Same format as the screenshot: a JPEG photo re-encoded as PNG would grow several times over.
    const blob = await canvas.convertToBlob(
      out === 'image/png' ? { type: out } : { type: out, quality: 0.9 },
    );
    return { bytes: new Uint8Array(await blob.arrayBuffer()), type: blob.type === out ? out : 'image/png' };
  } finally {
    release(decoded);
  }
};
