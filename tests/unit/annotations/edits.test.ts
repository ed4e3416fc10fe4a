/** Annotation edits: add, move (kept on the screenshot), resize, change, delete; each undoable and pure. */
import { describe, expect, it } from 'vitest';
import {
  addAnnotation,
  closeGroup,
  createHistory,
  cropImage,
  deleteAnnotation,
  diffStates,
  type EditState,
  mergeWithNext,
  moveAnnotation,
  record,
  resizeAnnotationBy,
  setAnnotationColour,
  setBadgeNumber,
  setCalloutText,
  undo,
} from '../../../src/shared/edit';
import type { Annotation } from '../../../src/shared/model';
import { abc, click, manual, stateOf } from '../edit/fixtures';
import { expectUndoable } from '../edit/history-check';

const arrow: Annotation = { kind: 'arrow', from: { x: 10, y: 10 }, to: { x: 60, y: 40 }, colour: 'red' };
const box: Annotation = { kind: 'rect', rect: { x: 100, y: 100, width: 50, height: 20 }, colour: 'blue' };
const callout: Annotation = { kind: 'callout', at: { x: 200, y: 50 }, text: 'Note', colour: 'green' };
const badge: Annotation = { kind: 'badge', at: { x: 300, y: 60 }, number: 1, colour: 'black' };

const annotationsOf = (s: EditState, id = 'b') => s.steps.find((x) => x.id === id)?.annotations;

function withAll(): EditState {
  let s = abc();
  for (const a of [arrow, box, callout, badge]) s = addAnnotation(s, 'b', a);
  return s;
}

