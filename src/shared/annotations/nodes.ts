/**
 * Annotations as a small tree of SVG elements: the one description of how they look in vector
 * form. svg.ts writes it out as escaped markup for the HTML export; the editor renders the same
 * tree with preact, so what the person draws is what the file shows.
 */
import type { Annotation } from '../model';
import { LOOK, layoutAnnotation, type Point, type Shape } from './layout';
import { HALO, hexOf } from './palette';

export type SvgTag = 'line' | 'polygon' | 'rect' | 'circle' | 'text';

export interface SvgNode {
  tag: SvgTag;
  attrs: Record<string, string | number>;
  /** Text content (callout lines, badge numbers); the writer escapes it. */
  text?: string;
}

/** Two decimals: a hundredth of a CSS pixel. */
export const r2 = (n: number) => Math.round(n * 100) / 100;

const points = (ps: readonly Point[]) => ps.map((p) => `${r2(p.x)},${r2(p.y)}`).join(' ');
const haloWidth = LOOK.line + 2 * LOOK.halo;

function shaft(shape: Extract<Shape, { kind: 'arrow' }>, stroke: string, width: number): SvgNode {
  const [a, b] = shape.shaft;
  return {
    tag: 'line',
    attrs: {
      x1: r2(a.x),
      y1: r2(a.y),
      x2: r2(b.x),
      y2: r2(b.y),
      stroke,
      'stroke-width': width,
      'stroke-linecap': 'round',
    },
  };
}

export function shapeNodes(shape: Shape): SvgNode[] {
  const colour = hexOf(shape.colour);
  switch (shape.kind) {
    case 'arrow': {
      const head = points(shape.head);
      return [
        shaft(shape, HALO, haloWidth),
        {
          tag: 'polygon',
          attrs: {
            points: head,
            fill: HALO,
            stroke: HALO,
            'stroke-width': 2 * LOOK.halo,
            'stroke-linejoin': 'round',
          },
        },
        shaft(shape, colour, LOOK.line),
        { tag: 'polygon', attrs: { points: head, fill: colour } },
      ];
    }
    case 'rect': {
      const { x, y, width, height } = shape.rect;
      const box = {
        x: r2(x),
        y: r2(y),
        width: r2(width),
        height: r2(height),
        rx: LOOK.cornerRadius,
        fill: 'none',
      };
      return [
        { tag: 'rect', attrs: { ...box, stroke: HALO, 'stroke-width': haloWidth } },
        { tag: 'rect', attrs: { ...box, stroke: colour, 'stroke-width': LOOK.line } },
      ];
    }
    case 'callout': {
      const { x, y, width, height } = shape.box;
      const text = {
        fill: HALO,
        'font-family': LOOK.font,
        'font-size': LOOK.calloutSize,
        'font-weight': 600,
      };
      return [
        {
          tag: 'rect',
          attrs: {
            x: r2(x),
            y: r2(y),
            width: r2(width),
            height: r2(height),
            rx: LOOK.calloutRadius,
            fill: colour,
            stroke: HALO,
            'stroke-width': LOOK.halo,
          },
        },
        ...shape.lines.map(
          (line): SvgNode => ({
            tag: 'text',
            attrs: { x: r2(line.x), y: r2(line.baseline), ...text },
            text: line.text,
          }),
        ),
      ];
    }
    case 'badge': {
      const { centre, radius } = shape;
      return [
        {
          tag: 'circle',
          attrs: {
            cx: r2(centre.x),
            cy: r2(centre.y),
            r: radius,
            fill: colour,
            stroke: HALO,
            'stroke-width': LOOK.halo,
          },
        },
        {
          tag: 'text',
          attrs: {
            x: r2(centre.x),
            // Placed by baseline, not dominant-baseline, which some print engines ignore.
            y: r2(centre.y + LOOK.badgeSize * 0.36),
            fill: HALO,
            'text-anchor': 'middle',
            'font-family': LOOK.font,
            'font-size': LOOK.badgeSize,
            'font-weight': 700,
          },
          text: shape.label,
        },
      ];
    }
  }
}

export function annotationNodes(annotation: Annotation): SvgNode[] {
  return shapeNodes(layoutAnnotation(annotation));
}
