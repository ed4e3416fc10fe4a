/** One step of the HTML export as an `<li>`. Pure; every piece of text is escaped. */
import { annotationsSvg } from '../annotations/svg';
import { shownFocus } from '../focus';
import { markerBox, type PercentBox } from '../geometry';
import type { MessageKey, Messages } from '../i18n/catalog';
import type { CaptureMode, ScreenshotView, Step, Target } from '../model';
import { altText, sentence } from '../text';
import { type ExportImage, isImageDataUri, type ShownDecision } from './document';
import { escapeHtml as esc } from './escape';
import { decisionHtml } from './html-decisions';
import { focusRules, renderFigure } from './html-figure';
import { NOTE_LABEL } from './labels';

/** Said under a screenshot that was not taken at the moment of the action (see CaptureMode). */
const CAPTURE_CAPTION: Partial<Record<CaptureMode, MessageKey>> = {
  shared: 'exportCaptionShared',
  deferred: 'exportCaptionDeferred',
  earlier: 'exportCaptionEarlier',
};

export interface StepContext {
  /** 1-based number shown in the list and used in ids. */
  number: number;
  /** Whether the page differs from the previous step's, so the page is named again. */
  newPage: boolean;
  image: ExportImage | undefined;
  /** The id the embedded data gives this image, so import can find its bytes. */
  fileImageId: string | undefined;
  /** Collects the marker positions, which go in the stylesheet rather than in style attributes. */
  markers: Map<number, PercentBox>;
  /** The procedure's focused/full choice, which a step follows unless it has its own. */
  procedureView?: ScreenshotView | undefined;
  /** Collects the focused views' rules (crop shape, image offset, marker), for the stylesheet. */
  focusRules?: string[];
  /** The language the file is written in. */
  m: Messages;
  /** "If …; otherwise go to step N", when the step has a decision. */
  decision?: ShownDecision | undefined;
}

function page(m: Messages, step: Step): string {
  const title = step.pageTitle.trim();
  return `<p class="page">${esc(m.t('exportPage'))} ${title ? `${esc(title)} ` : ''}<span class="url">${esc(step.url)}</span></p>`;
}

function inputLine(m: Messages, step: Step): string {
  if (step.type !== 'type' || !step.input) return '';
  const example = step.secret
    ? ` ${esc(m.t('exportInputSecret'))}`
    : step.value
      ? ` ${esc(m.t('exportInputExample', JSON.stringify(step.value)))}`
      : '';
  return `<p class="input">${esc(m.t('exportInputLine'))} <strong>${esc(step.input.label)}</strong>${example}</p>`;
}

function callouts(m: Messages, step: Step): string {
  const out: string[] = [];
  if (step.note?.text.trim()) {
    const { kind, text } = step.note;
    out.push(
      `<div class="callout callout-${kind}" role="note"><strong>${esc(m.t(NOTE_LABEL[kind]))}</strong> ${esc(text)}</div>`,
    );
  }
  if (step.problem) {
    out.push(
      `<div class="callout callout-problem" role="note"><strong>${esc(m.t('exportProblem'))}</strong> ${esc(step.problem.message)}</div>`,
    );
  }
  return out.join('');
}

function figure(step: Step, ctx: StepContext): string {
  const { image, number } = ctx;
  if (!image || !step.image || !isImageDataUri(image.src)) return '';
  const box = markerBox(step);
  if (box) ctx.markers.set(number, box);
  const captionKey = CAPTURE_CAPTION[step.image.mode];
  // Focused unless the step or the procedure chose the full screenshot (see shared/focus.ts).
  const focus = ctx.focusRules ? shownFocus(step, { view: ctx.procedureView }, image) : undefined;
  const input = {
    number,
    image,
    alt: altText(step, number - 1, ctx.m),
    fileImageId: ctx.fileImageId,
    caption: captionKey && ctx.m.t(captionKey),
    marker: box,
    focus,
    fullLabel: ctx.m.t('exportFullScreenshot'),
    annotations: annotationsSvg(step.annotations, step.viewport),
  };
  ctx.focusRules?.push(...focusRules(input));
  return renderFigure(input);
}

function targetDetails(m: Messages, target: Target): string {
  const selectors = target.selectors
    .map((chain) => `<li><code>${esc(chain.join(' >>> '))}</code></li>`)
    .join('');
  return (
    `<dt>${esc(m.t('exportElement'))}</dt><dd>${esc(m.t('exportElementText', target.tag, target.role || m.t('exportRoleNone'), JSON.stringify(target.name)))}</dd>` +
    (selectors ? `<dt>${esc(m.t('exportSelectors'))}</dt><dd><ul>${selectors}</ul></dd>` : '')
  );
}

/** What a person skips but an assistant may use to find the element again. */
function details(m: Messages, step: Step): string {
  const keys =
    step.type === 'key' ? `<dt>${esc(m.t('exportKeys'))}</dt><dd>${esc(step.keys.join(' + '))}</dd>` : '';
  return (
    `<details><summary>${esc(m.t('exportTechnical'))}</summary><dl class="tech"><dt>${esc(m.t('exportAction'))}</dt><dd>${esc(step.type)}</dd>` +
    `${keys}${step.target ? targetDetails(m, step.target) : ''}<dt>${esc(m.t('exportAddress'))}</dt><dd class="url">${esc(step.url)}</dd></dl></details>`
  );
}

export function renderStep(step: Step, ctx: StepContext): string {
  const n = ctx.number;
  const text = sentence(step, ctx.m) || ctx.m.t('exportNoText');
  return (
    `<li id="step-${n}" class="step"><div class="head"><input type="checkbox" id="done-${n}" class="done">` +
    `<label for="done-${n}" class="sentence">${esc(text)}</label></div>${decisionHtml(ctx.m, ctx.decision)}` +
    `${ctx.newPage ? page(ctx.m, step) : ''}${inputLine(ctx.m, step)}${callouts(ctx.m, step)}${figure(step, ctx)}${details(ctx.m, step)}</li>`
  );
}
