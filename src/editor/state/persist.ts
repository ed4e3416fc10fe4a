/** Writes what an edit changed through the repositories; nothing else in the editor writes steps. */
import { procedures, steps } from '../../shared/db';
import type { EditState } from '../../shared/edit';
import { diffStates, isEmptyDiff } from '../../shared/edit';

/**
 * Steps first, then the procedure: if the page dies in between, the next load recomputes the
 * count and search text from the steps (see load.ts), so the procedure record can only lag.
 */
export async function writeDiff(before: EditState, after: EditState): Promise<boolean> {
  const diff = diffStates(before, after);
  if (isEmptyDiff(diff)) return false;
  if (diff.put.length) await steps.putMany(diff.put);
  if (diff.remove.length) await steps.removeMany(diff.remove);
  if (diff.procedure) await procedures.update(after.procedure.id, diff.procedure);
  return true;
}
