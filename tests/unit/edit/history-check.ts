/**
 * The undo/redo check every edit gets: recording the edit, undoing it gives back the exact
 * state before (same objects), and redoing gives the exact state after.
 */
import { expect } from 'vitest';
import { createHistory, type EditState, record, redo, undo } from '../../../src/shared/edit';

/** Freezes every object reachable from `value`, so an edit that mutates its input throws. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

export function expectUndoable(before: EditState, edit: (s: EditState) => EditState): EditState {
  const copy = structuredClone(before);
  const after = edit(deepFreeze(before));
  expect(before).toEqual(copy);
  expect(after).not.toBe(before);
  const h1 = record(createHistory(before), after);
  const undone = undo(h1);
  expect(undone.present).toBe(before);
  const redone = redo(undone);
  expect(redone.present).toBe(after);
  return after;
}
