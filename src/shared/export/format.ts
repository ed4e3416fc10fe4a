/**
 * The open Handoff format (docs/format.md): the JSON written as `procedure.json` in a Handoff zip
 * and embedded in the HTML export. Pure. Objects are rebuilt field by field in a fixed order and
 * ids are renumbered by order of appearance, so the same procedure always gives the same bytes,
 * whatever ids and key order it has in storage: export → import → export is byte-identical.
 */
import type {
  Procedure,
  ProcedureIntro,
  Rect,
  ScreenshotView,
  Step,
  StepImage,
  Target,
  Viewport,
} from '../model';
import { IMAGE_EXTENSION, type ImageInfo, type ImageType } from './image-info';

export const FORMAT_NAME = 'handoff';
export const FORMAT_VERSION = 1;
/** Id of the `<template>` in the HTML export that holds this JSON. */
export const DATA_TEMPLATE_ID = 'handoff-data';

/** Storage-only fields are left out: ids are per-database, `position` is the array order. */
type WithoutStorage<T> = T extends unknown ? Omit<T, 'id' | 'procedureId' | 'position'> : never;
export type FileStep = WithoutStorage<Step>;

export interface FileProcedure {
  title: string;
  intro: ProcedureIntro;
  createdAt: number;
  startUrl: string;
  /** How screenshots are shown unless a step says otherwise; absent: focused. */
  view?: ScreenshotView;
}

export interface FileImage {
  id: string;
  /** Entry name inside the zip; in the HTML export the `<img data-image-id>` with this id holds the bytes. */
  path: string;
  width: number;
  height: number;
  type: ImageType;
}

export interface HandoffFile {
  format: typeof FORMAT_NAME;
  version: typeof FORMAT_VERSION;
  procedure: FileProcedure;
  steps: FileStep[];
  images: FileImage[];
}

/** Drops undefined members so optional fields are absent rather than `null` or `undefined`. */
function compact<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}

const rect = (r: Rect): Rect => ({ x: r.x, y: r.y, width: r.width, height: r.height });

const viewport = (v: Viewport): Viewport => ({
  width: v.width,
  height: v.height,
  devicePixelRatio: v.devicePixelRatio,
});

export const target = (t: Target): Target =>
  compact({
    role: t.role,
    name: t.name,
    tag: t.tag,
    selectors: t.selectors.map((chain) => [...chain]),
    rect: rect(t.rect),
    context: t.context && rect(t.context),
    row: t.row,
  });

/** Fields every step type has, after the type-specific ones. */
function base(step: Step, image: StepImage | undefined) {
  return {
    at: step.at,
    url: step.url,
    pageTitle: step.pageTitle,
    customText: step.customText,
    note: step.note && { kind: step.note.kind, text: step.note.text },
    section: step.section,
    image: image && { imageId: image.imageId, mode: image.mode, capturedAt: image.capturedAt },
    viewport: step.viewport && viewport(step.viewport),
    marker:
      step.marker &&
      compact({ hidden: step.marker.hidden, rect: step.marker.rect && rect(step.marker.rect) }),
    view: step.view,
    problem: step.problem && { code: step.problem.code, message: step.problem.message },
  };
}

/** One step in canonical form; `image` is the step's image with its id already renumbered. */
export function fileStep(step: Step, image?: StepImage): FileStep {
  const common = base(step, image);
  switch (step.type) {
    case 'click':
      return compact({
        type: step.type,
        button: step.button,
        clickCount: step.clickCount,
        target: target(step.target),
        ...common,
      });
    case 'type':
      return compact({
        type: step.type,
        value: step.value,
        secret: step.secret,
        secretKind: step.secretKind,
        input: step.input && { label: step.input.label },
        keepValue: step.keepValue,
        target: target(step.target),
        ...common,
      });
    case 'select':
      return compact({
        type: step.type,
        option: step.option,
        value: step.value,
        widget: step.widget,
        typed: step.typed,
        target: target(step.target),
        ...common,
      });
    case 'check':
      return compact({
        type: step.type,
        checked: step.checked,
        control: step.control,
        target: target(step.target),
        ...common,
      });
    case 'key':
      return compact({
        type: step.type,
        keys: [...step.keys],
        target: step.target && target(step.target),
        ...common,
      });
    case 'navigate':
      return compact({ type: step.type, kind: step.kind, ...common });
    case 'manual':
      return compact({ type: step.type, text: step.text, ...common });
  }
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
  const fileSteps = steps.map((step) => {
    const stored = step.image;
    const info = stored && images.get(stored.imageId);
    if (!stored || !info) return fileStep(step);
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
    return fileStep(step, { ...stored, imageId: id });
  });
  return {
    file: {
      format: FORMAT_NAME,
      version: FORMAT_VERSION,
      procedure: {
        title: procedure.title,
        intro: {
          purpose: procedure.intro.purpose,
          prerequisites: procedure.intro.prerequisites,
          result: procedure.intro.result,
        },
        createdAt: procedure.createdAt,
        startUrl: procedure.startUrl,
        ...(procedure.view ? { view: procedure.view } : {}),
      },
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
