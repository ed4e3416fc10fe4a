/**
 * The Word document: title, a line on the recording, contents (links to the parts and to each
 * section, or to each step when there are none), introduction, inputs table, then the steps under
 * their section headings. Pure apart from packing: the same input gives the same document.xml.
 *
 * The contents are a plain list of internal links rather than a TOC field: a field stays empty
 * until Word updates it, and LibreOffice converts it as it stands.
 */
import {
  AlignmentType,
  Bookmark,
  Document,
  HeadingLevel,
  InternalHyperlink,
  Packer,
  Paragraph,
  type Table,
  TextRun,
} from 'docx';
import { formatDuration, taskDuration } from '../../duration';
import { english, type Messages, plural } from '../../i18n/catalog';
import type { Procedure, Step } from '../../model';
import { sentence, shorten } from '../../text';
import { displayTitle, shownDecision, stepNumbers } from '../document';
import { INTRO_PARTS } from '../labels';
import { brandingSection, type WordBranding } from './branding';
import { ACCESS_ANCHOR, accessPart, hasAccess, hasTrouble, TROUBLE_ANCHOR, troublePart } from './decisions';
import { pageSetup, paperFor } from './layout';
import { stepAnchor, stepParagraphs, type WordPicture } from './step';
import { inputSteps, inputsTable } from './tables';
import { runs, xmlSafe } from './text';

export interface WordDocument {
  procedure: Procedure;
  /** In display order. */
  steps: readonly Step[];
  /** By step index: the picture each step shows (focused or full), marker drawn in. */
  pictures: ReadonlyMap<number, WordPicture>;
  messages?: Messages;
  /** The library's logo (page header) and footer (page footer), when the person includes them. */
  branding?: WordBranding;
}

const ANCHOR = { intro: 'introduction', inputs: 'inputs', steps: 'steps' } as const;
const sectionAnchor = (n: number) => `section_${n}`;

const heading = (level: (typeof HeadingLevel)[keyof typeof HeadingLevel], text: string, anchor?: string) =>
  new Paragraph({
    heading: level,
    keepNext: true,
    children: anchor ? [new Bookmark({ id: anchor, children: runs(text) })] : runs(text),
  });

const link = (anchor: string, text: string, level = 0) =>
  new Paragraph({
    indent: { left: 360 * (level + 1) },
    children: [new InternalHyperlink({ anchor, children: runs(text, { style: 'Hyperlink' }) })],
  });

