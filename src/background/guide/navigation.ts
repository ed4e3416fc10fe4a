/**
 * Follows a guided run across page loads, route changes, tabs the task opens and tab switches, as
 * background/navigation.ts follows a recording. A tab being recorded is never followed.
 */
import browser, { type WebNavigation } from 'webextension-polyfill';
import { scrubUrl } from '../../shared/url-privacy';
import { isRecordedTab, readSession } from '../session';
import { tellGuidedTab } from './inject';
import { onGuidedCommit, pageChanged, tellAll } from './run';
import { changeRun, isGuidedTab, readRun } from './state';
import { showFor } from './view';

async function onCommitted(details: WebNavigation.OnCommittedDetailsType): Promise<void> {
  if (details.frameId !== 0) return;
  await onGuidedCommit(details.tabId, details.url, scrubUrl(details.url), {
    type: details.transitionType,
    qualifiers: details.transitionQualifiers,
  });
}

async function onRouteChanged(details: WebNavigation.OnHistoryStateUpdatedDetailsType): Promise<void> {
  if (details.frameId !== 0 || !isGuidedTab(await readRun(), details.tabId)) return;
  await pageChanged(details.tabId, scrubUrl(details.url), {
    type: details.transitionType,
    qualifiers: details.transitionQualifiers,
  });
  // The page re-rendered for its new route: the panel finds the element again.
  await tellGuidedTab(details.tabId, await showFor(await readRun()));
}

async function onNewTab(details: WebNavigation.OnCreatedNavigationTargetDetailsType): Promise<void> {
  if (isRecordedTab(await readSession(), details.tabId)) return;
  await changeRun((current) => {
    if (!isGuidedTab(current, details.sourceTabId) || current.tabIds.includes(details.tabId))
      return { next: current, result: undefined };
    return { next: { ...current, tabIds: [...current.tabIds, details.tabId] }, result: undefined };
  });
}

async function onActivated(info: { tabId: number }): Promise<void> {
  if (!isGuidedTab(await readRun(), info.tabId)) return;
  const tab = await browser.tabs.get(info.tabId);
  if (tab.url) await pageChanged(info.tabId, scrubUrl(tab.url));
}

async function onRemoved(tabId: number): Promise<void> {
  const left = await changeRun((current) => {
    if (!isGuidedTab(current, tabId)) return { next: current, result: undefined };
    const tabIds = current.tabIds.filter((id) => id !== tabId);
    return { next: tabIds.length ? { ...current, tabIds } : undefined, result: tabIds };
  });
  if (left?.length) await tellAll(await readRun(), left);
}

function quietly<A extends unknown[]>(fn: (...args: A) => Promise<void>): (...args: A) => void {
  return (...args) => {
    fn(...args).catch((error: unknown) => console.warn('Handoff guide:', error));
  };
}

export function followGuidedTabs(): void {
  browser.webNavigation.onCommitted.addListener(quietly(onCommitted));
  browser.webNavigation.onHistoryStateUpdated.addListener(quietly(onRouteChanged));
  browser.webNavigation.onCreatedNavigationTarget.addListener(quietly(onNewTab));
  browser.tabs.onActivated.addListener(quietly(onActivated));
  browser.tabs.onRemoved.addListener(quietly(onRemoved));
}
