/**
 * The export carries only what the person reviewed. A typed value that the sentence no longer
 * shows (the person rewrote it, or marked the value as an input) stays out of every format, the
 * embedded data included, unless the person chose to keep it.
 */
import { valueHidden } from '../edit/record-edits';
import type { Step } from '../model';

export function reviewedStep(step: Step): Step {
  if (step.type !== 'type' || step.keepValue || !valueHidden(step)) return step;
  const { value: _unreviewed, ...rest } = step;
  return rest;
}
