/**
 * One step of the Word document: its number and sentence as a heading (so it shows in Word's
 * navigation pane), the page when it changes, the input it asks for, its note, tip or warning,
 * a recording problem, and its picture with the marker drawn in. Every paragraph before the
 * picture keeps with the next one, so a page break never parts a step's words from its picture.
 */
import { Bookmark, BorderStyle, HeadingLevel, ImageRun, Paragraph, ShadingType, TextRun } from 'docx';
import { markerBox } from '../../geometry';
import type { MessageKey, Messages } from '../../i18n/catalog';
import type { CaptureMode, NoteKind, Step } from '../../model';
import { sentence } from '../../text';
import type { ShownDecision } from '../document';
import { NOTE_LABEL } from '../labels';
import { decisionParagraph } from './decisions';
import { runs } from './text';

/** A step's picture, ready for Word: PNG or JPEG bytes and the size to show them at (px at 96 dpi). */
export interface WordPicture {
  bytes: Uint8Array;
  type: 'png' | 'jpg';
  width: number;
  height: number;
  alt: string;
  /** Whether the marker is in the pixels (false when the page could not draw it). */
  marked: boolean;
}

export interface WordStep {
  step: Step;
  /** 1-based. */
  number: number;
  newPage: boolean;
  picture?: WordPicture | undefined;
  /** "If …: do this step; otherwise go to step N", when the step has a decision. */
  decision?: ShownDecision | undefined;
}

/** Colours of the HTML export's callouts (html-style.ts), without the '#'. */
const CALLOUT: Record<NoteKind | 'problem', { border: string; fill: string }> = {
  note: { border: '1D4ED8', fill: 'EEF3FC' },
  tip: { border: '15803D', fill: 'ECF8F0' },
  warning: { border: 'B45309', fill: 'FFF4E6' },
  problem: { border: 'B91C1C', fill: 'FDEEEE' },
};

const MUTED = '4A4A4A';

/** Said under a picture that was not taken at the moment of the action, as in the HTML export. */
const CAPTION: Partial<Record<CaptureMode, MessageKey>> = {
  shared: 'exportCaptionShared',
  deferred: 'exportCaptionDeferred',
  earlier: 'exportCaptionEarlier',
};

export const stepAnchor = (n: number) => `step_${n}`;

function callout(kind: NoteKind | 'problem', label: string, text: string): Paragraph {
  const look = CALLOUT[kind];
  return new Paragraph({
    keepNext: true,
    keepLines: true,
    spacing: { before: 80, after: 80 },
    indent: { left: 120 },
    border: { left: { style: BorderStyle.SINGLE, size: 24, color: look.border, space: 6 } },
    shading: { type: ShadingType.CLEAR, fill: look.fill, color: 'auto' },
    children: [new TextRun({ text: `${label} `, bold: true }), ...runs(text)],
  });
}

function inputLine(m: Messages, step: Step): Paragraph | undefined {
  if (step.type !== 'type' || !step.input) return undefined;
  const example = step.secret
    ? ` ${m.t('exportInputSecret')}`
    : step.value
      ? ` ${m.t('exportInputExample', JSON.stringify(step.value))}`
      : '';
  return new Paragraph({
    keepNext: true,
    children: [
      ...runs(`${m.t('exportInputLine')} `),
      ...runs(step.input.label, { bold: true }),
      ...runs(example),
    ],
  });
}

function pictureParagraphs(m: Messages, step: Step, picture: WordPicture): Paragraph[] {
  const notes: string[] = [];
  // Without a canvas the marker could not be drawn in: say where it is, as the Markdown export does.
  const box = picture.marked ? undefined : markerBox(step);
  if (box) notes.push(m.t('exportMarkerAt', Math.round(box.left), Math.round(box.top)));
  const key = step.image && CAPTION[step.image.mode];
  if (key) notes.push(m.t(key));
  return [
    new Paragraph({
      keepLines: true,
      // A caption stays on the picture's page.
      keepNext: notes.length > 0,
      spacing: { before: 120, after: 60 },
      children: [
        new ImageRun({
          type: picture.type,
          data: picture.bytes,
          transformation: { width: picture.width, height: picture.height },
          altText: { name: picture.alt, description: picture.alt, title: picture.alt },
        }),
      ],
    }),
    ...notes.map(
      (text, i) =>
        new Paragraph({
          keepNext: i < notes.length - 1,
          children: runs(text, { color: MUTED, size: 18, italics: true }),
        }),
    ),
  ];
}

export function stepParagraphs(m: Messages, item: WordStep): Paragraph[] {
  const { step, number, picture } = item;
  const text = sentence(step, m) || m.t('exportNoText');
  const out: Paragraph[] = [
    new Paragraph({
      heading: HeadingLevel.HEADING_3,
      keepNext: true,
      keepLines: true,
      // Room above each step, so a step's caption does not run into the next step's heading.
      spacing: { before: 320, after: 80 },
      children: [new Bookmark({ id: stepAnchor(number), children: runs(`${number}. ${text}`) })],
    }),
  ];
  if (item.decision) out.push(decisionParagraph(m, item.decision));
  if (item.newPage) {
    const title = step.pageTitle.trim();
    out.push(
      new Paragraph({
        keepNext: true,
        children: runs(`${m.t('exportPage')} ${title ? `${title} ` : ''}${step.url}`, {
          color: MUTED,
          size: 18,
        }),
      }),
    );
  }
  const input = inputLine(m, step);
  if (input) out.push(input);
  if (step.note?.text.trim())
    out.push(callout(step.note.kind, m.t(NOTE_LABEL[step.note.kind]), step.note.text));
  if (step.problem) out.push(callout('problem', m.t('exportProblem'), step.problem.message));
  if (picture) out.push(...pictureParagraphs(m, step, picture));
  return out;
}
