/**
 * The Word document's decision and troubleshooting content, as the HTML export shows it: a step's
 * "If …: do this step; otherwise go to step N" (the step a link to its heading), "Access needed"
 * before the steps and "When something goes wrong" after them.
 */
import {
  Bookmark,
  BorderStyle,
  HeadingLevel,
  InternalHyperlink,
  Paragraph,
  type ParagraphChild,
  ShadingType,
  TextRun,
} from 'docx';
import type { MessageKey, Messages } from '../../i18n/catalog';
import type { Procedure } from '../../model';
import { type ShownDecision, shownAccess, shownTroubleshooting } from '../document';
import { stepAnchor } from './step';
import { runs } from './text';

export const ACCESS_ANCHOR = 'access';
export const TROUBLE_ANCHOR = 'troubleshooting';

/**
 * A message whose placeholders are runs (a bold condition, a link): the template is filled with
 * private-use markers, then split on them, so the person's text is never read as a marker.
 */
function messageRuns(m: Messages, key: MessageKey, parts: ParagraphChild[][]): ParagraphChild[] {
  const text = m.t(key, ...parts.map((_, i) => `\uE000${i}\uE001`));
  return text
    .split(/\uE000(\d+)\uE001/)
    .flatMap((piece, i) => (i % 2 ? (parts[Number(piece)] ?? []) : runs(piece)));
}

/** The decision under a step's sentence, in the HTML export's violet callout. */
export function decisionParagraph(m: Messages, decision: ShownDecision): Paragraph {
  const condition = runs(decision.condition, { bold: true });
  const n = decision.otherwiseNumber;
  const line =
    n === undefined
      ? messageRuns(m, 'decisionIfSkip', [condition])
      : messageRuns(m, 'decisionIfOtherwise', [
          condition,
          [
            new InternalHyperlink({
              anchor: stepAnchor(n),
              children: runs(m.t('decisionStepRef', n), { style: 'Hyperlink' }),
            }),
          ],
        ]);
  return new Paragraph({
    keepNext: true,
    keepLines: true,
    spacing: { before: 80, after: 80 },
    indent: { left: 120 },
    border: { left: { style: BorderStyle.SINGLE, size: 24, color: '6D28D9', space: 6 } },
    shading: { type: ShadingType.CLEAR, fill: 'F3EFFC', color: 'auto' },
    children: [new TextRun({ text: `${m.t('decisionLabel')} `, bold: true }), ...line],
  });
}

const heading = (text: string, anchor: string) =>
  new Paragraph({
    heading: HeadingLevel.HEADING_1,
    keepNext: true,
    children: [new Bookmark({ id: anchor, children: runs(text) })],
  });

/** "Access needed", before the steps; nothing when the list is empty. */
export function accessPart(m: Messages, procedure: Procedure): Paragraph[] {
  const items = shownAccess(procedure);
  if (!items.length) return [];
  return [
    heading(m.t('accessHeading'), ACCESS_ANCHOR),
    new Paragraph({ keepNext: true, children: runs(m.t('accessExportLead')) }),
    ...items.map(
      (a) =>
        new Paragraph({
          bullet: { level: 0 },
          children: [
            ...runs(a.what),
            ...(a.sentSeparately ? runs(` ${m.t('accessSentNote')}`, { italics: true }) : []),
          ],
        }),
    ),
  ];
}

/** "When something goes wrong", after the steps; nothing when the list is empty. */
export function troublePart(m: Messages, procedure: Procedure): Paragraph[] {
  const entries = shownTroubleshooting(procedure);
  if (!entries.length) return [];
  return [
    heading(m.t('troubleHeading'), TROUBLE_ANCHOR),
    ...entries.flatMap((e) => [
      new Paragraph({
        keepNext: true,
        keepLines: true,
        spacing: { before: 160 },
        children: [new TextRun({ text: `${m.t('troubleProblemLabel')} `, bold: true }), ...runs(e.problem)],
      }),
      new Paragraph({
        keepLines: true,
        children: [new TextRun({ text: `${m.t('troubleWhatToDoLabel')} `, bold: true }), ...runs(e.whatToDo)],
      }),
    ]),
  ];
}

/** Whether each part is shown, for the contents. */
export const hasAccess = (procedure: Procedure) => shownAccess(procedure).length > 0;
export const hasTrouble = (procedure: Procedure) => shownTroubleshooting(procedure).length > 0;
