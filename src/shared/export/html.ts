/**
 * The HTML export: one self-contained page for a person or an assistant. Pure: the same document
 * always gives the same string. No script, no event-handler attributes, no inline style
 * attributes; the one stylesheet is allowed by its hash in the Content-Security-Policy, and images
 * are data: URIs, so nothing is fetched. The procedure's own data rides along in a
 * `<template id="handoff-data">` (never executed, never rendered) so the file can be imported back.
 */
import { formatDuration, taskDuration } from '../duration';
import type { PercentBox } from '../geometry';
import { english, type MessageKey, type Messages, plural } from '../i18n/catalog';
import type { Step, TypeStep } from '../model';
import { sentence, shorten } from '../text';
import { bytesToBase64 } from './base64';
import { BRANDING_CSS, htmlFooter, htmlLogo } from './branding';
import { displayTitle, type ExportDocument, isImageDataUri, shownDecision, stepNumbers } from './document';
import { escapeHtml as esc, jsonForTemplate } from './escape';
import { DATA_TEMPLATE_ID, serialiseHandoff, toHandoffFile } from './format';
import {
  accessHtml,
  accessTocItem,
  DECISION_CSS,
  troubleshootingHtml,
  troubleshootingTocItem,
} from './html-decisions';
import { messageHtml } from './html-message';
import { renderStep } from './html-step';
import { stylesheet } from './html-style';
import { INTRO_PARTS } from './labels';
import { sha256 } from './sha256';
import { videoSection } from './video';

interface Group {
  heading?: string;
  /** Anchor of the section heading. */
  id?: string;
  steps: { step: Step; number: number }[];
}

/** A step with a section heading starts a new group; steps before the first heading form one without. */
function groups(steps: readonly Step[]): Group[] {
  const out: Group[] = [];
  steps.forEach((step, i) => {
    const heading = step.section?.trim();
    if (heading || out.length === 0) {
      out.push(heading ? { heading, id: `section-${out.length + 1}`, steps: [] } : { steps: [] });
    }
    out[out.length - 1]!.steps.push({ step, number: i + 1 });
  });
  return out;
}

function intro(doc: ExportDocument, m: Messages): string {
  const parts = INTRO_PARTS.filter(([key]) => doc.procedure.intro[key].trim()).map(
    ([key, heading]) =>
      `<h3>${esc(m.t(heading))}</h3><p class="text">${esc(doc.procedure.intro[key].trim())}</p>`,
  );
  return parts.length
    ? `<section aria-labelledby="introduction"><h2 id="introduction">${esc(m.t('exportIntroHeading'))}</h2>${parts.join('')}</section>`
    : '';
}

function inputSteps(steps: readonly Step[]): { step: TypeStep; number: number }[] {
  return steps.flatMap((step, i) => (step.type === 'type' && step.input ? [{ step, number: i + 1 }] : []));
}

function inputs(steps: readonly Step[], m: Messages): string {
  const rows = inputSteps(steps).map(({ step, number }) => {
    const example = step.secret
      ? m.t('exportSecretNotRecorded')
      : step.value
        ? step.value
        : m.t('exportEmptyValue');
    return (
      `<tr><td>${esc(step.input?.label ?? '')}</td><td>${esc(example)}</td>` +
      `<td><a href="#step-${number}">${esc(m.t('exportStepLink', number))}</a></td></tr>`
    );
  });
  if (!rows.length) return '';
  const th = (key: MessageKey) => `<th scope="col">${esc(m.t(key))}</th>`;
  return (
    `<section aria-labelledby="inputs"><h2 id="inputs">${esc(m.t('exportInputsHeading'))}</h2>` +
    `<p>${esc(m.t('exportInputsLead'))}</p>` +
    `<table><thead><tr>${th('exportInputColumn')}${th('exportExampleColumn')}${th('exportUsedInColumn')}</tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table></section>`
  );
}

function toc(doc: ExportDocument, parts: Group[], m: Messages): string {
  const items: string[] = [];
  if (intro(doc, m)) items.push(`<li><a href="#introduction">${esc(m.t('exportIntroHeading'))}</a></li>`);
  items.push(accessTocItem(m, doc.procedure));
  if (inputSteps(doc.steps).length)
    items.push(`<li><a href="#inputs">${esc(m.t('exportInputsHeading'))}</a></li>`);
  const sections = parts.filter((g) => g.heading);
  // Without sections, the steps themselves are the contents.
  const children = sections.length
    ? sections.map((g) => `<li><a href="#${g.id}">${esc(g.heading ?? '')}</a></li>`)
    : doc.steps.map((s, i) => `<li><a href="#step-${i + 1}">${esc(shorten(sentence(s, m), 100))}</a></li>`);
  const list = children.length ? `<ol>${children.join('')}</ol>` : '';
  items.push(`<li><a href="#steps">${esc(m.t('exportStepsHeading'))}</a>${list}</li>`);
  items.push(troubleshootingTocItem(m, doc.procedure));
  return `<nav aria-labelledby="contents"><h2 id="contents">${esc(m.t('exportContents'))}</h2><ol>${items.join('')}</ol></nav>`;
}

