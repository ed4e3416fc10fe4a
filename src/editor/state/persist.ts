/**
 * Writes what an edit changed through the repositories, in one transaction (`writeProcedure`);
 * nothing else in the editor writes steps. Steps the editor already had are written field by
 * field, only the fields the edit changed, so a screenshot the recorder attached meanwhile stays
 * linked (see the reasoning in shared/db/write.ts). Count and search text are the repository's.
 */
import { type StepPatch, writeProcedure } from '../../shared/db';
import type { EditState } from '../../shared/edit';
import { diffStates, isEmptyDiff } from '../../shared/edit';
import type { Procedure, Step } from '../../shared/model';

/** Top-level fields that differ; edits share unchanged values, so comparing by reference is exact. */
function changedFields<T extends object>(before: T, after: T): string[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => a[key] !== b[key]);
}

const EDITABLE: readonly (keyof Procedure)[] = ['title', 'intro', 'view', 'troubleshooting', 'access'];

export async function writeDiff(
  before: EditState,
  after: EditState,
  release: readonly string[] = [],
): Promise<boolean> {
  const diff = diffStates(before, after);
  if (isEmptyDiff(diff) && release.length === 0) return false;
  const old = new Map(before.steps.map((s) => [s.id, s]));
  const put: Step[] = [];
  const patch: StepPatch[] = [];
  for (const step of diff.put) {
    const was = old.get(step.id);
    if (was) patch.push({ step, fields: changedFields(was, step) });
    else put.push(step);
  }
  const changed = changedFields(before.procedure, after.procedure);
  const fields = Object.fromEntries(
    EDITABLE.filter((key) => changed.includes(key)).map((key) => [key, after.procedure[key]]),
  );
  await writeProcedure(
    { procedureId: after.procedure.id, fields, put, patch, remove: diff.remove, release },
    'edit',
  );
  return true;
}
