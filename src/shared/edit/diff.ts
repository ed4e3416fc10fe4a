/**
 * What to write after an edit (or an undo): the steps whose objects changed, the ids that are
 * gone, and the procedure fields that differ. Edits share unchanged objects, so comparing by
 * reference is exact and costs one pass.
 */
import type { Procedure, Step } from '../model';
import type { EditState } from './state';

export type ProcedureFields = Pick<
  Procedure,
  'title' | 'intro' | 'stepCount' | 'searchText' | 'view' | 'troubleshooting' | 'access'
>;

export interface StateDiff {
  put: Step[];
  remove: string[];
  /** Present when the procedure must be written (its fields changed, or any step did). */
  procedure?: ProcedureFields;
}

export function diffStates(before: EditState, after: EditState): StateDiff {
  const old = new Map(before.steps.map((s) => [s.id, s]));
  const put: Step[] = [];
  for (const step of after.steps) {
    if (old.get(step.id) !== step) put.push(step);
    old.delete(step.id);
  }
  const remove = [...old.keys()];
  const p = after.procedure;
  const changed = p !== before.procedure || put.length > 0 || remove.length > 0;
  if (!changed) return { put, remove };
  return {
    put,
    remove,
    // `view` is always listed, absent or not, so that undoing a choice removes it from storage.
    procedure: {
      title: p.title,
      intro: p.intro,
      stepCount: p.stepCount,
      searchText: p.searchText,
      view: p.view,
      troubleshooting: p.troubleshooting,
      access: p.access,
    },
  };
}

export function isEmptyDiff(diff: StateDiff): boolean {
  return diff.put.length === 0 && diff.remove.length === 0 && diff.procedure === undefined;
}
