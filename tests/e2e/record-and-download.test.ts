/**
 * Issue 2's acceptance test: record three clicks on a real page through the popup, edit a sentence
 * in the editor, download the procedure as one HTML file, and check that file is self-contained
 * and inert (no script, strict CSP, data: images, hostile labels escaped) both as text and in Chromium.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { humanClick } from './support/clicks';
import { excerpt, exportedSteps, externalLoads, startTags } from './support/exported-file';
import { type LaunchedExtension, launchExtension } from './support/extension';
import { watch } from './support/page-watch';
import { openPopup, startRecording, stopRecording } from './support/popup';
import { type FixtureServer, startServer } from './support/server';
import { waitForScreenshotsAttached, waitForStep } from './support/waits';

/** A customer name in the invoice fixture, set with textContent: it must stay text everywhere. */
const HOSTILE = '<img src=x onerror=alert(1)>';
const HOSTILE_ESCAPED = '&lt;img src=x onerror=alert(1)&gt;';
const EDITED = 'Add a line for the consulting work';
/** The clicks made, in order, as the sentences text.ts generates for them. */
const CLICKED = [`Click "${HOSTILE}"`, 'Click "Add line"', 'Click "Save invoice"'];

/** The text a sentence control shows, whether it is an input, a textarea or contenteditable. */
function sentenceOf(control: Locator): Promise<string> {
  return control.evaluate((el) =>
    el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el.value : (el.textContent ?? ''),
  );
}

