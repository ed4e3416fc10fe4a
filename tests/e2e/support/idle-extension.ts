/**
 * One browser with the extension for every test in a file, brought back to idle before each test:
 * the tabs of the test before are closed and a recording it left running is stopped. Each test
 * then sets up what it needs (its own recording, its own procedure) without paying for a new
 * browser, which takes seconds on a loaded 2-core machine. A test that needs a fresh install
 * (an empty library, the install event) uses freshExtensionPerTest instead.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { type LaunchedExtension, launchExtension } from './extension';
import { openPopup, stopRecording } from './popup';
import { distUnderTest } from './recorded';
import { type FixtureServer, startServer } from './server';
import { waitUntil } from './waits';

export interface IdleExtension {
  server(): FixtureServer;
  ext(): LaunchedExtension;
  /** A new blank tab, opened for this test. */
  page(): Page;
  /** The popup, opened as a tab for this test; the extension is idle. */
  popup(): Page;
}

/** Registers the hooks; call inside a describe block. The getters throw outside a test. */
export function idleExtensionPerTest(): IdleExtension {
  let server: FixtureServer | undefined;
  let ext: LaunchedExtension | undefined;
  let page: Page | undefined;
  let popup: Page | undefined;
  beforeAll(async () => {
    server = await startServer();
    ext = await launchExtension({ dist: distUnderTest() });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });
  beforeEach(async () => {
    const { context, extensionId } = need(ext, 'extension');
    const earlier = context.pages();
    page = await context.newPage();
    for (const old of earlier) await old.close();
    popup = await openPopup(context, extensionId);
    const status = popup.getByRole('status');
    const shown = await waitUntil('the popup to say whether it records', async () => {
      const text = (await status.textContent()) ?? '';
      return /^(Not recording|Recording|Paused)/.test(text) ? text : undefined;
    });
    if (shown !== 'Not recording') {
      // A recording the test before left running (or failed in): end it, and close its editor.
      await (await stopRecording(popup, context)).close();
      await waitUntil('the popup to say it is idle', async () =>
        (await status.textContent()) === 'Not recording' ? true : undefined,
      );
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
