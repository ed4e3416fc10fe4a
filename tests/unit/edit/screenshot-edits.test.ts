import { describe, expect, it } from 'vitest';
import { cropImage, replaceImage, setMarker, setMarkerHidden, swapImage } from '../../../src/shared/edit';
import { markerBox } from '../../../src/shared/geometry';
import { abc, manual, stateOf } from './fixtures';
import { expectUndoable } from './history-check';

describe('marker', () => {
  it('moves the marker to a new rectangle', () => {
    const rect = { x: 10, y: 20, width: 30, height: 40 };
    const after = expectUndoable(abc(), (s) => setMarker(s, 'a', { hidden: false, rect }));
    expect(after.steps[0]!.marker).toEqual({ hidden: false, rect });
    // 1000×500 viewport, 4 px padding: (10-4)/1000 = 0.6 %.
    expect(markerBox(after.steps[0]!)).toMatchObject({ left: 0.6, top: 3.2 });
  });

  it('hides and shows the marker, keeping a moved position', () => {
    const rect = { x: 10, y: 20, width: 30, height: 40 };
    const moved = setMarker(abc(), 'a', { hidden: false, rect });
    const hidden = expectUndoable(moved, (s) => setMarkerHidden(s, 'a', true));
    expect(markerBox(hidden.steps[0]!)).toBeUndefined();
    const shown = expectUndoable(hidden, (s) => setMarkerHidden(s, 'a', false));
    expect(shown.steps[0]!.marker).toEqual({ hidden: false, rect });
  });

  it('gives a step without a viewport the one it is measured against', () => {
    const s = stateOf([
      { ...manual('m', 1, 'Look'), image: { imageId: 'i', mode: 'manual', capturedAt: 1 } },
    ]);
    const viewport = { width: 200, height: 100, devicePixelRatio: 1 };
    const after = setMarker(
      s,
      'm',
      { hidden: false, rect: { x: 50, y: 25, width: 100, height: 50 } },
      viewport,
    );
    expect(after.steps[0]!.viewport).toEqual(viewport);
    expect(markerBox(after.steps[0]!)).toEqual({ left: 23, top: 21, width: 54, height: 58 });
  });
});

describe('images', () => {
  it('points a step at a blacked-out copy', () => {
    const after = expectUndoable(abc(), (s) => swapImage(s, 'b', 'img-b-2'));
    expect(after.steps[1]!.image).toEqual({ imageId: 'img-b-2', mode: 'own', capturedAt: 1 });
  });

  it('crops and keeps the marker on the element', () => {
    // Viewport 1000×500 CSS px at 2×: the image is 2000×1000. Element at (100,50) 80×20 CSS px.
    const before = abc();
    const boxBefore = markerBox(before.steps[0]!)!;
    const crop = { x: 100, y: 50, width: 1000, height: 500 }; // image px = (50, 25) CSS, 500×250 CSS.
    const after = expectUndoable(before, (s) =>
      cropImage(s, 'a', 'img-a-crop', crop, { width: 2000, height: 1000 }),
    );
    const step = after.steps[0]!;
    expect(step.image?.imageId).toBe('img-a-crop');
    expect(step.viewport).toEqual({ width: 500, height: 250, devicePixelRatio: 2 });
    expect(step.marker).toEqual({ hidden: false, rect: { x: 50, y: 25, width: 80, height: 20 } });
    // The element sits twice as large in the cropped picture, at the same place relative to the crop.
    const box = markerBox(step)!;
    expect(box.width).toBeCloseTo(boxBefore.width * 2, 1);
    expect(box.left).toBeCloseTo(((50 - 4) / 500) * 100, 1);
    // The recorded target itself is untouched: it is data about the page, not the picture.
    expect(step.target).toEqual(before.steps[0]!.target);
  });

  it('replaces a screenshot and sends a moved marker back to the element', () => {
    const moved = setMarker(abc(), 'a', { hidden: false, rect: { x: 1, y: 1, width: 5, height: 5 } });
    const image = { imageId: 'new', mode: 'manual' as const, capturedAt: 5 };
    const after = expectUndoable(moved, (s) => replaceImage(s, 'a', image, { width: 1600, height: 1200 }, 1));
    const step = after.steps[0]!;
    expect(step.image).toEqual(image);
    expect(step.viewport).toEqual({ width: 800, height: 600, devicePixelRatio: 2 });
    expect(step.marker).toBeUndefined();
    expect(markerBox(step)).toBeDefined();
  });

  it('refuses to crop a step with no screenshot', () => {
    const s = stateOf([manual('m', 1, 'Think')]);
    expect(() =>
      cropImage(s, 'm', 'x', { x: 0, y: 0, width: 1, height: 1 }, { width: 2, height: 2 }),
    ).toThrow(/no screenshot/);
  });
});
