/**
 * Edits of what the recorder captured that a reader may not see: a typed value hidden behind a
 * rewritten sentence or an input, and the address of the page a step happened on.
 */
import type { Step } from '../model';
import { type EditState, updateStep } from './state';

/**
 * Removes a typing step's recorded value from the procedure. The step becomes an input the assistant
 * supplies (named after its field), so its sentence still says what to do.
 */
export function clearRecordedValue(state: EditState, stepId: string): EditState {
  return updateStep(state, stepId, (step) => {
    if (step.type !== 'type' || step.value === undefined) return step;
    const { value: _forgotten, keepValue: _kept, ...rest } = step;
    return { ...rest, input: step.input ?? { label: step.target.name.trim() || 'Value' } };
  });
}

/** Whether exports keep a value that the step's sentence no longer shows. */
export function setKeepValue(state: EditState, stepId: string, keep: boolean): EditState {
  return updateStep(state, stepId, (step) => {
    if (step.type !== 'type' || step.value === undefined || Boolean(step.keepValue) === keep) return step;
    if (keep) return { ...step, keepValue: true };
    const { keepValue: _dropped, ...rest } = step;
    return rest;
  });
}

/** The page address shown under a step, as the person wants it written. */
export function setPageUrl(state: EditState, stepId: string, url: string): EditState {
  return updateStep(state, stepId, (step) => (step.url === url ? step : ({ ...step, url } as Step)));
}

/**
 * Whether a typing step's recorded value is hidden from the reader (behind the person's own
 * sentence or an input) and so, unless kept, left out of every export.
 */
export function valueHidden(step: Step): boolean {
  return (
    step.type === 'type' &&
    step.value !== undefined &&
    (step.customText !== undefined || step.input !== undefined)
  );
}
