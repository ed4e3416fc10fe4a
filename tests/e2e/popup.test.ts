/**
 * The popup's states, found by role and name: idle (Start, shortcut, recent procedures, library),
 * recording (which tab, a ticking clock, the step count, the last step's sentence), paused, and a
 * page that cannot be recorded, explained before Start with Start disabled.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { humanClick } from './support/clicks';
import { freshExtensionPerTest } from './support/fresh-extension';
import { idleExtensionPerTest } from './support/idle-extension';
import { openPopup, startRecording, stopRecording } from './support/popup';

// A fresh install, so that the list of recent procedures is empty whatever ran before.
describe('the popup of a fresh install', () => {
  const env = freshExtensionPerTest();
  let page: Page;
  let popup: Page;
  const start = () => popup.getByRole('button', { name: 'Start recording' });

  beforeEach(async () => {
    page = await env.ext().context.newPage();
    await page.goto(env.server().url('spa/'));
    popup = await openPopup(env.ext().context, env.ext().extensionId);
  });

  it('when idle offers Start, the shortcut, recent procedures and the library', async () => {
    await expect.poll(() => popup.getByRole('status').textContent()).toBe('Not recording');
    // The hint says the shortcut the browser has now (headless Chromium assigns none to an unpacked load).
    const commands = await popup.evaluate<{ name: string; shortcut: string }[]>('chrome.commands.getAll()');
    const shortcut = commands.find((c) => c.name === 'toggle-recording')?.shortcut;
    const hint = shortcut
      ? `Shortcut: ${shortcut} starts and stops recording.`
      : 'No keyboard shortcut is set; you can choose one in the browser’s extension shortcut settings.';
    await popup.getByText(hint).waitFor({ state: 'visible' });
    await expect(popup.getByText('Your recorded procedures will appear here.').count()).resolves.toBe(1);
    await expect(popup.getByRole('button', { name: 'Open library' }).isEnabled()).resolves.toBe(true);
    await page.bringToFront();
    await expect.poll(() => start().isEnabled()).toBe(true);
    await expect(popup.getByRole('heading', { name: 'This page cannot be recorded' }).count()).resolves.toBe(
      0,
    );
  });
});

/** Each test starts from an idle extension on the dashboard, and records what it needs itself. */
describe('the popup', () => {
  const env = idleExtensionPerTest();
  let page: Page;
  let popup: Page;

  const start = () => popup.getByRole('button', { name: 'Start recording' });
  /** The value of one fact in the recording panel, a group named by its label. */
  const fact = (name: string) =>
    popup.getByRole('region', { name: 'Current recording' }).getByRole('group', { name }).locator('.value');

  beforeEach(async () => {
    [page, popup] = [env.page(), env.popup()];
    await page.goto(env.server().url('spa/'));
  });

  /** Recording, with the click on "Refresh figures" as the second step. */
  async function recordTwoSteps(): Promise<void> {
    await startRecording(popup, page);
    await humanClick(page.getByRole('button', { name: 'Refresh figures' }));
    await expect.poll(() => popup.getByRole('status').textContent()).toBe('Recording · 2 steps');
  }

  it('explains a page it cannot record before Start, and disables Start', async () => {
    const cases: [string, RegExp][] = [
      ['chrome://version', /browser’s own pages/],
      [`chrome-extension://${env.ext().extensionId}/src/library/index.html`, /page of an extension/],
      [env.server().url('common/sample.pdf'), /shows a PDF/],
    ];
    const other = await env.ext().context.newPage();
    for (const [url, reason] of cases) {
      await other.goto(url);
      await other.bringToFront();
      const heading = popup.getByRole('heading', { name: 'This page cannot be recorded' });
      await heading.waitFor({ state: 'visible' });
      await expect(start().isDisabled()).resolves.toBe(true);
      // The reason is the button's description, so it is heard with the button.
      const description = await start().evaluate((button) => {
        const id = button.getAttribute('aria-describedby') ?? '';
        return document.getElementById(id)?.textContent ?? '';
      });
      expect(description, url).toMatch(reason);
    }
    await other.close();
    // Back on an ordinary page, Start is offered again.
    await page.bringToFront();
    await expect.poll(() => start().isEnabled()).toBe(true);
  });

  it('while recording shows the tab, a ticking clock, the step count and the last step', async () => {
    await recordTwoSteps();
    const tab = fact('Recorded tab');
    await expect(tab.textContent()).resolves.toBe(
      `Dashboard · Acme Books${new URL(env.server().origin).host}`,
    );
    await expect.poll(() => fact('Steps').textContent()).toBe('2');
    await expect.poll(() => fact('Last step').textContent()).toBe('Click "Refresh figures"');
    const first = await fact('Elapsed').textContent();
    expect(first).toMatch(/^\d+:\d\d$/);
    // The clock ticks on its own, without any step arriving.
    await expect.poll(() => fact('Elapsed').textContent(), { timeout: 5_000 }).not.toBe(first);
    await expect(popup.getByRole('button', { name: 'Pause' }).isEnabled()).resolves.toBe(true);
    await expect(popup.getByRole('button', { name: 'Stop recording' }).isEnabled()).resolves.toBe(true);
    // Start and the recent list belong to the idle popup only.
    await expect(start().count()).resolves.toBe(0);
  });

  it('is operable from the keyboard and fits the 800×600 popup limit', async () => {
    await recordTwoSteps();
    await popup.bringToFront();
    const focused = () => popup.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    const fromTop = () => popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await fromTop();
    await popup.keyboard.press('Tab');
    await expect(focused()).resolves.toBe('Pause');
    await popup.keyboard.press('Tab');
    await expect(focused()).resolves.toBe('Stop recording');
    await popup.keyboard.press('Shift+Tab');
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.getByRole('status').textContent()).toBe('Paused · 2 steps');
    // Focus stays on the toggled button, now Resume, so Enter again resumes.
    await expect.poll(focused).toBe('Resume');
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.getByRole('status').textContent()).toBe('Recording · 2 steps');
    // Browsers cap a toolbar popup at 800×600; the popup's own box must fit inside.
    const box = await popup.evaluate(() => {
      const r = document.body.getBoundingClientRect();
      return { width: r.width, height: r.height };
    });
    expect(box.width).toBeLessThanOrEqual(800);
    expect(box.height).toBeLessThanOrEqual(600);
    await page.bringToFront();
  });

  it('when paused says so and offers Resume and Stop', async () => {
    await recordTwoSteps();
    await popup.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(() => popup.getByRole('status').textContent()).toBe('Paused · 2 steps');
    await expect(popup.getByRole('button', { name: 'Resume' }).isEnabled()).resolves.toBe(true);
    await expect(popup.getByRole('button', { name: 'Pause' }).count()).resolves.toBe(0);
    await expect(fact('Last step').textContent()).resolves.toBe('Click "Refresh figures"');
    await popup.getByRole('button', { name: 'Resume' }).click();
    await expect.poll(() => popup.getByRole('status').textContent()).toBe('Recording · 2 steps');
  });

  it('lists the procedure under Recent procedures once stopped', async () => {
    // Begun on a page no other test here begins on, so that one entry of the list is this one's.
    await page.goto(env.server().url('invoice/'));
    await startRecording(popup, page);
    await humanClick(page.getByRole('button', { name: 'Add line' }));
    await expect.poll(() => popup.getByRole('status').textContent()).toBe('Recording · 2 steps');
    const editor = await stopRecording(popup, env.ext().context);
    await editor.close();
    await popup.reload();
    // The list is read from IndexedDB after the page loads: wait for it rather than count at once.
    await expect
      .poll(() =>
        popup.getByRole('button', { name: 'Open "New invoice · Acme Books" in the editor' }).count(),
      )
      .toBe(1);
    await expect.poll(() => popup.getByRole('heading', { name: 'Recent procedures' }).count()).toBe(1);
  });
});
