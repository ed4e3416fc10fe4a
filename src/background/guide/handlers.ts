/** The guide's message handlers and their sender gates, registered beside the recording's. */
import type { GuideContentToBackground, GuidePageToBackground } from '../../shared/guide-protocol';
import { isExtensionPage, isOwnContentScript, listen } from '../../shared/messaging';
import type { Handlers } from '../../shared/protocol';
import { followGuidedTabs } from './navigation';
import { acted, control, startGuide, statusOf } from './run';
import { isGuidedTab, readRun } from './state';
import { pictureOf, showFor } from './view';

/** A guide content script: the top frame of some tab (whether that tab is guided is checked per message). */
interface GuideSender {
  tabId: number;
}

const ID = /^[\w-]{1,64}$/;
const CONTROLS = new Set(['back', 'skip', 'done', 'stop']);

async function guided(sender: GuideSender) {
  const run = await readRun();
  return isGuidedTab(run, sender.tabId) ? run : undefined;
}

export const guideContentHandlers: Handlers<GuideContentToBackground, GuideSender> = {
  async 'guide.hello'(_payload, sender) {
    return showFor(await guided(sender));
  },
  async 'guide.acted'({ runId, stepId }, sender) {
    if (!ID.test(String(runId)) || !ID.test(String(stepId))) throw new Error('Malformed guide message.');
    return acted(sender.tabId, runId, stepId);
  },
  async 'guide.control'({ runId, stepId, control: what }, sender) {
    if (!ID.test(String(runId)) || !ID.test(String(stepId)) || !CONTROLS.has(what))
      throw new Error('Malformed guide message.');
    return control(sender.tabId, runId, stepId, what);
  },
  async 'guide.picture'({ runId, stepId }, sender) {
    const run = await guided(sender);
    // Only the current run's steps, only to a tab it guides.
    if (!run || run.runId !== runId || !run.stepIds.includes(stepId)) return null;
    return pictureOf(stepId);
  },
};

export const guidePageHandlers: Handlers<GuidePageToBackground, true> = {
  async 'page.guide.start'({ procedureId }) {
    if (!ID.test(String(procedureId))) throw new Error('Malformed guide message.');
    return startGuide(procedureId);
  },
  async 'page.guide.status'() {
    return statusOf(await readRun());
  },
};

/** Registers the guide's listeners; called once from the worker's entry, synchronously. */
export function listenForGuide(): void {
  listen<GuideContentToBackground, GuideSender>(guideContentHandlers, (sender) =>
    isOwnContentScript(sender) && sender.tab?.id !== undefined && (sender.frameId ?? 0) === 0
      ? { tabId: sender.tab.id }
      : undefined,
  );
  listen<GuidePageToBackground, true>(guidePageHandlers, (sender) =>
    isExtensionPage(sender) ? true : undefined,
  );
  followGuidedTabs();
}
