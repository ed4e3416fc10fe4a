/**
 * The guided run lives in storage.session like the recording session (a stopped worker loses its
 * globals), under its own key, changed through its own ordered queue. It holds positions, tab ids
 * and times only: nothing a page showed.
 */
import { sessionArea } from '../../shared/platform';

export interface GuideRun {
  runId: string;
  procedureId: string;
  /** The procedure's steps in order, fixed when the run starts. */
  stepIds: string[];
  index: number;
  /** Tabs the run follows: the one it opened and tabs the task opened from it. */
  tabIds: number[];
  startedAt: number;
  skipped: number;
  /** Per tab: epoch ms of the latest step the person did on the page, to tell page changes it caused. */
  lastActedAt?: Record<string, number>;
  /** Set when the last step is done: the run then shows how long it took until it is closed. */
  finishedAt?: number;
}

const KEY = 'handoff.guide';

let chain: Promise<unknown> = Promise.resolve();

export async function readRun(): Promise<GuideRun | undefined> {
  const stored = await sessionArea().get(KEY);
  return stored[KEY] as GuideRun | undefined;
}

/** Runs `change` in order with every other change; undefined as `next` ends the run. */
export function changeRun<R>(
  change: (
    current: GuideRun | undefined,
  ) => Promise<{ next: GuideRun | undefined; result: R }> | { next: GuideRun | undefined; result: R },
): Promise<R> {
  const run = chain.then(async () => {
    const current = await readRun();
    const { next, result } = await change(current);
    if (next !== current) {
      if (next) await sessionArea().set({ [KEY]: next });
      else if (current) await sessionArea().remove(KEY);
    }
    return result;
  });
  chain = run.catch(() => undefined);
  return run;
}

export function isGuidedTab(run: GuideRun | undefined, tabId: number | undefined): run is GuideRun {
  return run !== undefined && tabId !== undefined && run.tabIds.includes(tabId);
}
