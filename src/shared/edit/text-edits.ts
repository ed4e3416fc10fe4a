/** Edits of wording: title, introduction, step sentences, notes, section headings, input labels. */
import type { NoteKind, ProcedureIntro, Step, StepNote } from '../model';
import { isGeneratedSentence } from '../text';
import { EditError, type EditState, updateStep, withDerived } from './state';

export function setTitle(state: EditState, title: string): EditState {
  if (state.procedure.title === title) return state;
  return withDerived({ procedure: { ...state.procedure, title }, steps: state.steps });
}

export function setIntro(state: EditState, field: keyof ProcedureIntro, value: string): EditState {
  if (state.procedure.intro[field] === value) return state;
  const intro = { ...state.procedure.intro, [field]: value };
  return { procedure: { ...state.procedure, intro }, steps: state.steps };
}

function without<K extends 'customText' | 'note' | 'section'>(step: Step, key: K): Step {
  if (!(key in step)) return step;
  const copy = { ...step };
  delete copy[key];
  return copy;
}

/**
 * The person's wording for a step. Text is kept exactly as typed (a trailing space mid-typing
 * must survive); wording equal to the generated sentence is dropped, so the step keeps following
 * its data (e.g. a later "mark as input"). Manual steps have no generated sentence: their text is it.
 */
export function setSentence(state: EditState, stepId: string, text: string): EditState {
  return updateStep(state, stepId, (step) => {
    if (step.type === 'manual') {
      const plain = without(step, 'customText');
      // The screenshot shortcut's "Look at …", taken unchanged, stays generated (and translatable).
      const own = step.look && isGeneratedSentence({ ...step, text: '' }, text) ? '' : text;
      return step.text === own && plain === step ? step : { ...(plain as typeof step), text: own };
    }
    if (isGeneratedSentence(step, text)) return without(step, 'customText');
    return step.customText === text ? step : { ...step, customText: text };
  });
}

/**
 * Run when the person leaves a sentence box: an emptied box goes back to the generated sentence
 * rather than exporting a step with no words.
 */
export function settleSentence(state: EditState, stepId: string): EditState {
  return updateStep(state, stepId, (step) =>
    step.customText !== undefined && !step.customText.trim() ? without(step, 'customText') : step,
  );
}

export function setNote(state: EditState, stepId: string, note: StepNote | undefined): EditState {
  return updateStep(state, stepId, (step) => {
    if (!note) return without(step, 'note');
    if (step.note?.kind === note.kind && step.note.text === note.text) return step;
    return { ...step, note: { kind: note.kind, text: note.text } };
  });
}

/** Changes only the kind of an existing note (or starts an empty one of that kind). */
export function setNoteKind(state: EditState, stepId: string, kind: NoteKind): EditState {
  const step = state.steps.find((s) => s.id === stepId);
  return setNote(state, stepId, { kind, text: step?.note?.text ?? '' });
}

/** A section heading starts at this step; undefined removes it. */
export function setSection(state: EditState, stepId: string, heading: string | undefined): EditState {
  return updateStep(state, stepId, (step) => {
    if (heading === undefined) return without(step, 'section');
    return step.section === heading ? step : { ...step, section: heading };
  });
}

/**
 * Marks a typed value as an input the assistant supplies ("Customer name"), or unmarks it.
 * Only typed, non-secret values can be inputs: a secret has no value to stand for.
 */
export function setInput(state: EditState, stepId: string, label: string | undefined): EditState {
  return updateStep(state, stepId, (step) => {
    if (step.type !== 'type')
      throw new EditError('Only a step that types a value can be marked as an input.');
    if (step.secret)
      throw new EditError('A secret value is never stored, so it cannot be marked as an input.');
    if (label === undefined) {
      if (!step.input) return step;
      const { input: _gone, ...rest } = step;
      return rest;
    }
    return step.input?.label === label ? step : { ...step, input: { label } };
  });
}
