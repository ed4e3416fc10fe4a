/**
 * Recording, as the person and the recorded pages drive it: Start, Pause, Resume, Stop (and the
 * shortcut's toggle) from the extension's pages, and hello, settled and event from the recorder.
 * Each applies a session event (session-machine.ts) and then does what the transition calls for:
 * telling tabs, the badge, the first step, storing a step. Every transition is idempotent
 * (pressing Start twice, or a retried message after a worker restart, changes nothing more).
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { procedures, versions } from '../shared/db';
import { HandoffError } from '../shared/failure';
import type { RecordingSnapshot } from '../shared/protocol';
import { scrubTitle, scrubUrl } from '../shared/url-privacy';
import { showBadge } from './badge';
import { sitePattern, syncEarlyInjection } from './early-injection';
import { injectRecorder, RECORDABLE_URL, tellTab } from './inject';
import { coverFor, coverOf, type PageLayout, pageLayout } from './page-layout';
import { textDetector } from './personal-rules';
import { elide, elideAddress } from './personal-text';
import { captureQueue } from './screenshot';
import { dispatch, isRecordedTab, readSession, type Session } from './session';
import { standbyAfterCapture, standbyFor, takeStandby } from './standby';
import { navigateStep, parseEvent, placeInFrame, stepFromEvent } from './step-builder';
import { storeStep } from './store-step';

export const EDITOR_PATH = 'src/editor/index.html';

/** The longest Stop waits for deferred screenshots: a little over one quota window. */
const STOP_WAIT_MS = 1500;

/** What the message gate learnt about a content script sender. */
export interface ContentSender {
  tabId: number;
  frameId: number;
  tab: NonNullable<Runtime.MessageSender['tab']>;
  /** The sending document (Chrome 106+); absent where the browser does not say. */
  documentId?: string;
}

export async function snapshot(session?: Session): Promise<RecordingSnapshot> {
  const current = session ?? (await readSession());
  if (!current) return { status: 'idle', stepCount: 0 };
  const [procedure, tab] = await Promise.all([
    procedures.get(current.procedureId),
    browser.tabs.get(current.lastTabId).catch(() => undefined),
  ]);
  return {
    status: current.status,
    procedureId: current.procedureId,
    stepCount: procedure?.stepCount ?? 0,
    ...(current.warning ? { warning: current.warning } : {}),
    startedAt: current.startedAt,
    pausedMs: current.pausedMs,
    ...(current.status === 'paused' ? { pausedAt: current.pausedAt } : {}),
    ...(tab ? { tab: { title: tab.title ?? '', url: tab.url ?? '' } } : {}),
  };
}

async function refreshBadge(session: Session | undefined): Promise<RecordingSnapshot> {
  const snap = await snapshot(session);
  await showBadge(snap.status, snap.stepCount);
  return snap;
}

export async function start(tabId: number): Promise<RecordingSnapshot> {
  const tab = await browser.tabs.get(tabId);
  const url = tab.url ?? '';
  if (!RECORDABLE_URL.test(url)) {
    throw new Error(
      'Handoff can only record web pages. Open the page where the task begins, then press Start recording.',
    );
  }
  const { before, after: session } = await dispatch(async (current) => {
    // A recording already runs: Start changes nothing, and no procedure is created for it.
    if (current) return undefined;
    const detect = await textDetector();
    const procedure = await procedures.create({
      title: elide(scrubTitle(tab.title?.trim() ?? '', url), detect).text || 'Untitled procedure',
      startUrl: elideAddress(scrubUrl(url), detect),
    });
    return { type: 'start', procedureId: procedure.id, tabId, site: sitePattern(url), at: Date.now() };
  });
  if (!session) return refreshBadge(undefined);
  await syncEarlyInjection(session.sites);
  await injectRecorder(tabId).catch(() => undefined);
  if (!before) {
    // The first step says where the task begins.
    const page = { procedureId: session.procedureId, url, pageTitle: tab.title ?? '' };
    const view = await pageLayout(tabId);
    await storeStep(navigateStep('load', page, Date.now(), view.viewport), {
      tabId,
      procedureId: session.procedureId,
      whileRecording: true,
      cover: () => coverFor(tabId),
    }).catch(() => undefined);
  }
  return refreshBadge(session);
}

async function pauseOrResume(type: 'pause' | 'resume'): Promise<RecordingSnapshot> {
  const { after: session } = await dispatch({ type, at: Date.now() });
  if (session) {
    const state = { record: true, paused: session.status === 'paused' };
    await Promise.all(session.tabIds.map((id) => tellTab(id, state)));
  }
  return refreshBadge(session);
}

export const pause = () => pauseOrResume('pause');
export const resume = () => pauseOrResume('resume');

