import { describe, expect, it } from 'vitest';
import {
  deleteStep,
  insertManualStep,
  mergeWithNext,
  moveStep,
  positionBetween,
  sortSteps,
} from '../../../src/shared/edit';
import { sentence } from '../../../src/shared/text';
import { abc, click, ids, stateOf, typed } from './fixtures';
import { expectUndoable } from './history-check';

/** The order the repository would return after a reload: by position. */
const reloadedOrder = (s: ReturnType<typeof abc>) => sortSteps(s.steps).map((x) => x.id);

describe('delete', () => {
  it('removes the step and updates count and search text', () => {
    const after = expectUndoable(abc(), (s) => deleteStep(s, 'b'));
    expect(ids(after)).toEqual(['a', 'c']);
    expect(after.procedure.stepCount).toBe(2);
    expect(after.procedure.searchText).not.toContain('bravo');
  });

  it('hands a section heading on to the next step', () => {
    const s = stateOf([click('a', 1), { ...click('b', 2), section: 'Billing' }, click('c', 3)]);
    const after = expectUndoable(s, (x) => deleteStep(x, 'b'));
    expect(after.steps[1]).toMatchObject({ id: 'c', section: 'Billing' });
  });
});

describe('move', () => {
  it('moves a step up by writing only that step, between its new neighbours', () => {
    const before = abc();
    const after = expectUndoable(before, (s) => moveStep(s, 'c', 1));
    expect(ids(after)).toEqual(['a', 'c', 'b']);
    expect(reloadedOrder(after)).toEqual(['a', 'c', 'b']);
    expect(after.steps[0]).toBe(before.steps[0]);
    expect(after.steps[2]).toBe(before.steps[1]);
    expect(after.steps[1]!.position).toBe(1500);
  });

  it('moves to the very start and the very end', () => {
    expect(reloadedOrder(moveStep(abc(), 'c', 0))).toEqual(['c', 'a', 'b']);
    expect(reloadedOrder(moveStep(abc(), 'a', 2))).toEqual(['b', 'c', 'a']);
    expect(reloadedOrder(moveStep(abc(), 'a', 99))).toEqual(['b', 'c', 'a']);
  });

  it('renumbers when there is no room left between two positions', () => {
    const tight = stateOf([click('a', 1), click('b', 1), click('c', 2)]);
    const after = moveStep(tight, 'c', 1);
    expect(reloadedOrder(after)).toEqual(['a', 'c', 'b']);
    expect(new Set(after.steps.map((s) => s.position)).size).toBe(3);
  });

  it('survives many moves into the same gap', () => {
    let s = stateOf([
      click('a', 1_700_000_000_000),
      click('b', 1_700_000_000_001),
      click('x', 1_700_000_000_002),
    ]);
    for (let i = 0; i < 80; i++) s = moveStep(s, ids(s)[2]!, 1);
    expect(reloadedOrder(s)).toEqual(ids(s));
  });

  it('a move to the same place is no edit', () => {
    const s = abc();
    expect(moveStep(s, 'b', 1)).toBe(s);
  });

  it('finds positions between, before and after', () => {
    expect(positionBetween(undefined, undefined)).toBe(0);
    expect(positionBetween(10, 20)).toBe(15);
    expect(positionBetween(undefined, 20)).toBeLessThan(20);
    expect(positionBetween(10, undefined)).toBeGreaterThan(10);
    expect(positionBetween(5, 5)).toBeUndefined();
  });
});

describe('merge', () => {
  it('joins two sentences into the first step and removes the second', () => {
    const s = stateOf([click('a', 1, 'Open'), typed('b', 2, 'ACME'), click('c', 3, 'Save')]);
    const after = expectUndoable(s, (x) => mergeWithNext(x, 'a'));
    expect(ids(after)).toEqual(['a', 'c']);
    expect(sentence(after.steps[0]!)).toBe('Click "Open", then type "ACME" into "Customer"');
    expect(after.steps[0]!.image?.imageId).toBe('img-a');
    expect(after.procedure.stepCount).toBe(2);
  });

  it('keeps both notes, the stronger kind winning', () => {
    const s = stateOf([
      { ...click('a', 1), note: { kind: 'tip', text: 'Quick' } },
      { ...click('b', 2), note: { kind: 'warning', text: 'Careful' } },
    ]);
    const after = mergeWithNext(s, 'a');
    expect(after.steps[0]!.note).toEqual({ kind: 'warning', text: 'Quick\nCareful' });
  });

  it('takes the second screenshot and marks its element when the first has none', () => {
    const { image: _none, ...bare } = click('a', 1);
    const s = stateOf([bare, click('b', 2)]);
    const after = mergeWithNext(s, 'a');
    expect(after.steps[0]!.image?.imageId).toBe('img-b');
    expect(after.steps[0]!.marker).toEqual({ hidden: false, rect: s.steps[1]!.target!.rect });
  });

  it('has nothing to merge the last step with', () => {
    expect(() => mergeWithNext(abc(), 'c')).toThrow(/last step/);
  });
});

describe('insert', () => {
  it('inserts a manual step at any place', () => {
    const after = expectUndoable(abc(), (s) =>
      insertManualStep(s, 1, { id: 'm', at: 5, text: 'Wait for the email' }),
    );
    expect(ids(after)).toEqual(['a', 'm', 'b', 'c']);
    expect(reloadedOrder(after)).toEqual(['a', 'm', 'b', 'c']);
    expect(after.steps[1]).toMatchObject({
      type: 'manual',
      procedureId: 'proc-1',
      text: 'Wait for the email',
    });
    expect(after.procedure.searchText).toContain('wait for the email');
  });

  it('inserts at the start and the end, with a screenshot', () => {
    const image = { imageId: 'img-m', mode: 'manual' as const, capturedAt: 9 };
    const viewport = { width: 800, height: 600, devicePixelRatio: 1 };
    const first = insertManualStep(abc(), 0, { id: 'm', at: 1, text: 'First', image, viewport });
    expect(reloadedOrder(first)[0]).toBe('m');
    expect(first.steps[0]).toMatchObject({ image, viewport });
    const last = insertManualStep(abc(), 3, { id: 'z', at: 1, text: 'Last' });
    expect(reloadedOrder(last)[3]).toBe('z');
  });
});
