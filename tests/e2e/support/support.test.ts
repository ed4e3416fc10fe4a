/**
 * The e2e helpers themselves: if one of them silently did nothing (a storage dump that misses a
 * store, a worker that never stopped), every test built on it would pass for the wrong reason.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'webextension-polyfill';
import { findSecrets, SECRETS } from '../fixtures/secrets';
import { findChromium } from './chromium';
import { externalLoads, startTags } from './exported-file';
import {
  type LaunchedExtension,
  launchExtension,
  stopServiceWorker,
  waitForServiceWorker,
} from './extension';
import { openPopup } from './popup';
import { type FixtureServer, startServer } from './server';
import { dumpStorage } from './storage-dump';

/** The extension API inside an extension page or the worker (a type only; nothing is imported). */
declare const chrome: Browser;

describe('findChromium', () => {
  it('names the missing path and both ways out in one sentence', () => {
    expect(() => findChromium({ HANDOFF_CHROMIUM: '/nowhere/chromium' })).toThrow(
      'Chromium not found at /nowhere/chromium: install it with "apt-get install -y chromium" or set HANDOFF_CHROMIUM to another Chromium binary.',
    );
  });
});

describe('findSecrets', () => {
  it('finds each planted secret and ignores digits inside longer numbers', () => {
    expect(findSecrets(JSON.stringify(SECRETS))).toHaveLength(Object.keys(SECRETS).length);
    expect(findSecrets('4242424242424242')).toEqual(['card (digits only) in …4242424242424242…']);
    expect(findSecrets('{"at":1732491740000,"id":"a9174b","x":493817.5,"y":0.9174}')).toEqual([]);
    expect(findSecrets('Type 493817.')).toEqual(['one-time code in …Type 493817.…']);
  });

  it('skips a short code only where it is a whole JSON number, not where it is text', () => {
    expect(findSecrets('{"image":{"blob":"image/png","size":9174},"rect":[12,493817]}')).toEqual([]);
    expect(findSecrets('{"value":"9174"}')).toEqual(['cvc in …{"value":"9174"}…']);
    expect(findSecrets('{"text":"Type 9174, then Pay"}')).toEqual([
      'cvc in …{"text":"Type 9174, then Pay"}…',
    ]);
    expect(findSecrets('<td>493817</td>')).toEqual(['one-time code in …<td>493817</td>…']);
  });
});

describe('startTags and externalLoads', () => {
  it('reads tags quote-aware and flags only what would load', () => {
    const html = [
      '<p title="a > b &lt;img src=x&gt;">text &lt;img src=x onerror=alert(1)&gt;</p>',
      '<img alt=\'1 > 0\' src="data:image/png;base64,AAAA">',
      '<img src="https://cdn.example/a.png">',
      '<link rel=stylesheet href=//cdn.example/a.css>',
      '<a href="https://example.com/">a link loads nothing</a>',
      '<div style="background:url(http://x.example/bg.png)"></div>',
    ].join('');
    const tags = startTags(html);
    expect(tags.map((t) => t.name)).toEqual(['p', 'img', 'img', 'link', 'a', 'div']);
    expect(tags[0]?.attrs.title).toBe('a > b <img src=x>');
    expect(tags[1]?.attrs.src).toMatch(/^data:/);
    expect(externalLoads(tags)).toEqual([
      '<img src=https://cdn.example/a.png>',
      '<link href=//cdn.example/a.css>',
      '<div style=background:url(http://x.example/bg.png)>',
    ]);
  });
});

