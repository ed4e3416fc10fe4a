/** Annotation edits that say what they did (for screen readers) and pick where a new one goes. */
import { placeAnnotation } from '../../shared/annotations/place';
import { addAnnotation, deleteAnnotation } from '../../shared/edit';
import { markerRect } from '../../shared/geometry';
import { type MessageKey, t } from '../../shared/i18n';
import type { Annotation, AnnotationKind, Rect, Step } from '../../shared/model';
import { shorten } from '../../shared/text';
import type { EditorStore } from './store';

export const ANNOTATION_NAMES: Record<AnnotationKind, MessageKey> = {
  arrow: 'annotName_arrow',
  rect: 'annotName_rect',
  callout: 'annotName_callout',
  badge: 'annotName_badge',
};

/** "Arrow", "Callout "Check the total"", "Number 2": how controls and announcements name one. */
export function annotationName(a: Annotation): string {
  switch (a.kind) {
    case 'callout':
      return t('annotName_callout', t('sentenceQuoted', shorten(a.text, 40)));
    case 'badge':
      return t('annotName_badge', a.number);
    default:
      return t(ANNOTATION_NAMES[a.kind]);
  }
}

/** The whole screenshot, CSS px: where a new annotation goes when no focused frame is known. */
export function wholeFrame(step: Step): Rect | undefined {
  const vp = step.viewport;
  return vp ? { x: 0, y: 0, width: vp.width, height: vp.height } : undefined;
}

/** Adds a `kind` annotation inside `frame`; returns its index, or undefined when it could not be added. */
export function addAnnotationTo(
  store: EditorStore,
  step: Step,
  number: number,
  kind: AnnotationKind,
  frame: Rect | undefined,
): number | undefined {
  const shown = frame ?? wholeFrame(step);
  if (!shown) return undefined;
  const existing = step.annotations ?? [];
  const annotation = placeAnnotation({
    kind,
    frame: shown,
    marked: markerRect(step),
    existing,
    text: t('annotDefaultCallout'),
  });
  if (!store.edit((s) => addAnnotation(s, step.id, annotation))) return undefined;
  store.announce(t('annotAdded', annotationName(annotation), number));
  return existing.length;
}

export function removeAnnotation(store: EditorStore, step: Step, number: number, index: number): boolean {
  const gone = step.annotations?.[index];
  if (!gone || !store.edit((s) => deleteAnnotation(s, step.id, index))) return false;
  store.announce(t('annotDeleted', annotationName(gone), number));
  return true;
}

/** Focuses what `selector` finds once the next renders have put it on the page (a few frames at most). */
export function focusWhenShown(selector: string, tries = 10): void {
  const el = document.querySelector<HTMLElement | SVGElement>(selector);
  if (el) {
    el.focus();
    return;
  }
  if (tries > 0) requestAnimationFrame(() => focusWhenShown(selector, tries - 1));
}
