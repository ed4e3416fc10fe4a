/**
 * Turns a validated Handoff file into the records to store. Every id is new (an import never
 * overwrites anything) and positions follow the file's order. The derived fields (step count,
 * search text) are not taken from the file: the repository computes them as it stores the records.
 */
import type { NewProcedure } from '../db/write';
import type { FileStep, HandoffFile } from '../export/format';
import { newId, type Step, type StepDecision, type StoredImage } from '../model';

export interface ImportRecords {
  procedure: NewProcedure;
  steps: Step[];
  images: StoredImage[];
}

/** Gap between positions, so the editor can place moved steps between neighbours many times over. */
const POSITION_GAP = 1024;

/** A file's decision names its step by index (checked in range by the validation); storage by id. */
function linkedDecision(
  decision: NonNullable<FileStep['decision']>,
  stepIds: readonly string[],
): StepDecision {
  const target = decision.otherwise === undefined ? undefined : stepIds[decision.otherwise];
  return { condition: decision.condition, ...(target ? { otherwise: target } : {}) };
}

export function toRecords(
  file: HandoffFile,
  imageBytes: ReadonlyMap<string, Uint8Array>,
  now: number,
  makeId: () => string = newId,
): ImportRecords {
  const procedureId = makeId();
  const storedIds = new Map<string, string>();
  const images: StoredImage[] = [];
  // Only images some step shows are stored; an unused one would be unreachable.
  const used = new Set(file.steps.flatMap((s) => (s.image ? [s.image.imageId] : [])));
  for (const image of file.images) {
    const bytes = imageBytes.get(image.id);
    if (!used.has(image.id) || !bytes) continue;
    const id = makeId();
    storedIds.set(image.id, id);
    images.push({
      id,
      procedureId,
      blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: image.type }),
      width: image.width,
      height: image.height,
    });
  }
  const stepIds = file.steps.map(() => makeId());
  const steps = file.steps.map((s: FileStep, i): Step => {
    const imageId = s.image && storedIds.get(s.image.imageId);
    const { image: _fileImage, decision, ...rest } = s;
    return {
      ...rest,
      ...(s.image && imageId ? { image: { ...s.image, imageId } } : {}),
      ...(decision ? { decision: linkedDecision(decision, stepIds) } : {}),
      id: stepIds[i]!,
      procedureId,
      position: (i + 1) * POSITION_GAP,
    } as Step;
  });
  const { title, intro, createdAt, startUrl, view, troubleshooting, access } = file.procedure;
  const procedure: NewProcedure = {
    id: procedureId,
    title,
    intro: { ...intro },
    createdAt,
    // Just imported is "just changed": the library lists it first.
    updatedAt: now,
    startUrl,
    ...(view ? { view } : {}),
    troubleshooting: troubleshooting.map((entry) => ({ ...entry })),
    access: access.map((item) => ({ ...item })),
  };
  return { procedure, steps, images };
}
