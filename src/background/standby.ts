/**
 * Standby screenshots: a recent picture of each recorded tab, taken when its page has settled and
 * changed since the last one, while the quota has room. A step whose page has not changed since
 * uses it as its own "before" picture (no capture at the moment of the action, which a click that
 * navigates or opens a tab would lose); a step whose live capture is lost or would come after the
 * action falls back to it, labelled as taken a moment earlier.
 *
 * Kept in memory only: a worker that Chrome stopped had nothing to record for 30 s, and the page's
 * next change (or the next step's own capture) makes a new one.
 */
import type { StoredImage } from '../shared/model';
import type { CoveredBox } from '../shared/protocol';
import { coverFor } from './page-layout';
import { type Captured, captureNow, captureQueue } from './screenshot';

export interface Standby {
  /** The page's stamp (content/settle.ts: its document and change count) when the picture was taken. */
  stamp: string;
  procedureId: string;
  image: StoredImage;
  framesCovered: number;
  covered?: CoveredBox[];
  capturedAt: number;
}

const byTab = new Map<number, Standby>();
/** Captures under way, so a burst of settle reports takes one picture, and a step can wait for it. */
const taking = new Map<number, Promise<unknown>>();
/** The latest stamp each tab reported: a retry is for the page as it is now, not as it was. */
const latest = new Map<number, string>();
/** A little past the quota window's end, for timer jitter. */
const RETRY_MARGIN_MS = 40;

/** The page of `tabId` settled at `stamp`: take a picture if it is new and the quota allows. */
export async function takeStandby(tabId: number, procedureId: string, stamp: string): Promise<void> {
  latest.set(tabId, stamp);
  const current = byTab.get(tabId);
  if (taking.has(tabId) || (current && current.stamp === stamp && current.procedureId === procedureId))
    return;
  const capture = captureQueue.tryIdle(tabId, () =>
    captureNow({ tabId, procedureId, whileRecording: true, cover: () => coverFor(tabId) }),
  );
  if (!capture) {
    // The quota is busy with a step's capture: try again when it frees, if the page is still so.
    setTimeout(() => {
      if (latest.get(tabId) === stamp) void takeStandby(tabId, procedureId, stamp);
    }, captureQueue.msUntilSlot() + RETRY_MARGIN_MS);
    return;
  }
  const keep = capture.then(
    (shot: Captured) => {
      byTab.set(tabId, { stamp, procedureId, ...shot, capturedAt: Date.now() });
    },
    () => {
      // Paused, hidden, or a secret that cannot be placed: no standby is better than a wrong one.
    },
  );
  taking.set(tabId, keep);
  await keep;
  taking.delete(tabId);
}

/**
 * The latest standby, after waiting for one being taken: it began before the step's action, so it
 * shows the page before it. A step that would otherwise wait for the quota uses it.
 */
export async function standbyAfterCapture(tabId: number, procedureId: string): Promise<Standby | undefined> {
  await taking.get(tabId);
  return standbyFor(tabId, procedureId);
}

/** The latest standby of the tab for this procedure, if any. */
export function standbyFor(tabId: number, procedureId: string): Standby | undefined {
  const standby = byTab.get(tabId);
  return standby?.procedureId === procedureId ? standby : undefined;
}

/** The tab closed or its page went away: an old picture must not stand for the next page. */
export function forgetStandby(tabId: number): void {
  byTab.delete(tabId);
  latest.delete(tabId);
}
