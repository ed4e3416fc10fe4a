/** Input that arrives like a person's: pointerdown and click apart in time, keys one by one. */
import type { Locator, Page } from 'playwright-core';

/** The recorder screenshots at pointerdown; a person's press lasts ~100 ms before the click fires. */
export const PRESS_MS = 120;

/**
 * The time a person leaves between two actions (reading the page, moving the mouse). Not a wait
 * for the extension: wait for its steps and screenshots with support/waits.ts. Tests that check
 * which screenshot a step got keep this pace, because the recorder is built for it: Chrome allows
 * two captures a second, and a page counts as settled for a standby picture 300 ms after it changed.
 */
export const PERSON_PAUSE_MS = 450;

/** A person's pause between actions; see PERSON_PAUSE_MS. */
export function personPause(page: Page, ms = PERSON_PAUSE_MS): Promise<void> {
  return page.waitForTimeout(ms);
}

export async function humanClick(target: Locator): Promise<void> {
  await target.click({ delay: PRESS_MS });
}

/**
 * Clicks into an empty field, types key by key, and leaves it with Tab so the edit is committed.
 * No fill(''): that fires an input event a person never makes and could be recorded as "Clear".
 */
export async function humanType(field: Locator, text: string): Promise<void> {
  await humanClick(field);
  await field.pressSequentially(text, { delay: 30 });
  await field.press('Tab');
}

/**
 * Waits until a Tom Select list shows what was typed. Tom Select redraws its list 300 ms after the
 * last key (its refreshThrottle), and under load a redraw for the first letters can come first: a
 * click pressed then lands on an option that the last redraw replaces before the button is
 * released, and the widget never sees it. A person looks at the list before clicking; this waits
 * until the list marks the last word typed whole, which only the last redraw does.
 */
export async function tomSelectShows(page: Page, typed: string): Promise<void> {
  const lastWord = typed.trim().split(/\s+/).at(-1) ?? '';
  const exact = new RegExp(`^${lastWord.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i');
  await page.locator('.ts-dropdown .highlight').filter({ hasText: exact }).first().waitFor();
}
