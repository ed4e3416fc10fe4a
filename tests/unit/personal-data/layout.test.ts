/**
 * Personal data in the joined page layout (background/page-layout.ts): boxes move with their
 * frame, are filled with the secrets, are listed by kind for image.covered, and a frame holding
 * some that cannot be placed makes the page uncoverable, as a secret field does.
 */
import { describe, expect, it } from 'vitest';
import { coverOf, joinLayouts, UncoverableError } from '../../../src/background/page-layout';
import type { CoveredBox, FrameLayout } from '../../../src/shared/protocol';

const viewport = { width: 1000, height: 800, devicePixelRatio: 1 };
const email: CoveredBox = { rect: { x: 10, y: 20, width: 150, height: 18 }, kind: 'email' };

function layout(frames: FrameLayout['frames'] = [], covered?: CoveredBox[]): FrameLayout {
  return { viewport, rects: [], frames, ...(covered ? { covered } : {}) };
}

describe('personal data in the page layout', () => {
  it('moves a placed frame’s boxes into the page and fills them', () => {
    const page = joinLayouts(
      new Map([
        [0, layout([{ nonce: 'n1', x: 200, y: 300, width: 400, height: 200 }], [email])],
        [7, layout([], [{ ...email, kind: 'phone' }])],
      ]),
      (nonce) => (nonce === 'n1' ? new Set([7]) : undefined),
    );
    expect(page.covered).toEqual([
      email,
      { rect: { x: 210, y: 320, width: 150, height: 18 }, kind: 'phone' },
    ]);
    const cover = coverOf(page);
    expect(cover.covered).toEqual(page.covered);
    expect(cover.rects).toEqual(page.covered.map((box) => box.rect));
  });

  it('refuses a screenshot when a frame with personal data cannot be placed', () => {
    const page = joinLayouts(
      new Map([
        [0, layout()],
        [9, layout([], [email])],
      ]),
      () => undefined,
    );
    expect(page.unplacedSecrets).toBe(true);
    expect(() => coverOf(page)).toThrow(UncoverableError);
  });

  it('lists nothing when nothing was found', () => {
    const cover = coverOf(joinLayouts(new Map([[0, layout()]]), () => undefined));
    expect(cover.covered).toBeUndefined();
  });
});
