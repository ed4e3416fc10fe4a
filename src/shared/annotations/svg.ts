/**
 * Annotations as inline SVG for the HTML export: one `<svg>` laid over the screenshot, in the
 * screenshot's CSS pixels (viewBox = the viewport), stretched with the image. No script, no
 * style attributes (the export's Content-Security-Policy allows only its stylesheet), only
 * presentation attributes from fixed values; text is escaped, so a hostile callout stays literal.
 * Hidden from screen readers: the image's alt text says what the annotations mark.
 */
import { escapeHtml as esc } from '../export/escape';
import type { Annotation, Viewport } from '../model';
import { annotationNodes, r2, type SvgNode } from './nodes';

/** Placement over the frame; a focused figure moves it with its image (export/html-figure.ts). */
export const ANNOTATION_CSS = `
.ann{position:absolute;left:0;top:0;width:100%;height:100%;overflow:visible;pointer-events:none}
@media print{.ann{print-color-adjust:exact;-webkit-print-color-adjust:exact}}
`.trim();

function write(node: SvgNode): string {
  const attrs = Object.entries(node.attrs)
    .map(([name, value]) => ` ${name}="${esc(String(value))}"`)
    .join('');
  return node.text === undefined
    ? `<${node.tag}${attrs}/>`
    : `<${node.tag}${attrs}>${esc(node.text)}</${node.tag}>`;
}

/** The `<svg>` for a screenshot's annotations, or '' when there are none or nothing to measure by. */
export function annotationsSvg(
  annotations: readonly Annotation[] | undefined,
  viewport: Pick<Viewport, 'width' | 'height'> | undefined,
): string {
  if (!annotations?.length || !viewport || viewport.width <= 0 || viewport.height <= 0) return '';
  const body = annotations.map((a) => `<g>${annotationNodes(a).map(write).join('')}</g>`).join('');
  return (
    `<svg class="ann" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${r2(viewport.width)} ${r2(viewport.height)}"` +
    ` preserveAspectRatio="none" aria-hidden="true" focusable="false">${body}</svg>`
  );
}