/** True once every <img> under `scope` has decoded real pixels. */
function imagesLoaded(scope: Locator): Promise<boolean[]> {
  return scope
    .locator('img')
    .evaluateAll((imgs) =>
      imgs.map((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0),
    );
}

/** `wanted` appear in `all` in this order, possibly with other sentences between them. */
function inOrder(all: string[], wanted: string[]): boolean {
  let from = 0;
  for (const w of wanted) {
    const at = all.indexOf(w, from);
    if (at < 0) return false;
    from = at + 1;
  }
  return true;
}

describe('record through the popup and download HTML', () => {
  let ext: LaunchedExtension | undefined;
  let server: FixtureServer | undefined;
  let downloads: string | undefined;

  beforeAll(async () => {
    server = await startServer();
    ext = await launchExtension();
    downloads = mkdtempSync(join(tmpdir(), 'handoff-download-'));
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
    if (downloads) rmSync(downloads, { recursive: true, force: true });
  });

  it('records three clicks, edits a sentence, and downloads an inert self-contained file', async () => {
    const { context, extensionId } = ext!;
    const seen = watch(context);
    const target = await context.newPage();
    await target.goto(server!.url('invoice/'));

    const popup = await openPopup(context, extensionId);
    await startRecording(popup, target);

    await humanClick(target.getByRole('button', { name: HOSTILE, exact: true }));
    await expect.poll(() => target.getByRole('textbox', { name: 'Customer' }).inputValue()).toBe(HOSTILE);
    await humanClick(target.getByRole('button', { name: 'Add line' }));
    await humanClick(target.getByRole('button', { name: 'Save invoice' }));
    await target.getByRole('status').getByText('Invoice saved').waitFor();
    // Every click stored with its picture before Stop: the editor and the file show them.
    await waitForStep(popup, 'Click "Save invoice"');
    await waitForScreenshotsAttached(popup);

    const editor = await stopRecording(popup, context);
    expect(editor.url()).toMatch(new RegExp(`^chrome-extension://${extensionId}/src/editor/index\\.html\\?`));

    // The editor: one list item per step, each with a decoded screenshot and a sentence box.
    const sentences = editor.getByRole('textbox', { name: /^Step \d+\b/ });
    const steps = editor.getByRole('list').filter({ has: sentences }).first().getByRole('listitem');
    await expect.poll(() => steps.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(CLICKED.length);
    const count = await steps.count();
    await expect.poll(() => sentences.count()).toBe(count);
    for (let i = 0; i < count; i++) {
      const item = steps.nth(i);
      // The editor loads screenshots as they scroll into view, as a person would see them.
      await item.scrollIntoViewIfNeeded();
      await expect
        .poll(() => item.locator('img').count(), { message: `step ${i + 1} has a screenshot` })
        .toBeGreaterThan(0);
      await expect
        .poll(() => imagesLoaded(item), { message: `step ${i + 1} screenshot decoded`, timeout: 10_000 })
        .not.toContain(false);
    }
    const recorded = await Promise.all(Array.from({ length: count }, (_, i) => sentenceOf(sentences.nth(i))));
    expect(inOrder(recorded, CLICKED), `recorded sentences: ${JSON.stringify(recorded)}`).toBe(true);

    // The hostile label is shown as text: in its sentence box (the editor shows sentences only as
    // editable values, so getByText cannot see them) and in the screenshot's alt text; never as an element.
    const hostileAt = recorded.indexOf(CLICKED[0]!);
    expect(await sentences.nth(hostileAt).isVisible()).toBe(true);
    const hostileShot = editor.getByRole('img', {
      name: `Step ${hostileAt + 1}: ${CLICKED[0]}`,
      exact: true,
    });
    await hostileShot.scrollIntoViewIfNeeded();
    expect(await hostileShot.isVisible()).toBe(true);
    expect(await editor.locator('img[src="x"]').count()).toBe(0);

    // Edit the sentence of the "Add line" click.
    const edited = recorded.indexOf(CLICKED[1]!);
    const box = editor.getByRole('textbox', { name: new RegExp(`^Step ${edited + 1}\\b`) });
    await box.fill(EDITED);
    await box.press('Tab');
    await expect.poll(() => sentenceOf(box)).toBe(EDITED);
    const expected = recorded.map((s, i) => (i === edited ? EDITED : s));

    // Download.
    const [download] = await Promise.all([
      editor.waitForEvent('download', { timeout: 15_000 }),
      editor.getByRole('button', { name: 'Download HTML' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.html$/);
    const file = join(downloads!, 'procedure.html');
    await download.saveAs(file);
    const html = readFileSync(file, 'utf8');

    // Checked as text: what a mail filter or a careful reader would see.
    const tags = startTags(html);
    const csp = tags.find(
      (t) => t.name === 'meta' && t.attrs['http-equiv']?.toLowerCase() === 'content-security-policy',
    );
    expect(csp?.attrs.content, 'a Content-Security-Policy meta tag').toMatch(/default-src 'none'/);
    expect(csp!.attrs.content).not.toMatch(/script-src|unsafe-inline|unsafe-eval/);
    expect(tags.filter((t) => t.name === 'script').map((t) => excerpt(html, t.at))).toEqual([]);
    expect(tags.filter((t) => /^(iframe|frame|object|embed|base)$/.test(t.name)).map((t) => t.name)).toEqual(
      [],
    );
    expect(tags.some((t) => t.name === 'ol')).toBe(true);
    expect(html).toContain(escapeHtml(EDITED));
    const images = tags.filter((t) => t.name === 'img');
    expect(images.length).toBeGreaterThanOrEqual(count);
    for (const img of images)
      expect(img.attrs.src?.slice(0, 30)).toMatch(/^data:image\/(png|jpeg|webp);base64,/);
    // Nothing that would load from elsewhere: resource attributes, <link href>, CSS url() and @import.
    expect(externalLoads(tags)).toEqual([]);
    const cssLoad = /url\(\s*["']?\s*(?!data:)[a-z]+:|url\(\s*["']?\s*\/\/|@import/i.exec(html);
    expect(cssLoad && excerpt(html, cssLoad.index)).toBeNull();
    // The hostile label: present as escaped text, and nowhere in the file as the start of a tag.
    expect(html).toContain(HOSTILE_ESCAPED);
    const raw = html.indexOf(HOSTILE);
    expect(raw < 0 ? null : excerpt(html, raw), 'the label unescaped').toBeNull();
    expect(images.filter((t) => t.attrs.src === 'x' || 'onerror' in t.attrs).length).toBe(0);

    // Checked in Chromium: the file opened from disk shows every step, loads nothing, runs nothing.
    const opened = await context.newPage();
    const requests: string[] = [];
    opened.on('request', (request) => requests.push(request.url()));
    await opened.goto(pathToFileURL(file).href);
    const items = exportedSteps(opened);
    expect(await items.count()).toBe(count);
    for (let i = 0; i < count; i++) {
      expect(await items.nth(i).textContent(), `exported step ${i + 1}`).toContain(expected[i]!);
    }
    await expect.poll(() => imagesLoaded(opened.locator('ol')), { timeout: 10_000 }).not.toContain(false);
    expect(await opened.locator('ol img').count()).toBeGreaterThanOrEqual(count);
    expect(await opened.evaluate(() => (window as { __pwned?: boolean }).__pwned)).toBeUndefined();
    expect(await opened.locator('img[src="x"]').count()).toBe(0);
    expect(requests.filter((url) => !/^(data|file):/.test(url))).toEqual([]);

    // Nothing ran anywhere: not in the recorded page, the editor, or the exported file.
    expect(await target.evaluate(() => (window as { __pwned?: boolean }).__pwned)).toBeUndefined();
    expect(seen.dialogs).toEqual([]);
    expect(seen.errors).toEqual([]);
  });
});

/** How an HTML serializer writes text content. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