/** UTC, as the HTML export writes it; empty for a timestamp Date cannot hold. */
function isoDay(epochMs: number): string {
  const date = new Date(epochMs);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

function meta(doc: WordDocument, m: Messages): string {
  let text = plural(m, 'stepCount', doc.steps.length);
  const recorded = isoDay(doc.procedure.createdAt);
  if (recorded) text = m.t('exportMetaRecorded', text, recorded);
  if (doc.procedure.startUrl) text = m.t('exportMetaFrom', text, doc.procedure.startUrl);
  text = m.t('exportMetaEnd', text);
  const took = taskDuration(doc.steps);
  return took === undefined ? text : `${text} ${m.t('exportDuration', formatDuration(took, m.locale))}`;
}

/** Section headings by the index of the step that starts each, numbered for their anchors. */
function sections(steps: readonly Step[]): Map<number, { title: string; n: number }> {
  const out = new Map<number, { title: string; n: number }>();
  steps.forEach((s, i) => {
    const title = s.section?.trim();
    if (title) out.set(i, { title, n: out.size + 1 });
  });
  return out;
}

function contents(
  doc: WordDocument,
  m: Messages,
  parts: Map<number, { title: string; n: number }>,
): Paragraph[] {
  const hasIntro = INTRO_PARTS.some(([key]) => doc.procedure.intro[key].trim());
  const out = [heading(HeadingLevel.HEADING_1, m.t('exportContents'))];
  if (hasIntro) out.push(link(ANCHOR.intro, m.t('exportIntroHeading')));
  if (hasAccess(doc.procedure)) out.push(link(ACCESS_ANCHOR, m.t('accessHeading')));
  if (inputSteps(doc.steps).length) out.push(link(ANCHOR.inputs, m.t('exportInputsHeading')));
  out.push(link(ANCHOR.steps, m.t('exportStepsHeading')));
  // Without sections, the steps themselves are the contents, as in the HTML export.
  if (parts.size) for (const { title, n } of parts.values()) out.push(link(sectionAnchor(n), title, 1));
  else
    for (const [i, s] of doc.steps.entries())
      out.push(link(stepAnchor(i + 1), `${i + 1}. ${shorten(sentence(s, m), 100)}`, 1));
  if (hasTrouble(doc.procedure)) out.push(link(TROUBLE_ANCHOR, m.t('troubleHeading')));
  return out;
}

function intro(doc: WordDocument, m: Messages): Paragraph[] {
  const parts = INTRO_PARTS.filter(([key]) => doc.procedure.intro[key].trim());
  if (!parts.length) return [];
  return [
    heading(HeadingLevel.HEADING_1, m.t('exportIntroHeading'), ANCHOR.intro),
    ...parts.flatMap(([key, label]) => [
      heading(HeadingLevel.HEADING_2, m.t(label)),
      new Paragraph({ children: runs(doc.procedure.intro[key].trim()) }),
    ]),
  ];
}

function inputs(doc: WordDocument, m: Messages): (Paragraph | Table)[] {
  const table = inputsTable(doc.steps, m);
  if (!table) return [];
  return [
    heading(HeadingLevel.HEADING_1, m.t('exportInputsHeading'), ANCHOR.inputs),
    new Paragraph({ keepNext: true, children: runs(m.t('exportInputsLead')) }),
    table,
  ];
}

function stepsPart(doc: WordDocument, m: Messages, parts: Map<number, { title: string; n: number }>) {
  const out: Paragraph[] = [heading(HeadingLevel.HEADING_1, m.t('exportStepsHeading'), ANCHOR.steps)];
  if (!doc.steps.length) out.push(new Paragraph({ children: runs(m.t('exportNoSteps')) }));
  const numbers = stepNumbers(doc.steps);
  doc.steps.forEach((step, i) => {
    const part = parts.get(i);
    if (part) out.push(heading(HeadingLevel.HEADING_2, part.title, sectionAnchor(part.n)));
    const picture = doc.pictures.get(i);
    out.push(
      ...stepParagraphs(m, {
        step,
        number: i + 1,
        newPage: i === 0 || doc.steps[i - 1]?.url !== step.url,
        decision: shownDecision(step, numbers),
        ...(picture ? { picture } : {}),
      }),
    );
  });
  return out;
}

export function wordDocument(doc: WordDocument): Document {
  const m = doc.messages ?? english;
  const title = displayTitle(doc.procedure, m);
  const parts = sections(doc.steps);
  return new Document({
    // Document properties are XML attributes and text too: no characters XML forbids.
    title: xmlSafe(title),
    creator: 'Handoff',
    description: m.t('exportFollow'),
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [
      {
        properties: { page: pageSetup(paperFor(m.locale)) },
        ...brandingSection(doc.branding, m.t('brandLogoAlt')),
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: runs(title) }),
          new Paragraph({ children: runs(meta(doc, m), { color: '4A4A4A' }) }),
          new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun(m.t('exportFollow'))] }),
          ...contents(doc, m, parts),
          ...intro(doc, m),
          ...accessPart(m, doc.procedure),
          ...inputs(doc, m),
          ...stepsPart(doc, m, parts),
          ...troublePart(m, doc.procedure),
        ],
      },
    ],
  });
}

/** The .docx file's bytes. */
export async function packWord(doc: WordDocument): Promise<Blob> {
  const blob = await Packer.toBlob(wordDocument(doc));
  return blob.type ? blob : new Blob([blob], { type: WORD_MIME });
}

export const WORD_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
