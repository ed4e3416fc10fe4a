/** Takes the screenshot for a step: only of the recorded tab, only while it is the visible one. */
import browser from 'webextension-polyfill';
import type { Rect, StoredImage } from '../shared/model';
import { newId } from '../shared/model';
import { CaptureQueue, type Mode } from './capture-queue';
import { dataUrlToBlob, redact } from './redact';

export class TabHiddenError extends Error {
  override name = 'TabHiddenError';
  constructor() {
    super('No screenshot: the recorded tab was not the visible one at that moment.');
  }
}

/** One queue for the whole extension: Chrome's quota is per extension, not per tab. */
export const captureQueue = new CaptureQueue<StoredImage>();

export interface ShotRequest {
  tabId: number;
  procedureId: string;
  /** Secret-field rectangles to cover; called at capture time so a deferred shot gets fresh ones. */
  rects: () => Promise<Rect[]> | Rect[];
  viewportWidth: number;
}

async function visibleWindowOf(tabId: number): Promise<number> {
  const tab = await browser.tabs.get(tabId);
  if (!tab.active || tab.windowId === undefined) throw new TabHiddenError();
  return tab.windowId;
}

/** Captures now, covering secrets, and returns the image ready to store (not yet stored). */
export async function captureNow(request: ShotRequest): Promise<StoredImage> {
  const windowId = await visibleWindowOf(request.tabId);
  const [dataUrl, rects] = await Promise.all([
    browser.tabs.captureVisibleTab(windowId, { format: 'png' }),
    request.rects(),
  ]);
  const image = await redact(dataUrlToBlob(dataUrl), rects, request.viewportWidth);
  return {
    id: newId(),
    procedureId: request.procedureId,
    blob: image.blob,
    width: image.width,
    height: image.height,
  };
}

export function requestShot(request: ShotRequest): { mode: Mode; result: Promise<StoredImage> } {
  return captureQueue.request(request.tabId, () => captureNow(request));
}
