/** Input that arrives like a person's: pointerdown and click apart in time, keys one by one. */
import type { Locator } from 'playwright-core';

/** The recorder screenshots at pointerdown; a person's press lasts ~100 ms before the click fires. */
export const PRESS_MS = 120;

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
