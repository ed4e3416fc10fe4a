/**
 * A step's decision ("If …; otherwise go to step N") and the links between steps it makes. The
 * link is a step id, so moving steps never breaks it; deleting or merging steps goes through the
 * helpers at the bottom, which keep every link pointing at a step that exists.
 */
import type { Step, StepDecision } from '../model';
import { EditError, type EditState, updateStep } from './state';

function withDecision(step: Step, decision: StepDecision | undefined): Step {
  if (!decision) {
    if (!step.decision) return step;
    const { decision: _gone, ...rest } = step;
    return rest as Step;
  }
  return { ...step, decision } as Step;
}

/** Starts a decision on a step (an empty condition, no "otherwise" step), or removes it. */
export function setDecision(state: EditState, stepId: string, on: boolean): EditState {
  return updateStep(state, stepId, (step) => {
    if (on) return step.decision ? step : withDecision(step, { condition: '' });
    return withDecision(step, undefined);
  });
}

/** The condition's words, kept exactly as typed. */
export function setCondition(state: EditState, stepId: string, condition: string): EditState {
  return updateStep(state, stepId, (step) => {
    const decision = step.decision ?? { condition: '' };
    if (step.decision && decision.condition === condition) return step;
    return withDecision(step, { ...decision, condition });
  });
}

/** The step to go to when the condition does not hold; undefined: skip this step and go on. */
export function setOtherwise(state: EditState, stepId: string, targetId: string | undefined): EditState {
  if (targetId === stepId) throw new EditError('A step cannot send the reader to itself.');
  if (targetId !== undefined && !state.steps.some((s) => s.id === targetId))
    throw new EditError('That step no longer exists; it may have been deleted in another tab.');
  return updateStep(state, stepId, (step) => {
    const decision = step.decision ?? { condition: '' };
    if (step.decision && decision.otherwise === targetId) return step;
    const { otherwise: _old, ...rest } = decision;
    return withDecision(step, targetId === undefined ? rest : { ...rest, otherwise: targetId });
  });
}

/**
 * Steps whose decision sent the reader to a step in `gone` (deleted) lose that link; links to a
 * step merged away point at `mergedInto` instead, unless that is the step itself. Returns the list
 * itself when no link changed, and the numbers (1-based, in `steps`) of steps that lost theirs.
 */
export function relinkDecisions(
  steps: Step[],
  gone: ReadonlySet<string>,
  mergedInto?: string,
): { steps: Step[]; unlinked: number[] } {
  const unlinked: number[] = [];
  steps.forEach((step, i) => {
    const target = step.decision?.otherwise;
    if (target === undefined || !gone.has(target)) return;
    const { otherwise: _gone, ...rest } = step.decision!;
    const next = mergedInto !== undefined && mergedInto !== step.id ? mergedInto : undefined;
    if (next === undefined) unlinked.push(i + 1);
    steps[i] = withDecision(step, next === undefined ? rest : { ...rest, otherwise: next });
  });
  return { steps, unlinked };
}

/** Steps (1-based numbers) whose decision sends the reader to `stepId`: a delete would unlink them. */
export function stepsLinkingTo(state: EditState, stepId: string): number[] {
  return state.steps.flatMap((s, i) => (s.decision?.otherwise === stepId ? [i + 1] : []));
}
