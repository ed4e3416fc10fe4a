/**
 * The popup's controls and the toolbar indicator: Pause stops steps until Resume; the badge tells
 * the truth across navigations and after Stop; a page Handoff cannot record is said, not skipped.
 * Each test records its own task, from an idle extension, and waits for the steps it causes.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sentence } from '../../src/shared/text';
import { humanClick } from './support/clicks';
import { idleExtensionPerTest } from './support/idle-extension';
import { startRecording, stopRecording } from './support/popup';
import { allProcedures, badgeText, newestSteps } from './support/recorded';
import { waitForBadgeText, waitForRecorder, waitForStep, waitForStepCount } from './support/waits';

const DASHBOARD = 'Go to "Dashboard · Acme Books"';
const REFRESH = 'Click "Refresh figures"';
const INVOICES = 'Click the "Invoices" link';

describe('popup controls and the recording indicator', () => {
  const env = idleExtensionPerTest();

  /** The dashboard of the single-page app, recording, with its first step stored. */
  async function recordDashboard(): Promise<{ page: Page; popup: Page }> {
    const [page, popup] = [env.page(), env.popup()];
    await page.goto(env.server().url('spa/'));
    await startRecording(popup, page);
    await waitForStep(popup, DASHBOARD);
    return { page, popup };
  }

  const sentences = async (popup: Page) => (await newestSteps(popup)).map((s) => sentence(s));

  it('shows REC, then the step count, on the toolbar icon', async () => {
    const { page, popup } = await recordDashboard();
    // The badge is set after the step is stored and announced: wait for it, do not read it at once.
    await expect.poll(() => badgeText(popup)).toMatch(/^(REC|1)$/);
    await humanClick(page.getByRole('button', { name: 'Refresh figures' }));
    await expect.poll(() => badgeText(popup)).toBe('2');
    await expect.poll(() => popup.getByRole('status').textContent()).toBe('Recording · 2 steps');
  });

  it('records nothing while paused, and carries on after Resume', async () => {
    const { page, popup } = await recordDashboard();
    await humanClick(page.getByRole('button', { name: 'Refresh figures' }));
    await waitForStep(popup, REFRESH);
    await popup.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(() => popup.getByRole('status').textContent()).toBe('Paused · 2 steps');
    expect(await badgeText(popup)).toBe('II');
    await page.bringToFront();
    await humanClick(page.getByRole('button', { name: 'Refresh figures' }));
    await popup.getByRole('button', { name: 'Resume' }).click();
    await page.bringToFront();
    await humanClick(page.getByRole('link', { name: 'Invoices' }));
    // The step after Resume has landed, so a step for the paused click would be stored by now.
    await waitForStep(popup, INVOICES);
    await expect.poll(() => badgeText(popup)).toBe('3');
    expect(await sentences(popup)).toEqual([DASHBOARD, REFRESH, INVOICES]);
  });

  it('records going back in a single-page app as a page change', async () => {
    const { page, popup } = await recordDashboard();
    await humanClick(page.getByRole('link', { name: 'Invoices' }));
    await waitForStep(popup, INVOICES);
    await page.goBack();
    await expect.poll(() => badgeText(popup)).toBe('3');
    expect(await sentences(popup)).toEqual([DASHBOARD, INVOICES, DASHBOARD]);
  });

  it('keeps the indicator through a full page load', async () => {
    const { page, popup } = await recordDashboard();
    await page.goto(env.server().url('invoice/'));
    await waitForStep(popup, 'Go to "New invoice · Acme Books"');
    await waitForBadgeText(popup, '2');
  });

  it('does not record a tab the task did not open', async () => {
    const { context } = env.ext();
    const { page, popup } = await recordDashboard();
    // On a site the recording has not visited: there, nothing of Handoff's is even loaded.
    const unrelated = await context.newPage();
    await unrelated.goto(`${env.server().crossOrigin}/invoice/`);
    await unrelated.bringToFront();
    await humanClick(unrelated.getByRole('button', { name: 'Add line' }));
    // Not even loaded there: pages that are not recorded run none of Handoff's code.
    const loaded = await popup.evaluate<string>(`chrome.tabs.query({ active: true, currentWindow: true })
      .then(([tab]) => chrome.scripting.executeScript({
        target: { tabId: tab.id },
        func: () => location.host + ' ' + typeof globalThis.__handoffContent,
      }))
      .then((results) => results[0].result)`);
    expect(loaded).toBe(`${new URL(env.server().crossOrigin).host} undefined`);
    expect(await badgeText(popup)).toBe('1');
    await unrelated.close();
    // A step in the recorded tab after the click there: had that click been recorded, it would be
    // stored first, so the list is complete once this one is.
    await page.bringToFront();
    await humanClick(page.getByRole('button', { name: 'Refresh figures' }));
    await waitForStep(popup, REFRESH);
    expect(await sentences(popup)).toEqual([DASHBOARD, REFRESH]);
    await waitForBadgeText(popup, '2');
  });

  it('follows the recording to another origin', async () => {
    const { page, popup } = await recordDashboard();
    const other = `${env.server().crossOrigin}/spa/`;
    await page.goto(other);
    // The recorder is injected once the new site's page has loaded; a click before that is lost.
    await waitForRecorder(popup, other);
    await humanClick(page.getByRole('button', { name: 'Refresh figures' }));
    await expect.poll(() => badgeText(popup)).toBe('3');
    const steps = await newestSteps(popup);
    expect(steps.map((s) => sentence(s))).toEqual([DASHBOARD, DASHBOARD, REFRESH]);
    expect(steps[2]?.url).toContain('localhost');
  });

  it('tells the person when a page cannot be recorded', async () => {
    const { page, popup } = await recordDashboard();
    await page.goto('chrome://version');
    await waitForStep(popup, 'Go to version');
    await popup.reload();
    await expect(popup.getByRole('alert').textContent()).resolves.toContain('cannot record on this page');
  });

  it('clears the indicator on Stop and keeps every step in order', async () => {
    const { page, popup } = await recordDashboard();
    await humanClick(page.getByRole('button', { name: 'Refresh figures' }));
    await waitForStep(popup, REFRESH);
    await page.goto('chrome://version');
    await waitForStepCount(popup, 3);
    await stopRecording(popup, env.ext().context);
    expect(await badgeText(popup)).toBe('');
    // Nothing stays registered to run in pages once the recording ends.
    expect(
      await popup.evaluate<number>('chrome.scripting.getRegisteredContentScripts().then((s) => s.length)'),
    ).toBe(0);
    const steps = await newestSteps(popup);
    expect(steps.map((step) => sentence(step))).toEqual([DASHBOARD, REFRESH, 'Go to version']);
    // The gap is a flagged step, so the editor and the export show it.
    expect(steps[2]?.problem?.code).toBe('page-unrecordable');
  });

  it('lists the procedure in the popup and opens it in the editor', async () => {
    // Begun on a page no other test begins on, so that its name in the list is this one's.
    const [page, popup] = [env.page(), env.popup()];
    await page.goto(env.server().url('invoice/'));
    await startRecording(popup, page);
    await waitForStep(popup, 'Go to "New invoice · Acme Books"');
    await stopRecording(popup, env.ext().context);
    await popup.reload();
    const open = popup.getByRole('button', { name: 'Open "New invoice · Acme Books" in the editor' });
    const [editor] = await Promise.all([env.ext().context.waitForEvent('page'), open.click()]);
    await editor.waitForURL(/src\/editor\/index\.html\?id=/);
    const newest = (await allProcedures(popup)).at(-1);
    expect(new URL(editor.url()).searchParams.get('id')).toBe(newest?.id);
  });
});
