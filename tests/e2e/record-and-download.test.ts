/**
 * Issue 2's acceptance test: record three clicks on a real page through the popup, edit a sentence
 * in the editor, download the procedure as one HTML file, and check that file is self-contained
 * and inert (no script, strict CSP, data: images, hostile labels escaped) both as text and in Chromium.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { humanClick } from './support/clicks';
import { type LaunchedExtension, launchExtension } from './support/extension';
import { openPopup, startRecording, stopRecording } from './support/popup';
import { type FixtureServer, startServer } from './support/server';

/** A customer name in the invoice fixture, set with textContent: it must stay text everywhere. */
const HOSTILE = '<img src=x onerror=alert(1)>';
const HOSTILE_ESCAPED = '&lt;img src=x onerror=alert(1)&gt;';
const EDITED = 'Add a line for the consulting work';
/** The clicks made, in order, as the sentences text.ts generates for them. */
const CLICKED = [`Click "${HOSTILE}"`, 'Click "Add line"', 'Click "Save invoice"'];

/**
 * Everything any page in the browser did that it should not: dialogs and uncaught errors. Watched
 * on the context so that pages the extension opens are covered from their first script on.
 */
function watch(context: BrowserContext): { dialogs: string[]; errors: string[] } {
  const seen = { dialogs: [] as string[], errors: [] as string[] };
  context.on('dialog', (dialog) => {
    seen.dialogs.push(`${dialog.page()?.url()}: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss().catch(() => {});
  });
  context.on('weberror', (error) => seen.errors.push(`${error.page()?.url()}: ${error.error().message}`));
  return seen;
}

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
      await expect
        .poll(() => item.locator('img').count(), { message: `step ${i + 1} has a screenshot` })
        .toBeGreaterThan(0);
      await expect
        .poll(() => imagesLoaded(item), { message: `step ${i + 1} screenshot decoded`, timeout: 10_000 })
        .not.toContain(false);
    }
    const recorded = await Promise.all(Array.from({ length: count }, (_, i) => sentenceOf(sentences.nth(i))));
    expect(inOrder(recorded, CLICKED), `recorded sentences: ${JSON.stringify(recorded)}`).toBe(true);

    // The hostile label is shown as text, and never became an element.
    await expect.poll(() => editor.getByText(HOSTILE).first().isVisible()).toBe(true);
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
    expect(html).toMatch(/<meta\s+http-equiv=["']?Content-Security-Policy["']?/i);
    expect(html).not.toMatch(/<script/i);
    expect(html).toMatch(/<ol[\s>]/i);
    expect(html).toContain(escapeHtml(EDITED));
    const imgSrcs = [...html.matchAll(/<img\b[^>]*>/gi)].map(
      (m) => /\ssrc\s*=\s*["']?([^"'\s>]+)/i.exec(m[0])?.[1],
    );
    expect(imgSrcs.length).toBeGreaterThanOrEqual(count);
    for (const src of imgSrcs) expect(src).toMatch(/^data:image\/(png|jpeg|webp);base64,/);
    // Nothing that would load from elsewhere: resource attributes, <link>, CSS url() and @import.
    expect(html).not.toMatch(
      /\s(src|srcset|poster|data|action|formaction|background)\s*=\s*["']?\s*(https?:)?\/\//i,
    );
    expect(html).not.toMatch(/<link\b[^>]*href\s*=\s*["']?\s*(https?:)?\/\//i);
    expect(html).not.toMatch(/url\(\s*["']?\s*(https?:)?\/\//i);
    expect(html).not.toMatch(/@import/i);
    expect(html).toContain(HOSTILE_ESCAPED);
    expect(html).not.toMatch(/<img[^>]*\ssrc\s*=\s*["']?x[\s"'>]/i);

    // Checked in Chromium: the file opened from disk shows every step, loads nothing, runs nothing.
    const opened = await context.newPage();
    const requests: string[] = [];
    opened.on('request', (request) => requests.push(request.url()));
    await opened.goto(pathToFileURL(file).href);
    const items = opened.locator('ol > li');
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
