/**
 * Edits of a step's screenshot and marker. The pixels themselves are changed elsewhere (canvas,
 * in the page); these record which stored image a step shows and keep the marker on the element.
 */
import type { Rect, StepImage, Viewport } from '../model';
import { keptAfterCrop } from './annotation-edits';
import { shiftCovered } from './coverage';
import { EditError, type EditState, updateStep } from './state';

/** Pixel size of a stored image. */
export interface PixelSize {
  width: number;
  height: number;
}

/**
 * Moves the marker to `rect` (CSS px of the step's viewport), or hides/shows it. A step with no
 * viewport (a manual one) takes `viewport` so that the rect has something to be measured against.
 */
export function setMarker(
  state: EditState,
  stepId: string,
  marker: { hidden: boolean; rect?: Rect },
  viewport?: Viewport,
): EditState {
  return updateStep(state, stepId, (step) => {
    const same =
      step.marker?.hidden === marker.hidden &&
      JSON.stringify(step.marker?.rect) === JSON.stringify(marker.rect);
    if (same && (step.viewport || !viewport)) return step;
    const next = {
      ...step,
      marker: marker.rect ? { hidden: marker.hidden, rect: { ...marker.rect } } : { hidden: marker.hidden },
    };
    return step.viewport || !viewport ? next : { ...next, viewport: { ...viewport } };
  });
}

/** Hides or shows the marker, keeping wherever it was moved to. */
export function setMarkerHidden(state: EditState, stepId: string, hidden: boolean): EditState {
  const step = state.steps.find((s) => s.id === stepId);
  const rect = step?.marker?.rect;
  return setMarker(state, stepId, rect ? { hidden, rect } : { hidden });
}

/**
 * Points the step at another stored image of the same size and framing (a blacked-out copy).
 * The old image stays stored so that undo can point back to it.
 */
export function swapImage(state: EditState, stepId: string, imageId: string): EditState {
  return updateStep(state, stepId, (step) => {
    if (!step.image) throw new EditError('This step has no screenshot to change.');
    return step.image.imageId === imageId ? step : { ...step, image: { ...step.image, imageId } };
  });
}

/**
 * Points the step at a cropped copy of its screenshot. `crop` is in pixels of the image before
 * cropping; the viewport shrinks to the cropped area and the marker shifts with it, so markerBox
 * still lands on the element (or reports it outside the picture).
 */
export function cropImage(
  state: EditState,
  stepId: string,
  imageId: string,
  crop: Rect,
  before: PixelSize,
): EditState {
  return updateStep(state, stepId, (step) => {
    if (!step.image) throw new EditError('This step has no screenshot to crop.');
    const image: StepImage = { ...step.image, imageId };
    const vp = step.viewport;
    if (!vp || vp.width <= 0) return { ...step, image };
    // Image pixels per CSS pixel of the page: the device pixel ratio times any page zoom.
    const scale = before.width / vp.width;
    const viewport: Viewport = {
      width: crop.width / scale,
      height: crop.height / scale,
      devicePixelRatio: vp.devicePixelRatio,
    };
    // Covered regions move with the picture (coverage.ts); those cut away are no longer listed.
    if (step.image.covered) {
      const covered = shiftCovered(step.image.covered, crop.x / scale, crop.y / scale, viewport);
      if (covered.length > 0) image.covered = covered;
      else delete image.covered;
    }
    // Annotations move with the picture, as the marker does; those cut away entirely go.
    const drawn = keptAfterCrop(step, -crop.x / scale, -crop.y / scale, viewport);
    const from = step.marker?.rect ?? step.target?.rect;
    if (!from) return { ...drawn, image, viewport };
    const rect = { ...from, x: from.x - crop.x / scale, y: from.y - crop.y / scale };
    return { ...drawn, image, viewport, marker: { hidden: step.marker?.hidden ?? false, rect } };
  });
}

/**
 * Replaces the screenshot with a fresh, full capture. The viewport is re-derived from the new
 * image (`fallbackRatio` when the step had none), and a moved or cropped marker goes back to the
 * recorded element, the best guess for a page taken again; a hidden marker stays hidden.
 */
export function replaceImage(
  state: EditState,
  stepId: string,
  image: StepImage,
  size: PixelSize,
  fallbackRatio: number,
): EditState {
  return updateStep(state, stepId, (step) => {
    const ratio = step.viewport?.devicePixelRatio ?? fallbackRatio;
    const viewport: Viewport = {
      width: size.width / ratio,
      height: size.height / ratio,
      devicePixelRatio: ratio,
    };
    const { marker, ...rest } = step;
    const next = { ...rest, image: { ...image }, viewport };
    return marker?.hidden ? { ...next, marker: { hidden: true } } : next;
  });
}
