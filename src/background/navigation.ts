/**
 * Follows the recording across page loads, route changes, new tabs and tab switches. A load or
 * route change soon after a click or key press is that action's result and needs no step of its
 * own; one the person made otherwise (typing an address, reloading) becomes "Go to …".
 */
import browser, { type WebNavigation } from 'webextension-polyfill';
import type { NavigateStep, Step } from '../shared/model';
import { sitePattern, syncEarlyInjection } from './early-injection';
import { forgetTab } from './frame-nonces';
import { injectRecorder, RECORDABLE_URL } from './inject';
import { coverFor, pageLayout } from './page-layout';
import { changeSession, isRecordedTab, readSession, readSessionInOrder, type Session } from './session';
import { forgetStandby } from './standby';
import { navigateStep } from './step-builder';
import { storeStep } from './store-step';

/** A navigation this soon after an action in the same tab was caused by it. */
export const CAUSED_WITHIN_MS = 2500;

/** Transitions the person makes in the browser itself, never as the result of a click in the page. */
const BROWSER_TRANSITIONS = new Set([
  'typed',
  'auto_bookmark',
  'keyword',
  'keyword_generated',
  'generated',
  'reload',
  'start_page',
]);

export function causedByAction(session: Session, tabId: number, now: number): boolean {
  const last = session.lastActionAt[String(tabId)];
  return last !== undefined && now - last <= CAUSED_WITHIN_MS;
}

export function isOwnNavigation(transitionType: string, qualifiers: readonly string[]): boolean {
  return (
    BROWSER_TRANSITIONS.has(transitionType) ||
    qualifiers.includes('from_address_bar') ||
    qualifiers.includes('forward_back')
  );
}

async function addNavigateStep(session: Session, tabId: number, kind: NavigateStep['kind']): Promise<void> {
  const tab = await browser.tabs.get(tabId);
  const page = { procedureId: session.procedureId, url: tab.url ?? '', pageTitle: tab.title ?? '' };
  const view = await pageLayout(tabId);
  const step: Step = navigateStep(kind, page, Date.now(), view.viewport);
  await storeStep(step, {
    tabId,
    procedureId: session.procedureId,
    whileRecording: true,
    cover: () => coverFor(tabId),
  });
}

async function unrecordableStep(session: Session, url: string): Promise<void> {
  const warning =
    'Handoff cannot record on this page (a browser or store page); steps taken there are missing.';
  const step: Step = {
    ...navigateStep('load', { procedureId: session.procedureId, url, pageTitle: '' }, Date.now()),
    problem: { code: 'page-unrecordable', message: warning },
  };
  await storeStep(step);
  await changeSession((current) => ({
    next: current ? { ...current, warning } : undefined,
    result: undefined,
  }));
}

function without(list: number[], id: number): number[] {
  return list.filter((x) => x !== id);
}

/** Registers the recorder early on a site before the recorded tab's first page there commits. */
async function addSite(tabId: number, url: string): Promise<void> {
  const pattern = sitePattern(url);
  if (!pattern) return;
  const sites = await changeSession((current) => {
    if (!isRecordedTab(current, tabId) || (current.sites ?? []).includes(pattern))
      return { next: current, result: undefined };
    const next = { ...current, sites: [...(current.sites ?? []), pattern] };
    return { next, result: next.sites };
  });
  if (sites) await syncEarlyInjection(sites);
}

async function onBeforeNavigate(details: WebNavigation.OnBeforeNavigateDetailsType): Promise<void> {
  await addSite(details.tabId, details.url);
}

/** Whether a top-level load should become a "Go to" step once it completes. */
function wantsLoadStep(session: Session, details: WebNavigation.OnCommittedDetailsType): boolean {
  if (details.frameId !== 0 || !RECORDABLE_URL.test(details.url)) return false;
  if (session.openingTabIds.includes(details.tabId)) return false;
  if (isOwnNavigation(details.transitionType, details.transitionQualifiers)) return true;
  const redirect =
    details.transitionQualifiers.includes('server_redirect') ||
    details.transitionQualifiers.includes('client_redirect');
  return !redirect && !causedByAction(session, details.tabId, Date.now());
}

async function onCommitted(details: WebNavigation.OnCommittedDetailsType): Promise<void> {
  // Read and mark in one change: a separate write could land after onCompleted has already read.
  const session = await changeSession((current) => {
    if (!isRecordedTab(current, details.tabId)) return { next: current, result: undefined };
    const mark = wantsLoadStep(current, details) && !current.pendingLoadTabIds.includes(details.tabId);
    return {
      next: mark ? { ...current, pendingLoadTabIds: [...current.pendingLoadTabIds, details.tabId] } : current,
      result: current,
    };
  });
  if (!session) return;
  // A new document: the old page's standby picture must not stand for it.
  if (details.frameId === 0) forgetStandby(details.tabId);
  if (!RECORDABLE_URL.test(details.url)) {
    if (details.frameId === 0 && session.status === 'recording') await unrecordableStep(session, details.url);
    return;
  }
  // Inject as the document starts so the recorder listens before the page's own scripts do.
  await injectRecorder(details.tabId, details.frameId, true).catch(async () => {
    if (details.frameId === 0 && session.status === 'recording') await unrecordableStep(session, details.url);
  });
}

