/**
 * A second, hostile extension loaded beside Handoff: it knows Handoff's id and message format and
 * tries to reach it. Written to a temporary folder; Chromium is launched with both extensions,
 * with the same flags as launchExtension (extension.ts), which loads one only.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import { findChromium } from './chromium';
import { closeWelcomePage, type LaunchedExtension, waitForServiceWorker } from './extension';

const ROGUE_MANIFEST = {
  manifest_version: 3,
  name: 'Rogue',
  version: '1.0.0',
  background: { service_worker: 'sw.js' },
  // As much as an extension can ask for: none of it may reach into another extension.
  permissions: ['tabs', 'scripting', 'storage'],
  host_permissions: ['<all_urls>'],
};

export interface WithRogue extends LaunchedExtension {
  rogue: Worker;
  rogueId: string;
}

export async function launchWithRogue(dist: string): Promise<WithRogue> {
  const handoff = resolve(dist);
  const rogueDir = mkdtempSync(join(tmpdir(), 'handoff-rogue-'));
  writeFileSync(join(rogueDir, 'manifest.json'), JSON.stringify(ROGUE_MANIFEST));
  writeFileSync(join(rogueDir, 'sw.js'), '// Driven from the test through the DevTools protocol.\n');
  const userDataDir = mkdtempSync(join(tmpdir(), 'handoff-e2e-rogue-'));
  let context: BrowserContext | undefined;
  const close = async () => {
    await context?.close().catch(() => {});
    context = undefined;
    rmSync(userDataDir, { recursive: true, force: true });
    rmSync(rogueDir, { recursive: true, force: true });
  };
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: findChromium(),
      headless: true,
      args: [
        `--disable-extensions-except=${handoff},${rogueDir}`,
        `--load-extension=${handoff},${rogueDir}`,
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      ignoreDefaultArgs: ['--disable-extensions'],
      viewport: { width: 1280, height: 800 },
    });
    const ctx = context;
    const workers = async () => {
      const deadline = Date.now() + 10_000;
      for (;;) {
        const found = ctx.serviceWorkers().filter((w) => w.url().startsWith('chrome-extension://'));
        if (found.length >= 2 || Date.now() > deadline) return found;
        await ctx.waitForEvent('serviceworker', { timeout: 1_000 }).catch(() => undefined);
      }
    };
    const found = await workers();
    const rogue = found.find((w) => w.url().endsWith('/sw.js'));
    const serviceWorker = found.find((w) => !w.url().endsWith('/sw.js')) ?? (await waitForServiceWorker(ctx));
    if (!rogue) throw new Error('The rogue extension did not start.');
    // As launchExtension does: a welcome tab opening late would take the front from the test's page.
    await closeWelcomePage(serviceWorker);
    return {
      context: ctx,
      extensionId: new URL(serviceWorker.url()).host,
      serviceWorker,
      userDataDir,
      close,
      rogue,
      rogueId: new URL(rogue.url()).host,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
