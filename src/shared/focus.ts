/**
 * The focused view: which part of a step's screenshot to show so a reader finds the marked element
 * at once, with its form, dialog or toolbar around it. Pure geometry over what the step already
 * holds (target, context, marker, viewport) and the stored image's pixel size.
 *
 * Order of crops: a person's crop (src/shared/edit) has already replaced the stored image and
 * shrunk the viewport to it, so the focus is always computed within the person's crop. Black-outs
 * and secret fills are in the pixels, so they show in every view.
 */
import { markerRect, type PercentBox, percentOf } from './geometry';
import type { Procedure, Rect, ScreenshotView, Step } from './model';

export interface ImageSize {
  width: number;
  height: number;
}

export interface FocusView {
  /** The part of the stored image to show, in image pixels (whole pixels, inside the image). */
  crop: Rect;
  /** The marker as percentages of the crop; absent when the marker is hidden or outside the crop. */
  marker?: PercentBox;
  /** The crop's width in CSS px of the page, for choosing a readable display size. */
  cssWidth: number;
}

/** Room around the element and its context, CSS px. */
export const FOCUS_PAD = 24;
/** Smallest focused view, CSS px: enough to show the element's neighbours and a heading or two. */
export const FOCUS_MIN = { width: 480, height: 270 } as const;
/** Largest part of a context (form, landmark) kept around the element, CSS px. */
export const CONTEXT_MAX = { width: 800, height: 500 } as const;
/** Readable shapes: no taller than 4:3, no wider than 2.4:1. */
const MIN_ASPECT = 4 / 3;
const MAX_ASPECT = 2.4;
/** A focus covering this share of the screenshot's area or more shows it whole instead. */
const WHOLE_SHARE = 0.85;

/** The view a step shows: its own choice, else the procedure's, else focused. */
export function chosenView(step: Pick<Step, 'view'>, procedure?: Pick<Procedure, 'view'>): ScreenshotView {
  return step.view ?? procedure?.view ?? 'focused';
}

function intersect(a: Rect, b: Rect): Rect | undefined {
  const x1 = Math.max(a.x, b.x);
  const y1 = Math.max(a.y, b.y);
  const x2 = Math.min(a.x + a.width, b.x + b.width);
  const y2 = Math.min(a.y + a.height, b.y + b.height);
  return x2 > x1 && y2 > y1 ? { x: x1, y: y1, width: x2 - x1, height: y2 - y1 } : undefined;
}

function union(a: Rect, b: Rect): Rect {
  const x1 = Math.min(a.x, b.x);
  const y1 = Math.min(a.y, b.y);
  const x2 = Math.max(a.x + a.width, b.x + b.width);
  const y2 = Math.max(a.y + a.height, b.y + b.height);
  return { x: x1, y: y1, width: x2 - x1, height: y2 - y1 };
}

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

/**
 * One axis of a window of `size` inside [lo, hi], as centred on `centre` as the bounds allow.
 * Returns the window's start.
 */
function place(centre: number, size: number, lo: number, hi: number): number {
  return clamp(centre - size / 2, lo, Math.max(lo, hi - size));
}

/**
 * The element's context moved to where the element is now shown. A person's crop or a moved
 * marker of the same size shifts the element; the context shifts with it. A marker redrawn at
 * another size no longer says where the recorded element is, so its context is dropped.
 */
function shiftedContext(step: Pick<Step, 'target' | 'marker'>, anchor: Rect): Rect | undefined {
  const target = step.target;
  const context = target?.context;
  if (!target || !context) return undefined;
  const same =
    Math.abs(anchor.width - target.rect.width) < 1 && Math.abs(anchor.height - target.rect.height) < 1;
  if (!same) return undefined;
  return {
    ...context,
    x: context.x + anchor.x - target.rect.x,
    y: context.y + anchor.y - target.rect.y,
  };
}

