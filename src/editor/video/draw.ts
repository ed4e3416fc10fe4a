/**
 * Draws the video's frames on a 2D canvas: the title and end cards, a step's still picture
 * (screenshot, marker, callout, caption bar) and the pointer over it. Positions come from the pure
 * layout in src/shared/video; nothing here decides where things go, only how they look.
 * Only the stored screenshot's pixels are drawn: secret fills and black-outs are in them.
 */
import { drawAnnotations } from '../../shared/annotations/draw-canvas';
import type { Annotation } from '../../shared/model';
import { fitText, type Measure, type TextBlock } from '../../shared/video/caption';
import { calloutRect, type FrameLayout, type StepPicture } from '../../shared/video/layout';
import type { PointerState } from '../../shared/video/pointer';
import type { CardText, StepText } from '../../shared/video/script';

type Ctx = OffscreenCanvasRenderingContext2D;

export const COLOURS = {
  background: '#eef1f5',
  card: '#1b2436',
  cardText: '#ffffff',
  cardMuted: '#c5cee0',
  caption: '#1b2436',
  captionText: '#ffffff',
  badge: '#1a56db',
  marker: '#d4001a',
  pointerFill: '#ffffff',
  pointerLine: '#111111',
  press: '#1a56db',
} as const;

export const CALLOUT_COLOURS = {
  note: { fill: '#e8f0fe', edge: '#1a56db' },
  tip: { fill: '#e6f4ea', edge: '#188038' },
  warning: { fill: '#fdecea', edge: '#c5221f' },
} as const;

// The platform's own UI face: no font is fetched (the extension makes no network requests).
const FONT = 'system-ui, sans-serif';

export function font(size: number, weight = 400): string {
  return `${weight} ${size}px ${FONT}`;
}

/** Text widths from the canvas itself, at a given weight. */
export function measurer(ctx: Ctx, weight = 400): Measure {
  return (text, size) => {
    ctx.font = font(size, weight);
    return ctx.measureText(text).width;
  };
}

/** Sizes to try for text meant at `base` px on a 720-line frame, scaled to this frame. */
export function sizes(layout: FrameLayout, ...base: number[]): number[] {
  const k = layout.size.height / 720;
  return base.map((b) => Math.round(b * k));
}

function drawBlock(ctx: Ctx, block: TextBlock, x: number, top: number, colour: string, weight = 400): number {
  ctx.font = font(block.size, weight);
  ctx.fillStyle = colour;
  ctx.textBaseline = 'alphabetic';
  let y = top;
  for (const line of block.lines) {
    // The baseline sits about 0.8 of the size below the line's top, leaving room for descenders.
    ctx.fillText(line, x, y + block.size * 0.95);
    y += block.lineHeight;
  }
  return y;
}

function roundRect(ctx: Ctx, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
}

/** A title or end card: a heading and a few labelled paragraphs, centred on the height; a footer line. */
export function drawCard(ctx: Ctx, layout: FrameLayout, card: CardText): void {
  const { width, height } = layout.size;
  ctx.fillStyle = COLOURS.card;
  ctx.fillRect(0, 0, width, height);
  const margin = Math.round(width * 0.08);
  const max = width - 2 * margin;
  const bold = measurer(ctx, 700);
  const regular = measurer(ctx);
  const room = height * 0.72;
  // Laid out first, so the whole block can be centred.
  const blocks: { block: TextBlock; colour: string; weight: number; after: number }[] = [];
  let used = 0;
  const add = (block: TextBlock, colour: string, weight: number, after: number) => {
    blocks.push({ block, colour, weight, after });
    used += block.lines.length * block.lineHeight + after;
  };
  const heading = fitText(
    card.heading,
    { max, maxHeight: height * 0.3, maxLines: 3 },
    sizes(layout, 52, 44, 36),
    bold,
  );
  add(heading, COLOURS.cardText, 700, layout.gap * 2);
  for (const part of card.parts) {
    if (part.label) {
      const label = fitText(
        part.label,
        { max, maxHeight: Math.max(0, room - used), maxLines: 1 },
        sizes(layout, 22),
        bold,
      );
      add(label, COLOURS.cardMuted, 700, layout.gap / 2);
    }
    const text = fitText(
      part.text,
      { max, maxHeight: Math.max(0, room - used), maxLines: 4 },
      sizes(layout, 28, 24, 20),
      regular,
    );
    add(text, COLOURS.cardText, 400, layout.gap * 1.5);
  }
  let y = Math.max(height * 0.08, (height - used) / 2);
  for (const { block, colour, weight, after } of blocks)
    y = drawBlock(ctx, block, margin, y, colour, weight) + after;
  if (card.footer) {
    const footer = fitText(
      card.footer,
      { max, maxHeight: height * 0.1, maxLines: 1 },
      sizes(layout, 22),
      regular,
    );
    drawBlock(ctx, footer, margin, height - Math.round(height * 0.1), COLOURS.cardMuted);
  }
}

