/**
 * The HTML export's stylesheet. Colours meet WCAG AA (4.5:1 for text) on their backgrounds:
 * body #1b1b1b on #fff is 17:1, muted #4a4a4a on #fff 8.9:1, callout labels ≥ 7:1 on their tints.
 * The marker is drawn here, over the screenshot, in percentages so it scales with the image.
 */
import type { PercentBox } from '../geometry';
import { FOCUS_CSS } from './html-figure';

const BASE = `
:root{color-scheme:light}
*,*::before,*::after{box-sizing:border-box}
body{margin:0;background:#fff;color:#1b1b1b;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{max-width:64rem;margin:0 auto;padding:2rem 1.25rem 4rem}
h1{font-size:2rem;line-height:1.2;margin:0 0 .5rem}
h2{font-size:1.4rem;margin:2.5rem 0 .75rem;padding-bottom:.25rem;border-bottom:1px solid #c8c8c8}
h3{font-size:1.15rem;margin:1.75rem 0 .5rem}
a{color:#0b57d0}
a:focus-visible,input:focus-visible,summary:focus-visible{outline:3px solid #0b57d0;outline-offset:2px}
.meta,.page,.shot figcaption{color:#4a4a4a;font-size:.9rem}
.text{white-space:pre-wrap;overflow-wrap:anywhere;margin:.25rem 0 1rem}
.url{overflow-wrap:anywhere;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85em}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
th,td{border:1px solid #c8c8c8;padding:.4rem .6rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:#f2f2f2}
ol.steps{padding-left:2rem;margin:0}
.step{margin:0 0 2rem;padding-left:.25rem}
.step::marker{font-weight:700}
.head{display:flex;gap:.6rem;align-items:flex-start}
.done{width:1.15rem;height:1.15rem;margin:.2rem 0 0;flex:none;accent-color:#0b57d0}
.sentence{font-weight:600;overflow-wrap:anywhere}
.done:checked+.sentence{text-decoration:line-through;color:#4a4a4a}
.page,.input{margin:.25rem 0}
.callout{margin:.5rem 0;padding:.5rem .75rem;border-left:.3rem solid;border-radius:.25rem;white-space:pre-wrap;overflow-wrap:anywhere}
.callout strong{font-weight:700}
.callout-note{background:#eef3fc;border-color:#1d4ed8;color:#13285c}
.callout-tip{background:#ecf8f0;border-color:#15803d;color:#0f3d20}
.callout-warning{background:#fff4e6;border-color:#b45309;color:#5a2410}
.callout-problem{background:#fdeeee;border-color:#b91c1c;color:#5c1010}
.shot{margin:.75rem 0 0}
.frame{position:relative;display:inline-block;max-width:100%;border:1px solid #c8c8c8;line-height:0}
.frame img{display:block;max-width:100%;height:auto}
video{display:block;width:100%;height:auto;background:#1b2436}
ol.chapters{padding-left:1.5rem;font-size:.9rem}
.marker{position:absolute;border:3px solid #d4001a;border-radius:4px;box-shadow:0 0 0 2px #fff}
.shot figcaption{margin-top:.25rem}
details{margin:.5rem 0 0;font-size:.9rem}
summary{cursor:pointer;color:#4a4a4a}
dl.tech{display:grid;grid-template-columns:max-content 1fr;gap:.15rem .75rem;margin:.5rem 0}
dl.tech dt{font-weight:600}
dl.tech dd{margin:0;overflow-wrap:anywhere}
@media print{
  main{max-width:none;padding:0}
  body{font-size:11pt}
  h2{break-after:avoid}
  h3{break-after:avoid}
  .step{break-inside:avoid;page-break-inside:avoid}
  .frame img{max-width:100%;max-height:60vh;width:auto}
  .marker,.callout{print-color-adjust:exact;-webkit-print-color-adjust:exact}
  details,nav,video,ol.chapters{display:none}
  a{color:inherit;text-decoration:none}
  @page{margin:15mm}
}
`.trim();

/**
 * Whole stylesheet: the fixed rules, the focused view's fixed rules, one positioning rule per
 * marked step (`.m-<n>`), then the focused views' own rules (`.f-<n>`, see html-figure.ts).
 */
export function stylesheet(
  markers: ReadonlyMap<number, PercentBox>,
  focusRules: readonly string[] = [],
): string {
  const rules = [...markers].map(
    ([n, box]) => `.m-${n}{left:${box.left}%;top:${box.top}%;width:${box.width}%;height:${box.height}%}`,
  );
  return [BASE, FOCUS_CSS, ...rules, ...focusRules].join('\n');
}
