/**
 * Reads a procedure for editing, and repairs its denormalised fields when they are wrong (a
 * record written by an older version, whose saves took three transactions).
 */
import { procedures, steps } from '../../shared/db';
import { type EditState, sortSteps, withDerived } from '../../shared/edit';

export async function loadState(procedureId: string): Promise<EditState | undefined> {
  const [procedure, list] = await Promise.all([procedures.get(procedureId), steps.list(procedureId)]);
  if (!procedure || procedure.deletedAt !== undefined) return undefined;
  // The index already sorts by position; sorting again settles ties the same way everywhere.
  const state: EditState = { procedure, steps: sortSteps(list) };
  const derived = withDerived(state);
  if (derived !== state) await procedures.rederive(procedureId);
  return derived;
}

/** How many steps the first paint needs: a screenful or two. */
export const PREVIEW_STEPS = 30;

/** The procedure and its first steps only, for showing while `loadState` reads them all. */
export async function loadPreview(procedureId: string): Promise<EditState | undefined> {
  const [procedure, first] = await Promise.all([
    procedures.get(procedureId),
    steps.list(procedureId, PREVIEW_STEPS),
  ]);
  if (!procedure || procedure.deletedAt !== undefined) return undefined;
  return { procedure, steps: first };
}

/** True when two states hold the same words and steps, ignoring timestamps of the procedure. */
export function sameContent(a: EditState, b: EditState): boolean {
  if (a.steps.length !== b.steps.length) return false;
  const pa = a.procedure;
  const pb = b.procedure;
  if (pa.title !== pb.title || JSON.stringify(pa.intro) !== JSON.stringify(pb.intro)) return false;
  if ((pa.view ?? 'focused') !== (pb.view ?? 'focused')) return false;
  if (JSON.stringify([pa.troubleshooting, pa.access]) !== JSON.stringify([pb.troubleshooting, pb.access]))
    return false;
  return a.steps.every((s, i) => s === b.steps[i] || JSON.stringify(s) === JSON.stringify(b.steps[i]));
}
