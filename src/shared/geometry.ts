/** Marker geometry: where the outline goes on a screenshot, independent of pixel ratio and zoom. */
import type { Rect, Step } from './model';

export interface PercentBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Padding around the element so the outline does not hide its edges, in CSS px. */
const PAD = 4;

/**
 * The marker's outline in CSS px of the viewport: the element padded, cut to the viewport. Returns
 * undefined when there is nothing to mark or the element lies wholly outside the view.
 */
export function markerRect(step: Pick<Step, 'marker' | 'target' | 'viewport'>): Rect | undefined {
  if (step.marker?.hidden) return undefined;
  const rect: Rect | undefined = step.marker?.rect ?? step.target?.rect;
  const vp = step.viewport;
  if (!rect || !vp || vp.width <= 0 || vp.height <= 0) return undefined;
  // Judge visibility before padding: an element just past an edge must not leave a sliver of outline.
  if (rect.x >= vp.width || rect.y >= vp.height || rect.x + rect.width <= 0 || rect.y + rect.height <= 0)
    return undefined;
  const x1 = Math.max(0, rect.x - PAD);
  const y1 = Math.max(0, rect.y - PAD);
  const x2 = Math.min(vp.width, rect.x + rect.width + PAD);
  const y2 = Math.min(vp.height, rect.y + rect.height + PAD);
  if (x2 <= x1 || y2 <= y1) return undefined;
  return { x: x1, y: y1, width: x2 - x1, height: y2 - y1 };
}

/** `rect` as percentages of `frame` (both in the same units), rounded to hundredths. */
export function percentOf(rect: Rect, frame: Rect): PercentBox {
  const pct = (n: number, of: number) => Math.round((n / of) * 10000) / 100;
  return {
    left: pct(rect.x - frame.x, frame.width),
    top: pct(rect.y - frame.y, frame.height),
    width: pct(rect.width, frame.width),
    height: pct(rect.height, frame.height),
  };
}

/**
 * The marker as percentages of the screenshot. The screenshot spans exactly the viewport, so CSS
 * pixels over the viewport's CSS size hold at any device pixel ratio or page zoom. Returns
 * undefined when there is nothing to mark or the element lies wholly outside the view.
 */
export function markerBox(step: Pick<Step, 'marker' | 'target' | 'viewport'>): PercentBox | undefined {
  const rect = markerRect(step);
  const vp = step.viewport;
  if (!rect || !vp) return undefined;
  return percentOf(rect, { x: 0, y: 0, width: vp.width, height: vp.height });
}

/** A CSS rect in the viewport → device pixels of the screenshot. */
export function toImagePixels(rect: Rect, viewportWidth: number, imageWidth: number): Rect {
  const scale = imageWidth / viewportWidth;
  // Round the edges outward, not the size: flooring x and ceiling the width alone can leave the
  // last device pixel of a fractional rect uncovered (a redaction must cover all of it).
  const x = Math.floor(rect.x * scale);
  const y = Math.floor(rect.y * scale);
  return {
    x,
    y,
    width: Math.ceil((rect.x + rect.width) * scale) - x,
    height: Math.ceil((rect.y + rect.height) * scale) - y,
  };
}
