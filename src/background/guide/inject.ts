/**
 * Puts the guide's content script into guided tabs, the way inject.ts puts the recorder into
 * recorded ones: executeScript, top frame only, at commit time for new documents. The manifest
 * declares no content script, so pages that are not guided run none of it.
 */
import browser from 'webextension-polyfill';
import guideScript from '../../content/guide/main.ts?iife';
import type { GuideBackgroundToContent, GuideShow } from '../../shared/guide-protocol';
import { sendToTab } from '../../shared/messaging';

export async function injectGuide(tabId: number, immediately = false): Promise<void> {
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    files: [guideScript],
    injectImmediately: immediately,
  });
}

/** Tells a guided tab what to show; a tab that is loading or gone will ask for itself. */
export async function tellGuidedTab(tabId: number, show: GuideShow): Promise<void> {
  await sendToTab<GuideBackgroundToContent, 'guide.show'>(tabId, 'guide.show', show, 0).catch(
    () => undefined,
  );
}
