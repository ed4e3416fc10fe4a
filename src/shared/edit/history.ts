/**
 * Undo and redo as a history of states. Every edit is a pure function returning a new state, so
 * undoing is going back to the previous one; the diff between the two says what to write.
 * Typing is coalesced: edits with the same group key (one text box) make one undo step until the
 * group is closed (the box loses focus, or another edit happens).
 */
import type { EditState } from './state';

/** Enough for any session; each entry shares all unchanged steps with its neighbours. */
export const HISTORY_LIMIT = 200;

export interface History {
  readonly past: readonly EditState[];
  readonly present: EditState;
  readonly future: readonly EditState[];
  /** The group of the last edit while it may still be extended. */
  readonly group?: string | undefined;
}

export function createHistory(present: EditState): History {
  return { past: [], present, future: [] };
}

/** Records `next` as the result of an edit. A no-op edit (same state) records nothing. */
export function record(history: History, next: EditState, group?: string): History {
  if (next === history.present) return history;
  if (group !== undefined && group === history.group) {
    return { past: history.past, present: next, future: [], group };
  }
  const past = [...history.past, history.present].slice(-HISTORY_LIMIT);
  return { past, present: next, future: [], group };
}

/** Ends coalescing, so that the next edit in the same box is a separate undo step. */
export function closeGroup(history: History): History {
  return history.group === undefined ? history : { ...history, group: undefined };
}

export function canUndo(history: History): boolean {
  return history.past.length > 0;
}

export function canRedo(history: History): boolean {
  return history.future.length > 0;
}

export function undo(history: History): History {
  const previous = history.past[history.past.length - 1];
  if (!previous) return history;
  return {
    past: history.past.slice(0, -1),
    present: previous,
    future: [history.present, ...history.future],
  };
}

export function redo(history: History): History {
  const [next, ...future] = history.future;
  if (!next) return history;
  return { past: [...history.past, history.present], present: next, future };
}
