/**
 * Issue 14's acceptance test: a task recorded on version 1 of a small invoice app is exported as
 * a Handoff file, imported into a fresh browser profile, and guided with "Guide me" on version 2
 * of the app at the same address (ids and classes rebuilt, rows reordered, an element removed,
 * another button added, text in other case). Every step's highlight must sit on the right
 * element; doing the step advances; the removed element's step says it cannot be found and moves
 * on with Done; a reload and a new tab are followed; a service worker restart loses nothing; the
 * page's own script cannot read the panel; the end says how long the run took.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { humanClick, humanType } from './support/clicks';
import { colourInImageBytes } from './support/colour-count';
import { type LaunchedExtension, launchExtension, stopServiceWorker } from './support/extension';
import { type Box, GuideProbe } from './support/guide-probe';
import { extensionUrl, openPopup, startRecording, stopRecording } from './support/popup';
import { distUnderTest, newestSteps } from './support/recorded';
import { FIXTURES_DIR, type FixtureServer, startServer } from './support/server';

const APP_V1 = join(FIXTURES_DIR, 'guide/v1');
const APP_V2 = join(FIXTURES_DIR, 'guide/v2');
/** The guide's marker colour (src/content/guide/picture.ts). */
const MARKER = { r: 0xe4, g: 0x57, b: 0x2e };

/** The recorded task, step by step: the shape the guided part relies on. */
const RECORDED = [
  'navigate',
  'click',
  'type',
  'select',
  'check',
  'click',
  'click',
  'navigate',
  'click',
  'navigate',
  'click',
];

function near(a: Box | undefined, b: Box | null): boolean {
  if (!a || !b) return false;
  return (
    Math.abs(a.x - b.x) <= 1.5 &&
    Math.abs(a.y - b.y) <= 1.5 &&
    Math.abs(a.width - b.width) <= 1.5 &&
    Math.abs(a.height - b.height) <= 1.5
  );
}

