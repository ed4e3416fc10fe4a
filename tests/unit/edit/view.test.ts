/** Switching a step, or the whole procedure, between the focused view and the full screenshot. */
import { describe, expect, it } from 'vitest';
import { diffStates, setProcedureView, setStepView } from '../../../src/shared/edit';
import { chosenView } from '../../../src/shared/focus';
import { abc } from './fixtures';
import { expectUndoable } from './history-check';

describe('setStepView', () => {
  it('shows one step full, undoably, and writes only that step', () => {
    const before = abc();
    const after = expectUndoable(before, (s) => setStepView(s, 'b', 'full'));
    expect(after.steps.map((s) => chosenView(s, after.procedure))).toEqual(['focused', 'full', 'focused']);
    expect(after.steps[0]).toBe(before.steps[0]);
    expect(diffStates(before, after).put.map((s) => s.id)).toEqual(['b']);
  });

  it('stores nothing when the choice is the procedure’s own, and is a no-op when nothing changes', () => {
    const before = abc();
    expect(setStepView(before, 'a', 'focused')).toBe(before);
    const full = setStepView(before, 'a', 'full');
    expect(setStepView(full, 'a', 'full')).toBe(full);
    const back = setStepView(full, 'a', 'focused');
    expect('view' in back.steps[0]!).toBe(false);
  });

  it('keeps a focused step focused inside a procedure shown full', () => {
    const full = setProcedureView(abc(), 'full');
    const after = expectUndoable(full, (s) => setStepView(s, 'c', 'focused'));
    expect(after.steps[2]!.view).toBe('focused');
    expect(after.steps.map((s) => chosenView(s, after.procedure))).toEqual(['full', 'full', 'focused']);
  });

  it('refuses a step that is gone', () => {
    expect(() => setStepView(abc(), 'zzz', 'full')).toThrow(/no longer exists/);
  });
});

describe('setProcedureView', () => {
  it('shows the whole procedure full, clearing each step’s own choice, in one undo step', () => {
    const before = setStepView(setStepView(abc(), 'a', 'full'), 'b', 'full');
    const mixed = setStepView(setProcedureView(before, 'full'), 'c', 'focused');
    const after = expectUndoable(mixed, (s) => setProcedureView(s, 'focused'));
    expect(after.procedure.view).toBeUndefined();
    expect('view' in after.procedure).toBe(false);
    expect(after.steps.every((s) => !('view' in s))).toBe(true);
    expect(after.steps.map((s) => chosenView(s, after.procedure))).toEqual(['focused', 'focused', 'focused']);
  });

  it('writes the procedure with its view, and the absence of a view after undo', () => {
    const before = abc();
    const after = expectUndoable(before, (s) => setProcedureView(s, 'full'));
    expect(after.procedure.view).toBe('full');
    expect(after.steps).toBe(before.steps);
    expect(diffStates(before, after).procedure?.view).toBe('full');
    const undo = diffStates(after, before);
    expect(undo.procedure && 'view' in undo.procedure).toBe(true);
    expect(undo.procedure?.view).toBeUndefined();
  });

  it('is a no-op when the procedure already shows that view and no step differs', () => {
    const before = abc();
    expect(setProcedureView(before, 'focused')).toBe(before);
    const full = setProcedureView(before, 'full');
    expect(setProcedureView(full, 'full')).toBe(full);
  });
});
