/**
 * Step order lives in `position`, a number. Recorded steps use their event time; a moved or
 * inserted step takes a position between its new neighbours, so a reorder writes one step.
 */
import type { Step } from '../model';

/** Gap used when a step goes before the first or after the last, and when renumbering. */
const GAP = 1024;

/**
 * A position strictly between `before` and `after` (either may be absent), or undefined when
 * floating point has run out of room between them (or they are equal) and the list must be renumbered.
 */
export function positionBetween(before: number | undefined, after: number | undefined): number | undefined {
  if (before === undefined && after === undefined) return 0;
  if (before === undefined) return (after as number) - GAP;
  if (after === undefined) return before + GAP;
  const mid = before + (after - before) / 2;
  return mid > before && mid < after ? mid : undefined;
}

/** Gives every step a fresh, evenly spaced position in the given order; unchanged steps are kept. */
export function renumber(steps: readonly Step[]): Step[] {
  return steps.map((s, i) => (s.position === i * GAP ? s : { ...s, position: i * GAP }));
}

/**
 * Puts `step` at `index` of `others` (a list that does not contain it) and gives it a position
 * between its neighbours, renumbering the whole list only when there is no room.
 */
export function placeAt(others: readonly Step[], index: number, step: Step): Step[] {
  const at = Math.max(0, Math.min(index, others.length));
  const position = positionBetween(others[at - 1]?.position, others[at]?.position);
  const out = others.slice();
  if (position === undefined) {
    out.splice(at, 0, step);
    return renumber(out);
  }
  out.splice(at, 0, step.position === position ? step : { ...step, position });
  return out;
}
