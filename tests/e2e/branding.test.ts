/**
 * Branding end to end: a logo chosen through the file chooser (a fake one refused with its
 * reason) and a footer set in the library's Settings, then an HTML download from the editor that
 * shows both, with {date} filled in, and a Word download whose every page (converted by
 * LibreOffice) carries the logo and the footer; with "Include branding" unticked, neither.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { humanClick } from './support/clicks';
import { downloadExport, type ExportedFile } from './support/exports';
import { freshExtensionPerTest } from './support/fresh-extension';
import { extensionUrl, openPopup, startRecording, stopRecording } from './support/popup';
import { FIXTURES_DIR } from './support/server';
import { waitForStepCount } from './support/waits';
import { convertDocxToPdf, flatText } from './support/word-pdf';

const LOGO = readFileSync(`${FIXTURES_DIR}brand/logo.png`);
const NOT_A_LOGO = readFileSync(`${FIXTURES_DIR}brand/not-a-logo.png`);
const FOOTER = 'Acme Payroll Ltd · help@acme.example · Version 3 · {date}';

/** Chooses a file for the input named `label` through the browser's file chooser. */
async function chooseFile(page: Page, within: Locator, label: string, name: string, buffer: Buffer) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), within.getByLabel(label).click()]);
  await chooser.setFiles({ name, mimeType: 'image/png', buffer });
}

const hasLogo = (file: ExportedFile) => file.images.some((image) => Buffer.from(image.bytes).equals(LOGO));

describe('branding', () => {
  const setup = freshExtensionPerTest();

  it("puts the library's logo and footer into new HTML and Word exports, and leaves them out when unticked", async () => {
    const { context, extensionId } = setup.ext();
    const page = await context.newPage();
    await page.goto(setup.server().url('signin/'));
    const popup = await openPopup(context, extensionId);
    await startRecording(popup, page);
    await humanClick(page.getByLabel('Keep me signed in', { exact: true }));
    await waitForStepCount(popup, 2);
    const editor = await stopRecording(popup, context);
    // Nothing set yet: the box is off and says where to set it.
    const include = editor.getByRole('checkbox', { name: 'Include branding' });
    await expect.poll(() => include.isDisabled()).toBe(true);

    const library = await context.newPage();
    await library.goto(extensionUrl(extensionId, 'src/library/index.html'));
    const settings = library
      .getByRole('region', { name: 'Settings' })
      .getByRole('region', { name: 'Branding' });
    await settings.getByRole('heading', { name: 'Branding' }).waitFor();
    const logoLabel = 'Logo image (PNG, JPEG or WebP, up to 1 MB)';
    // A file named .png that is not an image is refused, whatever its name says.
    await chooseFile(library, settings, logoLabel, 'logo.png', NOT_A_LOGO);
    await expect
      .poll(() => settings.getByRole('alert').textContent())
      .toBe('The logo must be a PNG, JPEG or WebP image; this file is none of these.');
    await chooseFile(library, settings, logoLabel, 'acme-logo.png', LOGO);
    const preview = settings.getByRole('img', { name: 'Logo preview' });
    await preview.waitFor();
    expect(await preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(120);
    await settings.getByRole('textbox', { name: 'Footer text' }).fill(FOOTER);
    await settings.getByRole('button', { name: 'Save branding' }).click();
    await settings.getByRole('status').filter({ hasText: 'Branding saved.' }).waitFor();

    // The open editor follows the change: the box is on by default.
    await editor.bringToFront();
    await expect.poll(() => include.isEnabled()).toBe(true);
    expect(await include.isChecked()).toBe(true);
    const today = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date());
    const branded = await downloadExport(editor, 'Download HTML');
    expect(branded.text).toContain('class="brand-logo"');
    expect(hasLogo(branded)).toBe(true);
    expect(branded.text).toContain(`Acme Payroll Ltd · help@acme.example · Version 3 · ${today}`);
    expect(branded.text).not.toContain('{date}');

    // Word: the logo in every page's header, the footer in every page's footer, as LibreOffice prints it.
    const [word] = await Promise.all([
      editor.waitForEvent('download', { timeout: 60_000 }),
      editor.getByRole('button', { name: 'Download Word (.docx)' }).click(),
    ]);
    const pdf = convertDocxToPdf(new Uint8Array(readFileSync(await word.path())));
    const footerLine = `Acme Payroll Ltd · help@acme.example · Version 3 · ${today}`;
    expect(pdf.pages).toBeGreaterThan(0);
    expect(flatText(pdf.text).split(footerLine).length - 1).toBe(pdf.pages);
    // One picture per step (two steps), plus the logo on each page.
    expect(pdf.images).toBe(2 + pdf.pages);

    await include.uncheck();
    const plain = await downloadExport(editor, 'Download HTML');
    expect(plain.text).not.toContain('brand-logo');
    expect(hasLogo(plain)).toBe(false);
    expect(plain.text).not.toContain('Acme Payroll Ltd');
    // The same procedure otherwise: its steps are in both files.
    expect(plain.text).toContain('Keep me signed in');
  });
});
