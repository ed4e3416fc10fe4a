/** Puts the content script into recorded tabs only: the manifest declares none. */
import browser from 'webextension-polyfill';
import contentScript from '../content/bootstrap.ts?iife';
import { sendToTab } from '../shared/messaging';
import type { BackgroundToContent } from '../shared/protocol';

export const RECORDABLE_URL = /^(https?|file):/i;

/**
 * Injects into one frame or all frames. `immediately` runs it as the document starts, before the
 * page's own scripts, so the recorder's capture listeners come first.
 */
export async function injectRecorder(tabId: number, frameId?: number, immediately = false): Promise<void> {
  await browser.scripting.executeScript({
    target: frameId === undefined ? { tabId, allFrames: true } : { tabId, frameIds: [frameId] },
    files: [contentScript],
    injectImmediately: immediately,
  });
}

/** Tells every frame of a tab to record, pause or stop; a tab that is gone is not an error. */
export async function tellTab(tabId: number, state: { record: boolean; paused: boolean }): Promise<void> {
  try {
    const frames = (await browser.webNavigation.getAllFrames({ tabId })) ?? [];
    await Promise.all(
      frames.map((frame) =>
        sendToTab<BackgroundToContent, 'content.state'>(tabId, 'content.state', state, frame.frameId).catch(
          () => undefined,
        ),
      ),
    );
  } catch {
    // The tab closed meanwhile.
  }
}
