/** The handler maps: message name → the function that answers it, checked against the protocol's maps. Wiring only. */
import { reclaimWhenNoEditor, versions } from '../shared/db';
import type { ContentToBackground, Handlers, PageToBackground } from '../shared/protocol';
import { recordNonce } from './frame-nonces';
import { refuseRecordingWhileGuided } from './guide/run';
import { elementPicked, startPicking } from './personal-pick';
import type { ContentSender } from './recording';
import * as recording from './recording';
import { captureTab } from './tab-capture';

export type { ContentSender } from './recording';

export const contentHandlers: Handlers<ContentToBackground, ContentSender> = {
  'content.hello': async (_payload, sender) => recording.hello(sender),
  async 'content.frameAsked'({ nonce }, sender) {
    if (typeof nonce === 'string' && nonce.length <= 64)
      await recordNonce(sender.tabId, nonce, sender.frameId);
    return undefined;
  },
  'content.settled': async ({ stamp }, sender) => recording.pageSettled(stamp, sender),
  'content.event': async (event, sender) => recording.recordEvent(event, sender),
  'content.personal.picked': async ({ selector }, sender) => elementPicked(selector, sender),
};

export const pageHandlers: Handlers<PageToBackground, true> = {
  'page.recording.start': async ({ tabId }) => {
    await refuseRecordingWhileGuided(tabId);
    return recording.start(tabId);
  },
  'page.recording.stop': async () => recording.stop(true),
  'page.recording.pause': async () => recording.pause(),
  'page.recording.resume': async () => recording.resume(),
  'page.recording.status': async () => recording.snapshot(),
  'page.capture.tab': async ({ tabId, procedureId }) => captureTab(tabId, procedureId),
  'page.editor.closed': async ({ procedureId }) => {
    if (typeof procedureId !== 'string') return undefined;
    await reclaimWhenNoEditor(procedureId);
    // Edits the closing page had no time to save a version of.
    await versions.saveAfterEditorClosed(procedureId);
    return undefined;
  },
  'page.personal.pick': async () => startPicking(),
};