/** At most CONTEXT_MAX of the context, placed around the element (and inside the context). */
function capContext(context: Rect, element: Rect): Rect {
  const width = Math.min(context.width, Math.max(CONTEXT_MAX.width, element.width));
  const height = Math.min(context.height, Math.max(CONTEXT_MAX.height, element.height));
  return {
    x: place(element.x + element.width / 2, width, context.x, context.x + context.width),
    y: place(element.y + element.height / 2, height, context.y, context.y + context.height),
    width,
    height,
  };
}

/**
 * The focused view of a step, or undefined when the step is best shown whole: a Go-to step, a
 * step without a target, an element outside the screenshot, or a focus that would cover nearly
 * all of it anyway (an element as large as the page).
 */
export function focusView(
  step: Pick<Step, 'type' | 'target' | 'marker' | 'viewport'>,
  image: ImageSize,
): FocusView | undefined {
  const vp = step.viewport;
  if (step.type === 'navigate' || step.type === 'manual' || !step.target) return undefined;
  if (!vp || vp.width <= 0 || image.width <= 0 || image.height <= 0) return undefined;
  // Image pixels per CSS pixel: the device pixel ratio times any page zoom, as the image says.
  const scale = image.width / vp.width;
  const bounds: Rect = { x: 0, y: 0, width: image.width / scale, height: image.height / scale };
  // Where the element is shown now: a moved or cropped marker, else where it was recorded.
  const anchor = step.marker?.rect ?? step.target.rect;
  // An element partly scrolled out of its container or the viewport: focus on the part shown.
  const element = intersect(anchor, bounds);
  if (!element) return undefined;

  let region = element;
  const context = shiftedContext(step, anchor);
  const shown = context && intersect(context, bounds);
  if (shown) region = union(region, capContext(shown, element));

  let width = Math.max(region.width + 2 * FOCUS_PAD, FOCUS_MIN.width);
  let height = Math.max(region.height + 2 * FOCUS_PAD, FOCUS_MIN.height);
  if (width / height < MIN_ASPECT) width = height * MIN_ASPECT;
  if (width / height > MAX_ASPECT) height = width / MAX_ASPECT;
  width = Math.min(width, bounds.width);
  height = Math.min(height, bounds.height);
  if (width * height >= WHOLE_SHARE * bounds.width * bounds.height) return undefined;

  const x = place(region.x + region.width / 2, width, 0, bounds.width);
  const y = place(region.y + region.height / 2, height, 0, bounds.height);
  // Whole image pixels, rounded outwards, never past the image.
  const x1 = clamp(Math.floor(x * scale), 0, image.width - 1);
  const y1 = clamp(Math.floor(y * scale), 0, image.height - 1);
  const x2 = clamp(Math.ceil((x + width) * scale), x1 + 1, image.width);
  const y2 = clamp(Math.ceil((y + height) * scale), y1 + 1, image.height);
  const crop: Rect = { x: x1, y: y1, width: x2 - x1, height: y2 - y1 };

  const view: FocusView = { crop, cssWidth: crop.width / scale };
  const outline = markerRect(step);
  const cssCrop: Rect = {
    x: x1 / scale,
    y: y1 / scale,
    width: crop.width / scale,
    height: crop.height / scale,
  };
  const inCrop = outline && intersect(outline, cssCrop);
  if (inCrop) view.marker = percentOf(inCrop, cssCrop);
  return view;
}

/** The focused view when the step shows one, else undefined (the whole screenshot). */
export function shownFocus(
  step: Pick<Step, 'type' | 'target' | 'marker' | 'viewport' | 'view'>,
  procedure: Pick<Procedure, 'view'> | undefined,
  image: ImageSize,
): FocusView | undefined {
  return chosenView(step, procedure) === 'focused' ? focusView(step, image) : undefined;
}

/**
 * A comfortable width to show a focused view at, CSS px: small crops are enlarged up to twice
 * their size (and to about 800 px), never shrunk below their own size; the page's column may
 * still narrow it.
 */
export function focusDisplayWidth(view: Pick<FocusView, 'cssWidth'>): number {
  const w = view.cssWidth;
  return Math.round(Math.max(w, Math.min(800, 2 * w)));
}
