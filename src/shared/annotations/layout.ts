/**
 * Where each part of an annotation goes, in CSS pixels of the screenshot: the one geometry that
 * the canvas renderer (exported images, video), the SVG renderer (HTML export) and the editor
 * share, so a callout wraps and an arrowhead points the same way everywhere.
 *
 * Text width cannot be measured without a page (the HTML export runs no script), so a callout's
 * box is sized from an estimate per character with room to spare; the canvas renderer also caps
 * each line at the box's width, so text never leaves its box there.
 */
import type { Annotation, AnnotationColour, Rect } from '../model';

export interface Point {
  x: number;
  y: number;
}

/** Sizes in CSS px of the screenshot, so they look the same at any pixel ratio. */
export const LOOK = {
  line: 3,
  /** White edge on each side of a line, so it shows on dark and busy pages. */
  halo: 2,
  headLength: 15,
  headHalfWidth: 8,
  cornerRadius: 3,
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  calloutSize: 14,
  calloutLineHeight: 18,
  calloutPadX: 8,
  calloutPadY: 6,
  calloutRadius: 5,
  /** Characters per callout line before it wraps, and lines before it is cut with an ellipsis. */
  calloutChars: 32,
  calloutLines: 8,
  badgeRadius: 12,
  badgeSize: 14,
} as const;

export type Shape =
  | { kind: 'arrow'; colour: AnnotationColour; shaft: [Point, Point]; head: [Point, Point, Point] }
  | { kind: 'rect'; colour: AnnotationColour; rect: Rect }
  | {
      kind: 'callout';
      colour: AnnotationColour;
      box: Rect;
      /** Each line's left edge and baseline. */
      lines: { text: string; x: number; baseline: number }[];
    }
  | { kind: 'badge'; colour: AnnotationColour; centre: Point; radius: number; label: string };

/** Width of `text` at `size` px in a sans-serif face, estimated per character, slightly generous. */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0x1100) em += 1.0;
    else if (ch === ' ') em += 0.3;
    else if ("iljtfrI.,;:'!|()[]".includes(ch)) em += 0.34;
    else if ('mwMW@'.includes(ch)) em += 0.9;
    else if (ch >= 'A' && ch <= 'Z') em += 0.7;
    else em += 0.58;
  }
  return em * size;
}

/**
 * `text` in lines of at most `max` characters, broken at spaces where it can be and at line
 * breaks the person typed; past `lines` lines the last one ends in an ellipsis.
 */
export function wrapText(text: string, max = LOOK.calloutChars, lines = LOOK.calloutLines): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line: string[] = [];
    for (const word of paragraph.split(/[ \t]+/).filter(Boolean)) {
      let chars = Array.from(word);
      // A word longer than a line is cut into pieces of a line each.
      while (chars.length > max) {
        if (line.length) out.push(line.join(' '));
        line = [];
        out.push(chars.slice(0, max).join(''));
        chars = chars.slice(max);
      }
      if (!chars.length) continue;
      const piece = chars.join('');
      const length = Array.from(line.join(' ')).length;
      if (line.length && length + 1 + chars.length > max) {
        out.push(line.join(' '));
        line = [];
      }
      line.push(piece);
    }
    out.push(line.join(' '));
  }
  while (out.length > 1 && out[out.length - 1] === '') out.pop();
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  const last = Array.from(kept[lines - 1]!);
  kept[lines - 1] = `${last.slice(0, max - 1).join('')}…`;
  return kept;
}

function arrowShape(from: Point, to: Point): { shaft: [Point, Point]; head: [Point, Point, Point] } {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  // A zero-length arrow still shows a head, pointing right.
  const ux = length > 0 ? dx / length : 1;
  const uy = length > 0 ? dy / length : 0;
  const headLength = Math.min(LOOK.headLength, Math.max(length, LOOK.headLength / 2));
  const base = { x: to.x - ux * headLength, y: to.y - uy * headLength };
  const w = LOOK.headHalfWidth;
  return {
    // The shaft stops inside the head so its square end never pokes past the tip.
    shaft: [from, { x: to.x - ux * headLength * 0.6, y: to.y - uy * headLength * 0.6 }],
    head: [
      { x: to.x, y: to.y },
      { x: base.x - uy * w, y: base.y + ux * w },
      { x: base.x + uy * w, y: base.y - ux * w },
    ],
  };
}

export function calloutBox(at: Point, text: string): { box: Rect; lines: string[] } {
  const lines = wrapText(text);
  const size = LOOK.calloutSize;
  // Callouts are set semi-bold, about a fifth wider than the regular face the estimate is for.
  const widest = Math.max(0, ...lines.map((line) => textWidth(line, size) * 1.2));
  return {
    lines,
    box: {
      x: at.x,
      y: at.y,
      width: Math.ceil(widest + 2 * LOOK.calloutPadX),
      height: lines.length * LOOK.calloutLineHeight + 2 * LOOK.calloutPadY,
    },
  };
}

export function layoutAnnotation(a: Annotation): Shape {
  switch (a.kind) {
    case 'arrow':
      return { kind: 'arrow', colour: a.colour, ...arrowShape(a.from, a.to) };
    case 'rect':
      return { kind: 'rect', colour: a.colour, rect: a.rect };
    case 'callout': {
      const { box, lines } = calloutBox(a.at, a.text);
      // The baseline sits about 0.8 of the size below the line's top, leaving room for descenders.
      const top = box.y + LOOK.calloutPadY + (LOOK.calloutLineHeight - LOOK.calloutSize) / 2;
      return {
        kind: 'callout',
        colour: a.colour,
        box,
        lines: lines.map((text, i) => ({
          text,
          x: box.x + LOOK.calloutPadX,
          baseline: top + i * LOOK.calloutLineHeight + LOOK.calloutSize * 0.8,
        })),
      };
    }
    case 'badge':
      return {
        kind: 'badge',
        colour: a.colour,
        centre: a.at,
        radius: LOOK.badgeRadius,
        label: String(a.number),
      };
  }
}

/** The box an annotation covers, for hit areas and the editor's selection ring. */
export function boundsOf(a: Annotation): Rect {
  switch (a.kind) {
    case 'arrow': {
      const pad = LOOK.headHalfWidth;
      const x = Math.min(a.from.x, a.to.x) - pad;
      const y = Math.min(a.from.y, a.to.y) - pad;
      return {
        x,
        y,
        width: Math.abs(a.to.x - a.from.x) + 2 * pad,
        height: Math.abs(a.to.y - a.from.y) + 2 * pad,
      };
    }
    case 'rect':
      return a.rect;
    case 'callout':
      return calloutBox(a.at, a.text).box;
    case 'badge': {
      const r = LOOK.badgeRadius;
      return { x: a.at.x - r, y: a.at.y - r, width: 2 * r, height: 2 * r };
    }
  }
}
