/** Marker boxes as percentages of the screenshot, and CSS rects as screenshot pixels. */
import { describe, expect, it } from 'vitest';
import { markerBox, type PercentBox, toImagePixels } from '../../../src/shared/geometry';
import type { Rect, Viewport } from '../../../src/shared/model';
import { target } from './steps';

/** The padding markerBox adds around the element, in CSS px. */
const PAD = 4;

function boxFor(rect: Rect, viewport: Viewport, marker?: { hidden: boolean; rect?: Rect }) {
  return markerBox({ target: { ...target('button', 'Save'), rect }, viewport, marker });
}

/** Where the box lands on a screenshot of the given pixel width and height. */
function onImage(box: PercentBox, width: number, height: number) {
  return {
    left: (box.left / 100) * width,
    top: (box.top / 100) * height,
    width: (box.width / 100) * width,
    height: (box.height / 100) * height,
  };
}

describe('markerBox', () => {
  const rect = { x: 100, y: 50, width: 200, height: 100 };

  it('gives percentages of the viewport at device pixel ratio 1', () => {
    const box = boxFor(rect, { width: 1000, height: 500, devicePixelRatio: 1 });
    expect(box).toEqual({ left: 9.6, top: 9.2, width: 20.8, height: 21.6 });
  });

  it('gives the same box at device pixel ratio 2, landing on the doubled pixels', () => {
    const one = boxFor(rect, { width: 1000, height: 500, devicePixelRatio: 1 });
    const two = boxFor(rect, { width: 1000, height: 500, devicePixelRatio: 2 });
    expect(two).toEqual(one);
    const px = onImage(two!, 2000, 1000);
    expect(px.left).toBeCloseTo((rect.x - PAD) * 2, 5);
    expect(px.top).toBeCloseTo((rect.y - PAD) * 2, 5);
    expect(px.width).toBeCloseTo((rect.width + 2 * PAD) * 2, 5);
  });

  it('uses the rect relative to the viewport after scrolling', () => {
    // The element sits 1500 px down the document; scrolled by 1200 its rect is 300 px from the top.
    const viewport = { width: 1000, height: 800, devicePixelRatio: 1 };
    const box = boxFor({ x: 10, y: 1500 - 1200, width: 100, height: 40 }, viewport);
    expect(box?.top).toBeCloseTo(((300 - PAD) / 800) * 100, 2);
    // Scrolled past: the rect is above the viewport and nothing is marked.
    expect(boxFor({ x: 10, y: 1500 - 1600, width: 100, height: 40 }, viewport)).toBeUndefined();
  });

  it('places the marker right at 125% zoom, where the CSS viewport is smaller than the window', () => {
    // A 1280×720 window at 125% zoom: 1024×576 CSS px, devicePixelRatio 1.25, screenshot 1280×720.
    const viewport = { width: 1024, height: 576, devicePixelRatio: 1.25 };
    const zoomed = { x: 400, y: 200, width: 80, height: 32 };
    const px = onImage(boxFor(zoomed, viewport)!, 1280, 720);
    expect(px.left).toBeCloseTo((zoomed.x - PAD) * 1.25, 0);
    expect(px.top).toBeCloseTo((zoomed.y - PAD) * 1.25, 0);
    expect(px.width).toBeCloseTo((zoomed.width + 2 * PAD) * 1.25, 0);
    expect(px.height).toBeCloseTo((zoomed.height + 2 * PAD) * 1.25, 0);
  });

  it('clips at the edges of the viewport', () => {
    const viewport = { width: 1000, height: 500, devicePixelRatio: 1 };
    const topLeft = boxFor({ x: -30, y: -10, width: 60, height: 30 }, viewport)!;
    expect(topLeft.left).toBe(0);
    expect(topLeft.top).toBe(0);
    expect(topLeft.width).toBeCloseTo(((30 + PAD) / 1000) * 100, 2);
    expect(topLeft.height).toBeCloseTo(((20 + PAD) / 500) * 100, 2);
    const bottomRight = boxFor({ x: 980, y: 490, width: 60, height: 30 }, viewport)!;
    expect(bottomRight.left + bottomRight.width).toBeCloseTo(100, 5);
    expect(bottomRight.top + bottomRight.height).toBeCloseTo(100, 5);
  });

  it('draws nothing for a hidden marker, even one that was moved', () => {
    const viewport = { width: 1000, height: 500, devicePixelRatio: 1 };
    expect(boxFor(rect, viewport, { hidden: true })).toBeUndefined();
    expect(
      boxFor(rect, viewport, { hidden: true, rect: { x: 1, y: 1, width: 5, height: 5 } }),
    ).toBeUndefined();
  });

  it('draws a moved marker where the person put it', () => {
    const viewport = { width: 1000, height: 500, devicePixelRatio: 1 };
    const moved = { x: 500, y: 250, width: 100, height: 50 };
    expect(boxFor(rect, viewport, { hidden: false, rect: moved })).toEqual(boxFor(moved, viewport));
    expect(boxFor(rect, viewport, { hidden: false, rect: moved })).not.toEqual(boxFor(rect, viewport));
  });

  it.each([
    ['right', { x: 1002, y: 100, width: 50, height: 20 }],
    ['left', { x: -60, y: 100, width: 58, height: 20 }],
    ['below', { x: 100, y: 501, width: 50, height: 20 }],
    ['above', { x: 100, y: -23, width: 50, height: 20 }],
    ['far away', { x: 5000, y: 9000, width: 50, height: 20 }],
  ])('marks nothing when the element lies wholly outside the view (%s)', (_, outside) => {
    expect(boxFor(outside, { width: 1000, height: 500, devicePixelRatio: 1 })).toBeUndefined();
  });

  it('marks nothing without a rect or a usable viewport', () => {
    expect(markerBox({ viewport: { width: 1000, height: 500, devicePixelRatio: 1 } })).toBeUndefined();
    expect(boxFor(rect, { width: 0, height: 500, devicePixelRatio: 1 })).toBeUndefined();
    expect(markerBox({ target: target('button', 'x') })).toBeUndefined();
  });
});

describe('toImagePixels', () => {
  it('doubles a rect at device pixel ratio 2', () => {
    expect(toImagePixels({ x: 10, y: 20, width: 30, height: 40 }, 1000, 2000)).toEqual({
      x: 20,
      y: 40,
      width: 60,
      height: 80,
    });
  });

  it('scales by 1.25 and covers every pixel the CSS rect touches', () => {
    const rect = { x: 100, y: 40, width: 200, height: 24 };
    expect(toImagePixels(rect, 1024, 1280)).toEqual({ x: 125, y: 50, width: 250, height: 30 });
  });

  it('never leaves part of a fractional rect uncovered (redaction depends on it)', () => {
    const scale = 1.25;
    for (let x = 0; x < 4; x += 0.1) {
      for (let w = 0.5; w < 4; w += 0.3) {
        const rect = { x, y: x, width: w, height: w };
        const px = toImagePixels(rect, 1024, 1024 * scale);
        expect(px.x).toBeLessThanOrEqual(rect.x * scale + 1e-9);
        expect(px.y).toBeLessThanOrEqual(rect.y * scale + 1e-9);
        expect(px.x + px.width).toBeGreaterThanOrEqual((rect.x + rect.width) * scale - 1e-9);
        expect(px.y + px.height).toBeGreaterThanOrEqual((rect.y + rect.height) * scale - 1e-9);
      }
    }
  });
});
