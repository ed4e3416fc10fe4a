/**
 * The HTML export's decision and troubleshooting content: a step's "If …; otherwise go to step N"
 * (the number a link to that step), the procedure's "Access needed" and "When something goes
 * wrong" sections. Pure; every piece of text is escaped.
 */
import type { Messages } from '../i18n/catalog';
import type { Procedure } from '../model';
import { type ShownDecision, shownAccess, shownTroubleshooting } from './document';
import { escapeHtml as esc } from './escape';
import { messageHtml } from './html-message';

export const ACCESS_ID = 'access';
export const TROUBLE_ID = 'troubleshooting';

/** The decision under a step's sentence; empty when the step has none. */
export function decisionHtml(m: Messages, decision: ShownDecision | undefined): string {
  if (!decision) return '';
  const condition = esc(decision.condition);
  const n = decision.otherwiseNumber;
  const line =
    n === undefined
      ? messageHtml(m, 'decisionIfSkip', condition)
      : messageHtml(
          m,
          'decisionIfOtherwise',
          condition,
          `<a href="#step-${n}">${esc(m.t('decisionStepRef', n))}</a>`,
        );
  return `<div class="callout callout-decision" role="note"><strong>${esc(m.t('decisionLabel'))}</strong> ${line}</div>`;
}

/** "Access needed", before the steps; empty when the list is. */
export function accessHtml(m: Messages, procedure: Procedure): string {
  const items = shownAccess(procedure).map(
    (a) =>
      `<li><span class="text">${esc(a.what)}</span>${a.sentSeparately ? ` <em>${esc(m.t('accessSentNote'))}</em>` : ''}</li>`,
  );
  if (!items.length) return '';
  return (
    `<section aria-labelledby="${ACCESS_ID}"><h2 id="${ACCESS_ID}">${esc(m.t('accessHeading'))}</h2>` +
    `<p>${esc(m.t('accessExportLead'))}</p><ul class="access">${items.join('')}</ul></section>`
  );
}

/** "When something goes wrong", after the steps; empty when the list is. */
export function troubleshootingHtml(m: Messages, procedure: Procedure): string {
  const entries = shownTroubleshooting(procedure).map(
    (e) =>
      `<div class="trouble"><p class="text"><strong>${esc(m.t('troubleProblemLabel'))}</strong> ${esc(e.problem)}</p>` +
      `<p class="text"><strong>${esc(m.t('troubleWhatToDoLabel'))}</strong> ${esc(e.whatToDo)}</p></div>`,
  );
  if (!entries.length) return '';
  return `<section aria-labelledby="${TROUBLE_ID}"><h2 id="${TROUBLE_ID}">${esc(m.t('troubleHeading'))}</h2>${entries.join('')}</section>`;
}

/** Contents entries for the two sections, each only when its section is shown. */
export function accessTocItem(m: Messages, procedure: Procedure): string {
  return shownAccess(procedure).length
    ? `<li><a href="#${ACCESS_ID}">${esc(m.t('accessHeading'))}</a></li>`
    : '';
}

export function troubleshootingTocItem(m: Messages, procedure: Procedure): string {
  return shownTroubleshooting(procedure).length
    ? `<li><a href="#${TROUBLE_ID}">${esc(m.t('troubleHeading'))}</a></li>`
    : '';
}

/** Rules for the decision callout and the troubleshooting entries (contrast as in html-style.ts). */
export const DECISION_CSS =
  '.callout-decision{background:#f3effc;border-color:#6d28d9;color:#2e1065}' +
  '.trouble{margin:0 0 1rem;padding:.5rem .75rem;border:1px solid #c8c8c8;border-radius:.25rem}' +
  '.trouble .text{margin:.25rem 0}';
