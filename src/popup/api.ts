/** The popup's calls to the background, typed by the protocol. */
import browser from 'webextension-polyfill';
import { sendMessage } from '../shared/messaging';
import type { PageToBackground, RecordingSnapshot } from '../shared/protocol';

export const status = () =>
  sendMessage<PageToBackground, 'page.recording.status'>('page.recording.status', {});
export const pause = () => sendMessage<PageToBackground, 'page.recording.pause'>('page.recording.pause', {});
export const resume = () =>
  sendMessage<PageToBackground, 'page.recording.resume'>('page.recording.resume', {});
export const stop = () => sendMessage<PageToBackground, 'page.recording.stop'>('page.recording.stop', {});

/** Starts recording the tab the person is looking at. */
export async function startOnActiveTab(): Promise<RecordingSnapshot> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('Handoff found no tab to record. Open a web page first.');
  return sendMessage<PageToBackground, 'page.recording.start'>('page.recording.start', { tabId: tab.id });
}

export function openPage(path: string): Promise<unknown> {
  return browser.tabs.create({ url: browser.runtime.getURL(path) });
}

/** True when this document is the toolbar popup (not the same page opened as a tab). */
export function isToolbarPopup(): boolean {
  return browser.extension.getViews({ type: 'popup' }).includes(window);
}
