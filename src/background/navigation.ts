/**
 * Follows the recording across page loads, route changes, new tabs and tab switches. A load or
 * route change soon after a click or key press is that action's result and needs no step of its
 * own; one the person made otherwise (typing an address, reloading) becomes "Go to …".
 * Each listener turns its browser event into a session event, applies it, and does what the
 * session before it calls for (a step, an injection); the decisions live in session-machine.ts.
 */
import browser, { type WebNavigation } from 'webextension-polyfill';
import { versions } from '../shared/db';
import type { NavigateStep, Step } from '../shared/model';
import { sitePattern, syncEarlyInjection } from './early-injection';
import { forgetTab } from './frame-nonces';
import { injectRecorder, RECORDABLE_URL } from './inject';
import { coverFor, pageLayout } from './page-layout';
import { dispatch, isRecordedTab, readSessionInOrder, type Session } from './session';
import { causedByAction, isOwnNavigation } from './session-machine';
import { forgetStandby } from './standby';
import { navigateStep } from './step-builder';
import { storeStep } from './store-step';

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
  await dispatch({ type: 'page-unrecordable', warning });
}

/** Registers the recorder early on a site before the recorded tab's first page there commits. */
async function addSite(tabId: number, url: string): Promise<void> {
  const site = sitePattern(url);
  if (!site) return;
  const { before, after } = await dispatch({ type: 'site-visited', tabId, site });
  if (after && after !== before) await syncEarlyInjection(after.sites);
}

async function onBeforeNavigate(details: WebNavigation.OnBeforeNavigateDetailsType): Promise<void> {
  await addSite(details.tabId, details.url);
}

async function onCommitted(details: WebNavigation.OnCommittedDetailsType): Promise<void> {
  // Read and mark in one update: a separate write could land after onCompleted has already read.
  const { before: session } = await dispatch({
    type: 'navigated',
    tabId: details.tabId,
    frameId: details.frameId,
    recordable: RECORDABLE_URL.test(details.url),
    transitionType: details.transitionType,
    transitionQualifiers: details.transitionQualifiers,
    at: Date.now(),
  });
  if (!isRecordedTab(session, details.tabId)) return;
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

/** A new tab's first page, or a load marked at commit, becomes a step once it has loaded. */
async function onCompleted(details: WebNavigation.OnCompletedDetailsType): Promise<void> {
  if (details.frameId !== 0) return;
  const { before: session } = await dispatch({ type: 'page-loaded', tabId: details.tabId });
  if (!isRecordedTab(session, details.tabId)) return;
  const opening = session.openingTabIds.includes(details.tabId);
  const pending = session.pendingLoadTabIds.includes(details.tabId);
  if ((opening || pending) && session.status === 'recording')
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
  await dispatch({ type: 'tab-opened', sourceTabId: details.sourceTabId, tabId: details.tabId });
  await addSite(details.tabId, details.url);
}

/** Coming back to another recorded tab is a step; a new tab's own opening step covers its first visit. */
async function onActivated(info: { tabId: number }): Promise<void> {
  const { before: session } = await dispatch({ type: 'tab-activated', tabId: info.tabId });
  if (!isRecordedTab(session, info.tabId) || session.lastTabId === info.tabId) return;
  if (session.status === 'recording' && !session.openingTabIds.includes(info.tabId)) {
    await addNavigateStep(session, info.tabId, 'tab-switch');
  }
}

/** A closed tab leaves the recording; when none is left the recording ends, steps kept. */
async function onRemoved(tabId: number, onEnded: () => Promise<void>): Promise<void> {
  await forgetTab(tabId);
  forgetStandby(tabId);
  const { before, after } = await dispatch({ type: 'tab-closed', tabId });
  if (!before || after) return;
  // Ended without Stop: the recording is a version in the procedure's history all the same.
  await versions
    .saveOutsideEditor(before.procedureId, 'recording')
    .catch((error: unknown) => console.warn('Handoff:', error));
  await onEnded();
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
  browser.tabs.onRemoved.addListener(quietly((tabId: number) => onRemoved(tabId, onEnded)));
}
