/**
 * Edits of the arrows, boxes, callouts and badges drawn on a step's screenshot. Annotations are
 * named by their place in the step's list; each edit returns a new step (and the same state when
 * nothing changes), so undo, redo and field-level saving work as for every other edit.
 */
import { boundsOf } from '../annotations/layout';
import { anchorOf, resizeAnnotation, shiftAnnotation } from '../annotations/move';
import type { Annotation, AnnotationColour, Step, Viewport } from '../model';
import { MAX_ANNOTATIONS, MAX_BADGE, MAX_CALLOUT_TEXT } from '../schema/annotation';
import { EditError, type EditState, updateStep } from './state';

function withAnnotations(step: Step, list: Annotation[]): Step {
  if (list.length > 0) return { ...step, annotations: list };
  const { annotations: _gone, ...rest } = step;
  return rest as Step;
}

function listOf(step: Step): Annotation[] {
  return step.annotations ? step.annotations.slice() : [];
}

function at(step: Step, index: number): Annotation {
  const a = step.annotations?.[index];
  if (!a) throw new EditError('That annotation no longer exists; it may have been deleted in another tab.');
  return a;
}

/** Adds `annotation` on top of the others. */
export function addAnnotation(state: EditState, stepId: string, annotation: Annotation): EditState {
  return updateStep(state, stepId, (step) => {
    if (!step.image) throw new EditError('This step has no screenshot to draw on.');
    const list = listOf(step);
    if (list.length >= MAX_ANNOTATIONS)
      throw new EditError(`A screenshot can have at most ${MAX_ANNOTATIONS} annotations.`);
    return withAnnotations(step, [...list, structuredClone(annotation)]);
  });
}

/** Replaces the annotation at `index` with what `change` makes of it. */
export function changeAnnotation(
  state: EditState,
  stepId: string,
  index: number,
  change: (a: Annotation) => Annotation,
): EditState {
  return updateStep(state, stepId, (step) => {
    const before = at(step, index);
    const after = change(before);
    if (after === before || JSON.stringify(after) === JSON.stringify(before)) return step;
    const list = listOf(step);
    list[index] = after;
    return withAnnotations(step, list);
  });
}

export function deleteAnnotation(state: EditState, stepId: string, index: number): EditState {
  return updateStep(state, stepId, (step) => {
    at(step, index);
    const list = listOf(step);
    list.splice(index, 1);
    return withAnnotations(step, list);
  });
}

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

/**
 * Moves the annotation by (dx, dy) CSS px, keeping its anchor point on the screenshot so it can
 * never be pushed out of sight (and out of reach) by repeated key presses.
 */
export function moveAnnotation(
  state: EditState,
  stepId: string,
  index: number,
  dx: number,
  dy: number,
  viewport?: Pick<Viewport, 'width' | 'height'>,
): EditState {
  return changeAnnotation(state, stepId, index, (a) => {
    const vp = viewport ?? state.steps.find((s) => s.id === stepId)?.viewport;
    if (!vp) return shiftAnnotation(a, dx, dy);
    const p = anchorOf(a);
    const x = clamp(p.x + dx, 0, vp.width);
    const y = clamp(p.y + dy, 0, vp.height);
    return x === p.x && y === p.y ? a : shiftAnnotation(a, x - p.x, y - p.y);
  });
}

/** Grows a box, or moves an arrow's tip, by (dw, dh) CSS px. */
export function resizeAnnotationBy(state: EditState, stepId: string, index: number, dw: number, dh: number) {
  return changeAnnotation(state, stepId, index, (a) => resizeAnnotation(a, dw, dh));
}

export function setAnnotationColour(
  state: EditState,
  stepId: string,
  index: number,
  colour: AnnotationColour,
): EditState {
  return changeAnnotation(state, stepId, index, (a) => (a.colour === colour ? a : { ...a, colour }));
}

export function setCalloutText(state: EditState, stepId: string, index: number, text: string): EditState {
  return changeAnnotation(state, stepId, index, (a) => {
    if (a.kind !== 'callout') throw new EditError('Only a callout has text.');
    const cut = text.slice(0, MAX_CALLOUT_TEXT);
    return a.text === cut ? a : { ...a, text: cut };
  });
}

export function setBadgeNumber(state: EditState, stepId: string, index: number, number: number): EditState {
  return changeAnnotation(state, stepId, index, (a) => {
    if (a.kind !== 'badge') throw new EditError('Only a badge has a number.');
    if (!Number.isFinite(number)) return a;
    const n = clamp(Math.round(number), 1, MAX_BADGE);
    return a.number === n ? a : { ...a, number: n };
  });
}

/**
 * The step with its annotations moved by (dx, dy), for a crop that moves the screenshot's origin;
 * those left wholly outside `viewport` are dropped (a crop that cut them away is undone whole).
 */
export function keptAfterCrop(
  step: Step,
  dx: number,
  dy: number,
  viewport: Pick<Viewport, 'width' | 'height'>,
): Step {
  if (!step.annotations) return step;
  const kept = step.annotations
    .map((a) => shiftAnnotation(a, dx, dy))
    .filter((a) => {
      const b = boundsOf(a);
      return b.x < viewport.width && b.y < viewport.height && b.x + b.width > 0 && b.y + b.height > 0;
    });
  return withAnnotations(step, kept);
}
