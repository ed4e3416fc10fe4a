import { describe, expect, it } from 'vitest';
import {
  clampRegion,
  coveringPixels,
  fromCorners,
  MIN_FRACTION,
  nearestPixels,
  nudge,
  toViewportRect,
} from '../../../src/shared/edit';

describe('regions', () => {
  it('spans two corners dragged in any direction, clamped to the picture', () => {
    const r = fromCorners({ x: 0.8, y: 0.9 }, { x: 0.2, y: 0.1 });
    expect([r.x, r.y, r.width, r.height].map((n) => n.toFixed(6))).toEqual([
      '0.200000',
      '0.100000',
      '0.600000',
      '0.800000',
    ]);
    expect(fromCorners({ x: -1, y: 0.5 }, { x: 2, y: 0.5 })).toEqual({ x: 0, y: 0.5, width: 1, height: 0 });
  });

  it('keeps a region inside and not smaller than the minimum', () => {
    expect(clampRegion({ x: 0.95, y: -0.1, width: 0.2, height: 0 })).toEqual({
      x: 0.8,
      y: 0,
      width: 0.2,
      height: MIN_FRACTION,
    });
  });

  it('moves with arrows and resizes with Shift+arrows, ignoring other keys', () => {
    const r = { x: 0.5, y: 0.5, width: 0.2, height: 0.2 };
    expect(nudge(r, 'ArrowLeft', false)).toMatchObject({ x: 0.48, y: 0.5, width: 0.2 });
    expect(nudge(r, 'ArrowDown', true)).toMatchObject({ x: 0.5, height: 0.22 });
    expect(nudge(r, 'a', false)).toBeUndefined();
  });

  it('covers every pixel the region touches when blacking out', () => {
    const px = coveringPixels({ x: 0.101, y: 0.2, width: 0.3, height: 0.3 }, { width: 1000, height: 100 });
    expect(px).toEqual({ x: 101, y: 20, width: 300, height: 30 });
    const edge = coveringPixels({ x: 0.1004, y: 0, width: 0.0002, height: 1 }, { width: 1000, height: 10 });
    // 100.4 → 100.6: one pixel column, rounded outwards on both sides.
    expect(edge).toEqual({ x: 100, y: 0, width: 1, height: 10 });
  });

  it('rounds to the nearest pixels when cropping', () => {
    expect(
      nearestPixels({ x: 0.25, y: 0.5, width: 0.5, height: 0.25 }, { width: 2000, height: 1000 }),
    ).toEqual({
      x: 500,
      y: 500,
      width: 1000,
      height: 250,
    });
  });

  it('converts to CSS pixels of the viewport for the marker', () => {
    expect(toViewportRect({ x: 0.5, y: 0.5, width: 0.1, height: 0.2 }, { width: 1000, height: 500 })).toEqual(
      {
        x: 500,
        y: 250,
        width: 100,
        height: 100,
      },
    );
  });
});
