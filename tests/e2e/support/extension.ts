/** Launches Chromium with the built extension loaded, in a throwaway profile. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import { INSTALL_EVENT_KEY, WELCOME_PATH } from '../../../src/shared/install';
import { findChromium } from './chromium';

export interface LaunchOptions {
  /** The built extension folder (holds manifest.json). */
  dist?: string;
  deviceScaleFactor?: number;
  viewport?: { width: number; height: number };
  /** Leave open the welcome page a fresh install opens (closed by default, so tabs stay predictable). */
  keepWelcome?: boolean;
  /** Start from this profile (a browser restart) and leave it on disk at close; the caller deletes it. */
  userDataDir?: string;
  /**
   * The browser's language, e.g. 'de'. Chromium on Linux reads it from the LANGUAGE environment
   * variable (--lang is honoured on Windows only), and extensions get their messages by it.
   */
  language?: string;
}

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  userDataDir: string;
  /** Closes the browser and deletes the profile; safe to call twice. */
  close(): Promise<void>;
}

/** Chromium with only the extension under test, and none of the network chatter a fresh profile makes. */
export async function launchExtension(options: LaunchOptions = {}): Promise<LaunchedExtension> {
  const dist = resolve(options.dist ?? (process.env.HANDOFF_DIST || 'dist'));
  if (!existsSync(join(dist, 'manifest.json'))) {
    throw new Error(`No built extension in ${dist}: run "npm run build" first.`);
  }
  const executablePath = findChromium();
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'handoff-e2e-'));
  let context: BrowserContext | undefined;
  const close = async (): Promise<void> => {
    await context?.close().catch(() => {});
    context = undefined;
    if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  };
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      args: [
        `--disable-extensions-except=${dist}`,
        `--load-extension=${dist}`,
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        ...(options.language ? [`--lang=${options.language}`] : []),
      ],
      ...(options.language ? { env: { ...process.env, LANGUAGE: options.language } } : {}),
      // Playwright disables all extensions by default, which would drop ours too.
      ignoreDefaultArgs: ['--disable-extensions'],
      acceptDownloads: true,
      viewport: options.viewport ?? { width: 1280, height: 800 },
      ...(options.deviceScaleFactor === undefined ? {} : { deviceScaleFactor: options.deviceScaleFactor }),
    });
    const serviceWorker = await waitForServiceWorker(context);
    const extensionId = new URL(serviceWorker.url()).host;
    if (!options.keepWelcome) await closeWelcomePage(serviceWorker);
    return { context, extensionId, serviceWorker, userDataDir, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Waits until the background has handled the install event (it records the last one in
 * storage.local, see src/background/welcome.ts), then closes the welcome tab it opened. A build
 * without a welcome page records nothing: after `timeout` ms this gives up and reports -1.
 */
export function closeWelcomePage(worker: Worker, timeout = 10_000): Promise<number> {
  const [key, url] = [
    JSON.stringify(INSTALL_EVENT_KEY),
    `chrome.runtime.getURL(${JSON.stringify(WELCOME_PATH)})`,
  ];
  return worker.evaluate<number>(`new Promise((resolve) => {
    let finished = false;
    const finish = (count) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      chrome.storage.onChanged.removeListener(onChange);
      resolve(count);
    };
    const timer = setTimeout(() => finish(-1), ${timeout});
    const close = async () => {
      const tabs = await chrome.tabs.query({});
      // A tab the extension just created may not have committed its URL yet.
      const welcome = tabs.filter((t) => (t.pendingUrl || t.url) === ${url});
      await Promise.all(welcome.map((t) => chrome.tabs.remove(t.id)));
      finish(welcome.length);
    };
    const onChange = (changes, area) => {
      if (area === 'local' && ${key} in changes) void close();
    };
    chrome.storage.onChanged.addListener(onChange);
    chrome.storage.local.get(${key}).then((stored) => {
      if (stored[${key}] !== undefined) void close();
    });
  })`);
}

function isExtensionWorker(worker: Worker, extensionId?: string): boolean {
  const url = new URL(worker.url());
  return url.protocol === 'chrome-extension:' && (extensionId === undefined || url.host === extensionId);
}

/** The extension's running service worker, waiting for it to start (or restart) when none runs. */
export async function waitForServiceWorker(
  context: BrowserContext,
  extensionId?: string,
  timeout = 10_000,
): Promise<Worker> {
  const running = context.serviceWorkers().find((w) => isExtensionWorker(w, extensionId));
  if (running) return running;
  return context.waitForEvent('serviceworker', {
    predicate: (w) => isExtensionWorker(w, extensionId),
    timeout,
  });
}

interface WorkerVersion {
  scriptURL: string;
  runningStatus: 'stopped' | 'starting' | 'running' | 'stopping';
}

/**
 * Stops every service worker the way Chrome does after ~30 s idle, so tests can check that
 * nothing depends on the worker's globals. Resolves once the DevTools protocol reports every
 * version stopped. Playwright fires no 'close' for this and keeps the same Worker object: calls on
 * it wait until the worker starts again, then see fresh globals (Chromium 156, checked).
 */
export async function stopServiceWorker(context: BrowserContext, timeout = 5_000): Promise<void> {
  // Any page can host the CDP session; ServiceWorker.* acts on the whole browser profile.
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  try {
    const versions = new Map<string, WorkerVersion['runningStatus']>();
    const allStopped = new Promise<void>((done, fail) => {
      const timer = setTimeout(
        () => fail(new Error(`Service workers still running after ${timeout} ms: ${[...versions]}`)),
        timeout,
      );
      cdp.on('ServiceWorker.workerVersionUpdated', (event: { versions: WorkerVersion[] }) => {
        for (const v of event.versions) versions.set(v.scriptURL, v.runningStatus);
        if ([...versions.values()].every((status) => status === 'stopped')) {
          clearTimeout(timer);
          done();
        }
      });
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await allStopped;
  } finally {
    await cdp.detach().catch(() => {});
  }
}
