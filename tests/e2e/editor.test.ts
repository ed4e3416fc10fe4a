/**
 * Issue 4's acceptance test: record a short task through the popup, then in the editor reorder
 * (keyboard and drag), delete, merge, add a warning, black out and crop, mark an input, add a step
 * with a fresh screenshot, undo edits (button and Ctrl+Z), reload, and download. The export must
 * show exactly the final state, and the blacked-out region must be solid in its pixels.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { humanClick, humanType } from './support/clicks';
import { idleExtensionPerTest } from './support/idle-extension';
import { startRecording, stopRecording } from './support/popup';
import { waitForNewStep, waitForScreenshotsAttached } from './support/waits';

const TYPE = 'Type "ACME Corp" into "Customer"';
const SELECT = 'Select "USD" in "Currency"';
const ADD_LINE = 'Click "Add line"';
const SAVE = 'Click "Save invoice"';
const MERGED = 'Click "Add line", then click "Save invoice"';
const AS_INPUT = 'Type the customer name into "Customer"';
const WARNING = 'Check the total before saving';
const MANUAL = 'Check that the invoice shows in the list';

/** Every step sentence in the editor, in order. */
function sentences(editor: Page): Promise<string[]> {
  return editor
    .getByRole('textbox', { name: /^Step \d+ sentence$/ })
    .evaluateAll((boxes) => boxes.map((b) => (b as HTMLTextAreaElement).value));
}

/** The step box (list item) whose sentence is `text`, and its 1-based number. */
async function stepNumber(editor: Page, text: string): Promise<number> {
  const all = await sentences(editor);
  const at = all.indexOf(text);
  if (at < 0) throw new Error(`No step reads ${JSON.stringify(text)} in ${JSON.stringify(all)}.`);
  return at + 1;
}

/**
 * Colours of the `index`-th exported screenshot at points given as fractions of the picture,
 * decoded from its data: URI with an Image and a canvas in the page that shows the export.
 */
function exportedPixels(page: Page, index: number, points: Array<[number, number]>): Promise<number[][]> {
  // A string, not a function: tsx would wrap named helpers in calls the page does not define.
  return page.evaluate(`(async () => {
    const src = document.querySelectorAll('ol.steps > li')[${index}].querySelector('img').src;
    if (!src.startsWith('data:image/')) throw new Error('not a data URI');
    const img = new Image();
    img.src = src;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d');
    ctx.drawImage(img, 0, 0);
    return ${JSON.stringify(points)}.map(([fx, fy]) =>
      Array.from(ctx.getImageData(Math.floor(fx * img.naturalWidth), Math.floor(fy * img.naturalHeight), 1, 1).data.slice(0, 3)));
  })()`);
}

const isBlack = (rgb: number[] | undefined) => !!rgb && rgb.every((c) => c <= 8);

