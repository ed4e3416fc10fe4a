/** Web page tabs the editor can take a screenshot of, through the background's `page.capture.tab`. */
import browser from 'webextension-polyfill';
import { sendMessage } from '../../shared/messaging';
import type { CaptureResult, PageToBackground } from '../../shared/protocol';

export interface CapturableTab {
  id: number;
  title: string;
  url: string;
}

/** Only http(s) pages: the browser refuses to capture its own and other extensions' pages. */
export async function capturableTabs(): Promise<CapturableTab[]> {
  const tabs = await browser.tabs.query({});
  return tabs.flatMap((tab) =>
    tab.id !== undefined && tab.url && /^https?:/.test(tab.url)
      ? [{ id: tab.id, title: tab.title || tab.url, url: tab.url }]
      : [],
  );
}

export function captureTab(tabId: number, procedureId: string): Promise<CaptureResult> {
  return sendMessage<PageToBackground, 'page.capture.tab'>('page.capture.tab', { tabId, procedureId });
}
