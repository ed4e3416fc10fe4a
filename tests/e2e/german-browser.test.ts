/**
 * In a browser set to German, the extension speaks German: its name and words come from
 * _locales/de through browser.i18n, the pages say lang="de", counts use German plurals, and the
 * editor offers German as the export language.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { humanClick } from './support/clicks';
import { idleExtensionPerTest } from './support/idle-extension';

describe('a German browser', () => {
  // One German browser; each test starts from idle and records what it needs itself.
  const env = idleExtensionPerTest({ language: 'de' });
  let page: Page;
  let popup: Page;

  beforeEach(async () => {
    [page, popup] = [env.page(), env.popup()];
    await page.goto(env.server().url('spa/'));
  });

  /** Start, then one click, through the German popup. */
  async function recordOneClick(): Promise<void> {
    await page.bringToFront();
    await popup.getByRole('button', { name: 'Aufzeichnung starten' }).click();
    await popup.getByRole('button', { name: 'Aufzeichnung beenden' }).waitFor();
    await page.bringToFront();
    await humanClick(page.getByRole('button', { name: 'Refresh figures' }));
    await expect.poll(() => popup.getByRole('status').textContent()).toBe('Aufzeichnung · 2 Schritte');
  }

  it('shows the popup in German', async () => {
    await expect.poll(() => popup.getByRole('status').textContent()).toBe('Keine Aufzeichnung');
    await expect(popup.evaluate(() => document.documentElement.lang)).resolves.toBe('de');
    await expect(popup.getByRole('button', { name: 'Bibliothek öffnen' }).count()).resolves.toBe(1);
    await recordOneClick();
    const last = popup
      .getByRole('region', { name: 'Laufende Aufzeichnung' })
      .getByRole('group', { name: 'Letzter Schritt' })
      .locator('.value');
    await expect.poll(() => last.textContent()).toBe('Auf „Refresh figures“ klicken');
  });

  it('opens the editor in German, with German chosen for the export', async () => {
    await recordOneClick();
    const opened = env.ext().context.waitForEvent('page', { predicate: (p) => p !== popup, timeout: 15_000 });
    await popup.getByRole('button', { name: 'Aufzeichnung beenden' }).click();
    const editor = await opened;
    await editor.waitForURL(/\/src\/editor\/index\.html\?(.*&)?id=/);
    await editor.getByRole('button', { name: 'HTML herunterladen' }).waitFor();
    await expect(editor.getByRole('combobox', { name: 'Sprache der Datei' }).inputValue()).resolves.toBe(
      'de',
    );
    await editor.getByText(/^Die Aufgabe dauerte bei der Aufzeichnung \d+ Sekunden?\.$/).waitFor();
    // The generated sentence is shown in German and is not stored as the person's own wording.
    await expect(editor.getByRole('textbox', { name: 'Satz von Schritt 2' }).inputValue()).resolves.toBe(
      'Auf „Refresh figures“ klicken',
    );
  });
});
