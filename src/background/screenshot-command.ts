/**
 * The "take-screenshot" command: while recording, a "Look at …" step with a picture of the
 * recorded tab in front, for a result or a state to check when nothing was clicked. The picture
 * goes through the same queue, visibility checks and fills (frames included) as every recorded
 * step's; the decision reads storage.session, so it holds after a worker restart.
 */
import browser from 'webextension-polyfill';
import { coverFor, pageLayout } from './page-layout';
import { readSession, type Session } from './session';
import { lookStep } from './step-builder';
import { storeStep } from './store-step';

/**
 * What pressing the shortcut does. Nothing is stored when no recording runs, while it is paused
 * (pausing leaves things out), or when the tab in front is not one being recorded: its picture
 * would show a page the procedure never visited.
 */
export type ShotDecision =
  | { kind: 'idle' }
  | { kind: 'paused' }
  | { kind: 'not-recorded-tab' }
  | { kind: 'take'; tabId: number; procedureId: string };

/** Pure: the decision for this session and the tab in front. */
export function decideShot(session: Session | undefined, frontTabId: number | undefined): ShotDecision {
  if (!session) return { kind: 'idle' };
  if (session.status === 'paused') return { kind: 'paused' };
  if (frontTabId === undefined || !session.tabIds.includes(frontTabId)) return { kind: 'not-recorded-tab' };
  return { kind: 'take', tabId: frontTabId, procedureId: session.procedureId };
}

/** Runs the command: stores the step (its picture now, or deferred by the quota) and says what it did. */
export async function takeScreenshotStep(): Promise<ShotDecision> {
  // For a service worker the "current" window is the last focused one.
  const [session, [tab]] = await Promise.all([
    readSession(),
    browser.tabs.query({ active: true, currentWindow: true }),
  ]);
  const decision = decideShot(session, tab?.id);
  if (decision.kind !== 'take' || !tab) return decision;
  const { tabId, procedureId } = decision;
  const now = Date.now();
  const view = await pageLayout(tabId);
  const step = lookStep({ procedureId, url: tab.url ?? '', pageTitle: tab.title ?? '' }, now, view.viewport);
  await storeStep(step, { tabId, procedureId, whileRecording: true, cover: () => coverFor(tabId) });
  return decision;
}
