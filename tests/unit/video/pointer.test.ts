import { describe, expect, it } from 'vitest';
import {
  easeInOutCubic,
  POINTER_TIMING,
  pointerAt,
  pointerStart,
  pointerTiming,
} from '../../../src/shared/video/pointer';

const stage = { x: 20, y: 20, width: 1240, height: 560 };

describe('easing', () => {
  it('starts and ends still, is symmetric and monotonic', () => {
    expect(easeInOutCubic(0)).toBe(0);
    expect(easeInOutCubic(1)).toBe(1);
    expect(easeInOutCubic(0.5)).toBeCloseTo(0.5, 9);
    expect(easeInOutCubic(0.25)).toBeCloseTo(1 - easeInOutCubic(0.75), 9);
    // Slow at the ends: the first tenth covers far less than a tenth of the way.
    expect(easeInOutCubic(0.1)).toBeLessThan(0.01);
    let last = 0;
    for (let i = 1; i <= 100; i++) {
      const v = easeInOutCubic(i / 100);
      expect(v).toBeGreaterThanOrEqual(last);
      last = v;
    }
    expect(easeInOutCubic(-1)).toBe(0);
    expect(easeInOutCubic(2)).toBe(1);
  });
});

describe('pointer path', () => {
  const from = { x: 900, y: 500 };
  const to = { x: 300, y: 200 };

  it('waits at the start, glides, presses on the target, then rests there', () => {
    expect(pointerAt(0, 4, from, to)).toEqual({ point: from });
    expect(pointerAt(POINTER_TIMING.glideStart, 4, from, to)).toEqual({ point: from });
    const mid = pointerAt((POINTER_TIMING.glideStart + POINTER_TIMING.glideEnd) / 2, 4, from, to).point;
    expect(mid.x).toBeCloseTo(600, 6);
    expect(mid.y).toBeCloseTo(350, 6);
    const pressing = pointerAt((POINTER_TIMING.glideEnd + POINTER_TIMING.pressEnd) / 2, 4, from, to);
    expect(pressing.point).toEqual(to);
    expect(pressing.press).toBeCloseTo(0.5, 6);
    expect(pointerAt(3.9, 4, from, to)).toEqual({ point: to });
  });

  it('moves towards the target the whole glide, never past it', () => {
    let lastDistance = Number.POSITIVE_INFINITY;
    for (let t = POINTER_TIMING.glideStart; t <= POINTER_TIMING.glideEnd; t += 0.04) {
      const p = pointerAt(t, 4, from, to).point;
      const d = Math.hypot(p.x - to.x, p.y - to.y);
      expect(d).toBeLessThanOrEqual(lastDistance + 1e-9);
      expect(p.x).toBeGreaterThanOrEqual(to.x - 1e-9);
      expect(p.x).toBeLessThanOrEqual(from.x + 1e-9);
      lastDistance = d;
    }
  });

  it('a short step plays the same movement faster, pressing before it ends', () => {
    const timing = pointerTiming(1);
    expect(timing.pressEnd).toBeLessThan(1);
    expect(timing.glideEnd).toBeCloseTo(POINTER_TIMING.glideEnd / 2, 9);
    expect(pointerTiming(10)).toEqual(POINTER_TIMING);
  });

  it('starts inside the stage, away from the target', () => {
    for (const target of [
      { x: 30, y: 30 },
      { x: 1250, y: 570 },
      { x: 640, y: 300 },
      { x: 1250, y: 30 },
    ]) {
      const start = pointerStart(target, stage);
      expect(start.x).toBeGreaterThanOrEqual(stage.x);
      expect(start.x).toBeLessThanOrEqual(stage.x + stage.width);
      expect(start.y).toBeGreaterThanOrEqual(stage.y);
      expect(start.y).toBeLessThanOrEqual(stage.y + stage.height);
      expect(Math.hypot(start.x - target.x, start.y - target.y)).toBeGreaterThan(200);
    }
  });
});
