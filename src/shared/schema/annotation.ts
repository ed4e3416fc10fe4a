/**
 * Arrows, boxes, text callouts and numbered badges drawn on a step's screenshot, as data: they
 * stay movable and editable, and every export draws them (shared/annotations/). Coordinates are
 * CSS pixels of the screenshot, the space of `target.rect` and `marker.rect`, so they hold at any
 * device pixel ratio and shift with a crop the way the marker does.
 */
import * as v from 'valibot';
import { ANNOTATION_COLOURS } from './enums';
import { type Leaves, object } from './leaves';
import { kindOf, quote } from './words';

/** Most annotations on one screenshot: more would hide the picture they explain. */
export const MAX_ANNOTATIONS = 50;
/** Longest callout text: a callout labels, the step's note explains. */
export const MAX_CALLOUT_TEXT = 300;
/** Highest badge number. */
export const MAX_BADGE = 99;

/** A union of objects told apart by `kind`; an unknown kind is named in the message. */
function byKind<O extends v.VariantOptions<'kind'>>(options: O) {
  return v.variant('kind', options, (issue) => {
    if (issue.input === undefined) return 'required field is missing';
    if (issue.path?.length) {
      return typeof issue.input === 'string'
        ? `unknown annotation kind ${quote(issue.input)}`
        : `expected a string, got ${kindOf(issue.input)}`;
    }
    return `expected an object, got ${kindOf(issue.input)}`;
  });
}

export function annotationSchema(L: Leaves, coordinate: number) {
  const C = coordinate;
  const point = object({ x: L.number(-C, C), y: L.number(-C, C) });
  const rect = object({
    x: L.number(-C, C),
    y: L.number(-C, C),
    width: L.number(0, C),
    height: L.number(0, C),
  });
  const colour = L.choice(ANNOTATION_COLOURS, 'annotation colour', 'red');
  return byKind([
    /** A line from `from` with its head at `to`. */
    object({ kind: v.literal('arrow'), from: point, to: point, colour }),
    /** An outlined box. */
    object({ kind: v.literal('rect'), rect, colour }),
    /** A label whose top-left corner is at `at`; long text wraps (shared/annotations/layout.ts). */
    object({ kind: v.literal('callout'), at: point, text: L.text(MAX_CALLOUT_TEXT), colour }),
    /** A numbered disc centred on `at`. */
    object({ kind: v.literal('badge'), at: point, number: L.integer(1, MAX_BADGE), colour }),
  ]);
}
