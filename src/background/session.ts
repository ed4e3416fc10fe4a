/**
 * The recording session lives in storage.session, not in globals: Chrome stops an idle service
 * worker after ~30 s and every global is lost, but storage.session survives until the browser
 * (or the extension) restarts. All changes go through one queue so concurrent events cannot
 * overwrite each other's read-modify-write.
 */
import { sessionArea } from '../shared/platform';

export interface Session {
  status: 'recording' | 'paused';
  procedureId: string;
  /** Tabs being recorded: the starting tab and tabs it opened. */
  tabIds: number[];
  /** The tab of the latest step, to notice a switch to another recorded tab. */
  lastTabId: number;
  /** Per tab: epoch ms of the latest click or key, to tell navigations the person caused. */
  lastActionAt: Record<string, number>;
  /** Tabs opened from a recorded tab whose first page has not finished loading. */
  openingTabIds: number[];
  /** Tabs whose next completed load should become a "Go to" step. */
  pendingLoadTabIds: number[];
  startedAt: number;
  /** Time spent paused before the current pause, and when the current pause began (epoch ms). */
  pausedMs?: number;
  pausedAt?: number;
  /** Match patterns of the sites visited, where the recorder is registered at document_start. */
  sites: string[];
  warning?: string;
}

const KEY = 'handoff.session';

let chain: Promise<unknown> = Promise.resolve();

export async function readSession(): Promise<Session | undefined> {
  const stored = await sessionArea().get(KEY);
  return stored[KEY] as Session | undefined;
}

/**
 * Runs `change` on the current session in order with every other change; it returns the new
 * session (or undefined to end it) and a result for the caller.
 */
export function changeSession<R>(
  change: (
    current: Session | undefined,
  ) => Promise<{ next: Session | undefined; result: R }> | { next: Session | undefined; result: R },
): Promise<R> {
  const run = chain.then(async () => {
    const current = await readSession();
    const { next, result } = await change(current);
    if (next === current) return result;
    if (next) await sessionArea().set({ [KEY]: next });
    else if (current) await sessionArea().remove(KEY);
    return result;
  });
  chain = run.catch(() => undefined);
  return run;
}

export function isRecordedTab(session: Session | undefined, tabId: number | undefined): session is Session {
  return session !== undefined && tabId !== undefined && session.tabIds.includes(tabId);
}

/** Reads the session after every change already queued, so events are seen in the order they came. */
export function readSessionInOrder(): Promise<Session | undefined> {
  return changeSession((current) => ({ next: current, result: current }));
}
