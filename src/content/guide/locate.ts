/**
 * Finds a recorded step's element on the live page, which may have changed since the recording:
 * candidates of the recorded role or tag are scored on independent clues (clues.ts); the best few
 * are scored again with the recorder's own naming and their layout; the best wins when it is
 * identified by name, label or a stable attribute, scores above the threshold, and stands clear
 * of the next one. Otherwise "not found": pointing at the wrong element is worse than saying so.
 */
import type { Target } from '../../shared/model';
import { accessibleName } from '../describe';
import { personName } from '../naming';
import { gatherCandidates, resolveChain, searchRoots } from './candidates';
import {
  type Context,
  LabelIndex,
  recordedAttributes,
  type Scored,
  scoreCheap,
  scoreLayout,
  total,
  WEIGHT,
} from './clues';
import { normalise, Phrase, similarity } from './text-match';

/** Below this an element is not taken for the recorded one. */
export const THRESHOLD = 35;
/** How many of the cheaply best candidates get the full naming and layout. */
const FINALISTS = 8;
/** Two finalists closer than this cannot be told apart. */
const MARGIN = 1;

export type Located =
  | { found: true; element: Element; score: number; clues: Record<string, number> }
  | { found: false; reason: 'no-target' | 'no-candidate' | 'weak' | 'ambiguous'; best?: number };

export interface LocateOptions {
  /** Elements never to pick: the guide's own panel. */
  skip?: (element: Element) => boolean;
}

/** Where the element's frame sits in the top-level viewport (0, 0 in the top page). */
export function frameOffset(element: Element): { x: number; y: number } {
  let x = 0;
  let y = 0;
  let view = element.ownerDocument.defaultView;
  while (view && view !== view.top) {
    const frame = view.frameElement;
    if (!frame) break;
    const r = frame.getBoundingClientRect();
    x += r.left + frame.clientLeft;
    y += r.top + frame.clientTop;
    view = frame.ownerDocument.defaultView;
  }
  return { x, y };
}

/** The recorder's own name and row for a finalist: the same functions that named the step. */
function rescoreByRecorderName(scored: Scored, target: Target): Scored {
  const { element, clues } = scored;
  let named: { name: string; row?: string };
  try {
    named = personName(element, accessibleName(element));
  } catch {
    return scored;
  }
  if (normalise(target.name)) {
    const s = similarity(target.name, named.name);
    const precise =
      s > 0 ? WEIGHT.name * (s === 1 ? 1 : 0.6 * s) : normalise(named.name) ? -WEIGHT.nameConflict : 0;
    // The recorder's name decides when it says more than the quick one.
    if (precise > (clues.name ?? -Infinity) || s === 0) clues.name = Math.round(precise * 10) / 10;
    if (s >= 0.5) scored.identified = true;
    else if (!clues.label && !clues.testAttribute && !clues.id) scored.identified = false;
  }
  if (target.row && named.row) {
    clues.row = similarity(target.row, named.row) === 1 ? WEIGHT.row : -WEIGHT.rowConflict;
  }
  return total(scored);
}

export function locate(target: Target | undefined, doc: Document, options: LocateOptions = {}): Located {
  if (!target) return { found: false, reason: 'no-target' };
  const skip = options.skip ?? (() => false);
  const roots = searchRoots(doc);
  const selectorHits = new Map<Element, number>();
  target.selectors.forEach((chain, index) => {
    const element = resolveChain(doc, chain);
    if (element && !selectorHits.has(element)) selectorHits.set(element, index);
  });
  const ctx: Context = {
    target,
    attributes: recordedAttributes(target),
    selectorHits,
    recordedCentre: {
      x: target.rect.x + target.rect.width / 2,
      y: target.rect.y + target.rect.height / 2,
    },
    labels: new LabelIndex(),
    name: new Phrase(target.name),
    row: normalise(target.row),
  };
  // The recorded role first; related roles only when that finds nothing good enough.
  const narrow = pick(gatherCandidates(target, roots, skip), ctx);
  if (narrow.found || narrow.reason === 'ambiguous') return narrow;
  const wide = pick(gatherCandidates(target, roots, skip, true), ctx);
  return wide.found || wide.reason === 'ambiguous' ? wide : narrow;
}

function pick(candidates: Element[], ctx: Context): Located {
  if (candidates.length === 0) return { found: false, reason: 'no-candidate' };
  const cheap = candidates.map((element) => scoreCheap(element, ctx)).sort((a, b) => b.score - a.score);
  const finalists = cheap
    .slice(0, FINALISTS)
    .map((scored) => scoreLayout(rescoreByRecorderName(scored, ctx.target), ctx, frameOffset(scored.element)))
    .sort((a, b) => b.score - a.score);
  const [best, next] = finalists;
  if (!best?.identified || best.score < THRESHOLD) {
    return { found: false, reason: 'weak', ...(best ? { best: best.score } : {}) };
  }
  if (next?.identified && next.score >= THRESHOLD && best.score - next.score < MARGIN) {
    return { found: false, reason: 'ambiguous', best: best.score };
  }
  return { found: true, element: best.element, score: best.score, clues: best.clues };
}
