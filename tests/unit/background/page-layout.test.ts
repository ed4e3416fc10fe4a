/** Joining frame layouts: frames placed through nonces, and covering whatever cannot be placed. */
import { describe, expect, it } from 'vitest';
import { coverOf, joinLayouts, UncoverableError } from '../../../src/background/page-layout';
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

describe('joinLayouts fails closed', () => {
  it('fills every spot a frame could be in, whole, however many decoys replay its nonce', () => {
    // A page relays the payment frame's nonce into 12 decoy slots of its own.
    const decoys = Array.from({ length: 12 }, (_, i) => ({
      nonce: 'payment',
      x: 10 + i * 50,
      y: 600,
      width: 40,
      height: 30,
    }));
    const page = joinLayouts(
      new Map([
        [0, layout([{ nonce: 'payment', x: 100, y: 100, width: 400, height: 200 }, ...decoys])],
        [5, layout([], [field])],
      ]),
      reported({ payment: [5] }),
    );
    expect(page.offsets.has(5)).toBe(false);
    expect(page.rects).toContainEqual({ x: 100, y: 100, width: 400, height: 200 });
    for (const decoy of decoys)
      expect(page.rects).toContainEqual({ x: decoy.x, y: decoy.y, width: 40, height: 30 });
    expect(page.framesCovered).toBe(13);
    expect(page.unplacedSecrets).toBe(false);
  });

  it('says a page is uncoverable when a frame with secret fields sits nowhere its parents can see', () => {
    // Frame 8 (a card form inside a closed shadow root) answered, but no parent listed it.
    const page = joinLayouts(
      new Map([
        [0, layout()],
        [8, layout([], [field])],
      ]),
      () => undefined,
    );
    expect(page.unplacedSecrets).toBe(true);
  });

  it('does not count a frame its parent can read: the parent already covers its fields', () => {
    const child: FrameLayout = { ...layout([], [field]), readableByParent: true };
    const page = joinLayouts(
      new Map([
        [0, layout([], [field])],
        [4, child],
      ]),
      () => undefined,
    );
    expect(page.unplacedSecrets).toBe(false);
    expect(page.rects).toEqual([field]);
  });

  it('an unplaced frame without secret fields does not block the screenshot', () => {
    const page = joinLayouts(
      new Map([
        [0, layout()],
        [8, layout()],
      ]),
      () => undefined,
    );
    expect(page.unplacedSecrets).toBe(false);
    expect(page.framesCovered).toBe(0);
  });
});

describe('coverOf', () => {
  it('draws at the top frame’s scale, and refuses when the scale or a secret cannot be known', () => {
    const top = joinLayouts(new Map([[0, layout([], [field])]]), () => undefined);
    expect(coverOf(top, [{ x: 1, y: 2, width: 3, height: 4 }])).toEqual({
      rects: [{ x: 1, y: 2, width: 3, height: 4 }, field],
      viewportWidth: 1000,
      framesCovered: 0,
    });
    expect(() => coverOf(joinLayouts(new Map(), () => undefined))).toThrow(UncoverableError);
    const lost = joinLayouts(
      new Map([
        [0, layout()],
        [8, layout([], [field])],
      ]),
      () => undefined,
    );
    expect(() => coverOf(lost)).toThrow(/could not locate/);
  });
});

describe('joinLayouts when a page relays nonces between its frames', () => {
  const sized = (width: number, height: number, rects: FrameLayout['rects'] = []): FrameLayout => ({
    viewport: { width, height, devicePixelRatio: 1 },
    rects,
    frames: [],
  });

  it('places the frame whose own viewport fits the box, and fills the boxes it reported but does not fit', () => {
    // Every frame reported every nonce (an SDK's message bus relays them all).
    const page = joinLayouts(
      new Map([
        [
          0,
          layout([
            { nonce: 'card', x: 100, y: 100, width: 400, height: 200 },
            { nonce: 'ad1', x: 600, y: 100, width: 300, height: 250 },
            { nonce: 'ad2', x: 600, y: 400, width: 160, height: 600 },
          ]),
        ],
        [5, sized(400, 200, [field])],
        [6, sized(300, 250)],
        [7, sized(160, 600)],
      ]),
      reported({ card: [5, 6, 7], ad1: [5, 6, 7], ad2: [5, 6, 7] }),
    );
    expect(page.offsets.get(5)).toEqual({ x: 100, y: 100 });
    expect(page.offsets.get(6)).toEqual({ x: 600, y: 100 });
    expect(page.rects).toContainEqual({ x: 110, y: 120, width: 100, height: 30 });
    // The ads' boxes are filled: the card frame reported their nonces too.
    expect(page.rects).toContainEqual({ x: 600, y: 100, width: 300, height: 250 });
    expect(page.rects).toContainEqual({ x: 600, y: 400, width: 160, height: 600 });
    expect(page.rects).not.toContainEqual({ x: 100, y: 100, width: 400, height: 200 });
  });

  it('keeps every reporter when none fits, covering the frame wherever it could be', () => {
    const page = joinLayouts(
      new Map([
        [
          0,
          layout([
            { nonce: 'card', x: 100, y: 100, width: 400, height: 200 },
            { nonce: 'ad', x: 600, y: 100, width: 300, height: 250 },
          ]),
        ],
        [5, sized(410, 180, [field])],
        [6, sized(300, 250)],
      ]),
      reported({ card: [5, 6], ad: [5, 6] }),
    );
    expect(page.rects).toContainEqual({ x: 100, y: 100, width: 400, height: 200 });
    expect(page.rects).toContainEqual({ x: 600, y: 100, width: 300, height: 250 });
    expect(page.rects).toContainEqual({ x: 110, y: 120, width: 100, height: 30 });
  });
});
