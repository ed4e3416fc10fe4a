/** A fresh screenshot of any web page for the editor (adding or replacing a step's picture), secrets covered. */
import browser from 'webextension-polyfill';
import { images } from '../shared/db';
import type { CaptureResult } from '../shared/protocol';
import { injectRecorder, RECORDABLE_URL } from './inject';
import { coverFor } from './page-layout';
import { requestShot } from './screenshot';

export async function captureTab(tabId: number, procedureId: string): Promise<CaptureResult> {
  const tab = await browser.tabs.get(tabId);
  if (!RECORDABLE_URL.test(tab.url ?? '')) throw new Error('Handoff can only capture web pages.');
  if (!tab.active && tab.windowId !== undefined) {
    await browser.tabs.update(tabId, { active: true });
  }
  // The recorder answers where secret fields are; it stays idle in a tab that is not recorded.
  await injectRecorder(tabId).catch(() => undefined);
  const { image } = await requestShot({
    tabId,
    procedureId,
    whileRecording: false,
    cover: () => coverFor(tabId),
  }).result;
  await images.put(image);
  return { imageId: image.id, width: image.width, height: image.height };
}
