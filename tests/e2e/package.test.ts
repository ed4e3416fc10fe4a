/**
 * `npm run package`: the store zips hold their browser's manifest and only shippable files, load
 * in their browser, and come out byte-identical from the same sources (zipping twice, and
 * building again). Kept lean for a 2-core machine: one extra build, one launch per browser.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isShippable, type Packages, packageAll } from '../../scripts/package';
import { GECKO_ID } from '../../scripts/targets';
import { launchExtension } from './support/extension';
import { firefoxDist, launchFirefox } from './support/firefox';
import { FirefoxDriver, waitFor } from './support/firefox-driver';
import { extensionUrl, POPUP_PATH } from './support/popup';
import { distUnderTest } from './support/recorded';

const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

function entries(zip: string): Record<string, Uint8Array> {
  return unzipSync(new Uint8Array(readFileSync(zip)));
}

function manifestOf(zip: string): Record<string, unknown> & { background: Record<string, unknown> } {
  return JSON.parse(new TextDecoder().decode(entries(zip)['manifest.json']));
}

function unzipTo(zip: string, dir: string): string {
  for (const [path, bytes] of Object.entries(entries(zip))) {
    if (path.endsWith('/')) continue;
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), bytes);
  }
  return dir;
}

describe('npm run package', () => {
  let work: string;
  let first: Packages;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'handoff-package-'));
    first = packageAll({ chromeDist: distUnderTest(), firefoxDist: firefoxDist(), outDir: join(work, 'a') });
  });

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('names each zip for its browser and the version', () => {
    expect(first.chrome).toMatch(new RegExp(`handoff-chrome-${version}\\.zip$`));
    expect(first.firefox).toMatch(new RegExp(`handoff-firefox-${version}\\.zip$`));
    expect(first.source).toMatch(new RegExp(`handoff-source-${version}\\.zip$`));
  });

  it('puts each browser’s manifest at the root, and no source map, test, source or dotfile', () => {
    const chrome = manifestOf(first.chrome);
    expect(chrome.background.service_worker).toBe('service-worker-loader.js');
    expect(chrome.version).toBe(version);
    const firefox = manifestOf(first.firefox) as ReturnType<typeof manifestOf> & {
      browser_specific_settings: { gecko: { id: string } };
    };
    expect(firefox.background.scripts).toEqual(['service-worker-loader.js']);
    expect(firefox.browser_specific_settings.gecko.id).toBe(GECKO_ID);
    for (const zip of [first.chrome, first.firefox]) {
      const names = Object.keys(entries(zip));
      expect(names.length).toBeGreaterThan(10);
      expect(names.filter((n) => !isShippable(n))).toEqual([]);
      expect(names.filter((n) => /\.map$|(^|\/)\.|^tests\/|\.tsx?$|node_modules/.test(n))).toEqual([]);
    }
  });

  it('gives the reviewer the sources to build from, without tests or builds', () => {
    const names = Object.keys(entries(first.source));
    for (const needed of [
      'package.json',
      'package-lock.json',
      'manifest.json',
      'vite.config.ts',
      'README.md',
    ])
      expect(names).toContain(needed);
    expect(names.some((n) => n.startsWith('src/background/'))).toBe(true);
    expect(names.filter((n) => /^(tests|bench|dist|dist-firefox|node_modules|packages)\//.test(n))).toEqual(
      [],
    );
  });

  it('writes the same bytes when packaging twice, and when building twice from the same sources', async () => {
    const again = packageAll({
      chromeDist: distUnderTest(),
      firefoxDist: firefoxDist(),
      outDir: join(work, 'b'),
    });
    for (const key of ['chrome', 'firefox', 'source'] as const)
      expect(readFileSync(again[key]).equals(readFileSync(first[key])), key).toBe(true);

    // Two fresh builds back to back (the build under test may predate an edit to the sources).
    const zips: Buffer[] = [];
    for (const name of ['build-1', 'build-2']) {
      const out = join(work, name);
      await promisify(execFile)('node_modules/.bin/vite', [
        'build',
        '--outDir',
        out,
        '--emptyOutDir',
        '--logLevel',
        'error',
      ]);
      zips.push(readFileSync(packageAll({ chromeDist: out, outDir: join(work, `${name}-zip`) }).chrome));
    }
    expect(zips[0]!.equals(zips[1]!)).toBe(true);
  }, 120_000);

  it('loads the Chrome zip in Chromium: the worker runs and the popup offers to record', async () => {
    const ext = await launchExtension({ dist: unzipTo(first.chrome, join(work, 'chrome')) });
    try {
      const popup = await ext.context.newPage();
      await popup.goto(extensionUrl(ext.extensionId, POPUP_PATH));
      await popup.getByRole('button', { name: 'Start recording' }).waitFor({ state: 'visible' });
      // What src/shared/platform.ts checks for, as Chromium's extension pages see it.
      expect(
        await popup.evaluate(
          '[typeof chrome.runtime.getBrowserInfo, chrome.tabs.MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND, "session" in chrome.storage]',
        ),
      ).toEqual(['undefined', 2, true]);
    } finally {
      await ext.close();
    }
  });

  it('installs the Firefox zip in Firefox, with its toolbar button', async () => {
    const firefox = await launchFirefox({ dist: unzipTo(first.firefox, join(work, 'firefox')) });
    try {
      const driver = new FirefoxDriver(firefox.client, firefox.addonId);
      expect(firefox.addonId).toBe(GECKO_ID);
      const toolbar = await waitFor('the toolbar button', async () => (await driver.toolbar()) ?? undefined);
      expect(toolbar.image).toContain(`${firefox.baseUrl}icons/handoff-16.png`);
    } finally {
      await firefox.close();
    }
  });
});
