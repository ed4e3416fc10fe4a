/**
 * Regions chosen on a screenshot. The person draws them over the picture as it is shown, so the
 * editor keeps them as fractions (0–1) of the picture and converts them at the end: to image
 * pixels for blacking out and cropping, to the page's CSS pixels for moving the marker.
 */
import type { Rect, Viewport } from '../model';
import type { PixelSize } from './screenshot-edits';

/** A rectangle as fractions of the picture's width and height. */
export type Fraction = Rect;

/** Smallest region, as a fraction: a 1×1 pixel crop would be a mistake, not a wish. */
export const MIN_FRACTION = 0.02;

const clamp01 = (n: number) => Math.min(1, Math.max(0, n));

/** The rectangle spanned by two corner points (fractions), in either drag direction, clamped. */
export function fromCorners(a: { x: number; y: number }, b: { x: number; y: number }): Fraction {
  const x1 = clamp01(Math.min(a.x, b.x));
  const y1 = clamp01(Math.min(a.y, b.y));
  const x2 = clamp01(Math.max(a.x, b.x));
  const y2 = clamp01(Math.max(a.y, b.y));
  return { x: x1, y: y1, width: x2 - x1, height: y2 - y1 };
}

/** Keeps a region inside the picture and at least MIN_FRACTION on each side. */
export function clampRegion(r: Fraction): Fraction {
  const width = Math.min(1, Math.max(MIN_FRACTION, r.width));
  const height = Math.min(1, Math.max(MIN_FRACTION, r.height));
  return {
    x: Math.min(1 - width, Math.max(0, r.x)),
    y: Math.min(1 - height, Math.max(0, r.y)),
    width,
    height,
  };
}

/** Keyboard nudges: arrows move the region, Shift+arrows resize it. */
export function nudge(r: Fraction, key: string, resize: boolean, step = 0.02): Fraction | undefined {
  const d: Record<string, [number, number]> = {
    ArrowLeft: [-step, 0],
    ArrowRight: [step, 0],
    ArrowUp: [0, -step],
    ArrowDown: [0, step],
  };
  const delta = d[key];
  if (!delta) return undefined;
  const [dx, dy] = delta;
  return clampRegion(
    resize ? { ...r, width: r.width + dx, height: r.height + dy } : { ...r, x: r.x + dx, y: r.y + dy },
  );
}

/** Image pixels that fully cover the region (rounded outwards): nothing at the edge escapes a black-out. */
export function coveringPixels(r: Fraction, size: PixelSize): Rect {
  const x1 = Math.max(0, Math.floor(r.x * size.width));
  const y1 = Math.max(0, Math.floor(r.y * size.height));
  const x2 = Math.min(size.width, Math.ceil((r.x + r.width) * size.width));
  const y2 = Math.min(size.height, Math.ceil((r.y + r.height) * size.height));
  return { x: x1, y: y1, width: Math.max(1, x2 - x1), height: Math.max(1, y2 - y1) };
}

/** Image pixels nearest to the region, for cropping. */
export function nearestPixels(r: Fraction, size: PixelSize): Rect {
  const x1 = Math.round(r.x * size.width);
  const y1 = Math.round(r.y * size.height);
  const x2 = Math.round((r.x + r.width) * size.width);
  const y2 = Math.round((r.y + r.height) * size.height);
  return { x: x1, y: y1, width: Math.max(1, x2 - x1), height: Math.max(1, y2 - y1) };
}

/** The region in the page's CSS pixels, which is how a marker is stored. */
export function toViewportRect(r: Fraction, viewport: Pick<Viewport, 'width' | 'height'>): Rect {
  return {
    x: r.x * viewport.width,
    y: r.y * viewport.height,
    width: r.width * viewport.width,
    height: r.height * viewport.height,
  };
}

/** A starting region for the keyboard: the middle half of the picture. */
export const CENTRE: Fraction = { x: 0.25, y: 0.25, width: 0.5, height: 0.5 };