describe('Guide me', () => {
  let root: string | undefined;
  let server: FixtureServer | undefined;
  const browsers: LaunchedExtension[] = [];
  const probes: GuideProbe[] = [];

  afterAll(async () => {
    for (const probe of probes) await probe.close();
    for (const b of browsers) await b.close();
    await server?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('follows a procedure recorded on one version of an app on the next version', async () => {
    root = mkdtempSync(join(tmpdir(), 'handoff-guide-'));
    const appDir = join(root, 'app');
    cpSync(APP_V1, appDir, { recursive: true });
    server = await startServer(root);

    // 1. Record the task on version 1.
    const recorder = await launchExtension({ dist: distUnderTest() });
    browsers.push(recorder);
    const page = await recorder.context.newPage();
    await page.goto(server.url('app/index.html'));
    const popup = await openPopup(recorder.context, recorder.extensionId);
    await startRecording(popup, page);
    const recorded = (count: number) =>
      expect.poll(async () => (await newestSteps(popup)).length, { timeout: 15_000 }).toBe(count);
    await recorded(1);
    await humanClick(page.getByRole('row', { name: /Staples/ }).getByRole('button', { name: 'Open' }));
    await recorded(2);
    await humanType(page.getByLabel('Customer', { exact: true }), 'ACME Corp');
    await recorded(3);
    await page.getByLabel('Category', { exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    await recorded(4);
    await humanClick(page.getByLabel('Urgent', { exact: true }));
    await recorded(5);
    await humanClick(page.getByRole('button', { name: 'Archive old drafts' }));
    await recorded(6);
    await humanClick(page.getByRole('button', { name: 'Save invoice' }));
    await page.waitForURL(/saved\.html/);
    await recorded(7);
    await page.reload();
    await recorded(8);
    const opened = recorder.context.waitForEvent('page');
    await humanClick(page.getByRole('link', { name: 'Open report' }));
    const report = await opened;
    await report.waitForLoadState('load');
    await report.bringToFront();
    await recorded(10);
    await humanClick(report.getByRole('button', { name: 'Download report' }));
    await recorded(11);
    const editor = await stopRecording(popup, recorder.context);
    expect((await newestSteps(popup)).map((s) => s.type)).toEqual(RECORDED);
    // The editor offers Guide me too (the library's is the one pressed below, after the import).
    expect(await editor.getByRole('button', { name: 'Guide me', exact: true }).count()).toBe(1);
    const [download] = await Promise.all([
      editor.waitForEvent('download', { timeout: 30_000 }),
      editor.getByRole('button', { name: 'Download Handoff file' }).click(),
    ]);
    const file = join(root, 'procedure.handoff.zip');
    await download.saveAs(file);
    await recorder.close();

    // 2. The site is redeployed: version 2 at the same address.
    rmSync(appDir, { recursive: true });
    cpSync(APP_V2, appDir, { recursive: true });

    // 3. A fresh profile imports the file and presses Guide me in the library.
    const assistant = await launchExtension({ dist: distUnderTest() });
    browsers.push(assistant);
    const library = await assistant.context.newPage();
    await library.goto(extensionUrl(assistant.extensionId, 'src/library/index.html'));
    await library.getByLabel('Import a procedure').setInputFiles(file);
    const guideMe = library.getByRole('button', { name: /^Guide me through / });
    await expect.poll(() => guideMe.count(), { timeout: 15_000 }).toBe(1);
    const appOpened = assistant.context.waitForEvent('page');
    await guideMe.click();
    const app = await appOpened;
    await app.waitForURL(/\/app\/index\.html$/);
    const probe = await GuideProbe.attach(app);
    probes.push(probe);

    const panelSays = (page: GuideProbe, text: string) =>
      expect.poll(() => page.text(), { timeout: 15_000 }).toContain(text);
    const highlighted = async (on: GuideProbe, element: Locator) => {
      // The box of the element the person should act on, compared with the outline drawn.
      await expect
        .poll(async () => near(await on.outline(), await element.boundingBox()), { timeout: 15_000 })
        .toBe(true);
    };

    // Opening the first page completed step 1 ("Go to").
    await panelSays(probe, 'Step 2 of 11');
    await panelSays(probe, 'Click "Open"');

    // The page's own script sees the host element, but neither its shadow root nor its words.
    const pageView = await app.evaluate(() => {
      const host = document.querySelector('handoff-guide');
      return {
        host: host !== null,
        shadowRoot: host?.shadowRoot ?? null,
        words: `${document.documentElement.innerText} ${document.documentElement.outerHTML}`,
      };
    });
    expect(pageView.host).toBe(true);
    expect(pageView.shadowRoot).toBeNull();
    expect(pageView.words).not.toContain('Stop guiding');
    expect(pageView.words).not.toContain('Step 2 of 11');

    // Guiding and recording never share a tab: Start recording here is refused, and says why.
    const assistantPopup = await openPopup(assistant.context, assistant.extensionId);
    await app.bringToFront();
    await assistantPopup.getByRole('button', { name: 'Start recording' }).click();
    await expect
      .poll(() => assistantPopup.getByRole('alert').textContent(), { timeout: 10_000 })
      .toContain('Handoff is guiding in this tab');
    await assistantPopup.close();
    await app.bringToFront();

    // Step 2: the Open button in Staples' row, now third of four rows.
    const staples = app.getByRole('row', { name: /Staples/ }).getByRole('button', { name: 'Open' });
    await highlighted(probe, staples);
    await humanClick(staples);
    await panelSays(probe, 'Step 3 of 11');

    // Step 3: typing into Customer (a Reference field now comes before it).
    const customer = app.getByLabel('Customer', { exact: true });
    await highlighted(probe, customer);
    await humanType(customer, 'ACME Corp');
    await panelSays(probe, 'Step 4 of 11');

    // Step 4: choosing in Category.
    const category = app.getByLabel('Category', { exact: true });
    await highlighted(probe, category);
    await category.focus();
    await app.keyboard.press('ArrowDown');
    await panelSays(probe, 'Step 5 of 11');

    // The worker stops as Chrome stops it when idle; the run lives in storage.session.
    await stopServiceWorker(assistant.context);

    // Step 5: the Urgent checkbox.
    const urgent = app.getByLabel('Urgent', { exact: true });
    await highlighted(probe, urgent);
    await humanClick(urgent);
    await panelSays(probe, 'Step 6 of 11');

    // Step 6: "Archive old drafts" is gone from version 2: no highlight, and Done moves on.
    await panelSays(probe, "I can't find this on the page");
    expect(await probe.outline()).toBeUndefined();
    // The recorded screenshot, with the marker where the element was, is shown without asking.
    const pictureName = 'Screenshot of this step, the element marked';
    await expect
      .poll(async () => (await probe.imageBox(pictureName)) !== undefined, { timeout: 10_000 })
      .toBe(true);
    // Drawn, marker included: the panel's picture holds the marker's colour.
    await expect
      .poll(
        async () => {
          const box = await probe.imageBox(pictureName);
          if (!box) return 0;
          const bytes = await app.screenshot({ clip: box });
          const [hits] = await colourInImageBytes(library, [{ name: 'panel picture', bytes }], MARKER, 40);
          return hits?.count ?? 0;
        },
        { timeout: 10_000 },
      )
      .toBeGreaterThan(20);
    await probe.press('Done');
    await panelSays(probe, 'Step 7 of 11');

    // Step 7: "Save invoice", now written "SAVE  Invoice" after an added Preview button.
    const save = app.getByRole('button', { name: 'SAVE Invoice' });
    await highlighted(probe, save);
    await humanClick(save);
    await app.waitForURL(/saved\.html/);
    // The page the click opened is its result, not step 8 ("Go to", the reload).
    await panelSays(probe, 'Step 8 of 11');

    // Step 8: the reload, followed.
    await app.reload();
    await panelSays(probe, 'Step 9 of 11');

    // Step 9: the link that opens the report in a new tab; the guide follows into it.
    // Below the fold in version 2: the guide scrolls it into view, and the highlight follows the
    // page as the person scrolls.
    const reportLink = app.getByRole('link', { name: 'Open report' });
    await highlighted(probe, reportLink);
    // The guide scrolls once the reloaded page has loaded (and restored its old position).
    await expect.poll(() => app.evaluate(() => scrollY), { timeout: 10_000 }).toBeGreaterThan(0);
    await highlighted(probe, reportLink);
    const scrolled = await app.evaluate(() => scrollY);
    await app.mouse.wheel(0, -150);
    await expect.poll(() => app.evaluate(() => scrollY), { timeout: 10_000 }).not.toBe(scrolled);
    await highlighted(probe, reportLink);
    const reportOpened = assistant.context.waitForEvent('page');
    await humanClick(reportLink);
    const reportTab = await reportOpened;
    await reportTab.waitForLoadState('load');
    await reportTab.bringToFront();
    const reportProbe = await GuideProbe.attach(reportTab);
    probes.push(reportProbe);
    await panelSays(reportProbe, 'Step 11 of 11');

    // Step 11: "Download report", now after a Share button.
    const downloadButton = reportTab.getByRole('button', { name: 'Download report' });
    await highlighted(reportProbe, downloadButton);
    await humanClick(downloadButton);
    await panelSays(reportProbe, 'All 11 steps done in');
    await reportProbe.press('Close');
    await expect.poll(() => reportProbe.text(), { timeout: 10_000 }).toBe('');
  });

  it('follows route changes of a single-page app, started from the editor', async () => {
    const spaServer = await startServer();
    const ext = await launchExtension({ dist: distUnderTest() });
    browsers.push(ext);
    try {
      const page = await ext.context.newPage();
      await page.goto(spaServer.url('spa/'));
      await page.getByRole('button', { name: 'Refresh figures' }).waitFor();
      const popup = await openPopup(ext.context, ext.extensionId);
      await startRecording(popup, page);
      const recorded = (count: number) =>
        expect.poll(async () => (await newestSteps(popup)).length, { timeout: 15_000 }).toBe(count);
      await recorded(1);
      for (const [kind, name] of [
        ['link', 'Invoices'],
        ['button', 'Export list'],
        ['link', 'Settings'],
        ['button', 'Save settings'],
      ] as const) {
        const before = (await newestSteps(popup)).length;
        await humanClick(page.getByRole(kind, { name }));
        await recorded(before + 1);
      }
      const editor = await stopRecording(popup, ext.context);
      await page.close();

      const opened = ext.context.waitForEvent('page');
      await editor.getByRole('button', { name: 'Guide me', exact: true }).click();
      const app = await opened;
      await app.waitForURL(/\/spa\/$/);
      const probe = await GuideProbe.attach(app);
      probes.push(probe);
      const says = (text: string) => expect.poll(() => probe.text(), { timeout: 15_000 }).toContain(text);
      const highlighted = (element: Locator) =>
        expect
          .poll(async () => near(await probe.outline(), await element.boundingBox()), { timeout: 15_000 })
          .toBe(true);
      const steps: Array<[number, 'link' | 'button', string]> = [
        [2, 'link', 'Invoices'],
        [3, 'button', 'Export list'],
        [4, 'link', 'Settings'],
        [5, 'button', 'Save settings'],
      ];
      for (const [index, kind, name] of steps) {
        await says(`Step ${index} of 5`);
        // Buttons of a new route exist only after the route rendered them.
        const element = app.getByRole(kind, { name });
        await highlighted(element);
        await humanClick(element);
      }
      await says('All 5 steps done in');
    } finally {
      await spaServer.close();
    }
  });
});
