/**
 * Which screenshots an edit lets go of. An edit drops states from the undo history (the redo
 * branch, the oldest past, the state a typing group replaces); a screenshot only those showed can
 * never come back, so the next write may delete it (it still checks that no stored step shows it).
 */
import type { EditState, History } from '../../shared/edit';

const statesOf = (h: History): EditState[] => [...h.past, h.present, ...h.future];

/**
 * Cheap in the common case: a dropped state's steps are mostly the very objects the new present
 * holds, and only a screenshot the new present does not show is a candidate; the whole history is
 * walked only when there is one.
 */
export function releasedImageIds(before: History, after: History): string[] {
  const kept = new Set(statesOf(after));
  const dropped = statesOf(before).filter((s) => !kept.has(s));
  const presentSteps = new Set(after.present.steps);
  const presentImages = new Set(after.present.steps.flatMap((s) => (s.image ? [s.image.imageId] : [])));
  const candidates = new Set<string>();
  for (const state of dropped) {
    for (const step of state.steps) {
      if (step.image && !presentSteps.has(step) && !presentImages.has(step.image.imageId))
        candidates.add(step.image.imageId);
    }
  }
  if (candidates.size === 0) return [];
  const shown = new Set<string>();
  for (const state of kept) for (const step of state.steps) if (step.image) shown.add(step.image.imageId);
  return [...candidates].filter((id) => !shown.has(id));
}