async function onCompleted(details: WebNavigation.OnCompletedDetailsType): Promise<void> {
  if (details.frameId !== 0) return;
  const session = await readSessionInOrder();
  if (!isRecordedTab(session, details.tabId)) return;
  const opening = session.openingTabIds.includes(details.tabId);
  const pending = session.pendingLoadTabIds.includes(details.tabId);
  if (!opening && !pending) return;
  await changeSession((current) => ({
    next: current
      ? {
          ...current,
          openingTabIds: without(current.openingTabIds, details.tabId),
          pendingLoadTabIds: without(current.pendingLoadTabIds, details.tabId),
          lastTabId: details.tabId,
        }
      : undefined,
    result: undefined,
  }));
  if (session.status === 'recording')
    await addNavigateStep(session, details.tabId, opening ? 'tab-open' : 'load');
}

/** A route change renders before or after it updates the title; let it settle before describing it. */
const ROUTE_SETTLE_MS = 250;

async function onRouteChanged(details: WebNavigation.OnHistoryStateUpdatedDetailsType): Promise<void> {
  if (details.frameId !== 0) return;
  const session = await readSessionInOrder();
  if (!isRecordedTab(session, details.tabId) || session.status !== 'recording') return;
  const own = isOwnNavigation(details.transitionType, details.transitionQualifiers);
  if (!own && causedByAction(session, details.tabId, Date.now())) return;
  await new Promise((resolve) => setTimeout(resolve, ROUTE_SETTLE_MS));
  await addNavigateStep(session, details.tabId, 'route');
}

/** A tab opened from a recorded tab (target=_blank, window.open) is recorded too. */
async function onNewTab(details: WebNavigation.OnCreatedNavigationTargetDetailsType): Promise<void> {
  await changeSession((current) => {
    if (!isRecordedTab(current, details.sourceTabId) || current.tabIds.includes(details.tabId)) {
      return { next: current, result: undefined };
    }
    return {
      next: {
        ...current,
        tabIds: [...current.tabIds, details.tabId],
        openingTabIds: [...current.openingTabIds, details.tabId],
      },
      result: undefined,
    };
  });
  await addSite(details.tabId, details.url);
}

/** Coming back to another recorded tab is a step; a new tab's own opening step covers its first visit. */
async function onActivated(info: { tabId: number }): Promise<void> {
  const session = await readSessionInOrder();
  if (!isRecordedTab(session, info.tabId) || session.lastTabId === info.tabId) return;
  await changeSession((current) => ({
    next: current ? { ...current, lastTabId: info.tabId } : undefined,
    result: undefined,
  }));
  if (session.status === 'recording' && !session.openingTabIds.includes(info.tabId)) {
    await addNavigateStep(session, info.tabId, 'tab-switch');
  }
}

/** A closed tab leaves the recording; when none is left the recording ends, steps kept. */
async function onRemoved(tabId: number): Promise<void> {
  await forgetTab(tabId);
  forgetStandby(tabId);
  await changeSession((current) => {
    if (!isRecordedTab(current, tabId)) return { next: current, result: undefined };
    const tabIds = without(current.tabIds, tabId);
    if (tabIds.length === 0) return { next: undefined, result: undefined };
    return {
      next: {
        ...current,
        tabIds,
        openingTabIds: without(current.openingTabIds, tabId),
        lastTabId: current.lastTabId === tabId ? tabIds[0]! : current.lastTabId,
      },
      result: undefined,
    };
  });
}

function quietly<A extends unknown[]>(fn: (...args: A) => Promise<void>): (...args: A) => void {
  return (...args) => {
    fn(...args).catch((error: unknown) => console.warn('Handoff:', error));
  };
}

export function listenToNavigation(onEnded: () => Promise<void>): void {
  browser.webNavigation.onBeforeNavigate.addListener(quietly(onBeforeNavigate));
  browser.webNavigation.onCommitted.addListener(quietly(onCommitted));
  browser.webNavigation.onCompleted.addListener(quietly(onCompleted));
  browser.webNavigation.onHistoryStateUpdated.addListener(quietly(onRouteChanged));
  browser.webNavigation.onCreatedNavigationTarget.addListener(quietly(onNewTab));
  browser.tabs.onActivated.addListener(quietly(onActivated));
  browser.tabs.onRemoved.addListener(
    quietly(async (tabId: number) => {
      const before = await readSession();
      await onRemoved(tabId);
      if (before && !(await readSession())) await onEnded();
    }),
  );
}
