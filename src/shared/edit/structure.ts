/** Edits of the list itself: delete, move, merge, insert. */

import { english, type Messages } from '../i18n/catalog';
import type { ManualStep, NoteKind, Step, StepImage, StepNote, Viewport } from '../model';
import { isGeneratedSentence, sentence } from '../text';
import { relinkDecisions } from './decision-edits';
import { placeAt } from './positions';
import { EditError, type EditState, indexOfStep, withDerived } from './state';

/**
 * Deletes a step. A section heading that started at it moves to the next step (when that step has
 * none), so deleting the first step of a section does not delete the section.
 */
export function deleteStep(state: EditState, stepId: string): EditState {
  const index = indexOfStep(state, stepId);
  const gone = state.steps[index]!;
  const steps = state.steps.slice();
  steps.splice(index, 1);
  const next = steps[index];
  if (gone.section !== undefined && next && next.section === undefined) {
    steps[index] = { ...next, section: gone.section };
  }
  // A decision that sent the reader to the deleted step keeps its condition, without the link.
  relinkDecisions(steps, new Set([gone.id]));
  return withDerived({ procedure: state.procedure, steps });
}

/** Moves a step so that it ends up at `toIndex` (0-based, clamped to the list). */
export function moveStep(state: EditState, stepId: string, toIndex: number): EditState {
  const from = indexOfStep(state, stepId);
  const target = Math.max(0, Math.min(toIndex, state.steps.length - 1));
  if (target === from) return state;
  const others = state.steps.slice();
  const [step] = others.splice(from, 1);
  return withDerived({ procedure: state.procedure, steps: placeAt(others, target, step!) });
}

const SEVERITY: Record<NoteKind, number> = { note: 0, tip: 1, warning: 2 };

function mergedNote(a: StepNote | undefined, b: StepNote | undefined): StepNote | undefined {
  if (!a || !b) return a ?? b;
  const kind = SEVERITY[b.kind] > SEVERITY[a.kind] ? b.kind : a.kind;
  return { kind, text: [a.text, b.text].filter((t) => t.trim()).join('\n') };
}

/**
 * "Click "Save"" + "Type …" → "Click "Save", then type …", in the editor's language. English
 * generated sentences start with a verb, lower-cased mid-sentence; German ones keep their case.
 */
function joinedSentence(a: Step, b: Step, m: Messages): string {
  const first = sentence(a, m).replace(/[.\s]+$/, '');
  const second = sentence(b, m);
  const bIsGenerated = b.type !== 'manual' && !b.customText?.trim();
  const rest = bIsGenerated && m.locale === 'en' ? second.charAt(0).toLowerCase() + second.slice(1) : second;
  return m.t('editorMergedSentence', first, rest);
}

/**
 * Merges a step with the one after it into one step that keeps the first step's id, data and
 * screenshot and reads as both sentences. When only the second has a screenshot, the merged step
 * takes it and marks the second step's element on it.
 */
export function mergeWithNext(state: EditState, stepId: string, m: Messages = english): EditState {
  const index = indexOfStep(state, stepId);
  const a = state.steps[index]!;
  const b = state.steps[index + 1];
  if (!b) throw new EditError('The last step has no next step to merge with.');
  const text = joinedSentence(a, b, m);
  let merged: Step;
  if (a.type === 'manual') {
    // A manual step's text is its sentence; leftover custom wording would hide the merged text.
    const { customText: _unused, ...rest } = a;
    merged = { ...rest, text };
  } else {
    merged = isGeneratedSentence(a, text) ? a : { ...a, customText: text };
  }
  const note = mergedNote(a.note, b.note);
  merged = note ? { ...merged, note } : merged;
  if (!a.image && b.image) {
    const rect = b.marker?.rect ?? b.target?.rect;
    merged = {
      ...merged,
      image: b.image,
      ...(b.viewport ? { viewport: b.viewport } : {}),
      marker: rect && !b.marker?.hidden ? { hidden: false, rect } : { hidden: true },
      // The annotations drawn on that screenshot come with it.
      ...(b.annotations ? { annotations: b.annotations } : {}),
    };
  }
  if (merged.section === undefined && b.section !== undefined) merged = { ...merged, section: b.section };
  if (!merged.decision && b.decision) merged = { ...merged, decision: b.decision };
  const steps = state.steps.slice();
  steps.splice(index, 2, merged);
  // The merged step does what the second one did: links to it now lead to the merged step.
  relinkDecisions(steps, new Set([b.id]), a.id);
  return withDerived({ procedure: state.procedure, steps });
}

export interface ManualStepInput {
  /** Made by the caller (crypto.randomUUID) so that the edit stays a pure function. */
  id: string;
  at: number;
  text: string;
  url?: string;
  pageTitle?: string;
  image?: StepImage;
  viewport?: Viewport;
}

/** Inserts a step written by hand so that it becomes step `index + 1`. */
export function insertManualStep(state: EditState, index: number, input: ManualStepInput): EditState {
  const step: ManualStep = {
    type: 'manual',
    id: input.id,
    procedureId: state.procedure.id,
    position: 0,
    at: input.at,
    url: input.url ?? '',
    pageTitle: input.pageTitle ?? '',
    text: input.text,
    ...(input.image ? { image: input.image } : {}),
    ...(input.viewport ? { viewport: input.viewport } : {}),
  };
  return withDerived({ procedure: state.procedure, steps: placeAt(state.steps, index, step) });
}
