/** Moving and resizing an annotation: pure functions over its points, in CSS px of the screenshot. */
import type { Annotation } from '../model';

/** The annotation moved by (dx, dy). */
export function shiftAnnotation(a: Annotation, dx: number, dy: number): Annotation {
  const p = (q: { x: number; y: number }) => ({ x: q.x + dx, y: q.y + dy });
  switch (a.kind) {
    case 'arrow':
      return { ...a, from: p(a.from), to: p(a.to) };
    case 'rect':
      return { ...a, rect: { ...a.rect, x: a.rect.x + dx, y: a.rect.y + dy } };
    case 'callout':
    case 'badge':
      return { ...a, at: p(a.at) };
  }
}

/** The point that says where an annotation is: its start, corner or anchor. */
export function anchorOf(a: Annotation): { x: number; y: number } {
  switch (a.kind) {
    case 'arrow':
      return a.from;
    case 'rect':
      return { x: a.rect.x, y: a.rect.y };
    case 'callout':
    case 'badge':
      return a.at;
  }
}

/** Smallest box side, CSS px: smaller could no longer be seen or grabbed. */
export const MIN_SIDE = 8;

/**
 * A box grown by (dw, dh), never below MIN_SIDE; an arrow's tip moved by (dw, dh). Callouts size
 * to their text and badges to their number: they stay as they are.
 */
export function resizeAnnotation(a: Annotation, dw: number, dh: number): Annotation {
  switch (a.kind) {
    case 'rect':
      return {
        ...a,
        rect: {
          ...a.rect,
          width: Math.max(MIN_SIDE, a.rect.width + dw),
          height: Math.max(MIN_SIDE, a.rect.height + dh),
        },
      };
    case 'arrow':
      return { ...a, to: { x: a.to.x + dw, y: a.to.y + dh } };
    default:
      return a;
  }
}
