/**
 * The recording state machine: idle → recording ⇄ paused → idle. Every transition is idempotent
 * (pressing Start twice, or a retried message after a worker restart, changes nothing more).
 */
import browser from 'webextension-polyfill';
import { procedures } from '../shared/db';
import type { RecordingSnapshot } from '../shared/protocol';
import { scrubTitle, scrubUrl } from '../shared/url-privacy';
import { showBadge } from './badge';
import { sitePattern, syncEarlyInjection } from './early-injection';
import { injectRecorder, RECORDABLE_URL, tellTab } from './inject';
import { coverFor, pageLayout } from './page-layout';
import { captureQueue } from './screenshot';
import { changeSession, readSession, type Session } from './session';
import { navigateStep } from './step-builder';
import { storeStep } from './store-step';

export const EDITOR_PATH = 'src/editor/index.html';

/** The longest Stop waits for deferred screenshots: a little over one quota window. */
const STOP_WAIT_MS = 1500;

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
    pausedMs: current.pausedMs ?? 0,
    ...(current.pausedAt === undefined ? {} : { pausedAt: current.pausedAt }),
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
  const { session, created } = await changeSession(async (current) => {
    if (current) return { next: current, result: { session: current, created: false } };
    const procedure = await procedures.create({
      title: scrubTitle(tab.title?.trim() ?? '', url) || 'Untitled procedure',
      startUrl: scrubUrl(url),
    });
    const next: Session = {
      status: 'recording',
      procedureId: procedure.id,
      tabIds: [tabId],
      lastTabId: tabId,
      lastActionAt: {},
      openingTabIds: [],
      pendingLoadTabIds: [],
      startedAt: Date.now(),
      sites: [sitePattern(url)].filter((p): p is string => p !== undefined),
    };
    return { next, result: { session: next, created: true } };
  });
  await syncEarlyInjection(session.sites ?? []);
  await injectRecorder(tabId).catch(() => undefined);
  if (created) {
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

async function setStatus(status: 'recording' | 'paused'): Promise<RecordingSnapshot> {
  const session = await changeSession((current) => {
    if (!current) return { next: undefined, result: undefined };
    const now = Date.now();
    const { warning: _cleared, pausedAt, ...rest } = current;
    // Paused time is kept apart so the popup's clock shows time spent recording.
    const resumed = pausedAt === undefined ? {} : { pausedMs: (current.pausedMs ?? 0) + (now - pausedAt) };
    const next: Session =
      status === 'recording'
        ? { ...rest, ...resumed, status }
        : { ...current, status, pausedAt: pausedAt ?? now };
    return { next, result: next };
  });
  if (session)
    await Promise.all(session.tabIds.map((id) => tellTab(id, { record: true, paused: status === 'paused' })));
  return refreshBadge(session);
}

export const pause = () => setStatus('paused');
export const resume = () => setStatus('recording');

/** Ends the recording; the procedure and every step stay stored. Opens the editor when asked. */
export async function stop(
  openEditor: boolean,
): Promise<RecordingSnapshot & { stoppedProcedureId?: string }> {
  // A screenshot the quota deferred belongs to an action taken while recording: let it land
  // (at most one quota window) before the session ends, or pressing Stop right after the last
  // click would cost that step its picture. Pause does not wait: nothing is captured while paused.
  if (await readSession()) await captureQueue.settled(STOP_WAIT_MS);
  const ended = await changeSession((current) => ({ next: undefined, result: current }));
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
