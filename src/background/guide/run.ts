/**
 * The guided run's transitions: start, the person's own action on the step's element, Back, Skip,
 * Done, Stop. Every transition names the step it was meant for, so a late or repeated message
 * (a double press, a retry after a worker restart) never moves the run twice.
 */
import browser from 'webextension-polyfill';
import { procedures, steps } from '../../shared/db';
import type { GuideControl, GuideShow, GuideStatus } from '../../shared/guide-protocol';
import { newId } from '../../shared/model';
import { scrubUrl } from '../../shared/url-privacy';
import { RECORDABLE_URL } from '../inject';
import { isRecordedTab, readSession } from '../session';
import { CAUSED_WITHIN_MS, isOwnNavigation } from '../session-machine';
import { injectGuide, tellGuidedTab } from './inject';
import { changeRun, type GuideRun, isGuidedTab, readRun } from './state';
import { showFor } from './view';

export function statusOf(run: GuideRun | undefined): GuideStatus {
  return run
    ? { active: true, procedureId: run.procedureId, tabIds: run.tabIds, index: run.index }
    : { active: false };
}

/** Sends every guided tab but `except` (which gets the reply) what to show now. */
export async function tellAll(
  run: GuideRun | undefined,
  tabIds: readonly number[],
  except?: number,
): Promise<GuideShow> {
  const show = await showFor(run);
  await Promise.all(tabIds.filter((id) => id !== except).map((id) => tellGuidedTab(id, show)));
  return show;
}

/** Moves to the next step, or finishes the run after the last. */
export function advanced(run: GuideRun, skipped = false): GuideRun {
  const index = run.index + 1;
  const next = {
    ...run,
    index: Math.min(index, run.stepIds.length),
    skipped: run.skipped + (skipped ? 1 : 0),
  };
  return index >= run.stepIds.length ? { ...next, finishedAt: Date.now() } : next;
}

export async function startGuide(procedureId: string): Promise<GuideStatus & { tabId: number }> {
  const procedure = await procedures.get(procedureId);
  if (!procedure || procedure.deletedAt !== undefined) throw new Error('This procedure no longer exists.');
  const list = await steps.list(procedureId);
  if (list.length === 0) throw new Error('This procedure has no steps to guide.');
  const url = list.find((s) => RECORDABLE_URL.test(s.url))?.url ?? procedure.startUrl;
  if (!RECORDABLE_URL.test(url)) throw new Error('This procedure starts on a page Handoff cannot open.');
  const tab = await browser.tabs.create({ url, active: true });
  if (tab.id === undefined) throw new Error('The browser did not open a tab.');
  const tabId = tab.id;
  const previous = await changeRun((current) => ({
    next: {
      runId: newId(),
      procedureId,
      stepIds: list.map((s) => s.id),
      index: 0,
      tabIds: [tabId],
      startedAt: Date.now(),
      skipped: 0,
    },
    result: current,
  }));
  // One run at a time: a run left open elsewhere ends.
  if (previous) await Promise.all(previous.tabIds.map((id) => tellGuidedTab(id, { state: 'off' })));
  // The first page may have committed before the run was stored, unseen by the navigation
  // listener: then follow it from here (a second injection only asks the background again).
  const now = await browser.tabs.get(tabId).catch(() => undefined);
  if (now?.url && RECORDABLE_URL.test(now.url)) {
    await pageChanged(tabId, scrubUrl(now.url));
    await injectGuide(tabId).catch(() => undefined);
  }
  return { ...statusOf(await readRun()), tabId };
}

/** The person did the current step on its element (the content script saw trusted events). */
export async function acted(tabId: number, runId: string, stepId: string): Promise<GuideShow> {
  const run = await changeRun((current) => {
    if (!isGuidedTab(current, tabId) || current.runId !== runId || current.finishedAt !== undefined)
      return { next: current, result: current };
    if (current.stepIds[current.index] !== stepId) return { next: current, result: current };
    const next = {
      ...advanced(current),
      lastActedAt: { ...current.lastActedAt, [String(tabId)]: Date.now() },
    };
    return { next, result: next };
  });
  await tabAlreadyOpened(run, tabId);
  return tellAll(await readRun(), (await readRun())?.tabIds ?? [], tabId);
}

