/**
 * The order of crops: the person's crop (an edit) replaces the image and shrinks the viewport;
 * the focused view is then taken within it, still around the element, with its context moved
 * along; a black-out (another image, same framing) changes nothing in the geometry.
 */
import { describe, expect, it } from 'vitest';
import { cropImage, setMarker, swapImage } from '../../../src/shared/edit';
import { focusView } from '../../../src/shared/focus';
import { markerRect } from '../../../src/shared/geometry';
import type { Rect } from '../../../src/shared/model';
import { click, stateOf } from './fixtures';

const contains = (outer: Rect, inner: Rect) =>
  inner.x >= outer.x - 0.01 &&
  inner.y >= outer.y - 0.01 &&
  inner.x + inner.width <= outer.x + outer.width + 0.01 &&
  inner.y + inner.height <= outer.y + outer.height + 0.01;

/** A click at DPR 2 on a 1000×500 viewport, its button inside a form. */
function recorded() {
  const step = click('a', 1000, 'Save');
  step.target = {
    ...step.target,
    rect: { x: 600, y: 300, width: 80, height: 30 },
    context: { x: 520, y: 200, width: 300, height: 200 },
  };
  return stateOf([step]);
}

const IMAGE = { width: 2000, height: 1000 };

describe('crop, then focus', () => {
  it('focuses within the person’s crop, around the moved marker and context', () => {
    // The person keeps the right half of the picture (image px at DPR 2).
    const crop = { x: 800, y: 100, width: 1200, height: 800 };
    const state = cropImage(recorded(), 'a', 'img-cropped', crop, IMAGE);
    const step = state.steps[0]!;
    expect(step.viewport).toMatchObject({ width: 600, height: 400 });
    const view = focusView(step, { width: crop.width, height: crop.height })!;
    expect(view).toBeDefined();
    const css = {
      x: view.crop.x / 2,
      y: view.crop.y / 2,
      width: view.crop.width / 2,
      height: view.crop.height / 2,
    };
    // The button sits at (600 − 400, 300 − 50) in the cropped picture, the form at (120, 150).
    expect(contains(css, { x: 200, y: 250, width: 80, height: 30 })).toBe(true);
    expect(contains(css, { x: 120, y: 150, width: 300, height: 200 })).toBe(true);
    expect(contains(css, markerRect(step)!)).toBe(true);
    expect(view.crop.x + view.crop.width).toBeLessThanOrEqual(crop.width);
    expect(view.crop.y + view.crop.height).toBeLessThanOrEqual(crop.height);
  });

  it('shows the whole cropped picture when the person already cropped close to the element', () => {
    const crop = { x: 1100, y: 500, width: 400, height: 200 };
    const step = cropImage(recorded(), 'a', 'img-cropped', crop, IMAGE).steps[0]!;
    expect(focusView(step, { width: 400, height: 200 })).toBeUndefined();
  });

  it('keeps the same focus after a black-out, which only swaps the pixels', () => {
    const before = recorded();
    const after = swapImage(before, 'a', 'img-blacked');
    expect(focusView(after.steps[0]!, IMAGE)).toEqual(focusView(before.steps[0]!, IMAGE));
  });

  it('follows a marker the person moved elsewhere, leaving the old context behind', () => {
    const moved = setMarker(recorded(), 'a', {
      hidden: false,
      rect: { x: 40, y: 40, width: 200, height: 60 },
    });
    const view = focusView(moved.steps[0]!, IMAGE)!;
    const css = {
      x: view.crop.x / 2,
      y: view.crop.y / 2,
      width: view.crop.width / 2,
      height: view.crop.height / 2,
    };
    expect(contains(css, { x: 40, y: 40, width: 200, height: 60 })).toBe(true);
    // The form (520…820 × 200…400) is not pulled in for a marker of another size.
    expect(css.x + css.width).toBeLessThan(820);
  });
});
