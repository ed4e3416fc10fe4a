/** The popup's calls to the background, typed by the protocol, and what it asks of the browser. */
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import { sendMessage } from '../shared/messaging';
import type { PageToBackground, RecordingSnapshot } from '../shared/protocol';
import type { TabFacts } from './recordable';

export const status = () =>
  sendMessage<PageToBackground, 'page.recording.status'>('page.recording.status', {});
export const pause = () => sendMessage<PageToBackground, 'page.recording.pause'>('page.recording.pause', {});
export const resume = () =>
  sendMessage<PageToBackground, 'page.recording.resume'>('page.recording.resume', {});
export const stop = () => sendMessage<PageToBackground, 'page.recording.stop'>('page.recording.stop', {});

async function activeTab() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** Starts recording the tab the person is looking at. */
export async function startOnActiveTab(): Promise<RecordingSnapshot> {
  const tab = await activeTab();
  if (tab?.id === undefined) throw new Error(t('popupNoTab'));
  return sendMessage<PageToBackground, 'page.recording.start'>('page.recording.start', { tabId: tab.id });
}

/** Chrome's PDF viewer is an extension of its own; its frame shows up in the tab's frame list. */
const PDF_VIEWER = 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/';

/** A frame list that does not come in this long (a tab busy loading) is taken as no PDF viewer. */
const FRAME_LIST_WAIT_MS = 500;

async function showsPdfViewer(tabId: number, url: string): Promise<boolean> {
  if (/\.pdf$/i.test(new URL(url).pathname)) return true;
  const late = new Promise<null>((resolve) => setTimeout(() => resolve(null), FRAME_LIST_WAIT_MS));
  const frames = await Promise.race([browser.webNavigation.getAllFrames({ tabId }).catch(() => null), late]);
  return (frames ?? []).some((frame) => frame.url.startsWith(PDF_VIEWER));
}

/** What the popup needs to tell, before Start, whether the active tab can be recorded. */
export async function activeTabFacts(): Promise<TabFacts> {
  const tab = await activeTab();
  // tab.url is absent for pages outside the host permissions: the browser's own pages.
  const url = tab?.url || undefined;
  let pdfViewer = false;
  let fileAccess = true;
  if (tab?.id !== undefined && url && /^(https?|file):/i.test(url)) {
    pdfViewer = await showsPdfViewer(tab.id, url).catch(() => false);
    if (url.startsWith('file:')) fileAccess = await browser.extension.isAllowedFileSchemeAccess();
  }
  return { url, fileAccess, pdfViewer };
}

export function openPage(path: string): Promise<unknown> {
  return browser.tabs.create({ url: browser.runtime.getURL(path) });
}

/** True when this document is the toolbar popup (not the same page opened as a tab). */
export function isToolbarPopup(): boolean {
  return browser.extension.getViews({ type: 'popup' }).includes(window);
}
