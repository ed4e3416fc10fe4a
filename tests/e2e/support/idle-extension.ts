/**
 * One browser with the extension for every test in a file, brought back to idle before each test:
 * the tabs of the test before are closed and a recording it left running is stopped. Each test
 * then sets up what it needs (its own recording, its own procedure) without paying for a new
 * browser, which takes seconds on a loaded 2-core machine. A test that needs a fresh install
 * (an empty library, the install event) uses freshExtensionPerTest instead.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { type LaunchedExtension, type LaunchOptions, launchExtension } from './extension';
import { openPopup } from './popup';
import { badgeText, distUnderTest } from './recorded';
import { type FixtureServer, startServer } from './server';
import { waitForBadgeText } from './waits';

export interface IdleExtension {
  server(): FixtureServer;
  ext(): LaunchedExtension;
  /** A new blank tab, opened for this test. */
  page(): Page;
  /** The popup, opened as a tab for this test; the extension is idle. */
  popup(): Page;
}

/**
 * Registers the hooks; call inside a describe block. `options` are the browser's (a language, a
 * pixel ratio). The getters throw outside a test.
 */
export function idleExtensionPerTest(options: Omit<LaunchOptions, 'dist'> = {}): IdleExtension {
  let server: FixtureServer | undefined;
  let ext: LaunchedExtension | undefined;
  let page: Page | undefined;
  let popup: Page | undefined;
  beforeAll(async () => {
    server = await startServer();
    ext = await launchExtension({ ...options, dist: distUnderTest() });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });
  beforeEach(async () => {
    const { context, extensionId } = need(ext, 'extension');
    const earlier = context.pages();
    page = await context.newPage();
    popup = await openPopup(context, extensionId);
    // A test before may have left a recording running (or paused, or failed in it). Closing its
    // tabs ends it, as when a person closes them, without the editor tab that Stop opens.
    for (const old of earlier) await old.close();
    if ((await badgeText(popup)) !== '') {
      await waitForBadgeText(popup, '').catch(async () => {
        // Still recording (a tab of it outlived the others): Stop, in the browser's language.
        const stop = await popup!.evaluate<string>(`chrome.i18n.getMessage('popupStop')`);
        const editor = context.waitForEvent('page', { predicate: (p) => p !== popup, timeout: 15_000 });
        await popup!.getByRole('button', { name: stop }).click();
        await (await editor).close();
        await waitForBadgeText(popup!, '');
      });
    }
  });
  return {
    server: () => need(server, 'fixture server'),
    ext: () => need(ext, 'extension'),
    page: () => need(page, 'page'),
    popup: () => need(popup, 'popup'),
  };
}

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`No ${what}: use it inside a test.`);
  return value;
}
