/**
 * Waiting for what the extension did, never for a length of time: a step stored, its screenshot
 * attached, the toolbar badge. Each helper polls what an extension page can read (IndexedDB, the
 * badge) and throws one sentence with the last value seen when the condition never holds, so a
 * slow machine only makes a test slower, and a real failure says what was there instead.
 * Usable in beforeAll too, where vitest's expect.poll is not available.
 */
import type { Page } from 'playwright-core';
import type { Step } from '../../../src/shared/model';
import { sentence } from '../../../src/shared/text';
import { badgeText, newestSteps } from './recorded';

/** How often a condition is checked: reading IndexedDB from a page takes a few milliseconds. */
const POLL_MS = 50;
/** Long enough for a deferred screenshot on a loaded 2-core machine; a hang still fails in seconds. */
const DEFAULT_TIMEOUT = 15_000;

/**
 * Resolves with `probe`'s first result that is not undefined; throws after `timeout` ms, naming
 * `what` and the last value `seen` reported.
 */
export async function waitUntil<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  options: { timeout?: number; seen?: () => Promise<unknown> } = {},
): Promise<T> {
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  const end = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) {
      const seen = options.seen ? `; last seen: ${JSON.stringify(await options.seen())}` : '';
      throw new Error(`Timed out after ${timeout} ms waiting for ${what}${seen}`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

const sentences = (steps: readonly Step[]) => steps.map((s) => sentence(s));

/** The newest procedure's steps once it has at least `count` of them. */
export function waitForStepCount(extensionPage: Page, count: number, timeout?: number): Promise<Step[]> {
  let last: Step[] = [];
  return waitUntil(
    `${count} recorded steps`,
    async () => {
      last = await newestSteps(extensionPage);
      return last.length >= count ? last : undefined;
    },
    { ...(timeout === undefined ? {} : { timeout }), seen: async () => sentences(last) },
  );
}

/**
 * The newest procedure's steps once one of them reads `wanted` (a step's sentence as the editor
 * shows it), or matches it when a predicate is given. For waiting on the step an action makes.
 */
export function waitForStep(
  extensionPage: Page,
  wanted: string | RegExp | ((step: Step) => boolean),
  timeout?: number,
): Promise<Step[]> {
  const matches =
    typeof wanted === 'function'
      ? wanted
      : (step: Step) =>
          typeof wanted === 'string' ? sentence(step) === wanted : wanted.test(sentence(step));
  let last: Step[] = [];
  return waitUntil(
    `a step ${typeof wanted === 'function' ? 'matching the test' : JSON.stringify(String(wanted))}`,
    async () => {
      last = await newestSteps(extensionPage);
      return last.some(matches) ? last : undefined;
    },
    { ...(timeout === undefined ? {} : { timeout }), seen: async () => sentences(last) },
  );
}

/**
 * The newest procedure's steps once no step waits for a screenshot the quota deferred: each has
 * its picture, or the reason it has none (background/store-step.ts clears 'screenshot-pending').
 */
export function waitForScreenshotsAttached(extensionPage: Page, timeout?: number): Promise<Step[]> {
  let last: Step[] = [];
  return waitUntil(
    'every deferred screenshot to be attached',
    async () => {
      last = await newestSteps(extensionPage);
      return last.some((s) => s.problem?.code === 'screenshot-pending') ? undefined : last;
    },
    {
      ...(timeout === undefined ? {} : { timeout }),
      seen: async () => last.filter((s) => s.problem?.code === 'screenshot-pending').map((s) => sentence(s)),
    },
  );
}

/** Resolves once the toolbar badge reads `text` ("" idle, the step count, "II" paused). */
export async function waitForBadgeText(extensionPage: Page, text: string, timeout?: number): Promise<void> {
  let last = '';
  await waitUntil(
    `the badge to read ${JSON.stringify(text)}`,
    async () => {
      last = await badgeText(extensionPage);
      return last === text ? true : undefined;
    },
    { ...(timeout === undefined ? {} : { timeout }), seen: async () => last },
  );
}

/**
 * Runs a person's action and resolves with the steps once it added one: for actions that each
 * make at least one step, when the test need not spell out the sentence.
 */
export async function waitForNewStep(extensionPage: Page, action: () => Promise<unknown>): Promise<Step[]> {
  const before = (await newestSteps(extensionPage)).length;
  await action();
  return waitForStepCount(extensionPage, before + 1);
}

/**
 * Resolves once the recorder runs in the tab showing `url` (a match pattern; an exact address
 * works). It is injected after a page loads on a site the recording had not visited, and a click
 * made before that is not seen. Asked in the content scripts' isolated world, where the recorder
 * keeps its handle (src/content/bootstrap.ts); the page's own world cannot see it.
 */
export async function waitForRecorder(extensionPage: Page, url: string, timeout?: number): Promise<void> {
  const probe = `chrome.tabs.query({ url: ${JSON.stringify(url)} })
    .then(([tab]) => tab ? chrome.scripting.executeScript({
      target: { tabId: tab.id },
      func: () => typeof globalThis.__handoffContent,
    }) : [])
    .then((results) => results[0]?.result ?? 'no tab')
    .catch((error) => String(error))`;
  let last = '';
  await waitUntil(
    `the recorder in ${url}`,
    async () => {
      last = (await extensionPage.evaluate(probe)) as string;
      return last === 'object' ? true : undefined;
    },
    { ...(timeout === undefined ? {} : { timeout }), seen: async () => last },
  );
}