/** Ends the recording; the procedure and every step stay stored. Opens the editor when asked. */
export async function stop(
  openEditor: boolean,
): Promise<RecordingSnapshot & { stoppedProcedureId?: string }> {
  // A screenshot the quota deferred belongs to an action taken while recording: let it land
  // (at most one quota window) before the session ends, or pressing Stop right after the last
  // click would cost that step its picture. Pause does not wait: nothing is captured while paused.
  if (await readSession()) await captureQueue.settled(STOP_WAIT_MS);
  const { before: ended } = await dispatch({ type: 'stop' });
  // The recording as it stands at Stop is a version in the procedure's history: saved before the
  // badge says idle and the editor opens, so neither waits on it afterwards.
  if (ended) {
    await versions
      .saveOutsideEditor(ended.procedureId, 'recording')
      .catch((error: unknown) => console.warn('Handoff:', error));
  }
  await showBadge('idle', 0);
  await syncEarlyInjection([]);
  if (!ended) return { status: 'idle', stepCount: 0 };
  await Promise.all(ended.tabIds.map((id) => tellTab(id, { record: false, paused: false })));
  if (openEditor) {
    await browser.tabs.create({
      url: browser.runtime.getURL(`${EDITOR_PATH}?id=${encodeURIComponent(ended.procedureId)}`),
    });
  }
  return { status: 'idle', stepCount: 0, stoppedProcedureId: ended.procedureId };
}

export async function toggle(): Promise<void> {
  const current = await readSession();
  if (current) {
    await stop(true);
    return;
  }
  // For a service worker the "current" window is the last focused one.
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id !== undefined) await start(tab.id);
}

/** A recorder asks whether its document should record. */
export async function hello(sender: ContentSender): Promise<{ record: boolean; paused: boolean }> {
  const session = await readSession();
  if (!isRecordedTab(session, sender.tabId)) return { record: false, paused: false };
  return { record: true, paused: session.status === 'paused' };
}

/** The recorded top page settled at `stamp`: a standby picture may be taken. */
export async function pageSettled(stamp: unknown, sender: ContentSender): Promise<undefined> {
  if (sender.frameId !== 0 || typeof stamp !== 'string' || stamp.length > 100) return undefined;
  const session = await readSession();
  if (!isRecordedTab(session, sender.tabId) || session.status !== 'recording') return undefined;
  // Not awaited: the page need not wait for a picture it does not use.
  void takeStandby(sender.tabId, session.procedureId, stamp);
  return undefined;
}

/** One observed action: becomes a step, stored with its picture, before the recorder is answered. */
export async function recordEvent(
  payload: unknown,
  sender: ContentSender,
): Promise<{ stored: true; stepId: string }> {
  // The gate: nothing below sees what the content script sent, only what its schema made of it.
  const event = parseEvent(payload);
  const session = await readSession();
  if (!isRecordedTab(session, sender.tabId))
    throw new HandoffError('not-recording', 'Handoff is not recording this tab.');
  if (session.status !== 'recording') throw new HandoffError('paused', 'Handoff is paused.');
  // Read before anything else is awaited: a navigation this click causes forgets the old page's
  // picture. One being taken began before this action: when the quota is busy, wait for it.
  const standby =
    standbyFor(sender.tabId, session.procedureId) ??
    (captureQueue.wouldDefer(sender.tabId)
      ? await standbyAfterCapture(sender.tabId, session.procedureId)
      : undefined);
  // The standby shows exactly this page when the page has not changed since it was taken.
  const fresh = standby !== undefined && sender.frameId === 0 && event.stamp === standby.stamp;
  let step = stepFromEvent(event, {
    procedureId: session.procedureId,
    url: sender.tab.url ?? event.url,
    pageTitle: sender.tab.title ?? event.pageTitle,
  });
  let layout: Promise<PageLayout> | undefined;
  // Asked at the moment of the capture, in parallel with it: the fills must match the pixels
  // (a layout sent with the event was a few ms older, and a focus change had moved a field).
  const joined = () => {
    layout ??= pageLayout(sender.tabId);
    return layout;
  };
  if (event.placementUnknown && sender.frameId !== 0) {
    // A frame from another site cannot see where it sits; its parents can.
    const page = await joined();
    const offset = page.offsets.get(sender.frameId);
    if (offset && page.viewport) step = placeInFrame(step, offset, page.viewport);
  }
  // A navigation soon after this is its result, not a "Go to" step of its own.
  if (step.type === 'click' || step.type === 'key')
    await dispatch({ type: 'acted', tabId: sender.tabId, at: Date.now() });
  // Only the top frame's rects are in top-level px for sure; a frame's own are in the joined layout.
  const ownRects =
    Array.isArray(event.sensitiveRects) && !event.placementUnknown && sender.frameId === 0
      ? event.sensitiveRects.slice(0, 200)
      : [];
  let layoutUsed = false;
  await storeStep(
    step,
    {
      tabId: sender.tabId,
      procedureId: session.procedureId,
      whileRecording: true,
      ...(sender.frameId === 0 && sender.documentId ? { documentId: sender.documentId } : {}),
      // The event's own rects are of the very moment; every frame's (other sites' too) are added,
      // at the top frame's scale. A later (deferred) capture joins the frames afresh.
      cover: async () => {
        const page = layoutUsed ? await pageLayout(sender.tabId) : await joined();
        layoutUsed = true;
        return coverOf(page, ownRects);
      },
    },
    standby && { standby, fresh },
  );
  return { stored: true, stepId: step.id };
}
