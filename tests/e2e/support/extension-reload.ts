/**
 * Reloading the extension the way `chrome.runtime.reload()` does after an update. Since Chrome
 * 137, reloading an unpacked extension while developer mode is off disables it instead
 * (DISABLE_UNSUPPORTED_DEVELOPER_EXTENSION: the page then fails with ERR_BLOCKED_BY_CLIENT), so
 * developer mode is switched on first, through the chrome://extensions page's own API.
 */
import type { BrowserContext, Page, Worker } from 'playwright-core';

export async function enableDeveloperMode(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto('chrome://extensions');
    await page.evaluate('chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true })');
  } finally {
    await page.close();
  }
}

/**
 * Calls chrome.runtime.reload() from `extensionPage` (which the reload closes) and resolves with
 * the new service worker.
 */
export async function reloadExtension(
  context: BrowserContext,
  extensionId: string,
  extensionPage: Page,
): Promise<Worker> {
  await enableDeveloperMode(context);
  const restarted = context.waitForEvent('serviceworker', {
    predicate: (w) => new URL(w.url()).host === extensionId,
    timeout: 15_000,
  });
  // The reload closes every extension page, this one included, so the call may never return.
  await extensionPage.evaluate('chrome.runtime.reload()').catch(() => undefined);
  return restarted;
}
