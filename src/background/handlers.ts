/** The handler maps: message name → async function, checked against the protocol's maps. */
import browser, { type Runtime } from 'webextension-polyfill';
import { images } from '../shared/db';
import type { ContentToBackground, Handlers, PageToBackground } from '../shared/protocol';
import { recordNonce } from './frame-nonces';
import { injectRecorder, RECORDABLE_URL } from './inject';
import { coverFor, coverOf, type PageLayout, pageLayout } from './page-layout';
import * as recording from './recording';
import { captureQueue, requestShot } from './screenshot';
import { changeSession, isRecordedTab, readSession } from './session';
import { placeInFrame, stepFromEvent } from './step-builder';
import { standbyAfterCapture, standbyFor, takeStandby } from './standby';
import { storeStep } from './store-step';

/** What the gate learnt about a content script sender. */
export interface ContentSender {
  tabId: number;
  frameId: number;
  tab: NonNullable<Runtime.MessageSender['tab']>;
}

export const contentHandlers: Handlers<ContentToBackground, ContentSender> = {
  async 'content.hello'(_payload, sender) {
    const session = await readSession();
    if (!isRecordedTab(session, sender.tabId)) return { record: false, paused: false };
    return { record: true, paused: session.status === 'paused' };
  },

  async 'content.frameAsked'({ nonce }, sender) {
    if (typeof nonce === 'string' && nonce.length <= 64)
      await recordNonce(sender.tabId, nonce, sender.frameId);
    return undefined;
  },

  async 'content.settled'({ stamp }, sender) {
    const session = await readSession();
    if (sender.frameId !== 0 || typeof stamp !== 'string' || stamp.length > 100) return undefined;
    if (!isRecordedTab(session, sender.tabId) || session.status !== 'recording') return undefined;
    // Not awaited: the page need not wait for a picture it does not use.
    void takeStandby(sender.tabId, session.procedureId, stamp);
    return undefined;
  },

  async 'content.event'(event, sender) {
    const session = await readSession();
    if (!isRecordedTab(session, sender.tabId)) throw new Error('Handoff is not recording this tab.');
    if (session.status !== 'recording') throw new Error('Handoff is paused.');
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
    if (step.type === 'click' || step.type === 'key') {
      await changeSession((current) => ({
        next: current
          ? { ...current, lastActionAt: { ...current.lastActionAt, [String(sender.tabId)]: Date.now() } }
          : current,
        result: undefined,
      }));
    }
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
  },
};

export const pageHandlers: Handlers<PageToBackground, true> = {
  'page.recording.start': async ({ tabId }) => recording.start(tabId),
  'page.recording.stop': async () => recording.stop(true),
  'page.recording.pause': async () => recording.pause(),
  'page.recording.resume': async () => recording.resume(),
  'page.recording.status': async () => recording.snapshot(),
  async 'page.capture.tab'({ tabId, procedureId }) {
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
  },
};
