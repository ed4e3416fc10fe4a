/** Service worker entry: wiring only. Listeners are registered synchronously at start-up so an
 * event that wakes the worker finds them. */
import browser from 'webextension-polyfill';
import { broadcast, isExtensionPage, isOwnContentScript, listen } from '../shared/messaging';
import { onCommand } from '../shared/platform';
import type { BackgroundToPage, ContentToBackground, PageToBackground } from '../shared/protocol';
import { showBadge } from './badge';
import { syncEarlyInjection } from './early-injection';
import { type ContentSender, contentHandlers, pageHandlers } from './handlers';
import { listenToNavigation } from './navigation';
import * as recording from './recording';
import { readSession } from './session';
import { listenForInstall } from './welcome';

listen<ContentToBackground, ContentSender>(contentHandlers, (sender) =>
  isOwnContentScript(sender) && sender.tab?.id !== undefined
    ? { tabId: sender.tab.id, frameId: sender.frameId ?? 0, tab: sender.tab }
    : undefined,
);

listen<PageToBackground, true>(pageHandlers, (sender) => (isExtensionPage(sender) ? true : undefined));

listenToNavigation(async () => {
  await showBadge('idle', 0);
  await syncEarlyInjection([]);
  // The recorded tab closed: an open popup must stop offering Pause and Stop.
  await broadcast<BackgroundToPage, 'page.recordingChanged'>('page.recordingChanged', {
    status: 'idle',
    stepCount: 0,
  });
});

// A recording that ended while no worker ran, or an extension reload (which empties
// storage.session), must not leave the recorder registered on any site.
void readSession().then((session) => syncEarlyInjection(session?.sites ?? []));

onCommand((command) => {
  if (command === 'toggle-recording')
    recording.toggle().catch((error: unknown) => console.warn('Handoff:', error));
});

// The first install opens the welcome page, once.
listenForInstall();

// storage.session is emptied when the browser restarts; the badge must agree with it.
browser.runtime.onStartup.addListener(() => {
  void showBadge('idle', 0);
});
