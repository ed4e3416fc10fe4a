/**
 * The state every edit works on: one procedure and its steps in order. Edits never mutate it;
 * they return a new state that shares every unchanged object, so a diff by reference tells the
 * repositories exactly what to write and a history of states is cheap.
 */
import { searchTextOf } from '../db/derived';
import type { Procedure, Step } from '../model';

// The repositories own the search text's format; the editor's state shows it as they will store it.
export { searchTextOf };

export interface EditState {
  readonly procedure: Procedure;
  /** Sorted by `position`; the index is the step's number minus one. */
  readonly steps: readonly Step[];
}

/** Thrown when an edit names something that is not there; the message is for the person. */
export class EditError extends Error {
  override name = 'EditError';
}

/** Recomputes the procedure's denormalised fields; returns the same object when nothing changed. */
export function withDerived(state: EditState): EditState {
  const { procedure, steps } = state;
  const searchText = searchTextOf(procedure.title, steps, procedure.troubleshooting);
  if (procedure.stepCount === steps.length && procedure.searchText === searchText) return state;
  return { procedure: { ...procedure, stepCount: steps.length, searchText }, steps };
}

export function indexOfStep(state: EditState, stepId: string): number {
  const index = state.steps.findIndex((s) => s.id === stepId);
  if (index < 0) throw new EditError('That step no longer exists; it may have been deleted in another tab.');
  return index;
}

/** Replaces one step, keeping every other object as it was. */
export function replaceStep(state: EditState, index: number, step: Step): EditState {
  const steps = state.steps.slice();
  steps[index] = step;
  return withDerived({ procedure: state.procedure, steps });
}

/** Applies `change` to the step with `stepId`; returns the same state when the change is a no-op. */
export function updateStep(state: EditState, stepId: string, change: (step: Step) => Step): EditState {
  const index = indexOfStep(state, stepId);
  const before = state.steps[index]!;
  const after = change(before);
  return after === before ? state : replaceStep(state, index, after);
}

/** Sorts steps the way the repository's position index does (ties by id, as IndexedDB keys do). */
export function sortSteps(steps: readonly Step[]): Step[] {
  return steps.slice().sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