function stepsSection(doc: ExportDocument, parts: Group[], fileImageIds: Map<string, string>, m: Messages) {
  const markers = new Map<number, PercentBox>();
  const focusRules: string[] = [];
  const numbers = stepNumbers(doc.steps);
  const html = parts.map((group) => {
    const items = group.steps.map(({ step, number }) => {
      const imageId = step.image?.imageId;
      return renderStep(step, {
        number,
        newPage: number === 1 || doc.steps[number - 2]?.url !== step.url,
        image: imageId ? doc.images.get(imageId) : undefined,
        fileImageId: imageId ? fileImageIds.get(imageId) : undefined,
        markers,
        procedureView: doc.procedure.view,
        focusRules,
        decision: shownDecision(step, numbers),
        m,
      });
    });
    const heading = group.heading ? `<h3 id="${group.id}">${esc(group.heading)}</h3>` : '';
    const start = group.steps[0]?.number ?? 1;
    return `${heading}<ol class="steps" start="${start}">${items.join('')}</ol>`;
  });
  const body = doc.steps.length ? html.join('') : `<p>${esc(m.t('exportNoSteps'))}</p>`;
  const heading = `<h2 id="steps">${esc(m.t('exportStepsHeading'))}</h2>`;
  return { html: `<section aria-labelledby="steps">${heading}${body}</section>`, markers, focusRules };
}

/** `'sha256-…'` for the CSP: the hash of the exact text inside `<style>` (CSP3 §8.3). */
function styleHash(css: string): string {
  return `'sha256-${bytesToBase64(sha256(new TextEncoder().encode(css)))}'`;
}

/** UTC, so the same file comes out in every time zone; empty for a timestamp Date cannot hold. */
function isoDay(epochMs: number): string {
  const date = new Date(epochMs);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

/**
 * The sentence under the title: step count, day recorded, first address, and how long the task
 * took when it was recorded, so whoever follows it knows what to expect.
 */
function meta(doc: ExportDocument, m: Messages): string {
  let text = esc(plural(m, 'stepCount', doc.steps.length));
  const recorded = isoDay(doc.procedure.createdAt);
  if (recorded) text = messageHtml(m, 'exportMetaRecorded', text, esc(recorded));
  if (doc.procedure.startUrl)
    text = messageHtml(m, 'exportMetaFrom', text, `<span class="url">${esc(doc.procedure.startUrl)}</span>`);
  text = messageHtml(m, 'exportMetaEnd', text);
  const took = taskDuration(doc.steps);
  if (took !== undefined) text += ` ${esc(m.t('exportDuration', formatDuration(took, m.locale)))}`;
  return `<p class="meta">${text}</p>`;
}

export function renderHtml(doc: ExportDocument): string {
  const m = doc.messages ?? english;
  const title = displayTitle(doc.procedure, m);
  const parts = groups(doc.steps);
  // An image the page cannot show must not be listed in the embedded data either, or import
  // would look for pixels that are not there.
  const shown = new Map([...doc.images].filter(([, image]) => isImageDataUri(image.src)));
  const { file, fileImageIds } = toHandoffFile(doc.procedure, doc.steps, shown);
  const steps = stepsSection({ ...doc, images: shown }, parts, fileImageIds, m);
  const css = stylesheet(steps.markers, steps.focusRules) + DECISION_CSS + (doc.branding ? BRANDING_CSS : '');
  const video = videoSection(doc.video, m);
  // A video adds data: media (its source and chapters track) and nothing else.
  const media = video ? ' media-src data:;' : '';
  const csp = `default-src 'none'; img-src data:;${media} style-src ${styleHash(css)}; base-uri 'none'; form-action 'none'`;
  return [
    '<!doctype html>',
    `<html lang="${esc(m.locale)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Handoff">',
    `<title>${esc(title)}</title>`,
    `<style>${css}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<header>${htmlLogo(doc.branding, m)}<h1>${esc(title)}</h1>${meta(doc, m)}`,
    `<p>${esc(m.t('exportFollow'))}</p></header>`,
    toc(doc, parts, m),
    intro(doc, m),
    video,
    accessHtml(m, doc.procedure),
    inputs(doc.steps, m),
    steps.html,
    troubleshootingHtml(m, doc.procedure),
    '</main>',
    htmlFooter(doc.branding),
    `<template id="${DATA_TEMPLATE_ID}">${jsonForTemplate(serialiseHandoff(file))}</template>`,
    '</body>',
    '</html>\n',
  ]
    .filter((part) => part !== '')
    .join('\n');
}
