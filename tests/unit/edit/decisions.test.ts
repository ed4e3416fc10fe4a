/**
 * A step's decision links to another step by id: moving steps keeps the link on the same step,
 * deleting the target drops the link (the condition stays), merging the target away moves the link
 * to the merged step. The procedure's lists are edited by index.
 */
import { describe, expect, it } from 'vitest';
import {
  addEntry,
  createHistory,
  deleteStep,
  EditError,
  type EditState,
  mergeWithNext,
  moveEntry,
  moveStep,
  record,
  removeEntry,
  setCondition,
  setDecision,
  setEntry,
  setOtherwise,
  stepsLinkingTo,
  undo,
} from '../../../src/shared/edit';
import { duplicateProcedure } from '../../../src/shared/edit/duplicate';
import { click, stateOf } from './fixtures';

/** A, B, C, D; B says "If paid: …; otherwise go to D". */
function linked(): EditState {
  const s = stateOf([click('a', 1000), click('b', 2000), click('c', 3000), click('d', 4000)]);
  return setOtherwise(setCondition(s, 'b', 'the invoice is paid'), 'b', 'd');
}

const decisionOf = (s: EditState, id: string) => s.steps.find((x) => x.id === id)?.decision;

describe('a step’s decision', () => {
  it('is added empty, typed into, linked, and removed', () => {
    let s = setDecision(stateOf([click('a', 1), click('b', 2)]), 'a', true);
    expect(decisionOf(s, 'a')).toEqual({ condition: '' });
    s = setCondition(s, 'a', 'the customer is new');
    s = setOtherwise(s, 'a', 'b');
    expect(decisionOf(s, 'a')).toEqual({ condition: 'the customer is new', otherwise: 'b' });
    expect(setOtherwise(s, 'a', 'b')).toBe(s);
    s = setOtherwise(s, 'a', undefined);
    expect(decisionOf(s, 'a')).toEqual({ condition: 'the customer is new' });
    s = setDecision(s, 'a', false);
    expect(s.steps[0]).not.toHaveProperty('decision');
  });

  it('cannot send the reader to its own step or to a step that is gone', () => {
    const s = linked();
    expect(() => setOtherwise(s, 'b', 'b')).toThrow(EditError);
    expect(() => setOtherwise(s, 'b', 'nope')).toThrow(EditError);
  });

  it('keeps its link on the same step when steps move', () => {
    let s = moveStep(linked(), 'd', 0);
    expect(s.steps.map((x) => x.id)).toEqual(['d', 'a', 'b', 'c']);
    expect(decisionOf(s, 'b')?.otherwise).toBe('d');
    s = moveStep(s, 'b', 3);
    expect(decisionOf(s, 'b')).toEqual({ condition: 'the invoice is paid', otherwise: 'd' });
  });

  it('loses its link, not its condition, when the step it leads to is deleted; undo brings it back', () => {
    const before = linked();
    expect(stepsLinkingTo(before, 'd')).toEqual([2]);
    const after = deleteStep(before, 'd');
    expect(decisionOf(after, 'b')).toEqual({ condition: 'the invoice is paid' });
    // Only the linking step changed: the diff writes it and the delete, nothing else.
    expect(after.steps[0]).toBe(before.steps[0]);
    expect(after.steps[2]).toBe(before.steps[2]);
    const history = undo(record(createHistory(before), after));
    expect(decisionOf(history.present, 'b')?.otherwise).toBe('d');
  });

  it('follows a merge: a link to the step merged away leads to the merged step', () => {
    const s = mergeWithNext(linked(), 'c');
    expect(s.steps.map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(decisionOf(s, 'b')?.otherwise).toBe('c');
  });

  it('merged into the step it leads to, the link would point at itself: it goes', () => {
    const s = mergeWithNext(linked(), 'b');
    expect(decisionOf(s, 'b')?.condition).toBe('the invoice is paid');
    const merged = setOtherwise(linked(), 'b', 'c');
    expect(decisionOf(mergeWithNext(merged, 'b'), 'b')).toEqual({ condition: 'the invoice is paid' });
  });

  it('a merged step takes the second step’s decision when it has none of its own', () => {
    const s = mergeWithNext(linked(), 'a');
    expect(decisionOf(s, 'a')).toEqual({ condition: 'the invoice is paid', otherwise: 'd' });
  });

  it('is copied with the procedure, linked to the copy of its step', () => {
    const { procedure, steps } = linked();
    let n = 0;
    const copy = duplicateProcedure({ procedure, steps, images: [] }, 'copy', () => `new-${++n}`, 1);
    const b = copy.steps[1]!;
    expect(b.decision?.otherwise).toBe(copy.steps[3]!.id);
    expect(steps[1]!.decision?.otherwise).toBe('d');
  });

  it('is searchable', () => {
    expect(linked().procedure.searchText.split('\n')[2]).toContain('the invoice is paid');
  });
});

describe('the troubleshooting and access lists', () => {
  it('add, edit, reorder and remove entries; the search text follows the troubleshooting', () => {
    let s = addEntry(addEntry(stateOf([click('a', 1)]), 'troubleshooting'), 'troubleshooting');
    s = setEntry(s, 'troubleshooting', 0, { problem: 'Locked out', whatToDo: 'Call IT' });
    s = setEntry(s, 'troubleshooting', 1, { problem: 'Page blank' });
    expect(setEntry(s, 'troubleshooting', 1, { problem: 'Page blank' })).toBe(s);
    expect(s.procedure.searchText.split('\n')[0]).toBe('pay an invoice locked out call it page blank');
    s = moveEntry(s, 'troubleshooting', 1, -1);
    expect(s.procedure.troubleshooting.map((e) => e.problem)).toEqual(['Page blank', 'Locked out']);
    expect(moveEntry(s, 'troubleshooting', 0, -1)).toBe(s);
    s = removeEntry(s, 'troubleshooting', 0);
    expect(s.procedure.troubleshooting).toEqual([{ problem: 'Locked out', whatToDo: 'Call IT' }]);

    s = setEntry(addEntry(s, 'access'), 'access', 0, { what: 'Billing admin', sentSeparately: true });
    expect(s.procedure.access).toEqual([{ what: 'Billing admin', sentSeparately: true }]);
    expect(() => setEntry(s, 'access', 5, { what: 'x' })).toThrow(EditError);
  });
});
