/**
 * The export is written in the language the person picks beside the download buttons, and the
 * editor's header and the file's header say how long the task took when it was recorded.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { humanClick } from './support/clicks';
import { type LaunchedExtension, launchExtension } from './support/extension';
import { openPopup, startRecording, stopRecording } from './support/popup';
import { distUnderTest } from './support/recorded';
import { type FixtureServer, startServer } from './support/server';

describe('the export language', () => {
  let ext: LaunchedExtension;
  let server: FixtureServer;
  let editor: Page;
  let downloads: string;

  beforeAll(async () => {
    downloads = mkdtempSync(join(tmpdir(), 'handoff-language-'));
    server = await startServer();
    ext = await launchExtension({ dist: distUnderTest() });
    const page = await ext.context.newPage();
    await page.goto(server.url('spa/'));
    const popup = await openPopup(ext.context, ext.extensionId);
    await startRecording(popup, page);
    await humanClick(page.getByRole('button', { name: 'Refresh figures' }));
    await popup.getByRole('status').getByText('Recording · 2 steps').waitFor();
    editor = await stopRecording(popup, ext.context);
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
    rmSync(downloads, { recursive: true, force: true });
  });

  const downloadHtml = async (name: string): Promise<string> => {
    const [download] = await Promise.all([
      editor.waitForEvent('download', { timeout: 15_000 }),
      editor.getByRole('button', { name: 'Download HTML' }).click(),
    ]);
    const file = join(downloads, name);
    await download.saveAs(file);
    return readFileSync(file, 'utf8');
  };

  it('says in the editor header how long the task took', async () => {
    await editor
      .getByRole('banner')
      .getByText(/^The task took \d+ seconds? when it was recorded\.$/)
      .waitFor();
  });

  it('writes English by default, German once Deutsch is chosen, and remembers the choice', async () => {
    const language = editor.getByRole('combobox', { name: 'Language of the file' });
    await expect(language.inputValue()).resolves.toBe('en');
    const english = await downloadHtml('en.html');
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('Click &quot;Refresh figures&quot;');
    expect(english).toMatch(/Doing the task took \d+ seconds? when it was recorded\./);

    await language.selectOption({ label: 'Deutsch' });
    const german = await downloadHtml('de.html');
    expect(german).toContain('<html lang="de">');
    expect(german).toContain('Auf „Refresh figures“ klicken');
    expect(german).toContain('<h2 id="steps">Schritte</h2>');
    expect(german).toMatch(/2 Schritte, aufgezeichnet am \d{4}-\d\d-\d\d/);
    expect(german).toMatch(/Die Aufgabe dauerte bei der Aufzeichnung \d+ Sekunden?\./);
    expect(german).not.toContain('Follow the steps');

    // The editor itself stays in the browser's language; the choice is kept for the next visit.
    await expect(editor.getByRole('button', { name: 'Download HTML' }).count()).resolves.toBe(1);
    await editor.reload();
    await expect
      .poll(() => editor.getByRole('combobox', { name: 'Language of the file' }).inputValue())
      .toBe('de');
  });
});
