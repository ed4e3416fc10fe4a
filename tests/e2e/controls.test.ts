/**
 * The popup's controls and the toolbar indicator: Pause stops steps until Resume; the badge tells
 * the truth across navigations and after Stop; a page Handoff cannot record is said, not skipped.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sentence } from '../../src/shared/text';
import { humanClick } from './support/clicks';
import { type LaunchedExtension, launchExtension } from './support/extension';
import { openPopup, startRecording, stopRecording } from './support/popup';
import { allProcedures, newestSteps } from './support/recorded';
import { type FixtureServer, startServer } from './support/server';

const badge = (extensionPage: Page) => extensionPage.evaluate<string>('chrome.action.getBadgeText({})');

describe('popup controls and the recording indicator', () => {
  let ext: LaunchedExtension;
  let server: FixtureServer;
  let page: Page;
  let popup: Page;

  beforeAll(async () => {
    server = await startServer();
    ext = await launchExtension();
    page = await ext.context.newPage();
    await page.goto(server.url('spa/'));
    popup = await openPopup(ext.context, ext.extensionId);
    await startRecording(popup, page);
    await page.waitForTimeout(500);
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('shows REC, then the step count, on the toolbar icon', async () => {
    expect(await badge(popup)).toMatch(/^(REC|1)$/);
    await humanClick(page.getByRole('button', { name: 'Refresh figures' }));
    await expect.poll(() => badge(popup)).toBe('2');
    await expect.poll(() => popup.getByRole('status').textContent()).toBe('Recording · 2 steps');
  });

  it('records nothing while paused, and carries on after Resume', async () => {
    await popup.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(() => popup.getByRole('status').textContent()).toBe('Paused · 2 steps');
    expect(await badge(popup)).toBe('II');
    await page.bringToFront();
    await humanClick(page.getByRole('button', { name: 'Refresh figures' }));
    await page.waitForTimeout(500);
    await popup.getByRole('button', { name: 'Resume' }).click();
    await page.bringToFront();
    await humanClick(page.getByRole('link', { name: 'Invoices' }));
    await expect.poll(() => badge(popup)).toBe('3');
  });

  it('records going back in a single-page app as a page change', async () => {
    await page.waitForTimeout(300);
    await page.goBack();
    await expect.poll(() => badge(popup)).toBe('4');
  });

  it('keeps the indicator through a full page load', async () => {
    await page.goto(server.url('invoice/'));
    await page.waitForTimeout(800);
    expect(await badge(popup)).toBe('5');
  });

  it('does not record a tab the task did not open', async () => {
    // On a site the recording has not visited: there, nothing of Handoff's is even loaded.
    const unrelated = await ext.context.newPage();
    await unrelated.goto(`${server.crossOrigin}/invoice/`);
    await unrelated.bringToFront();
    await humanClick(unrelated.getByRole('button', { name: 'Add line' }));
    await unrelated.waitForTimeout(600);
    expect(await badge(popup)).toBe('5');
    // Not even loaded there: pages that are not recorded run none of Handoff's code.
    const loaded = await popup.evaluate<string>(`chrome.tabs.query({ active: true, currentWindow: true })
      .then(([tab]) => chrome.scripting.executeScript({
        target: { tabId: tab.id },
        func: () => location.host + ' ' + typeof globalThis.__handoffContent,
      }))
      .then((results) => results[0].result)`);
    expect(loaded).toBe(`${new URL(server.crossOrigin).host} undefined`);
    await unrelated.close();
    await page.bringToFront();
  });

  it('follows the recording to another origin', async () => {
    await page.goto(`${server.crossOrigin}/spa/`);
    await page.waitForTimeout(500);
    await humanClick(page.getByRole('button', { name: 'Refresh figures' }));
    await expect.poll(() => badge(popup)).toBe('7');
  });

  it('tells the person when a page cannot be recorded', async () => {
    await page.goto('chrome://version');
    await page.waitForTimeout(500);
    await popup.reload();
    await expect(popup.getByRole('alert').textContent()).resolves.toContain('cannot record on this page');
  });

  it('clears the indicator on Stop and keeps every step in order', async () => {
    await stopRecording(popup, ext.context);
    expect(await badge(popup)).toBe('');
    // Nothing stays registered to run in pages once the recording ends.
    expect(
      await popup.evaluate<number>('chrome.scripting.getRegisteredContentScripts().then((s) => s.length)'),
    ).toBe(0);
    const steps = await newestSteps(popup);
    expect(steps.map((step) => sentence(step))).toEqual([
      'Go to "Dashboard · Acme Books"',
      'Click "Refresh figures"',
      'Click the "Invoices" link',
      'Go to "Dashboard · Acme Books"',
      'Go to "New invoice · Acme Books"',
      'Go to "Dashboard · Acme Books"',
      'Click "Refresh figures"',
      'Go to version',
    ]);
    expect(steps[6]?.url).toContain('localhost');
    // The gap is a flagged step, so the editor and the export show it.
    expect(steps[7]?.problem?.code).toBe('page-unrecordable');
  });

  it('lists the procedure in the popup and opens it in the editor', async () => {
    await popup.reload();
    const open = popup.getByRole('button', { name: 'Open "Dashboard · Acme Books" in the editor' });
    const [editor] = await Promise.all([ext.context.waitForEvent('page'), open.click()]);
    await editor.waitForURL(/src\/editor\/index\.html\?id=/);
    const newest = (await allProcedures(popup)).at(-1);
    expect(new URL(editor.url()).searchParams.get('id')).toBe(newest?.id);
  });
});
