/** One step of the HTML export as an `<li>`. Pure; every piece of text is escaped. */
import { markerBox, type PercentBox } from '../geometry';
import type { CaptureMode, NoteKind, Step, Target } from '../model';
import { altText, sentence } from '../text';
import { type ExportImage, isImageDataUri } from './document';
import { escapeHtml as esc } from './escape';

const NOTE_LABEL: Record<NoteKind, string> = { note: 'Note:', tip: 'Tip:', warning: 'Warning:' };

/** Said under a screenshot that was not taken at the moment of the action (see CaptureMode). */
const CAPTURE_CAPTION: Partial<Record<CaptureMode, string>> = {
  shared: 'This screenshot was taken for an earlier step, so it may show the page just before this action.',
  deferred: 'This screenshot was taken just after the action, so it may already show its result.',
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
}

function page(step: Step): string {
  const title = step.pageTitle.trim();
  return `<p class="page">Page: ${title ? `${esc(title)} ` : ''}<span class="url">${esc(step.url)}</span></p>`;
}

function inputLine(step: Step): string {
  if (step.type !== 'type' || !step.input) return '';
  const example = step.secret
    ? ' (secret: not recorded)'
    : step.value
      ? ` (recorded example: ${esc(JSON.stringify(step.value))})`
      : '';
  return `<p class="input">Input: <strong>${esc(step.input.label)}</strong>${example}</p>`;
}

function callouts(step: Step): string {
  const out: string[] = [];
  if (step.note?.text.trim()) {
    const { kind, text } = step.note;
    out.push(
      `<div class="callout callout-${kind}" role="note"><strong>${NOTE_LABEL[kind]}</strong> ${esc(text)}</div>`,
    );
  }
  if (step.problem) {
    out.push(
      `<div class="callout callout-problem" role="note"><strong>Recording problem:</strong> ${esc(step.problem.message)}</div>`,
    );
  }
  return out.join('');
}

function figure(step: Step, ctx: StepContext): string {
  const { image, number } = ctx;
  if (!image || !step.image || !isImageDataUri(image.src)) return '';
  const box = markerBox(step);
  if (box) ctx.markers.set(number, box);
  const marker = box ? `<span class="marker m-${number}" aria-hidden="true"></span>` : '';
  const caption = CAPTURE_CAPTION[step.image.mode];
  return (
    `<figure class="shot"><div class="frame"><img src="${esc(image.src)}" width="${image.width}" height="${image.height}"` +
    ` alt="${esc(altText(step, number - 1))}"${ctx.fileImageId ? ` data-image-id="${esc(ctx.fileImageId)}"` : ''}>` +
    `${marker}</div>${caption ? `<figcaption>${esc(caption)}</figcaption>` : ''}</figure>`
  );
}

function targetDetails(target: Target): string {
  const selectors = target.selectors
    .map((chain) => `<li><code>${esc(chain.join(' >>> '))}</code></li>`)
    .join('');
  return (
    `<dt>Element</dt><dd>${esc(target.tag)}, role ${esc(target.role || 'none')}, name ${esc(JSON.stringify(target.name))}</dd>` +
    (selectors ? `<dt>Selectors</dt><dd><ul>${selectors}</ul></dd>` : '')
  );
}

/** What a person skips but an assistant may use to find the element again. */
function details(step: Step): string {
  const keys = step.type === 'key' ? `<dt>Keys</dt><dd>${esc(step.keys.join(' + '))}</dd>` : '';
  return (
    `<details><summary>Technical details</summary><dl class="tech"><dt>Action</dt><dd>${esc(step.type)}</dd>` +
    `${keys}${step.target ? targetDetails(step.target) : ''}<dt>Address</dt><dd class="url">${esc(step.url)}</dd></dl></details>`
  );
}

export function renderStep(step: Step, ctx: StepContext): string {
  const n = ctx.number;
  const text = sentence(step) || '(This step has no text.)';
  return (
    `<li id="step-${n}" class="step"><div class="head"><input type="checkbox" id="done-${n}" class="done">` +
    `<label for="done-${n}" class="sentence">${esc(text)}</label></div>` +
    `${ctx.newPage ? page(step) : ''}${inputLine(step)}${callouts(step)}${figure(step, ctx)}${details(step)}</li>`
  );
}
