/**
 * Where a new annotation goes: inside the part of the screenshot the person sees (the focused
 * crop or the whole picture), next to the marked element when there is one, each new one a little
 * off the last so they never land exactly on top of each other. Pure.
 */
import type { Annotation, AnnotationKind, Rect } from '../model';
import { MAX_BADGE } from '../schema/annotation';
import { calloutBox } from './layout';

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export interface PlaceInput {
  kind: AnnotationKind;
  /** The part of the screenshot shown, CSS px. */
  frame: Rect;
  /** The marker's outline, when the step shows one. */
  marked?: Rect | undefined;
  existing: readonly Annotation[];
  /** A new callout's text, in the editor's language. */
  text: string;
}

export function placeAnnotation({ kind, frame, marked, existing, text }: PlaceInput): Annotation {
  const margin = 12;
  const inFrame = (p: { x: number; y: number }) => ({
    x: Math.round(clamp(p.x, frame.x + margin, frame.x + frame.width - margin)),
    y: Math.round(clamp(p.y, frame.y + margin, frame.y + frame.height - margin)),
  });
  const near = marked && intersects(marked, frame) ? marked : undefined;
  const step = 14 * (existing.length % 6);
  const centre = { x: frame.x + frame.width / 2 + step, y: frame.y + frame.height / 2 + step };
  const colour = 'red' as const;
  switch (kind) {
    case 'arrow': {
      // The tip just inside the marker's outline, at its left middle: "an arrow to the marked element".
      const to = inFrame(near ? { x: near.x + 1, y: near.y + near.height / 2 } : centre);
      const left = to.x - 90 >= frame.x + margin;
      const from = inFrame({ x: left ? to.x - 90 : to.x + 90, y: to.y - 50 + step });
      return { kind, from, to, colour };
    }
    case 'rect': {
      const width = Math.min(160, frame.width - 2 * margin);
      const height = Math.min(60, frame.height - 2 * margin);
      const at = inFrame({ x: centre.x - width / 2, y: centre.y - height / 2 });
      return { kind, rect: { x: at.x, y: at.y, width, height }, colour };
    }
    case 'callout': {
      const { box } = calloutBox({ x: 0, y: 0 }, text);
      const wanted = near
        ? { x: near.x + near.width + 16, y: near.y + step }
        : { x: centre.x - box.width / 2, y: centre.y };
      const at = {
        x: Math.round(clamp(wanted.x, frame.x, Math.max(frame.x, frame.x + frame.width - box.width))),
        y: Math.round(clamp(wanted.y, frame.y, Math.max(frame.y, frame.y + frame.height - box.height))),
      };
      return { kind, at, text, colour };
    }
    case 'badge': {
      const highest = Math.max(0, ...existing.map((a) => (a.kind === 'badge' ? a.number : 0)));
      const at = inFrame(near ? { x: near.x + step, y: near.y } : centre);
      return { kind, at, number: Math.min(MAX_BADGE, highest + 1), colour };
    }
  }
}
