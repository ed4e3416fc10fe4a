/** Joining frame layouts: frames placed through nonces, and covering whatever cannot be placed. */
import { describe, expect, it } from 'vitest';
import { joinLayouts } from '../../../src/background/page-layout';
import type { FrameLayout } from '../../../src/shared/protocol';

const viewport = { width: 1000, height: 800, devicePixelRatio: 1 };
const field = { x: 10, y: 20, width: 100, height: 30 };

function layout(frames: FrameLayout['frames'] = [], rects = [] as FrameLayout['rects']): FrameLayout {
  return { viewport, rects, frames };
}

const reported = (map: Record<string, number[]>) => (nonce: string) =>
  map[nonce] ? new Set(map[nonce]) : undefined;

describe('joinLayouts', () => {
  it('places a child frame through its nonce and moves its secret fields into the page', () => {
    const page = joinLayouts(
      new Map([
        [0, layout([{ nonce: 'n1', x: 200, y: 300, width: 400, height: 200 }])],
        [7, layout([], [field])],
      ]),
      reported({ n1: [7] }),
    );
    expect(page.offsets.get(7)).toEqual({ x: 200, y: 300 });
    expect(page.rects).toEqual([{ x: 210, y: 320, width: 100, height: 30 }]);
    expect(page.viewport).toEqual(viewport);
  });

  it('adds offsets down a chain of frames from other sites', () => {
    const page = joinLayouts(
      new Map([
        [0, layout([{ nonce: 'a', x: 100, y: 100, width: 500, height: 500 }])],
        [3, layout([{ nonce: 'b', x: 20, y: 30, width: 200, height: 200 }])],
        [9, layout([], [field])],
      ]),
      reported({ a: [3], b: [9] }),
    );
    expect(page.offsets.get(9)).toEqual({ x: 120, y: 130 });
    expect(page.rects).toEqual([{ x: 130, y: 150, width: 100, height: 30 }]);
  });

  it('covers the whole box of a frame that never reported its nonce', () => {
    const page = joinLayouts(
      new Map([[0, layout([{ nonce: 'lost', x: 50, y: 60, width: 300, height: 150 }])]]),
      () => undefined,
    );
    expect(page.rects).toEqual([{ x: 50, y: 60, width: 300, height: 150 }]);
    expect(page.offsets.size).toBe(1);
  });

  it('covers secrets wherever a frame could be when a page replays a nonce, and places no marker there', () => {
    // The payment frame (5) reported both its own nonce and the decoy's, replayed by the page.
    const page = joinLayouts(
      new Map([
        [
          0,
          layout([
            { nonce: 'payment', x: 100, y: 100, width: 400, height: 200 },
            { nonce: 'decoy', x: 900, y: 700, width: 60, height: 40 },
          ]),
        ],
        [5, layout([], [field])],
        [6, layout()],
      ]),
      reported({ payment: [5], decoy: [6, 5] }),
    );
    expect(page.rects).toContainEqual({ x: 110, y: 120, width: 100, height: 30 });
    expect(page.rects).toContainEqual({ x: 910, y: 720, width: 100, height: 30 });
    expect(page.offsets.has(5)).toBe(false);
    expect(page.offsets.get(6)).toEqual({ x: 900, y: 700 });
  });

  it('has no viewport when the top frame did not answer', () => {
    expect(joinLayouts(new Map(), () => undefined).viewport).toBeUndefined();
  });
});
