/**
 * The words a walkthrough shows and the chapters it is cut into, in the language chosen for the
 * file: the title card (title, purpose, what to have ready), each step's number and sentence (the
 * same sentence every export uses), its note, and the end card (the expected result, or "Done").
 * Pure: the same procedure always gives the same words and chapter times.
 */
import { displayTitle } from '../export/document';
import { NOTE_LABEL } from '../export/labels';
import { english, type Messages, plural } from '../i18n/catalog';
import type { NoteKind, Procedure, Step } from '../model';
import { sentence } from '../text';
import type { Pace } from './settings';
import { buildTimeline, type Timeline } from './timeline';
import { type Chapter, chapters, chaptersVtt } from './vtt';

export interface CardText {
  heading: string;
  /** Paragraphs under the heading, each with an optional label. */
  parts: { label?: string; text: string }[];
  footer?: string;
}

export function titleCard(procedure: Procedure, stepCount: number, m: Messages = english): CardText {
  const parts: CardText['parts'] = [];
  const purpose = procedure.intro.purpose.trim();
  const prerequisites = procedure.intro.prerequisites.trim();
  if (purpose) parts.push({ text: purpose });
  if (prerequisites) parts.push({ label: m.t('exportPrerequisites'), text: prerequisites });
  return {
    heading: displayTitle(procedure, m),
    parts,
    footer: plural(m, 'stepCount', stepCount),
  };
}

export function endCard(procedure: Pick<Procedure, 'intro'>, m: Messages = english): CardText {
  const result = procedure.intro.result.trim();
  return result
    ? { heading: m.t('exportResult'), parts: [{ text: result }] }
    : { heading: m.t('videoDone'), parts: [] };
}

export interface StepText {
  number: number;
  sentence: string;
  note?: { kind: NoteKind; label: string; text: string };
}

export function stepText(step: Step, index: number, m: Messages = english): StepText {
  const text: StepText = { number: index + 1, sentence: sentence(step, m) };
  const note = step.note?.text.trim();
  if (step.note && note)
    text.note = { kind: step.note.kind, label: m.t(NOTE_LABEL[step.note.kind]), text: note };
  return text;
}

/** "Step 3: Click "Save"" — what a player lists for step 3. */
export function chapterTitle(step: Step, index: number, m: Messages = english): string {
  return `${m.t('exportStepLink', index + 1)}: ${sentence(step, m)}`;
}

export interface Walkthrough {
  timeline: Timeline;
  chapters: Chapter[];
  vtt: string;
}

/** The timeline and its chapters, which need no pixels: the chapters file can be made at once. */
export function walkthrough(steps: readonly Step[], pace: Pace, m: Messages = english): Walkthrough {
  const timeline = buildTimeline(steps, pace);
  const list = chapters(timeline, (i) => chapterTitle(steps[i] as Step, i, m));
  return { timeline, chapters: list, vtt: chaptersVtt(list) };
}
