/**
 * A step's screenshot in the HTML export, focused or full. Pure; every piece of text is escaped.
 *
 * A focused step shows the same single `<img>` cropped by CSS: the frame takes the crop's shape and
 * the image is positioned inside it, so the file carries each screenshot's bytes once and the
 * crop prints as it shows. A `<details>` placed before the frame (shown after it) switches the
 * frame back to the whole screenshot through a sibling selector, without any script. Positions
 * are in the stylesheet, never in style attributes: the Content-Security-Policy allows only the
 * stylesheet's hash.
 */
import { ANNOTATION_CSS } from '../annotations/svg';
import type { FocusView } from '../focus';
import { focusDisplayWidth } from '../focus';
import type { PercentBox } from '../geometry';
import type { ExportImage } from './document';
import { escapeHtml as esc } from './escape';

export interface FigureInput {
  /** 1-based step number, used in class names. */
  number: number;
  image: ExportImage;
  alt: string;
  fileImageId: string | undefined;
  caption: string | undefined;
  /** The marker over the whole screenshot (percentages), if any. */
  marker: PercentBox | undefined;
  /** Present when the step shows its focused view. */
  focus: FocusView | undefined;
  /** The summary that opens the whole screenshot, in the file's language. */
  fullLabel: string;
  /** The step's annotations as an `<svg>` (annotations/svg.ts), or ''. */
  annotations?: string;
}

/** Four decimals: enough for a pixel of a 16,384 px image. */
const n4 = (n: number) => String(Math.round(n * 10000) / 10000);

const box = (b: PercentBox) => `left:${b.left}%;top:${b.top}%;width:${b.width}%;height:${b.height}%`;

/** The fixed rules of focused figures, appended to the export's stylesheet. */
export const FOCUS_CSS = `
.shot{display:flex;flex-direction:column;align-items:flex-start}
.shot figcaption{order:2}
.full-toggle{order:1;margin:.35rem 0 0}
.focus{overflow:hidden}
.focus img{position:absolute;max-width:none}
.full-toggle[open]~.focus{width:auto;aspect-ratio:auto}
.full-toggle[open]~.focus img{position:static;width:auto;max-width:100%;left:auto;top:auto}
@media print{.focus img{max-height:none}.full-toggle[open]~.focus img{max-height:60vh}}
${ANNOTATION_CSS}
.full-toggle[open]~.focus .ann{left:0;top:0;width:100%;height:100%}
`.trim();

/** The per-step rules of a focused figure: frame shape and size, image offset, both markers. */
export function focusRules(
  input: Pick<FigureInput, 'number' | 'image' | 'marker' | 'focus' | 'annotations'>,
): string[] {
  const { number: n, image, focus, marker } = input;
  if (!focus) return [];
  const c = focus.crop;
  const rules = [
    `.f-${n}{width:${focusDisplayWidth(focus)}px;aspect-ratio:${c.width}/${c.height}}`,
    `.f-${n} img{width:${n4((image.width / c.width) * 100)}%;left:${n4((-c.x / c.width) * 100)}%;top:${n4((-c.y / c.height) * 100)}%}`,
  ];
  // The annotations' layer spans the whole screenshot, so it is placed and sized as the image is:
  // its height follows its width, as the image's does (a percentage of the frame's height would
  // be off by the frame's border).
  if (input.annotations) {
    rules.push(
      `.f-${n} .ann{width:${n4((image.width / c.width) * 100)}%;height:auto;aspect-ratio:${image.width}/${image.height};left:${n4((-c.x / c.width) * 100)}%;top:${n4((-c.y / c.height) * 100)}%}`,
    );
  }
  if (marker) {
    rules.push(
      focus.marker ? `.f-${n} .m-${n}{${box(focus.marker)}}` : `.f-${n} .m-${n}{display:none}`,
      `.full-toggle[open]~.f-${n} .m-${n}{display:block;${box(marker)}}`,
    );
  }
  return rules;
}

export function renderFigure(input: FigureInput): string {
  const { number: n, image, focus } = input;
  const marker = input.marker ? `<span class="marker m-${n}" aria-hidden="true"></span>` : '';
  const img =
    `<img src="${esc(image.src)}" width="${image.width}" height="${image.height}" alt="${esc(input.alt)}"` +
    `${input.fileImageId ? ` data-image-id="${esc(input.fileImageId)}"` : ''}>`;
  const toggle = focus
    ? `<details class="full-toggle"><summary>${esc(input.fullLabel)}</summary></details>`
    : '';
  const frame = `<div class="frame${focus ? ` focus f-${n}` : ''}">${img}${input.annotations ?? ''}${marker}</div>`;
  const caption = input.caption ? `<figcaption>${esc(input.caption)}</figcaption>` : '';
  return `<figure class="shot">${toggle}${frame}${caption}</figure>`;
}
