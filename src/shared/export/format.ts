/**
 * The open Handoff format (docs/format.md): the JSON written as `procedure.json` in a Handoff zip
 * and embedded in the HTML export. Pure. Objects are rebuilt field by field in a fixed order and
 * ids are renumbered by order of appearance, so the same procedure always gives the same bytes,
 * whatever ids and key order it has in storage: export → import → export is byte-identical.
 */
import type * as v from 'valibot';
import type { FileStep, Procedure, Step, StepDecision, StepImage } from '../model';
import { canonical } from '../schema/canonical';
import {
  type FileImageSchema,
  FileProcedureSchema,
  FileStepSchema,
  FORMAT_NAME,
  FORMAT_VERSION,
  type HandoffFileSchema,
} from '../schema/file';
import { IMAGE_EXTENSION, type ImageInfo } from './image-info';

export type { FileStep };
export { FORMAT_NAME, FORMAT_VERSION };
/** Id of the `<template>` in the HTML export that holds this JSON. */
export const DATA_TEMPLATE_ID = 'handoff-data';

export type FileProcedure = v.InferOutput<typeof FileProcedureSchema>;
export type FileImage = v.InferOutput<typeof FileImageSchema>;
export type HandoffFile = v.InferOutput<typeof HandoffFileSchema>;

/**
 * One step in canonical form (the schema's field order, storage-only fields left out); `image` is
 * the step's image with its id already renumbered.
 */
export function fileStep(step: Step, image?: StepImage, indexById?: ReadonlyMap<string, number>): FileStep {
  const { image: _stored, decision, ...rest } = step;
  const fileDecision = decision && indexedDecision(decision, indexById);
  return canonical(FileStepSchema, {
    ...rest,
    ...(image ? { image } : {}),
    ...(fileDecision ? { decision: fileDecision } : {}),
  } as FileStep);
}

/**
 * Storage links a decision's "otherwise" step by id, the file by its index in `steps`. A link to
 * a step that is not being exported is left out: the condition stays, read as "otherwise skip it".
 */
function indexedDecision(
  decision: StepDecision,
  indexById: ReadonlyMap<string, number> | undefined,
): NonNullable<FileStep['decision']> {
  const index = decision.otherwise === undefined ? undefined : indexById?.get(decision.otherwise);
  return { condition: decision.condition, ...(index === undefined ? {} : { otherwise: index }) };
}

export interface HandoffBuild {
  file: HandoffFile;
  /** Stored image id → id in the file, for the renderers that point at images. */
  fileImageIds: Map<string, string>;
}

/**
 * Builds the file from stored data. `images` holds the images that could be read, by stored id;
 * a step whose image is missing from it is exported without one. Images are numbered in order of
 * first use, and an image shared by several steps is listed once.
 */
export function toHandoffFile(
  procedure: Procedure,
  steps: readonly Step[],
  images: ReadonlyMap<string, ImageInfo>,
): HandoffBuild {
  const fileImageIds = new Map<string, string>();
  const fileImages: FileImage[] = [];
  const indexById = new Map(steps.map((step, i) => [step.id, i]));
  const fileSteps = steps.map((step) => {
    const stored = step.image;
    const info = stored && images.get(stored.imageId);
    if (!stored || !info) return fileStep(step, undefined, indexById);
    let id = fileImageIds.get(stored.imageId);
    if (!id) {
      id = `image-${String(fileImages.length + 1).padStart(3, '0')}`;
      fileImageIds.set(stored.imageId, id);
      fileImages.push({
        id,
        path: `images/${id}.${IMAGE_EXTENSION[info.type]}`,
        width: info.width,
        height: info.height,
        type: info.type,
      });
    }
    return fileStep(step, { ...stored, imageId: id }, indexById);
  });
  return {
    file: {
      format: FORMAT_NAME,
      version: FORMAT_VERSION,
      // A record older than migration 4 may lack the lists; the file always has them.
      procedure: canonical(FileProcedureSchema, {
        ...procedure,
        troubleshooting: procedure.troubleshooting ?? [],
        access: procedure.access ?? [],
      }),
      steps: fileSteps,
      images: fileImages,
    },
    fileImageIds,
  };
}

/** The bytes of `procedure.json`: two-space indentation and a final newline, for readable diffs. */
export function serialiseHandoff(file: HandoffFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
