/**
 * The welcome page opens once, after the first install: not after an update or an extension
 * reload (onInstalled reason 'update'), not when the browser updates ('chrome_update'), and not
 * when the worker restarts. A flag in storage.local keeps it to once even when the browser
 * reports 'install' again for the same profile, as Chromium does at every start of an extension
 * loaded with --load-extension; uninstalling clears storage, so a real reinstall welcomes again.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { INSTALL_EVENT_KEY, WELCOME_PATH, WELCOMED_KEY } from '../shared/install';

export async function onInstalled(details: Runtime.OnInstalledDetailsType, now = Date.now()): Promise<void> {
  if (details.reason === 'install') {
    const stored = await browser.storage.local.get(WELCOMED_KEY);
    if (stored[WELCOMED_KEY] === undefined) {
      await browser.storage.local.set({ [WELCOMED_KEY]: now });
      await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) });
    }
  }
  await browser.storage.local.set({ [INSTALL_EVENT_KEY]: { reason: details.reason, at: now } });
}

/** Registers the listener; call synchronously at worker start so the install event finds it. */
export function listenForInstall(): void {
  browser.runtime.onInstalled.addListener((details) => {
    onInstalled(details).catch((error: unknown) => console.warn('Handoff:', error));
  });
}
