/** Service worker entry: wiring only. Listeners are registered synchronously at start-up so an
 * event that wakes the worker finds them. */
import browser from 'webextension-polyfill';
import { broadcast, isExtensionPage, isOwnContentScript, listen } from '../shared/messaging';
import { onCommand } from '../shared/platform';
import type { BackgroundToPage, ContentToBackground, PageToBackground } from '../shared/protocol';
import { SCREENSHOT_COMMAND } from '../shared/ui/shortcut';
import { showBadge } from './badge';
import { syncEarlyInjection } from './early-injection';
import { listenForGuide } from './guide/handlers';
import { contentHandlers, pageHandlers } from './handlers';
import { listenToNavigation } from './navigation';
import type { ContentSender } from './recording';
import * as recording from './recording';
import { takeScreenshotStep } from './screenshot-command';
import { dispatch } from './session';
import { listenForInstall } from './welcome';

/** Chrome names the sending document; the polyfill's types do not know the field yet. */
const documentOf = (sender: object): { documentId?: string } => {
  const id = (sender as { documentId?: unknown }).documentId;
  return typeof id === 'string' ? { documentId: id } : {};
};

listen<ContentToBackground, ContentSender>(contentHandlers, (sender) =>
  isOwnContentScript(sender) && sender.tab?.id !== undefined
    ? {
        tabId: sender.tab.id,
        frameId: sender.frameId ?? 0,
        tab: sender.tab,
        ...documentOf(sender),
      }
    : undefined,
);

listen<PageToBackground, true>(pageHandlers, (sender) => (isExtensionPage(sender) ? true : undefined));

// Guided runs ("Guide me"): their own messages, state and navigation listeners.
listenForGuide();

/** The recording ended without Stop: the toolbar, the early registration and an open popup must agree. */
async function endedOutsideStop(): Promise<void> {
  await showBadge('idle', 0);
  await syncEarlyInjection([]);
  // An open popup must stop offering Pause and Stop.
  await broadcast<BackgroundToPage, 'page.recordingChanged'>('page.recordingChanged', {
    status: 'idle',
    stepCount: 0,
  });
}

// The last recorded tab closed.
listenToNavigation(endedOutsideStop);

// A recording that ended while no worker ran, or an extension reload (which empties
// storage.session), must not leave the recorder registered on any site. A stored session that
// fails its schema was just removed: the recording it described has ended.
void dispatch({ type: 'worker-restarted' })
  .then(({ after, discarded }) =>
    discarded ? endedOutsideStop() : syncEarlyInjection(after ? after.sites : []),
  )
  .catch((error: unknown) => console.warn('Handoff:', error));

onCommand((command) => {
  if (command === 'toggle-recording')
    recording.toggle().catch((error: unknown) => console.warn('Handoff:', error));
  if (command === SCREENSHOT_COMMAND)
    takeScreenshotStep().catch((error: unknown) => console.warn('Handoff:', error));
});

// The first install opens the welcome page, once.
listenForInstall();

// storage.session is emptied when the browser restarts; the badge must agree with it.
browser.runtime.onStartup.addListener(() => {
  void showBadge('idle', 0);
});