describe('fixture server and extension', () => {
  let server: FixtureServer | undefined;
  let ext: LaunchedExtension | undefined;

  beforeAll(async () => {
    server = await startServer();
    ext = await launchExtension();
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('serves fixtures with their types, on two origins, and nothing outside the folder', async () => {
    const { origin, crossOrigin, url } = server!;
    expect(crossOrigin).not.toBe(origin);
    const page = await fetch(url('invoice/'));
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('Save invoice');
    expect((await fetch(url('invoice/invoice.js'))).headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await fetch(url('common/style.css'))).headers.get('content-type')).toMatch(/^text\/css/);
    expect((await fetch(`${origin}/%2e%2e/%2e%2e/support/server.ts`)).status).toBe(404);
    expect((await fetch(url('nope.html'))).status).toBe(404);
  });

  it('loads every fixture page in Chromium without a script error or dialog', async () => {
    const page = await ext!.context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('dialog', (dialog) => {
      problems.push(dialog.message());
      void dialog.dismiss();
    });
    for (const path of [
      'invoice/',
      'invoice/invoices.html',
      'signin/',
      'spa/',
      'payment/',
      'widgets/',
      'hostile/',
    ]) {
      await page.goto(server!.url(path));
      expect(await page.title(), path).toMatch(/Acme Books$/);
    }
    // widgets/ embeds one same-origin and one cross-origin frame.
    await page.goto(server!.url('widgets/'));
    await expect
      .poll(() =>
        page
          .frames()
          .map((f) => new URL(f.url()).origin)
          .sort(),
      )
      .toEqual([server!.crossOrigin, server!.origin, server!.origin].sort());
    expect(problems).toEqual([]);
    await page.close();
  });

  it('loads the built extension and opens its popup as a tab', async () => {
    const { context, extensionId, serviceWorker } = ext!;
    expect(extensionId).toMatch(/^[a-p]{32}$/);
    expect(await serviceWorker.evaluate(() => chrome.runtime.getManifest().name)).toBe('Handoff');
    const popup = await openPopup(context, extensionId);
    expect(popup.url()).toBe(`chrome-extension://${extensionId}/src/popup/index.html`);
    await popup.close();
  });

  it('dumps every IndexedDB store and both storage areas', async () => {
    const popup = await openPopup(ext!.context, ext!.extensionId);
    await popup.evaluate(async (secret) => {
      await chrome.storage.local.set({ probeLocal: `local ${secret}` });
      await chrome.storage.session.set({ probeSession: `session ${secret}` });
      const open = indexedDB.open('helper-probe', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('things', { keyPath: 'id' });
      const db = await new Promise<IDBDatabase>((done) => {
        open.onsuccess = () => done(open.result);
      });
      const tx = db.transaction('things', 'readwrite');
      tx.objectStore('things').put({
        id: 1,
        text: `idb ${secret}`,
        blob: new Blob(['12345'], { type: 'image/png' }),
      });
      await new Promise((done) => {
        tx.oncomplete = done;
      });
      db.close();
    }, SECRETS.password);
    const { dump, text } = await dumpStorage(popup);
    expect(dump.local.probeLocal).toBe(`local ${SECRETS.password}`);
    expect(dump.session.probeSession).toBe(`session ${SECRETS.password}`);
    expect(dump.indexedDB['helper-probe']?.things?.[0]).toEqual({
      id: 1,
      text: `idb ${SECRETS.password}`,
      blob: { blob: 'image/png', size: 5 },
    });
    const found = findSecrets(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^password in …/);
    await popup.evaluate(async () => {
      await chrome.storage.local.clear();
      await chrome.storage.session.clear();
      indexedDB.deleteDatabase('helper-probe');
    });
    await popup.close();
  });

  it('stops the service worker so that its globals are lost', async () => {
    const { context, extensionId } = ext!;
    const before = await waitForServiceWorker(context, extensionId);
    await before.evaluate(() => {
      (globalThis as { probe?: number }).probe = 42;
    });
    await stopServiceWorker(context);
    // Any extension event starts it again; a runtime message from a page is the simplest.
    const popup = await openPopup(context, extensionId);
    await popup.evaluate(() => chrome.runtime.sendMessage({ probe: true }).catch(() => undefined));
    const after = await waitForServiceWorker(context, extensionId);
    expect(await after.evaluate(() => (globalThis as { probe?: number }).probe)).toBeUndefined();
    await popup.close();
  });
});