export interface StillStep extends StepText {
  picture?: StepPicture;
  /** The screenshot, when the step has one that could be decoded. */
  image?: CanvasImageSource;
  /** Said on the stage when the step has no screenshot. */
  noPicture: string;
  /** Arrows, boxes, callouts and badges drawn on the screenshot, in the page's CSS px. */
  annotations?: readonly Annotation[] | undefined;
}

/** Everything of a step that holds still: drawn once per step, then copied under each frame. */
export function drawStill(ctx: Ctx, layout: FrameLayout, step: StillStep): void {
  const { width, height } = layout.size;
  const k = height / 720;
  ctx.fillStyle = COLOURS.background;
  ctx.fillRect(0, 0, width, height);
  const { stage, caption, gap } = layout;
  const picture = step.picture;
  if (picture && step.image) {
    const { crop, dest } = picture;
    ctx.save();
    ctx.shadowColor = 'rgba(0, 0, 0, 0.25)';
    ctx.shadowBlur = 12 * k;
    ctx.fillStyle = '#fff';
    ctx.fillRect(dest.x, dest.y, dest.width, dest.height);
    ctx.restore();
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(
      step.image,
      crop.x,
      crop.y,
      crop.width,
      crop.height,
      dest.x,
      dest.y,
      dest.width,
      dest.height,
    );
    if (picture.marker) {
      const m = picture.marker;
      const line = 3 * k;
      ctx.lineJoin = 'round';
      ctx.strokeStyle = '#fff';
      ctx.lineWidth = line + 4 * k;
      ctx.strokeRect(m.x + line / 2, m.y + line / 2, m.width - line, m.height - line);
      ctx.strokeStyle = COLOURS.marker;
      ctx.lineWidth = line;
      ctx.strokeRect(m.x + line / 2, m.y + line / 2, m.width - line, m.height - line);
    }
    if (step.annotations?.length && picture.page) {
      // Cut to the picture: an annotation reaching past a focused crop must not spill onto the stage.
      ctx.save();
      ctx.beginPath();
      ctx.rect(dest.x, dest.y, dest.width, dest.height);
      ctx.clip();
      ctx.translate(dest.x, dest.y);
      drawAnnotations(ctx, step.annotations, picture.page.scale, picture.page.origin);
      ctx.restore();
    }
  } else {
    const text = fitText(
      step.noPicture,
      { max: stage.width * 0.6, maxHeight: stage.height, maxLines: 2 },
      sizes(layout, 26),
      measurer(ctx),
    );
    ctx.textAlign = 'center';
    drawBlock(ctx, text, stage.x + stage.width / 2, stage.y + stage.height / 2 - text.lineHeight, '#5b6472');
    ctx.textAlign = 'start';
  }
  if (step.note) drawCallout(ctx, layout, step.note, picture?.target);

  // Caption bar: a numbered badge, then the sentence.
  ctx.fillStyle = COLOURS.caption;
  ctx.fillRect(caption.x, caption.y, caption.width, caption.height);
  const badge = Math.round(caption.height * 0.56);
  const badgeX = caption.x + gap * 2;
  const badgeY = caption.y + (caption.height - badge) / 2;
  roundRect(ctx, badgeX, badgeY, badge, badge, badge / 2);
  ctx.fillStyle = COLOURS.badge;
  ctx.fill();
  const digits = String(step.number);
  const badgeText = fitText(
    digits,
    { max: badge * 0.8, maxHeight: badge, maxLines: 1 },
    sizes(layout, 34, 28, 22, 18),
    measurer(ctx, 700),
  );
  ctx.textAlign = 'center';
  drawBlock(
    ctx,
    badgeText,
    badgeX + badge / 2,
    badgeY + (badge - badgeText.lineHeight) / 2,
    COLOURS.captionText,
    700,
  );
  ctx.textAlign = 'start';
  const textX = badgeX + badge + gap * 1.5;
  const max = caption.x + caption.width - gap * 2 - textX;
  const maxHeight = caption.height - gap;
  const text = fitText(
    step.sentence,
    { max, maxHeight, maxLines: 3 },
    sizes(layout, 30, 26, 22, 19),
    measurer(ctx, 600),
  );
  const top = caption.y + (caption.height - text.lines.length * text.lineHeight) / 2;
  drawBlock(ctx, text, textX, top, COLOURS.captionText, 600);
}