export async function control(
  tabId: number,
  runId: string,
  stepId: string,
  what: GuideControl,
): Promise<GuideShow> {
  const { run, tabIds } = await changeRun((current) => {
    const same = isGuidedTab(current, tabId) && current.runId === runId;
    if (!same) return { next: current, result: { run: current, tabIds: [] as number[] } };
    if (what === 'stop') return { next: undefined, result: { run: undefined, tabIds: current.tabIds } };
    if (current.finishedAt !== undefined || current.stepIds[current.index] !== stepId)
      return { next: current, result: { run: current, tabIds: current.tabIds } };
    const next =
      what === 'back'
        ? { ...current, index: Math.max(0, current.index - 1) }
        : advanced(current, what === 'skip');
    return { next, result: { run: next, tabIds: next.tabIds } };
  });
  return tellAll(run, tabIds, tabId);
}

/** Guiding and recording never share a tab: Start recording in a guided tab is refused. */
export async function refuseRecordingWhileGuided(tabId: number): Promise<void> {
  if (isGuidedTab(await readRun(), tabId)) {
    throw new Error('Handoff is guiding in this tab. Stop guiding first, then start recording.');
  }
}

/** A guided tab's document committed: follow it, and count a page change the step asked for. */
export async function onGuidedCommit(
  tabId: number,
  url: string,
  scrubbed: string,
  how: Transition,
): Promise<void> {
  const session = await readSession();
  if (isRecordedTab(session, tabId)) return;
  const run = await readRun();
  if (!isGuidedTab(run, tabId) || !RECORDABLE_URL.test(url)) return;
  await pageChanged(tabId, scrubbed, how);
  await injectGuide(tabId, true).catch((error: unknown) =>
    console.warn('Handoff: could not guide this page:', error),
  );
}

/** Same origin and path: a new version of a form may send other query names. */
export function samePage(a: string, b: string): boolean {
  const page = (url: string) => url.replace(/[?#].*$/s, '');
  return page(a) === page(b);
}

/**
 * A click that opens a tab may have its new tab committed before the click's report arrives:
 * when the step after it is that new tab, look whether one of the run's other tabs is there.
 */
async function tabAlreadyOpened(run: GuideRun | undefined, actingTab: number): Promise<void> {
  if (!run || run.finishedAt !== undefined) return;
  const step = await steps.get(run.stepIds[run.index] ?? '');
  if (step?.type !== 'navigate' || step.kind !== 'tab-open') return;
  for (const id of run.tabIds) {
    if (id === actingTab) continue;
    const tab = await browser.tabs.get(id).catch(() => undefined);
    const url = tab?.url || tab?.pendingUrl;
    if (url && samePage(scrubUrl(url), step.url)) {
      await pageChanged(id, step.url);
      return;
    }
  }
}

/** How a page change came about, as webNavigation reports it. */
export interface Transition {
  type: string;
  qualifiers: readonly string[];
}

/**
 * Whether a page change is one of the procedure's own "Go to" steps rather than the result of a
 * click the guide just saw: the recorder's rule (session-machine.ts) for when a load
 * becomes a step, applied to the guided tab.
 */
export function countsAsPageStep(
  run: GuideRun,
  tabId: number,
  how: Transition | undefined,
  now = Date.now(),
): boolean {
  if (!how || isOwnNavigation(how.type, how.qualifiers)) return true;
  const last = run.lastActedAt?.[String(tabId)];
  return last === undefined || now - last > CAUSED_WITHIN_MS;
}

/**
 * A page change in a guided tab completes a current "Go to", new-tab or tab-switch step when it
 * reaches that step's page (addresses compared as stored: origin and path) and the person made it
 * rather than the step before.
 */
export async function pageChanged(tabId: number, scrubbed: string, how?: Transition): Promise<void> {
  const current = await readRun();
  if (!isGuidedTab(current, tabId) || current.finishedAt !== undefined) return;
  if (!countsAsPageStep(current, tabId, how)) return;
  const step = await steps.get(current.stepIds[current.index] ?? '');
  if (step?.type !== 'navigate' || !samePage(step.url, scrubbed)) return;
  const run = await changeRun((now) => {
    if (!now || now.runId !== current.runId || now.index !== current.index)
      return { next: now, result: undefined };
    const next = advanced(now);
    return { next, result: next };
  });
  if (run) await tellAll(run, run.tabIds);
}
