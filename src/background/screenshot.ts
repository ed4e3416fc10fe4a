/**
 * Takes the screenshot for a step: only of the recorded tab, only while it is the visible one,
 * and (for recorded steps) only while the session is recording. Each condition is checked just
 * before and again just after the capture, because a deferred capture runs seconds after its step
 * and captureVisibleTab takes whatever tab is in front at that moment.
 */
import browser from 'webextension-polyfill';
import type { StoredImage } from '../shared/model';
import { newId } from '../shared/model';
import { captureCallsPerSecond } from '../shared/platform';
import type { CoveredBox } from '../shared/protocol';
import { CaptureQueue, type Mode, realClock } from './capture-queue';
import type { Cover } from './page-layout';
import { noteCovered } from './personal-rules';
import { dataUrlToBlob, redact } from './redact';
import { isRecordedTab, readSession } from './session';

export class TabHiddenError extends Error {
  override name = 'TabHiddenError';
  constructor() {
    super('No screenshot: the recorded tab was not the visible one at that moment.');
  }
}

export class NotRecordingError extends Error {
  override name = 'NotRecordingError';
  constructor() {
    super('No screenshot: the recording was paused or stopped before it could be taken.');
  }
}

/** A screenshot ready to store, how many frame boxes had to be filled whole in it, and the personal data filled. */
export interface Captured {
  image: StoredImage;
  framesCovered: number;
  covered?: CoveredBox[];
}

/** One queue for the whole extension: Chrome's quota is per extension, not per tab. */
export const captureQueue = new CaptureQueue<Captured>(realClock, { limit: captureCallsPerSecond() });

export interface ShotRequest {
  tabId: number;
  procedureId: string;
  /** What to fill and at which scale; asked at capture time so a deferred shot gets fresh fills. */
  cover: () => Promise<Cover>;
  /** A recorded step's shot is dropped unless the session is recording this tab, before and after. */
  whileRecording: boolean;
  /** The top document the action happened in, when the browser names documents (Chrome). */
  documentId?: string;
}

/** The window in which the tab is the active one, or TabHiddenError. */
async function visibleWindowOf(tabId: number): Promise<number> {
  const tab = await browser.tabs.get(tabId);
  if (!tab.active || tab.windowId === undefined) throw new TabHiddenError();
  return tab.windowId;
}

async function checkStillWanted(request: ShotRequest, windowId?: number): Promise<number> {
  if (request.whileRecording) {
    const session = await readSession();
    if (!isRecordedTab(session, request.tabId) || session.status !== 'recording')
      throw new NotRecordingError();
  }
  const current = await visibleWindowOf(request.tabId);
  if (windowId !== undefined && current !== windowId) throw new TabHiddenError();
  return current;
}

/** Captures now, covering secrets, and returns the image ready to store (not yet stored). */
export async function captureNow(request: ShotRequest): Promise<Captured> {
  const windowId = await checkStillWanted(request);
  const [dataUrl, cover] = await Promise.all([
    browser.tabs.captureVisibleTab(windowId, { format: 'png' }),
    request.cover(),
  ]);
  // The tab may have lost the front, or the person pressed Pause, while the pixels were taken.
  await checkStillWanted(request, windowId);
  const image = await redact(dataUrlToBlob(dataUrl), cover.rects, cover.viewportWidth);
  if (request.whileRecording) void noteCovered(cover.covered?.length ?? 0);
  return {
    image: {
      id: newId(),
      procedureId: request.procedureId,
      blob: image.blob,
      width: image.width,
      height: image.height,
    },
    framesCovered: cover.framesCovered,
    ...(cover.covered ? { covered: cover.covered } : {}),
  };
}

export function requestShot(request: ShotRequest): { mode: Mode; result: Promise<Captured> } {
  return captureQueue.request(request.tabId, () => captureNow(request));
}
