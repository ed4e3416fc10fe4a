/**
 * Word export end to end: record a short task on the invoice fixture (its customer button is
 * labelled `<img src=x onerror=…>`), press "Download Word (.docx)" in the editor, convert the real
 * download to PDF with LibreOffice headless and read it back: every step's sentence, as literal
 * text, and one picture per step with a screenshot. The Markdown zip's image files carry the
 * marker in their pixels while the stored screenshot does not.
 */
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MARKER_LOOK } from '../../src/shared/export/burn-marker';
import { markerRect } from '../../src/shared/geometry';
import type { Step } from '../../src/shared/model';
import { sentence } from '../../src/shared/text';
import { humanClick } from './support/clicks';
import { colourInImageBytes, colourInStoredImages, pixelsAt } from './support/colour-count';
import { type LaunchedExtension, launchExtension } from './support/extension';
import { openPopup, startRecording, stopRecording } from './support/popup';
import { newestSteps } from './support/recorded';
import { type FixtureServer, startServer } from './support/server';
import { waitForScreenshotsAttached, waitForStep } from './support/waits';
import { convertDocxToPdf, flatText } from './support/word-pdf';

const HOSTILE = '<img src=x onerror=alert(1)>';
const RED = { r: 0xd4, g: 0x00, b: 0x1a };

