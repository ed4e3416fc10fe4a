/** Waiting for a widget to put a value into its field. */
import type { Locator } from 'playwright-core';
import { waitUntil } from './waits';

/** Waits until the widget has put `value` into its field (it does so in its own handlers). */
export async function valueBecomes(field: Locator, value: string, timeout = 5_000): Promise<void> {
  let last = '';
  await waitUntil(
    `the field to hold ${JSON.stringify(value)}`,
    async () => {
      last = await field.inputValue();
      return last === value ? true : undefined;
    },
    { timeout, seen: async () => last },
  );
}
