/**
 * The Markdown export's decision and troubleshooting content: a step's "If …; otherwise go to
 * step N" (the number a link to that step's anchor), "Access needed" and "When something goes
 * wrong". Pure; text is escaped by the caller's `escapeMarkdown`, which is passed in so this
 * module and markdown.ts share one escaping.
 */
import type { Messages } from '../i18n/catalog';
import type { AccessItem, Step, TroubleEntry } from '../model';
import { type ShownDecision, shownDecision } from './document';

type Escape = (text: string) => string;

/** The anchor a decision links to. Raw HTML made here, never from the person's text. */
export const stepAnchor = (number: number) => `<a id="step-${number}"></a>`;

/** Numbers (1-based) of the steps some decision leads to: only those get an anchor. */
export function linkedNumbers(steps: readonly Step[], numbers: ReadonlyMap<string, number>): Set<number> {
  const out = new Set<number>();
  for (const step of steps) {
    const n = shownDecision(step, numbers)?.otherwiseNumber;
    if (n !== undefined) out.add(n);
  }
  return out;
}

/** The decision as a quoted line under the step; `indent` continues the list item. */
export function decisionMarkdown(m: Messages, decision: ShownDecision, esc: Escape, indent: string): string {
  const n = decision.otherwiseNumber;
  // The message's words are escaped around the link, which is Markdown made here.
  const marker = '\uE000';
  const condition = decision.condition.replaceAll(marker, '');
  const text =
    n === undefined
      ? esc(m.t('decisionIfSkip', condition))
      : esc(m.t('decisionIfOtherwise', condition, marker)).replace(
          marker,
          `[${esc(m.t('decisionStepRef', n))}](#step-${n})`,
        );
  return `${indent}> **${esc(m.t('decisionLabel'))}** ${text.replace(/\n/g, `\n${indent}> `)}`;
}

export function accessMarkdown(m: Messages, items: readonly AccessItem[], esc: Escape): string[] {
  if (!items.length) return [];
  const list = items.map(
    (a) =>
      `- ${esc(a.what).replace(/\n/g, '\n  ')}${a.sentSeparately ? ` *${esc(m.t('accessSentNote'))}*` : ''}`,
  );
  return [`## ${esc(m.t('accessHeading'))}`, esc(m.t('accessExportLead')), list.join('\n')];
}

export function troubleshootingMarkdown(
  m: Messages,
  entries: readonly TroubleEntry[],
  esc: Escape,
): string[] {
  if (!entries.length) return [];
  const list = entries.map(
    (e) =>
      `- **${esc(m.t('troubleProblemLabel'))}** ${esc(e.problem).replace(/\n/g, '\n  ')}\n\n` +
      `  **${esc(m.t('troubleWhatToDoLabel'))}** ${esc(e.whatToDo).replace(/\n/g, '\n  ')}`,
  );
  return [`## ${esc(m.t('troubleHeading'))}`, list.join('\n\n')];
}