describe('Download Word (.docx)', () => {
  let ext: LaunchedExtension | undefined;
  let server: FixtureServer | undefined;
  let steps: Step[] = [];
  let editor: import('playwright-core').Page | undefined;
  let popup: import('playwright-core').Page | undefined;

  beforeAll(async () => {
    server = await startServer();
    ext = await launchExtension();
    const target = await ext.context.newPage();
    await target.goto(server.url('invoice/'));
    popup = await openPopup(ext.context, ext.extensionId);
    await startRecording(popup, target);
    await humanClick(target.getByRole('button', { name: HOSTILE, exact: true }));
    await humanClick(target.getByRole('button', { name: 'Add line' }));
    await humanClick(target.getByRole('button', { name: 'Save invoice' }));
    await target.getByRole('status').getByText('Invoice saved').waitFor();
    await waitForStep(popup, 'Click "Save invoice"');
    await waitForScreenshotsAttached(popup);
    editor = await stopRecording(popup, ext.context);
    steps = await newestSteps(popup);
  }, 120_000);

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('downloads a .docx that LibreOffice converts to a PDF with every step and its picture', async () => {
    const button = editor!.getByRole('button', { name: 'Download Word (.docx)' });
    const started = Date.now();
    const [download] = await Promise.all([
      editor!.waitForEvent('download', { timeout: 60_000 }),
      button.click(),
    ]);
    const exportMs = Date.now() - started;
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const bytes = new Uint8Array(readFileSync(await download.path()));
    // A real Office Open XML package: the main part, its relationships, one media file per picture.
    const entries = unzipSync(bytes);
    expect(Object.keys(entries)).toContain('word/document.xml');
    const xml = new TextDecoder().decode(entries['word/document.xml']);
    expect(xml).not.toContain('<img');
    expect(xml).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const withPicture = steps.filter((s) => s.image).length;
    expect(withPicture).toBeGreaterThanOrEqual(3);
    expect([...xml.matchAll(/<a:blip r:embed=/g)]).toHaveLength(withPicture);

    // To look at the files: WORD_E2E_KEEP=/some/dir keeps the .docx and the .pdf there.
    const pdf = convertDocxToPdf(bytes, process.env.WORD_E2E_KEEP);
    const text = flatText(pdf.text);
    for (const [i, step] of steps.entries()) expect(text).toContain(flatText(`${i + 1}. ${sentence(step)}`));
    expect(text).toContain(`Click "${HOSTILE}"`);
    expect(pdf.images).toBe(withPicture);
    expect(pdf.pages).toBeGreaterThanOrEqual(2);
    console.log(
      `Word e2e: ${steps.length} steps, export ${exportMs} ms, ${bytes.length} bytes; ` +
        `LibreOffice → PDF ${pdf.convertMs} ms, ${pdf.pages} pages, ${pdf.images} images, ${pdf.pdfBytes} bytes`,
    );
  }, 240_000);

  it('carries a decision, access needed and a troubleshooting entry added in the editor into the PDF', async () => {
    const page = editor!;
    const last = steps.length;
    // A decision on step 2: if the condition does not hold, go to the last step.
    await page.getByRole('button', { name: 'More for step 2' }).click();
    await page.getByRole('button', { name: 'Add a decision to step 2' }).click();
    const condition = page.getByRole('textbox', { name: 'Do step 2 only if' });
    await condition.fill('the customer is new');
    await condition.press('Tab');
    const otherwise = page.getByRole('combobox', { name: 'If not, go from step 2 to' });
    const target = await otherwise
      .locator('option', { hasText: new RegExp(`^Step ${last}: `) })
      .getAttribute('value');
    await otherwise.selectOption(target!);
    await page.getByRole('button', { name: 'Add an access' }).click();
    const access = page.getByRole('textbox', { name: 'Access 1' });
    await access.fill('Billing account');
    await access.press('Tab');
    await page.getByRole('checkbox', { name: 'Access 1: its password or key is sent separately' }).check();
    await page.getByRole('button', { name: 'Add a problem' }).click();
    const problem = page.getByRole('textbox', { name: 'Problem 1', exact: true });
    await problem.fill('The Save button is greyed out');
    await problem.press('Tab');
    const todo = page.getByRole('textbox', { name: 'What to do about problem 1' });
    await todo.fill('Ask the billing team');
    await todo.press('Tab');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Download Word (.docx)' }).click(),
    ]);
    const pdf = convertDocxToPdf(new Uint8Array(readFileSync(await download.path())));
    const text = flatText(pdf.text);
    expect(text).toContain(`Decision: If the customer is new: do this step; otherwise go to step ${last}.`);
    expect(text).toContain('Access needed');
    expect(text).toContain('Billing account (password or key sent to you separately)');
    expect(text).toContain('When something goes wrong');
    expect(text).toContain('Problem: The Save button is greyed out');
    expect(text).toContain('What to do: Ask the billing team');
    expect(pdf.images).toBe(steps.filter((s) => s.image).length);
  }, 240_000);

  it("burns the marker into the Markdown zip's image files, not into the stored screenshot", async () => {
    const [download] = await Promise.all([
      editor!.waitForEvent('download', { timeout: 60_000 }),
      editor!.getByRole('button', { name: 'Download Markdown' }).click(),
    ]);
    const entries = unzipSync(new Uint8Array(readFileSync(await download.path())));
    const save = steps.findIndex((s) => sentence(s) === 'Click "Save invoice"');
    const step = steps[save]!;
    const outline = markerRect(step)!;
    expect(outline).toBeDefined();
    const stem = `images/step-${String(save + 1).padStart(3, '0')}`;
    const full = Object.keys(entries).find((n) => n.startsWith(`${stem}.`));
    const focused = Object.keys(entries).find((n) => n.startsWith(`${stem}-focus.`));
    expect(full, Object.keys(entries).join(', ')).toBeDefined();
    expect(focused).toBeDefined();

    // The marker's red is in both exported files and not in the stored screenshot (the page has none).
    const tolerance = 12;
    const stored = (await colourInStoredImages(popup!, RED, tolerance)).find(
      (h) => h.name === step.image!.imageId,
    );
    expect(stored?.count).toBe(0);
    const [fullHits, focusHits] = await colourInImageBytes(
      popup!,
      [
        { name: full!, bytes: entries[full!]! },
        { name: focused!, bytes: entries[focused!]! },
      ],
      RED,
      tolerance,
    );
    // Most of the outline's ring (its perimeter, MARKER_LOOK.line px thick): anti-aliased edge
    // pixels and the rounded corners fall outside the colour tolerance.
    const scale = fullHits!.width / step.viewport!.width;
    const ring = 2 * (outline.width + outline.height) * scale * MARKER_LOOK.line * scale;
    expect(fullHits!.count).toBeGreaterThan(ring * 0.5);
    expect(focusHits!.count).toBeGreaterThan(ring * 0.5);
    expect(fullHits!.count).toBeLessThan(ring * 1.2);

    // On the outline's left edge: red in the export; the same place in the stored image is not.
    const edge = { x: (outline.x + 1) * scale, y: (outline.y + outline.height / 2) * scale };
    const [exported] = await pixelsAt(popup!, entries[full!]!, [edge]);
    expect(exported!.r).toBeGreaterThan(180);
    expect(exported!.g).toBeLessThan(40);
    // Far from the marker the exported pixels are the stored ones (PNG is lossless).
    const far = { x: 2, y: fullHits!.height - 3 };
    const storedBytes = await popup!.evaluate(`(async () => {
      const db = await new Promise((resolve) => { const r = indexedDB.open('handoff'); r.onsuccess = () => resolve(r.result); });
      const image = await new Promise((resolve) => { const r = db.transaction('images').objectStore('images').get(${JSON.stringify(step.image!.imageId)}); r.onsuccess = () => resolve(r.result); });
      db.close();
      return Array.from(new Uint8Array(await image.blob.arrayBuffer()));
    })()`);
    const [storedEdge, storedFar] = await pixelsAt(popup!, new Uint8Array(storedBytes as number[]), [
      edge,
      far,
    ]);
    expect(storedEdge).not.toEqual(exported);
    const [exportedFar] = await pixelsAt(popup!, entries[full!]!, [far]);
    expect(exportedFar).toEqual(storedFar);
  }, 120_000);
});
