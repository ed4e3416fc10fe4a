/**
 * The focused view's geometry: the crop holds the element (and its marker) with room around it,
 * stays inside the image, keeps a readable shape, and falls back to the whole screenshot when
 * focusing would not help.
 */
import { describe, expect, it } from 'vitest';
import {
  chosenView,
  FOCUS_MIN,
  FOCUS_PAD,
  type FocusView,
  focusDisplayWidth,
  focusView,
  shownFocus,
} from '../../../src/shared/focus';
import { markerRect } from '../../../src/shared/geometry';
import type { Rect, Step, Viewport } from '../../../src/shared/model';
import { step, target } from './steps';

const VP: Viewport = { width: 1280, height: 800, devicePixelRatio: 1 };
const IMAGE = { width: 1280, height: 800 };

function click(rect: Rect, extra: Partial<Extract<Step, { type: 'click' }>> = {}, context?: Rect): Step {
  const t = { ...target('button', 'Save', 'button'), rect, ...(context ? { context } : {}) };
  return step('click', { target: t, viewport: VP, ...extra });
}

/** The crop in CSS px, for comparing with rects. */
function cssCrop(view: FocusView, scale = 1): Rect {
  const c = view.crop;
  return { x: c.x / scale, y: c.y / scale, width: c.width / scale, height: c.height / scale };
}

function contains(outer: Rect, inner: Rect, slack = 0): boolean {
  return (
    inner.x >= outer.x - slack &&
    inner.y >= outer.y - slack &&
    inner.x + inner.width <= outer.x + outer.width + slack &&
    inner.y + inner.height <= outer.y + outer.height + slack
  );
}

function insideImage(view: FocusView, image: { width: number; height: number }): void {
  const c = view.crop;
  for (const n of [c.x, c.y, c.width, c.height]) expect(Number.isInteger(n)).toBe(true);
  expect(c.x).toBeGreaterThanOrEqual(0);
  expect(c.y).toBeGreaterThanOrEqual(0);
  expect(c.width).toBeGreaterThan(0);
  expect(c.x + c.width).toBeLessThanOrEqual(image.width);
  expect(c.y + c.height).toBeLessThanOrEqual(image.height);
}

