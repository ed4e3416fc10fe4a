/**
 * Where things go in a frame: the stage the screenshot is shown on, the caption bar under it, the
 * screenshot's focused part fitted into the stage, the marker and the pointer's target in frame
 * pixels, and the side a note's callout takes. Pure geometry over the step and its image size.
 */
import { type ImageSize, shownFocus } from '../focus';
import { markerRect } from '../geometry';
import type { Procedure, Rect, Step } from '../model';
import type { Point } from './pointer';
import type { FrameSize } from './settings';

export interface FrameLayout {
  size: FrameSize;
  /** Where the screenshot is shown. */
  stage: Rect;
  /** The band along the bottom holding the step number and sentence. */
  caption: Rect;
  /** Space between things, px; scales with the frame. */
  gap: number;
}

/** Share of the frame's height the caption bar takes. */
export const CAPTION_SHARE = 0.17;

export function frameLayout(size: FrameSize): FrameLayout {
  const gap = Math.round(size.height / 45);
  const captionHeight = Math.round(size.height * CAPTION_SHARE);
  const caption = { x: 0, y: size.height - captionHeight, width: size.width, height: captionHeight };
  const stage = { x: gap, y: gap, width: size.width - 2 * gap, height: caption.y - 2 * gap };
  return { size, stage, caption, gap };
}

/** `source` scaled to fit inside `into` (never cropped), centred; fractional px. */
export function fitRect(source: { width: number; height: number }, into: Rect): Rect {
  if (source.width <= 0 || source.height <= 0) return { ...into, width: 0, height: 0 };
  const scale = Math.min(into.width / source.width, into.height / source.height);
  const width = source.width * scale;
  const height = source.height * scale;
  return { x: into.x + (into.width - width) / 2, y: into.y + (into.height - height) / 2, width, height };
}

export interface StepPicture {
  /** The part of the stored image shown, in image px. */
  crop: Rect;
  /** Where that part is drawn in the frame, px. */
  dest: Rect;
  /** The marker's outline in frame px, when the step has one in view. */
  marker?: Rect;
  /** The middle of the marked element in frame px: where the pointer goes. */
  target?: Point;
  /** Frame px per CSS px of the page, and the page's CSS point drawn at `dest`'s corner (annotations). */
  page?: { scale: number; origin: Point };
}

/**
 * The step's picture in the frame: its focused view (or the whole screenshot, as the person chose
 * for the step or procedure, and as the exports show it) fitted into `stage`.
 */
export function stepPicture(
  step: Pick<Step, 'type' | 'target' | 'marker' | 'viewport' | 'view'>,
  procedure: Pick<Procedure, 'view'> | undefined,
  image: ImageSize,
  stage: Rect,
): StepPicture {
  const focus = shownFocus(step, procedure, image);
  const crop = focus?.crop ?? { x: 0, y: 0, width: image.width, height: image.height };
  const dest = fitRect(crop, stage);
  const picture: StepPicture = { crop, dest };
  const vp = step.viewport;
  if (!vp || vp.width <= 0) return picture;
  // CSS px of the page → image px → frame px.
  const imagePerCss = image.width / vp.width;
  const framePerImage = dest.width / crop.width;
  picture.page = {
    scale: imagePerCss * framePerImage,
    origin: { x: crop.x / imagePerCss, y: crop.y / imagePerCss },
  };
  const outline = markerRect(step);
  if (!outline) return picture;
  const toFrame = (x: number, y: number): Point => ({
    x: dest.x + (x * imagePerCss - crop.x) * framePerImage,
    y: dest.y + (y * imagePerCss - crop.y) * framePerImage,
  });
  const a = toFrame(outline.x, outline.y);
  const b = toFrame(outline.x + outline.width, outline.y + outline.height);
  // Only what lies on the picture: a marker partly outside the crop is cut at its edge.
  const x1 = Math.max(a.x, dest.x);
  const y1 = Math.max(a.y, dest.y);
  const x2 = Math.min(b.x, dest.x + dest.width);
  const y2 = Math.min(b.y, dest.y + dest.height);
  if (x2 <= x1 || y2 <= y1) return picture;
  picture.marker = { x: x1, y: y1, width: x2 - x1, height: y2 - y1 };
  picture.target = { x: (x1 + x2) / 2, y: (y1 + y2) / 2 };
  return picture;
}

/**
 * Where a note's callout goes: across the top of the stage, unless the marked element is in the
 * stage's upper half, then across its bottom, so the callout never hides what the step is about.
 */
export function calloutRect(stage: Rect, height: number, gap: number, target?: Point): Rect {
  const width = Math.min(stage.width - 2 * gap, Math.round(stage.width * 0.7));
  const x = stage.x + (stage.width - width) / 2;
  const top = !target || target.y > stage.y + stage.height / 2;
  return { x, y: top ? stage.y + gap : stage.y + stage.height - gap - height, width, height };
}
