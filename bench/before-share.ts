/**
 * Issue 10 §1: the share of action steps whose screenshot shows the page before the action, on
 * one recording of the "before" fixture task (tests/e2e/fixtures/before/flow.ts: typing, a
 * choice, a checkbox, a dialog closed by its own button, a navigating Save, a target=_blank link,
 * a window.open button, a link, Enter that submits a form), recorded at a person's pace.
 */
import type { Step } from '../src/shared/model';
import { sentence } from '../src/shared/text';
import { ACTION_TYPES, colourOf, recordBeforeFlow } from '../tests/e2e/fixtures/before/flow';
import type { LaunchedExtension } from '../tests/e2e/support/extension';
import { screenshotPixels } from '../tests/e2e/support/screenshot-pixels';
import { startServer } from '../tests/e2e/support/server';

/** How a step's picture relates to the moment of the action. */
export type Timing = 'before' | 'earlier' | 'not before';

export interface BeforeShareResult {
  actionSteps: number;
  /** own (captured at pointerdown) or standby (the page unchanged since): the page before the action. */
  before: number;
  /** earlier: a standby taken before the page's last change, used when no live capture was possible. */
  earlier: number;
  /** shared, deferred or manual pictures: may show the page after the action. */
  notBefore: number;
  /** No picture at all, with the reason the step gives. */
  none: string[];
  byMode: Record<string, number>;
  /** The decisive actions: mode, and the colour the stored picture shows where the action changes it. */
  decisive: Array<{ label: string; mode: string; expected: string; seen: string }>;
}

function timingOf(step: Step): Timing | undefined {
  const mode = step.image?.mode;
  if (mode === 'own' || mode === 'standby') return 'before';
  if (mode === 'earlier') return 'earlier';
  return mode ? 'not before' : undefined;
}

export async function measureBeforeShare(ext: LaunchedExtension): Promise<BeforeShareResult> {
  const server = await startServer();
  try {
    const flow = await recordBeforeFlow(ext, server);
    const actions = flow.steps.filter((s) => ACTION_TYPES.has(s.type));
    const byMode: Record<string, number> = {};
    const result: BeforeShareResult = {
      actionSteps: actions.length,
      before: 0,
      earlier: 0,
      notBefore: 0,
      none: [],
      byMode,
      decisive: [],
    };
    for (const step of actions) {
      const mode = step.image?.mode ?? 'none';
      byMode[mode] = (byMode[mode] ?? 0) + 1;
      const timing = timingOf(step);
      if (timing === 'before') result.before++;
      else if (timing === 'earlier') result.earlier++;
      else if (timing === 'not before') result.notBefore++;
      else result.none.push(`${sentence(step)}: ${step.problem?.message ?? 'no reason given'}`);
    }
    for (const action of flow.decisive) {
      const step = flow.steps.find(action.isStep);
      let seen = 'no picture';
      if (step?.image) {
        const [pixel] = await screenshotPixels(flow.popup, step, [action.point]);
        seen = colourOf(pixel!);
      }
      result.decisive.push({
        label: action.label,
        mode: step?.image?.mode ?? 'none',
        expected: action.before,
        seen,
      });
    }
    return result;
  } finally {
    await server.close();
  }
}
