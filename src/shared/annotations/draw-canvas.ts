/**
 * Draws annotations into pixels: the images of the Markdown and Word exports, focused views and
 * the video. Pure drawing on a context the caller owns; the geometry is layout.ts's.
 *
 * `scale` is image pixels per CSS pixel of the screenshot (the image's width over the viewport's);
 * `origin` is the CSS point of the screenshot drawn at the canvas's top-left, for a crop.
 */
import type { Annotation } from '../model';
import { LOOK, layoutAnnotation, type Point, type Shape } from './layout';
import { HALO, hexOf } from './palette';

type Ctx = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

function path(ctx: Ctx, points: readonly Point[]): void {
  ctx.beginPath();
  ctx.moveTo(points[0]!.x, points[0]!.y);
  for (const p of points.slice(1)) ctx.lineTo(p.x, p.y);
  ctx.closePath();
}

/** Fills the current path in `colour` and rings it with the halo; the halo colour stays set for the label. */
function fillWithHalo(ctx: Ctx, colour: string): void {
  ctx.fillStyle = colour;
  ctx.fill();
  ctx.strokeStyle = HALO;
  ctx.lineWidth = LOOK.halo;
  ctx.stroke();
  ctx.fillStyle = HALO;
}

function drawShape(ctx: Ctx, shape: Shape): void {
  const colour = hexOf(shape.colour);
  const halo = LOOK.line + 2 * LOOK.halo;
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  switch (shape.kind) {
    case 'arrow': {
      const [a, b] = shape.shaft;
      for (const [stroke, width] of [
        [HALO, halo],
        [colour, LOOK.line],
      ] as const) {
        ctx.strokeStyle = stroke;
        ctx.lineWidth = width;
        ctx.beginPath();
        ctx.moveTo(a.x, a.y);
        ctx.lineTo(b.x, b.y);
        ctx.stroke();
        path(ctx, shape.head);
        if (stroke === HALO) {
          ctx.lineWidth = 2 * LOOK.halo;
          ctx.stroke();
        } else {
          ctx.fillStyle = colour;
          ctx.fill();
        }
      }
      return;
    }
    case 'rect': {
      const { x, y, width, height } = shape.rect;
      for (const [stroke, width_] of [
        [HALO, halo],
        [colour, LOOK.line],
      ] as const) {
        ctx.strokeStyle = stroke;
        ctx.lineWidth = width_;
        ctx.beginPath();
        ctx.roundRect(x, y, width, height, LOOK.cornerRadius);
        ctx.stroke();
      }
      return;
    }
    case 'callout': {
      const { x, y, width, height } = shape.box;
      ctx.beginPath();
      ctx.roundRect(x, y, width, height, LOOK.calloutRadius);
      fillWithHalo(ctx, colour);
      ctx.font = `600 ${LOOK.calloutSize}px ${LOOK.font}`;
      ctx.textBaseline = 'alphabetic';
      ctx.textAlign = 'left';
      // Capped at the box's inner width: the estimate that sized the box may fall short of a real face.
      const inner = width - 2 * LOOK.calloutPadX;
      for (const line of shape.lines) ctx.fillText(line.text, line.x, line.baseline, inner);
      return;
    }
    case 'badge': {
      const { centre, radius } = shape;
      ctx.beginPath();
      ctx.arc(centre.x, centre.y, radius, 0, 2 * Math.PI);
      fillWithHalo(ctx, colour);
      ctx.font = `700 ${LOOK.badgeSize}px ${LOOK.font}`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText(shape.label, centre.x, centre.y + 0.5, 2 * radius - 4);
      return;
    }
  }
}

export function drawAnnotations(
  ctx: Ctx,
  annotations: readonly Annotation[] | undefined,
  scale: number,
  origin: Point = { x: 0, y: 0 },
): void {
  if (!annotations?.length) return;
  ctx.save();
  try {
    ctx.scale(scale, scale);
    ctx.translate(-origin.x, -origin.y);
    for (const annotation of annotations) drawShape(ctx, layoutAnnotation(annotation));
  } finally {
    ctx.restore();
  }
}
