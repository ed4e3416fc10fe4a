/**
 * The person's choice between the focused view and the full screenshot, for one step or for the
 * whole procedure. Focused is the default, so choosing it removes the field rather than storing it.
 */
import type { ScreenshotView, Step } from '../model';
import { type EditState, updateStep } from './state';

function withoutView(step: Step): Step {
  if (!('view' in step)) return step;
  const { view: _gone, ...rest } = step;
  return rest as Step;
}

/**
 * Shows one step focused or full. The step stores a choice only when it differs from the
 * procedure's, so a later switch of the whole procedure carries the step along.
 */
export function setStepView(state: EditState, stepId: string, view: ScreenshotView): EditState {
  const procedureView = state.procedure.view ?? 'focused';
  return updateStep(state, stepId, (step) => {
    if (view === procedureView) return withoutView(step);
    return step.view === view ? step : { ...step, view };
  });
}

/** Shows every step focused or full: the procedure's choice, and no step keeps its own. */
export function setProcedureView(state: EditState, view: ScreenshotView): EditState {
  const steps = state.steps.map(withoutView);
  const stepsChanged = steps.some((s, i) => s !== state.steps[i]);
  // Focused is the default: it is stored as the absence of a choice.
  const wanted = view === 'focused' ? undefined : view;
  let procedure = state.procedure;
  if (procedure.view !== wanted || ('view' in procedure && wanted === undefined)) {
    const { view: _old, ...rest } = procedure;
    procedure = wanted ? { ...rest, view: wanted } : rest;
  }
  if (procedure === state.procedure && !stepsChanged) return state;
  return { procedure, steps: stepsChanged ? steps : state.steps };
}
