/** The welcome page opens after the first install only: never on update, reload or browser update. */
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { onInstalled } from '../../../src/background/welcome';
import { INSTALL_EVENT_KEY, WELCOME_PATH } from '../../../src/shared/install';

const welcomeTabs = async () =>
  (await fakeBrowser.tabs.query({})).filter((tab) => tab.url?.endsWith(WELCOME_PATH));

describe('onInstalled', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens the welcome page once after install', async () => {
    await onInstalled({ reason: 'install', temporary: false }, 5);
    expect(await welcomeTabs()).toHaveLength(1);
    // A browser that reports 'install' again for the same profile still gets no second page.
    await onInstalled({ reason: 'install', temporary: false }, 6);
    expect(await welcomeTabs()).toHaveLength(1);
  });

  it.each(['update', 'browser_update', 'chrome_update', 'shared_module_update'] as const)(
    'opens nothing on %s',
    async (reason) => {
      await onInstalled({ reason, temporary: false } as never, 7);
      expect(await welcomeTabs()).toHaveLength(0);
      // The event is recorded either way, so an end-to-end test can wait for it.
      expect((await fakeBrowser.storage.local.get(INSTALL_EVENT_KEY))[INSTALL_EVENT_KEY]).toEqual({
        reason,
        at: 7,
      });
    },
  );
});
