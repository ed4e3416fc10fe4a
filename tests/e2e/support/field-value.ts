/** Waiting for a widget to put a value into its field. */
import type { Locator } from 'playwright-core';

/** Waits until the widget has put `value` into its field (it does so in its own handlers). */
export async function valueBecomes(field: Locator, value: string, timeout = 5_000): Promise<void> {
  const end = Date.now() + timeout;
  while ((await field.inputValue()) !== value) {
    if (Date.now() > end) throw new Error(`The field never held "${value}".`);
    await field.page().waitForTimeout(50);
  }
}
