/** Copies a procedure with new ids throughout, so the copy and the original never share a record. */
import type { Procedure, Step, StoredImage } from '../model';
import { searchTextOf } from './state';

export interface ProcedureCopy {
  procedure: Procedure;
  steps: Step[];
  images: StoredImage[];
}

/**
 * Pure: the copy's procedure id is given (the repository creates the record) and other ids come
 * from `newId`. Images no step shows (kept only for undo) are not copied, and two steps sharing
 * one screenshot still share its copy.
 */
export function duplicateProcedure(
  source: { procedure: Procedure; steps: readonly Step[]; images: readonly StoredImage[] },
  procedureId: string,
  newId: () => string,
  now: number,
  title = `${source.procedure.title} (copy)`,
): ProcedureCopy {
  const imageIds = new Map<string, string>();
  for (const step of source.steps) {
    if (step.image && !imageIds.has(step.image.imageId)) imageIds.set(step.image.imageId, newId());
  }
  const stepIds = new Map(source.steps.map((step) => [step.id, newId()]));
  const steps = source.steps.map((step): Step => {
    const copy = structuredClone(step);
    copy.id = stepIds.get(step.id)!;
    copy.procedureId = procedureId;
    if (copy.image) copy.image.imageId = imageIds.get(copy.image.imageId)!;
    // A decision's "otherwise" follows its step into the copy; a link to no copied step goes.
    if (copy.decision?.otherwise !== undefined) {
      const target = stepIds.get(copy.decision.otherwise);
      if (target) copy.decision.otherwise = target;
      else delete copy.decision.otherwise;
    }
    return copy;
  });
  const images = source.images
    .filter((image) => imageIds.has(image.id))
    .map((image) => ({ ...image, id: imageIds.get(image.id)!, procedureId }));
  const { deletedAt: _bin, ...rest } = source.procedure;
  const procedure: Procedure = {
    ...structuredClone(rest),
    id: procedureId,
    title,
    searchText: searchTextOf(title, steps, rest.troubleshooting),
    stepCount: steps.length,
    createdAt: now,
    updatedAt: now,
  };
  return { procedure, steps, images };
}
