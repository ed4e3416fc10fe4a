/** What pages did that they should not: dialogs and uncaught errors. */
import type { BrowserContext } from 'playwright-core';

/**
 * Watches the whole context, so that pages the extension opens are covered from their first
 * script on. Dialogs are dismissed and recorded.
 */
export function watch(context: BrowserContext): { dialogs: string[]; errors: string[] } {
  const seen = { dialogs: [] as string[], errors: [] as string[] };
  context.on('dialog', (dialog) => {
    seen.dialogs.push(`${dialog.page()?.url()}: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss().catch(() => {});
  });
  context.on('weberror', (error) => seen.errors.push(`${error.page()?.url()}: ${error.error().message}`));
  return seen;
}