describe('focusView', () => {
  it('centres a small element in a view of at least the minimum size, with room around it', () => {
    const rect = { x: 600, y: 380, width: 80, height: 32 };
    const view = focusView(click(rect), IMAGE)!;
    insideImage(view, IMAGE);
    const c = cssCrop(view);
    expect(c.width).toBeGreaterThanOrEqual(FOCUS_MIN.width);
    expect(c.height).toBeGreaterThanOrEqual(FOCUS_MIN.height);
    expect(c.width).toBeLessThan(IMAGE.width);
    expect(contains(c, { x: rect.x - FOCUS_PAD, y: rect.y - FOCUS_PAD, width: 128, height: 80 })).toBe(true);
    // Centred: the element's centre is the crop's centre, within a pixel.
    expect(c.x + c.width / 2).toBeCloseTo(rect.x + rect.width / 2, 0);
    expect(c.y + c.height / 2).toBeCloseTo(rect.y + rect.height / 2, 0);
    const ratio = c.width / c.height;
    expect(ratio).toBeGreaterThanOrEqual(4 / 3 - 0.01);
    expect(ratio).toBeLessThanOrEqual(2.4 + 0.01);
  });

  it.each([
    ['left', { x: 0, y: 380, width: 60, height: 30 }],
    ['right', { x: 1230, y: 380, width: 50, height: 30 }],
    ['top', { x: 600, y: 0, width: 80, height: 20 }],
    ['bottom', { x: 600, y: 780, width: 80, height: 20 }],
    ['top-left corner', { x: 2, y: 2, width: 40, height: 20 }],
    ['bottom-right corner', { x: 1250, y: 775, width: 30, height: 25 }],
  ])('keeps an element at the %s edge inside a crop that stays inside the image', (_edge, rect) => {
    const view = focusView(click(rect), IMAGE)!;
    expect(view).toBeDefined();
    insideImage(view, IMAGE);
    const c = cssCrop(view);
    expect(contains(c, rect)).toBe(true);
    // Shifted, not shrunk: the view keeps its minimum size at an edge.
    expect(c.width).toBeGreaterThanOrEqual(FOCUS_MIN.width);
    expect(c.height).toBeGreaterThanOrEqual(FOCUS_MIN.height);
    // The marker is inside the crop too.
    expect(contains(c, markerRect(click(rect))!, 0.01)).toBe(true);
    expect(view.marker).toBeDefined();
  });

  it('shows the whole screenshot when the element is as large as the viewport or larger', () => {
    expect(focusView(click({ x: -100, y: -50, width: 1500, height: 1200 }), IMAGE)).toBeUndefined();
    expect(focusView(click({ x: 0, y: 0, width: 1280, height: 760 }), IMAGE)).toBeUndefined();
  });

  it('focuses on the visible part of an element partly scrolled out of the viewport', () => {
    // A tall list box whose top is scrolled above the viewport.
    const rect = { x: 100, y: -900, width: 300, height: 1000 };
    const view = focusView(click(rect), IMAGE)!;
    insideImage(view, IMAGE);
    const c = cssCrop(view);
    expect(contains(c, { x: 100, y: 0, width: 300, height: 100 })).toBe(true);
    expect(c.y).toBe(0);
    expect(c.height).toBeLessThan(IMAGE.height);
  });

  it('shows the whole screenshot when the element lies outside it', () => {
    expect(focusView(click({ x: 100, y: 900, width: 80, height: 30 }), IMAGE)).toBeUndefined();
  });

  it('frames an element inside a scrolled container by its context, cut to the viewport', () => {
    // A row in a scrolled table: the table (the context) starts above the viewport.
    const rect = { x: 320, y: 610, width: 90, height: 24 };
    const table = { x: 300, y: 0, width: 600, height: 700 };
    const view = focusView(click(rect, {}, table), IMAGE)!;
    insideImage(view, IMAGE);
    const c = cssCrop(view);
    expect(contains(c, rect)).toBe(true);
    // The context is capped: the crop is not the whole table's height.
    expect(c.height).toBeLessThan(700);
    expect(c.width).toBeGreaterThanOrEqual(600);
  });

  it('includes a small form around the element', () => {
    const rect = { x: 500, y: 400, width: 120, height: 36 };
    const form = { x: 440, y: 200, width: 400, height: 320 };
    const c = cssCrop(focusView(click(rect, {}, form), IMAGE)!);
    expect(contains(c, form)).toBe(true);
  });

  it('caps a context as large as the page so the view stays focused', () => {
    const rect = { x: 1100, y: 700, width: 100, height: 30 };
    const main = { x: 0, y: 0, width: 1280, height: 800 };
    const view = focusView(click(rect, {}, main), IMAGE)!;
    expect(view).toBeDefined();
    const c = cssCrop(view);
    expect(contains(c, rect)).toBe(true);
    expect(c.width * c.height).toBeLessThan(0.85 * 1280 * 800);
  });

  it('crops in device pixels at device pixel ratio 2', () => {
    const rect = { x: 600, y: 380, width: 80, height: 32 };
    const vp2 = { ...VP, devicePixelRatio: 2 };
    const image2 = { width: 2560, height: 1600 };
    const one = focusView(click(rect), IMAGE)!;
    const two = focusView(click(rect, { viewport: vp2 }), image2)!;
    insideImage(two, image2);
    expect(two.crop.x).toBeCloseTo(one.crop.x * 2, -1);
    expect(two.crop.width).toBeCloseTo(one.crop.width * 2, -1);
    expect(two.cssWidth).toBeCloseTo(one.cssWidth, 0);
    expect(contains(cssCrop(two, 2), rect)).toBe(true);
    // The marker lands on the same place in both.
    expect(two.marker!.left).toBeCloseTo(one.marker!.left, 0);
    expect(two.marker!.top).toBeCloseTo(one.marker!.top, 0);
  });

  it('places the marker as percentages of the crop', () => {
    const rect = { x: 600, y: 380, width: 80, height: 32 };
    const view = focusView(click(rect), IMAGE)!;
    const c = cssCrop(view);
    const m = markerRect(click(rect))!;
    expect(view.marker!.left).toBeCloseTo(((m.x - c.x) / c.width) * 100, 1);
    expect(view.marker!.top).toBeCloseTo(((m.y - c.y) / c.height) * 100, 1);
    expect(view.marker!.width).toBeCloseTo((m.width / c.width) * 100, 1);
  });

  it('has no marker box when the marker is hidden, but still focuses on the element', () => {
    const view = focusView(
      click({ x: 600, y: 380, width: 80, height: 32 }, { marker: { hidden: true } }),
      IMAGE,
    );
    expect(view).toBeDefined();
    expect(view!.marker).toBeUndefined();
  });

  it('focuses within a person’s crop: the moved marker and the shifted context', () => {
    // Cropped 200 px off the left and 100 off the top: the viewport shrank, the marker moved.
    const rect = { x: 600, y: 380, width: 80, height: 32 };
    const form = { x: 500, y: 300, width: 300, height: 200 };
    const cropped = click(
      rect,
      {
        viewport: { width: 800, height: 500, devicePixelRatio: 1 },
        marker: { hidden: false, rect: { ...rect, x: 400, y: 280 } },
      },
      form,
    );
    const view = focusView(cropped, { width: 800, height: 500 })!;
    insideImage(view, { width: 800, height: 500 });
    const c = cssCrop(view);
    expect(contains(c, { x: 400, y: 280, width: 80, height: 32 })).toBe(true);
    expect(contains(c, { x: 300, y: 200, width: 300, height: 200 })).toBe(true);
  });

  it('focuses a typing step on its field', () => {
    const field = {
      ...target('textbox', 'Customer', 'input'),
      rect: { x: 200, y: 150, width: 240, height: 32 },
    };
    const view = focusView(step('type', { target: field, viewport: VP }), IMAGE)!;
    expect(contains(cssCrop(view), field.rect)).toBe(true);
  });

  it('shows Go-to steps, manual steps and steps without a target whole', () => {
    expect(focusView(step('navigate', { viewport: VP }), IMAGE)).toBeUndefined();
    expect(focusView(step('manual', { viewport: VP }), IMAGE)).toBeUndefined();
    expect(focusView(step('key', { viewport: VP }), IMAGE)).toBeUndefined();
    expect(
      focusView(click({ x: 1, y: 1, width: 1, height: 1 }, { viewport: undefined }), IMAGE),
    ).toBeUndefined();
  });
});

describe('the chosen view', () => {
  const s = click({ x: 600, y: 380, width: 80, height: 32 });
  it('is focused unless the step or the procedure says full; the step wins', () => {
    expect(chosenView({})).toBe('focused');
    expect(chosenView({}, { view: 'full' })).toBe('full');
    expect(chosenView({ view: 'focused' }, { view: 'full' })).toBe('focused');
    expect(chosenView({ view: 'full' }, {})).toBe('full');
  });
  it('gives a focus only for a focused step', () => {
    expect(shownFocus(s, undefined, IMAGE)).toBeDefined();
    expect(shownFocus({ ...s, view: 'full' }, undefined, IMAGE)).toBeUndefined();
    expect(shownFocus(s, { view: 'full' }, IMAGE)).toBeUndefined();
  });
  it('enlarges small crops up to twice, never shrinks', () => {
    expect(focusDisplayWidth({ cssWidth: 480 })).toBe(800);
    expect(focusDisplayWidth({ cssWidth: 300 })).toBe(600);
    expect(focusDisplayWidth({ cssWidth: 1000 })).toBe(1000);
  });
});