describe('editing a recorded procedure', () => {
  const env = idleExtensionPerTest();
  let target: Page;
  let editor: Page;
  let downloads: string;

  beforeAll(() => {
    downloads = mkdtempSync(join(tmpdir(), 'handoff-editor-'));
  });

  afterAll(() => {
    if (downloads) rmSync(downloads, { recursive: true, force: true });
  });

  // Each test edits a recording of its own, so neither sees the other's edits.
  beforeEach(async () => {
    const popup = env.popup();
    target = env.page();
    await target.goto(env.server().url('invoice/'));
    await startRecording(popup, target);
    // On to the next action once the recorder has stored this one's step. No person's pace is
    // needed: the edits below work on whichever screenshot the quota left each step.
    const act = (action: () => Promise<unknown>) => waitForNewStep(popup, action);
    await act(() => humanType(target.getByLabel('Customer', { exact: true }), 'ACME Corp'));
    await act(async () => {
      await target.getByLabel('Currency', { exact: true }).focus();
      await target.keyboard.press('ArrowDown');
    });
    await act(() => humanClick(target.getByRole('button', { name: 'Add line' })));
    await act(() => humanClick(target.getByRole('button', { name: 'Save invoice' })));
    // Every step keeps its picture: the black-out and crop below are checked on them.
    await waitForScreenshotsAttached(popup);
    editor = await stopRecording(popup, env.ext().context);
    // Tall enough that every step is on screen at once, so a drag never has to scroll.
    await editor.setViewportSize({ width: 1280, height: 4000 });
  });

  it('edits, undoes, survives a reload, and downloads exactly the result', async () => {
    await expect.poll(() => sentences(editor), { timeout: 15_000 }).toContain(SAVE);
    const recorded = await sentences(editor);
    // Whatever else the recorder adds (a first "Go to" step), these four come in this order.
    const mine = [TYPE, SELECT, ADD_LINE, SAVE];
    expect(recorded.filter((s) => mine.includes(s))).toEqual(mine);

    // Delete every step but those four, through each step's Delete button.
    for (const extra of recorded.filter((s) => !mine.includes(s))) {
      await editor
        .getByRole('button', { name: `Delete step ${await stepNumber(editor, extra)}`, exact: true })
        .click();
    }
    await expect.poll(() => sentences(editor)).toEqual(mine);

    // Keyboard reorder: Alt+ArrowUp on "Add line" moves it above "Select", and says so.
    await editor.getByRole('textbox', { name: 'Step 3 sentence' }).press('Alt+ArrowUp');
    await expect.poll(() => sentences(editor)).toEqual([TYPE, ADD_LINE, SELECT, SAVE]);
    await expect.poll(() => editor.locator('[aria-live]').textContent()).toBe('Step 3 moved to position 2');
    // Focus stays on the moved step, so pressing again moves it again.
    await editor.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => sentences(editor)).toEqual([ADD_LINE, TYPE, SELECT, SAVE]);
    await editor.getByRole('button', { name: 'Move step 1 down', exact: true }).click();
    await expect.poll(() => sentences(editor)).toEqual([TYPE, ADD_LINE, SELECT, SAVE]);

    // Drag reorder: "Select" dropped on the top half of step 1 goes first.
    const items = editor.locator('ol > li');
    await items.nth(2).locator('.drag-handle').dragTo(items.nth(0).locator('.step-number'));
    await expect.poll(() => sentences(editor)).toEqual([SELECT, TYPE, ADD_LINE, SAVE]);

    // Merge "Add line" with "Save invoice", then warn on the merged step.
    await editor.getByRole('button', { name: 'More for step 3', exact: true }).click();
    await editor.getByRole('button', { name: 'Merge step 3 with the next', exact: true }).click();
    await expect.poll(() => sentences(editor)).toEqual([SELECT, TYPE, MERGED]);
    await editor.getByRole('button', { name: 'Add a warning to step 3', exact: true }).click();
    const warning = editor.getByRole('textbox', { name: 'Warning on step 3', exact: true });
    await expect.poll(() => warning.evaluate((el) => el === document.activeElement)).toBe(true);
    await editor.keyboard.type(WARNING);
    await warning.press('Tab');

    // Black out the middle of the "Type" step's screenshot (the picker starts on the middle half).
    await editor.getByRole('button', { name: 'More for step 2', exact: true }).click();
    await editor
      .getByRole('button', { name: 'Black out part of the screenshot of step 2', exact: true })
      .click();
    await editor.getByRole('button', { name: 'Black out region', exact: true }).click();
    await expect.poll(() => editor.getByRole('button', { name: 'Black out region' }).count()).toBe(0);

    // Crop the "Select" step's screenshot to its middle half.
    await editor.getByRole('button', { name: 'More for step 1', exact: true }).click();
    await editor.getByRole('button', { name: 'Crop the screenshot of step 1', exact: true }).click();
    await editor.getByRole('button', { name: 'Crop to region', exact: true }).click();
    await expect.poll(() => editor.getByRole('button', { name: 'Crop to region' }).count()).toBe(0);

    // Mark the typed value as an input.
    await editor
      .getByRole('button', { name: 'Mark the value typed in step 2 as an input', exact: true })
      .click();
    const label = editor.getByRole('textbox', { name: 'Input name for step 2', exact: true });
    await label.fill('Customer name');
    await label.press('Tab');
    await expect.poll(() => sentences(editor)).toEqual([SELECT, AS_INPUT, MERGED]);

    // A manual step with a fresh screenshot of the invoice tab.
    await editor.getByRole('button', { name: 'Insert a step after step 3', exact: true }).click();
    await editor.getByRole('textbox', { name: 'Text of the new step', exact: true }).fill(MANUAL);
    await editor
      .getByRole('combobox', { name: 'Screenshot', exact: true })
      .selectOption({ label: 'New invoice · Acme Books' });
    await editor.getByRole('button', { name: 'Add step', exact: true }).click();
    await expect
      .poll(() => sentences(editor), { timeout: 10_000 })
      .toEqual([SELECT, AS_INPUT, MERGED, MANUAL]);
    // Capturing brought the invoice tab to the front; the editor lazy-loads only while visible.
    await editor.bringToFront();
    await expect.poll(() => items.nth(3).locator('img').count(), { timeout: 10_000 }).toBe(1);

    // Undo by button: delete "Select", then bring it back.
    await editor.getByRole('button', { name: 'Delete step 1', exact: true }).click();
    await expect.poll(() => sentences(editor)).toEqual([AS_INPUT, MERGED, MANUAL]);
    await editor.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => sentences(editor)).toEqual([SELECT, AS_INPUT, MERGED, MANUAL]);

    // Undo by Ctrl+Z: the title stays, the expected result typed after it goes.
    const title = editor.getByRole('textbox', { name: 'Title', exact: true });
    await title.fill('Create an invoice');
    await title.press('Tab');
    const result = editor.getByRole('textbox', { name: 'Expected result', exact: true });
    await result.fill('Paid within thirty days');
    await result.press('Control+z');
    await expect.poll(() => result.inputValue()).toBe('');
    await expect.poll(() => title.inputValue()).toBe('Create an invoice');

    // Reload once the editor says everything is stored (leaving earlier would ask first).
    await editor.getByText('All changes saved', { exact: true }).waitFor();
    await editor.reload();
    await expect
      .poll(() => sentences(editor), { timeout: 10_000 })
      .toEqual([SELECT, AS_INPUT, MERGED, MANUAL]);
    expect(await editor.getByRole('textbox', { name: 'Title', exact: true }).inputValue()).toBe(
      'Create an invoice',
    );
    expect(await editor.getByRole('textbox', { name: 'Expected result', exact: true }).inputValue()).toBe('');
    expect(await editor.getByRole('textbox', { name: 'Warning on step 3', exact: true }).inputValue()).toBe(
      WARNING,
    );
    expect(
      await editor.getByRole('textbox', { name: 'Input name for step 2', exact: true }).inputValue(),
    ).toBe('Customer name');

    // Download, and open the file as the assistant would.
    const [download] = await Promise.all([
      editor.waitForEvent('download', { timeout: 20_000 }),
      editor.getByRole('button', { name: 'Download HTML', exact: true }).click(),
    ]);
    const file = join(downloads, 'procedure.html');
    await download.saveAs(file);
    const html = readFileSync(file, 'utf8');
    expect(html).not.toContain('Paid within thirty days');
    const opened = await env.ext().context.newPage();
    await opened.goto(pathToFileURL(file).href);
    expect(await opened.title()).toContain('Create an invoice');
    const exported = opened.locator('ol.steps > li');
    expect(await exported.count()).toBe(4);
    const texts = await exported.allTextContents();
    [SELECT, AS_INPUT, MERGED, MANUAL].forEach((s, i) => {
      expect(texts[i], `exported step ${i + 1}`).toContain(s);
    });
    expect(texts[1]).not.toContain(TYPE);
    expect(texts[2]).toContain(WARNING);
    expect(texts.filter((t) => t.includes(WARNING))).toHaveLength(1);
    expect(await opened.locator('#inputs').count()).toBe(1);
    expect(await opened.locator('section:has(#inputs)').textContent()).toContain('Customer name');
    // One picture per step: the original of the blacked-out screenshot is not in the file.
    expect(await opened.locator('ol.steps > li img').count()).toBe(4);
    expect(new Set(html.match(/data:image\/[a-z]+;base64,[A-Za-z0-9+/=]+/g)).size).toBe(4);

    // The blacked-out middle is solid black in the exported pixels; the corner is not.
    const [middle, upperLeft, lowerRight, corner] = await exportedPixels(opened, 1, [
      [0.5, 0.5],
      [0.27, 0.27],
      [0.73, 0.73],
      [0.03, 0.03],
    ]);
    expect(
      [middle, upperLeft, lowerRight].every(isBlack),
      JSON.stringify([middle, upperLeft, lowerRight]),
    ).toBe(true);
    expect(isBlack(corner), `corner ${JSON.stringify(corner)}`).toBe(false);
    // The cropped screenshot is the middle half of one taken whole on the same page (step 2's).
    const sizes = await opened
      .locator('ol.steps > li img')
      .evaluateAll((imgs) =>
        imgs.map((i) => [(i as HTMLImageElement).naturalWidth, (i as HTMLImageElement).naturalHeight]),
      );
    expect(Math.abs(sizes[0]![0]! - sizes[1]![0]! / 2), JSON.stringify(sizes)).toBeLessThanOrEqual(1);
    expect(Math.abs(sizes[0]![1]! - sizes[1]![1]! / 2), JSON.stringify(sizes)).toBeLessThanOrEqual(1);
    // The other recorded screenshot kept its middle.
    const [otherMiddle] = await exportedPixels(opened, 0, [[0.5, 0.5]]);
    expect(isBlack(otherMiddle)).toBe(false);
  });

  it('keeps two editor tabs on the same procedure consistent', async () => {
    await expect.poll(() => sentences(editor), { timeout: 15_000 }).toContain(SAVE);
    const recorded = await sentences(editor);
    const second = await env.ext().context.newPage();
    await second.goto(editor.url());
    await expect.poll(() => sentences(second)).toEqual(recorded);
    await editor.bringToFront();
    await editor
      .getByRole('button', { name: `Delete step ${await stepNumber(editor, ADD_LINE)}`, exact: true })
      .click();
    await expect.poll(() => sentences(second)).toEqual(recorded.filter((s) => s !== ADD_LINE));
    const title = second.getByRole('textbox', { name: 'Title', exact: true });
    await title.fill('Create and save an invoice');
    await title.press('Tab');
    await expect
      .poll(() => editor.getByRole('textbox', { name: 'Title', exact: true }).inputValue())
      .toBe('Create and save an invoice');
  });
});