function drawCallout(
  ctx: Ctx,
  layout: FrameLayout,
  note: NonNullable<StillStep['note']>,
  target?: { x: number; y: number },
): void {
  const { stage, gap } = layout;
  const width = Math.min(stage.width - 2 * gap, Math.round(stage.width * 0.7));
  const pad = gap;
  const measure = measurer(ctx);
  const text = fitText(
    `${note.label} ${note.text}`,
    { max: width - 2 * pad - gap / 2, maxHeight: stage.height * 0.3, maxLines: 3 },
    sizes(layout, 22, 19, 17),
    measure,
  );
  const height = text.lines.length * text.lineHeight + 2 * pad;
  const box = calloutRect(stage, height, gap, target);
  const colours = CALLOUT_COLOURS[note.kind];
  ctx.save();
  ctx.shadowColor = 'rgba(0, 0, 0, 0.2)';
  ctx.shadowBlur = gap;
  roundRect(ctx, box.x, box.y, box.width, box.height, gap / 2);
  ctx.fillStyle = colours.fill;
  ctx.fill();
  ctx.restore();
  ctx.fillStyle = colours.edge;
  ctx.fillRect(box.x, box.y, gap / 2, box.height);
  drawBlock(ctx, text, box.x + pad + gap / 2, box.y + pad, '#1b2436');
}

/** The classic arrow pointer, tip at (0, 0), in units of a 720-line frame. */
const ARROW: ReadonlyArray<readonly [number, number]> = [
  [0, 0],
  [0, 26],
  [6.5, 20],
  [11, 30],
  [15, 28.3],
  [10.6, 18.6],
  [19, 18.6],
];

export function drawPointer(ctx: Ctx, layout: FrameLayout, state: PointerState): void {
  const k = (layout.size.height / 720) * 1.3;
  const { x, y } = state.point;
  if (state.press !== undefined) {
    const p = state.press;
    ctx.beginPath();
    ctx.arc(x, y, (8 + 26 * p) * k, 0, Math.PI * 2);
    ctx.strokeStyle = COLOURS.press;
    ctx.globalAlpha = 1 - p;
    ctx.lineWidth = 4 * k;
    ctx.stroke();
    ctx.globalAlpha = 1;
  }
  ctx.save();
  ctx.translate(x, y);
  ctx.scale(k, k);
  ctx.beginPath();
  for (const [i, [px, py]] of ARROW.entries()) {
    if (i === 0) ctx.moveTo(px, py);
    else ctx.lineTo(px, py);
  }
  ctx.closePath();
  ctx.shadowColor = 'rgba(0, 0, 0, 0.35)';
  ctx.shadowBlur = 4;
  ctx.shadowOffsetY = 1.5;
  ctx.fillStyle = COLOURS.pointerFill;
  ctx.fill();
  ctx.shadowColor = 'transparent';
  ctx.lineWidth = 1.5;
  ctx.lineJoin = 'round';
  ctx.strokeStyle = COLOURS.pointerLine;
  ctx.stroke();
  ctx.restore();
}
