/**
 * What a step's annotations mark, in words, for the screenshot's alt text in the editor and every
 * export: "Marked on the screenshot: an arrow to the marked element; a callout "Check the total"".
 * Pure; the caller quotes (and shortens) callout text the way step sentences do.
 */
import { markerRect } from '../geometry';
import type { Messages } from '../i18n/catalog';
import type { Annotation, Rect, Step } from '../model';

const inside = (p: { x: number; y: number }, r: Rect) =>
  p.x >= r.x && p.x <= r.x + r.width && p.y >= r.y && p.y <= r.y + r.height;

function phrase(
  a: Annotation,
  m: Messages,
  quote: (text: string) => string,
  marked: Rect | undefined,
): string {
  switch (a.kind) {
    case 'arrow':
      return m.t(marked && inside(a.to, marked) ? 'annotAltArrowToMarked' : 'annotAltArrow');
    case 'rect':
      return m.t('annotAltRect');
    case 'callout':
      return a.text.trim() ? m.t('annotAltCallout', quote(a.text)) : m.t('annotAltCalloutEmpty');
    case 'badge':
      return m.t('annotAltBadge', a.number);
  }
}

/** The sentence naming a step's annotations, or '' when it has none. */
export function describeAnnotations(
  step: Pick<Step, 'annotations' | 'marker' | 'target' | 'viewport'>,
  m: Messages,
  quote: (text: string) => string,
): string {
  const list = step.annotations;
  if (!list?.length) return '';
  const marked = markerRect(step);
  return m.t('annotAltList', list.map((a) => phrase(a, m, quote, marked)).join('; '));
}
