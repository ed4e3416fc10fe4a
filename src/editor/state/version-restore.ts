/**
 * Restoring a saved version as one edit of the editor's state (pure): the procedure's fields and
 * steps become the version's, so the Saver writes the difference through writeProcedure in one
 * transaction and one undo brings back what was there before. Objects equal to the present ones
 * are kept as they are, so only what differs is written.
 */

import type { ProcedureVersion } from '../../shared/db';
import { equal } from '../../shared/db/version-content';
import { type EditState, sortSteps, withDerived } from '../../shared/edit';
import type { Procedure } from '../../shared/model';

export function restoredState(state: EditState, version: ProcedureVersion): EditState {
  const current = new Map(state.steps.map((s) => [s.id, s]));
  const steps = sortSteps(
    version.steps.map((step) => {
      const now = current.get(step.id);
      return now && equal(now, step) ? now : step;
    }),
  );
  // When it was saved is not content: the present record's time stays until the write sets it.
  const wanted: Procedure = { ...version.procedure, updatedAt: state.procedure.updatedAt };
  const procedure = equal(wanted, { ...state.procedure, deletedAt: undefined }) ? state.procedure : wanted;
  const same =
    procedure === state.procedure &&
    steps.length === state.steps.length &&
    steps.every((s, i) => s === state.steps[i]);
  return same ? state : withDerived({ procedure, steps });
}