describe('annotation edits', () => {
  it('adds an annotation to one step only, and undo takes it away', () => {
    const before = abc();
    const after = expectUndoable(before, (s) => addAnnotation(s, 'b', arrow));
    expect(annotationsOf(after)).toEqual([arrow]);
    expect(after.steps[0]).toBe(before.steps[0]);
    // Saved as one changed field of one step.
    const diff = diffStates(before, after);
    expect(diff.put.map((s) => s.id)).toEqual(['b']);
  });

  it('refuses a step without a screenshot, and a 51st annotation', () => {
    const s = stateOf([manual('m', 1, 'Do it')]);
    expect(() => addAnnotation(s, 'm', arrow)).toThrow(/no screenshot/);
    let full = abc();
    for (let i = 0; i < 50; i++) full = addAnnotation(full, 'b', badge);
    expect(() => addAnnotation(full, 'b', badge)).toThrow(/at most 50/);
  });

  it('moves each kind by whole points, and keeps its anchor on the screenshot', () => {
    const s = withAll();
    const moved = expectUndoable(s, (x) => moveAnnotation(x, 'b', 0, 5, -3));
    expect(annotationsOf(moved)?.[0]).toEqual({ ...arrow, from: { x: 15, y: 7 }, to: { x: 65, y: 37 } });
    expect(annotationsOf(moveAnnotation(s, 'b', 1, 10, 0))?.[1]).toEqual({
      ...box,
      rect: { ...box.rect, x: 110 },
    });
    expect(annotationsOf(moveAnnotation(s, 'b', 2, 0, 10))?.[2]).toEqual({
      ...callout,
      at: { x: 200, y: 60 },
    });
    // The viewport is 1000 × 500: the badge's centre stops at the edge.
    expect(annotationsOf(moveAnnotation(s, 'b', 3, 5000, -5000))?.[3]).toEqual({
      ...badge,
      at: { x: 1000, y: 0 },
    });
    // Already at the edge: nothing changes, nothing is recorded.
    const atEdge = moveAnnotation(s, 'b', 3, 5000, -5000);
    expect(moveAnnotation(atEdge, 'b', 3, 1, -1)).toBe(atEdge);
  });

  it('coalesces a run of key moves into one undo step when they share a group', () => {
    const s = withAll();
    let h = createHistory(s);
    for (let i = 0; i < 3; i++) h = record(h, moveAnnotation(h.present, 'b', 1, 1, 0), 'move:b:1');
    expect(annotationsOf(h.present)?.[1]).toEqual({ ...box, rect: { ...box.rect, x: 103 } });
    h = undo(closeGroup(h));
    expect(h.present).toBe(s);
  });

  it('resizes a box (never below 8 px) and moves an arrow tip; callouts keep their size', () => {
    const s = withAll();
    expect(annotationsOf(resizeAnnotationBy(s, 'b', 1, -100, 10))?.[1]).toEqual({
      ...box,
      rect: { ...box.rect, width: 8, height: 30 },
    });
    expect(annotationsOf(resizeAnnotationBy(s, 'b', 0, 4, 4))?.[0]).toEqual({
      ...arrow,
      to: { x: 64, y: 44 },
    });
    expect(resizeAnnotationBy(s, 'b', 2, 4, 4)).toBe(s);
  });

  it('changes colour, callout text (cut to 300) and badge number (1 to 99)', () => {
    const s = withAll();
    expect(
      annotationsOf(expectUndoable(s, (x) => setAnnotationColour(x, 'b', 0, 'purple')))?.[0]?.colour,
    ).toBe('purple');
    expect(setAnnotationColour(s, 'b', 0, 'red')).toBe(s);
    const text = annotationsOf(setCalloutText(s, 'b', 2, 'Check the total'))?.[2];
    expect(text).toEqual({ ...callout, text: 'Check the total' });
    const long = annotationsOf(setCalloutText(s, 'b', 2, 'x'.repeat(400)))?.[2];
    expect(long?.kind === 'callout' && long.text.length).toBe(300);
    expect(() => setCalloutText(s, 'b', 0, 'x')).toThrow(/Only a callout/);
    expect(annotationsOf(setBadgeNumber(s, 'b', 3, 250))?.[3]).toEqual({ ...badge, number: 99 });
    expect(setBadgeNumber(s, 'b', 3, Number.NaN)).toBe(s);
  });

  it('deletes one annotation, and the field goes with the last one', () => {
    const s = addAnnotation(abc(), 'b', arrow);
    const gone = expectUndoable(s, (x) => deleteAnnotation(x, 'b', 0));
    expect(gone.steps[1]).not.toHaveProperty('annotations');
    expect(() => deleteAnnotation(gone, 'b', 0)).toThrow(/no longer exists/);
  });

  it('moves annotations with a crop, and drops those the crop cut away', () => {
    const small: Annotation = { kind: 'arrow', from: { x: 10, y: 10 }, to: { x: 30, y: 20 }, colour: 'red' };
    const s = addAnnotation(withAll(), 'b', small);
    // Image pixels are twice the CSS pixels (DPR 2): a crop from (100, 80) moves everything by (-50, -40).
    const cropped = cropImage(
      s,
      'b',
      'img-b2',
      { x: 100, y: 80, width: 1000, height: 500 },
      { width: 2000, height: 1000 },
    );
    expect(annotationsOf(cropped)).toEqual([
      // Its tip is still on the picture; the small arrow is not.
      { ...arrow, from: { x: -40, y: -30 }, to: { x: 10, y: 0 } },
      { ...box, rect: { ...box.rect, x: 50, y: 60 } },
      { ...callout, at: { x: 150, y: 10 } },
      { ...badge, at: { x: 250, y: 20 } },
    ]);
  });

  it('takes the second step’s annotations in a merge that takes its screenshot', () => {
    const s = addAnnotation(stateOf([manual('m', 1, 'Open the report'), click('b', 2)]), 'b', badge);
    const merged = mergeWithNext(s, 'm');
    expect(merged.steps).toHaveLength(1);
    expect(merged.steps[0]?.image?.imageId).toBe('img-b');
    expect(merged.steps[0]?.annotations).toEqual([badge]);
  });
});
