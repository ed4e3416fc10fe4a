/**
 * Issue 5: Print / Save as PDF in the editor prints the very file that is handed off. The editor
 * loads the exported HTML into a hidden frame and calls print(); the frame's document is checked,
 * then that same document is printed to PDF by Chromium to check it renders to pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { humanClick } from './support/clicks';
import { type LaunchedExtension, launchExtension } from './support/extension';
import { watch } from './support/page-watch';
import { openPopup, startRecording, stopRecording } from './support/popup';
import { type FixtureServer, startServer } from './support/server';
import { waitForStep } from './support/waits';

describe('Print / Save as PDF', () => {
  let ext: LaunchedExtension;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startServer();
    ext = await launchExtension();
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('prints the exported procedure from a hidden frame, and it renders to PDF pages', async () => {
    const seen = watch(ext.context);
    const page = await ext.context.newPage();
    await page.goto(server.url('invoice/'));
    const popup = await openPopup(ext.context, ext.extensionId);
    await startRecording(popup, page);
    await humanClick(page.getByRole('button', { name: 'Add line' }));
    await waitForStep(popup, 'Click "Add line"');
    await humanClick(page.getByRole('button', { name: 'Save invoice' }));
    await waitForStep(popup, 'Click "Save invoice"');
    const editor = await stopRecording(popup, ext.context);

    await editor.getByRole('button', { name: 'Print / Save as PDF' }).click();
    const frame = editor.frameLocator('iframe[title="Printable procedure"]');
    await expect
      .poll(() => frame.locator('h1').textContent(), { timeout: 15_000 })
      .toBe('New invoice · Acme Books');
    const printed = editor.frame({ url: /^blob:/ });
    expect(printed).not.toBeNull();
    const html = await printed!.content();
    expect(html).toContain('Click "Save invoice"');
    expect(html).not.toMatch(/<script/i);
    // The editor keeps an empty alert region; it must say nothing.
    expect((await editor.getByRole('alert').allTextContents()).filter((t) => t.trim())).toEqual([]);

    // The same document, printed by Chromium: it must lay out into real pages.
    const sheet = await ext.context.newPage();
    await sheet.setContent(html, { waitUntil: 'load' });
    const pdf = await sheet.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(seen.dialogs).toEqual([]);
  });
});
