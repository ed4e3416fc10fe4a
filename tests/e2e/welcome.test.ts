/**
 * A fresh profile gets one welcome tab after install; restarting the worker or reloading the
 * extension (an update) opens no other. The background records each install event it handled,
 * so the test waits for that event rather than for time to pass.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INSTALL_EVENT_KEY, WELCOME_PATH } from '../../src/shared/install';
import {
  type LaunchedExtension,
  launchExtension,
  stopServiceWorker,
  waitForServiceWorker,
} from './support/extension';
import { reloadExtension } from './support/extension-reload';
import { extensionUrl, openPopup } from './support/popup';
import { distUnderTest } from './support/recorded';

const installEvent = (worker: Worker) =>
  worker.evaluate<{ reason: string; at: number } | undefined>(
    `chrome.storage.local.get(${JSON.stringify(INSTALL_EVENT_KEY)}).then((s) => s[${JSON.stringify(INSTALL_EVENT_KEY)}])`,
  );

describe('the welcome page', () => {
  let ext: LaunchedExtension;
  let welcomeUrl: string;
  const welcomePages = (context: BrowserContext): Page[] =>
    context.pages().filter((page) => page.url() === welcomeUrl);

  // A fresh install per test: each one starts from the single welcome tab it opens.
  beforeEach(async () => {
    ext = await launchExtension({ dist: distUnderTest(), keepWelcome: true });
    welcomeUrl = extensionUrl(ext.extensionId, WELCOME_PATH);
  });

  afterEach(async () => {
    await ext?.close();
  });

  /** The install has been handled and its welcome tab is open. */
  async function welcomeOpened(): Promise<void> {
    await expect.poll(() => installEvent(ext.serviceWorker)).toMatchObject({ reason: 'install' });
    await expect.poll(() => welcomePages(ext.context).length).toBe(1);
  }

  it('opens once on a fresh install and explains Handoff', async () => {
    await welcomeOpened();
    const welcome = welcomePages(ext.context)[0]!;
    await welcome.getByRole('heading', { name: 'Welcome to Handoff', level: 1 }).waitFor();
    for (const name of [
      'What Handoff records',
      'What it never stores',
      'Where your data lives',
      'The shortcut',
      'Try it: a first short recording',
    ])
      await expect(welcome.getByRole('heading', { name }).count(), name).resolves.toBe(1);
    // The shortcut paragraph says what the browser has set now, read from commands.getAll().
    const commands = await welcome.evaluate<{ name: string; shortcut: string }[]>('chrome.commands.getAll()');
    const shortcut = commands.find((c) => c.name === 'toggle-recording')?.shortcut;
    await welcome
      .getByRole('region', { name: 'The shortcut' })
      .getByText(shortcut ? `Press ${shortcut} on any web page` : 'No keyboard shortcut is set', {
        exact: false,
      })
      .waitFor();
    const walkthrough = welcome
      .getByRole('region', { name: 'Try it: a first short recording' })
      .getByRole('listitem');
    await expect(walkthrough.count()).resolves.toBe(5);
    await expect(walkthrough.first().textContent()).resolves.toMatch(/^Pin Handoff/);
  });

  it('does not open again when the service worker restarts', async () => {
    await welcomeOpened();
    const before = await installEvent(ext.serviceWorker);
    await stopServiceWorker(ext.context);
    // Opening the popup asks the background for the status, which starts the worker again.
    const popup = await openPopup(ext.context, ext.extensionId);
    await expect.poll(() => popup.getByRole('status').textContent()).toBe('Not recording');
    const worker = await waitForServiceWorker(ext.context, ext.extensionId);
    expect(await installEvent(worker)).toEqual(before);
    expect(welcomePages(ext.context)).toHaveLength(1);
    await popup.close();
  });

  it('does not open again when the extension is reloaded (an update)', async () => {
    await welcomeOpened();
    const host = await ext.context.newPage();
    await host.goto(extensionUrl(ext.extensionId, 'src/library/index.html'));
    const worker = await reloadExtension(ext.context, ext.extensionId, host);
    await expect.poll(() => installEvent(worker)).toMatchObject({ reason: 'update' });
    // The reload closed the extension's pages, the first welcome page among them; none came back.
    await expect.poll(() => welcomePages(ext.context).length).toBe(0);
    const open = await worker.evaluate<number>(
      `chrome.tabs.query({}).then((tabs) => tabs.filter((t) => (t.pendingUrl || t.url) === ${JSON.stringify(welcomeUrl)}).length)`,
    );
    expect(open).toBe(0);
  });
});

// Its own two launches on one profile: no browser of the tests above.
describe('the welcome page after a browser restart', () => {
  it('does not open again when the browser restarts with the same profile', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'handoff-restart-'));
    try {
      const first = await launchExtension({ dist: distUnderTest(), keepWelcome: true, userDataDir: profile });
      await expect.poll(() => installEvent(first.serviceWorker)).toMatchObject({ reason: 'install' });
      const installedAt = (await installEvent(first.serviceWorker))?.at;
      await first.close();
      const again = await launchExtension({ dist: distUnderTest(), keepWelcome: true, userDataDir: profile });
      try {
        // Chromium 156 reports an extension loaded with --load-extension as installed again at
        // each start of the profile: wait for that event, after which a welcome tab would exist.
        await expect.poll(async () => (await installEvent(again.serviceWorker))?.at).not.toBe(installedAt);
        expect(await installEvent(again.serviceWorker)).toMatchObject({ reason: 'install' });
        const url = extensionUrl(again.extensionId, WELCOME_PATH);
        const open = await again.serviceWorker.evaluate<number>(
          `chrome.tabs.query({}).then((tabs) => tabs.filter((t) => (t.pendingUrl || t.url) === ${JSON.stringify(url)}).length)`,
        );
        // The first welcome tab was in the first run's session, which a restart does not restore.
        expect(open).toBe(0);
      } finally {
        await again.close();
      }
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
