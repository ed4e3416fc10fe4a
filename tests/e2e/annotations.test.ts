/**
 * Issue 16, annotations end to end: record a short sign-in, then in the editor add an arrow and a
 * callout with named buttons, move the arrow with the arrow keys, undo the move, drag the callout
 * with the mouse, and check what is stored; the downloaded HTML carries both as inline SVG laid
 * exactly over the screenshot, with the callout's words and an alt text that names them.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation, Step } from '../../src/shared/model';
import { humanClick, humanType } from './support/clicks';
import { downloadExport } from './support/exports';
import { type LaunchedExtension, launchExtension } from './support/extension';
import { openPopup, startRecording, stopRecording } from './support/popup';
import { distUnderTest, newestSteps } from './support/recorded';
import { type FixtureServer, startServer } from './support/server';
import { waitForScreenshotsAttached, waitForStep, waitUntil } from './support/waits';

/** The stored annotations of step `index` once `done` holds for them. */
function storedAnnotations(
  popup: Page,
  index: number,
  what: string,
  done: (list: readonly Annotation[]) => boolean,
): Promise<Annotation[]> {
  let last: unknown;
  return waitUntil(
    what,
    async () => {
      const list = (await newestSteps(popup))[index]?.annotations ?? [];
      last = list;
      return done(list) ? list : undefined;
    },
    { seen: async () => last },
  );
}

const arrowOf = (list: readonly Annotation[]) => list.find((a) => a.kind === 'arrow');
const calloutOf = (list: readonly Annotation[]) => list.find((a) => a.kind === 'callout');

describe('annotations on a recorded screenshot', () => {
  let server: FixtureServer | undefined;
  let ext: LaunchedExtension | undefined;
  let folder: string | undefined;

  beforeAll(async () => {
    server = await startServer();
    ext = await launchExtension({ dist: distUnderTest() });
    folder = mkdtempSync(join(tmpdir(), 'handoff-annotations-'));
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('adds, moves, undoes and exports an arrow and a callout, all by keyboard and name', async () => {
    const { context, extensionId } = ext!;
    const page = await context.newPage();
    await page.goto(server!.url('signin/'));
    const popup = await openPopup(context, extensionId);
    await startRecording(popup, page);
    await humanType(page.getByRole('textbox', { name: 'Email' }), 'ada@example.test');
    await humanClick(page.getByRole('button', { name: 'Sign in' }));
    await waitForStep(popup, (s) => s.type === 'click' && s.target.name === 'Sign in');
    await waitForScreenshotsAttached(popup);
    const editor = await stopRecording(popup, context);

    const steps: Step[] = await newestSteps(popup);
    const index = steps.findIndex((s) => s.type === 'click' && s.target.name === 'Sign in');
    expect(index).toBeGreaterThanOrEqual(0);
    const n = index + 1;
    const item = editor
      .getByRole('listitem')
      .filter({ has: editor.getByRole('textbox', { name: `Step ${n} sentence` }) });
    await item.scrollIntoViewIfNeeded();

    // Add an arrow, then a callout whose words are typed into its own box.
    await item.getByRole('button', { name: `Annotate step ${n}` }).click();
    await item.getByRole('button', { name: `Add arrow to step ${n}` }).click();
    const arrow = item.getByRole('button', { name: `Arrow, 1 of 1 on step ${n}` });
    await expect.poll(() => arrow.evaluate((el) => el === document.activeElement)).toBe(true);
    await item.getByRole('button', { name: `Add callout to step ${n}` }).click();
    const text = item.getByRole('textbox', { name: 'Callout text' });
    await expect.poll(() => text.evaluate((el) => el === document.activeElement)).toBe(true);
    await text.fill('Check the total');
    await text.press('Tab');
    const added = await storedAnnotations(popup, index, 'an arrow and a callout stored', (list) => {
      const callout = calloutOf(list);
      return (
        list.length === 2 &&
        !!arrowOf(list) &&
        callout?.kind === 'callout' &&
        callout.text === 'Check the total'
      );
    });
    const before = arrowOf(added)!;
    if (before.kind !== 'arrow') throw new Error('not an arrow');

    // Move the arrow with the keyboard: three presses right, one ten-pixel press down.
    const arrowNow = item.getByRole('button', { name: `Arrow, 1 of 2 on step ${n}` });
    await arrowNow.focus();
    for (let i = 0; i < 3; i++) await editor.keyboard.press('ArrowRight');
    await editor.keyboard.press('Shift+ArrowDown');
    const moved = await storedAnnotations(popup, index, 'the arrow moved by (3, 10)', (list) => {
      const a = arrowOf(list);
      return a?.kind === 'arrow' && a.from.x === before.from.x + 3 && a.from.y === before.from.y + 10;
    });
    expect(arrowOf(moved)).toEqual({
      ...before,
      from: { x: before.from.x + 3, y: before.from.y + 10 },
      to: { x: before.to.x + 3, y: before.to.y + 10 },
    });

    // One Undo takes back the whole run of presses (one undo step), not the arrow.
    await editor.keyboard.press('Control+z');
    const undone = await storedAnnotations(popup, index, 'the move undone', (list) => {
      const a = arrowOf(list);
      return a?.kind === 'arrow' && a.from.x === before.from.x && a.from.y === before.from.y;
    });
    expect(undone).toEqual(added);

    // A mouse drag moves the callout by about the distance dragged, in the screenshot's pixels.
    const callout = item.getByRole('button', { name: `Callout "Check the total", 2 of 2 on step ${n}` });
    const box = (await callout.boundingBox())!;
    const frame = (await item.locator('svg.annot-layer').boundingBox())!;
    await editor.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await editor.mouse.down();
    await editor.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2 + 20, { steps: 5 });
    await editor.mouse.up();
    const dragged = await storedAnnotations(popup, index, 'the callout dragged', (list) => {
      const c = calloutOf(list);
      const was = calloutOf(added);
      return c?.kind === 'callout' && was?.kind === 'callout' && c.at.x > was.at.x;
    });
    const from = calloutOf(added)!;
    const to = calloutOf(dragged)!;
    if (from.kind !== 'callout' || to.kind !== 'callout') throw new Error('not a callout');
    // The layer's width stands for the frame's CSS px; 40 screen px of drag is that share of it.
    const viewBoxWidth = await item
      .locator('svg.annot-layer')
      .evaluate((svg) => (svg as SVGSVGElement).viewBox.baseVal.width);
    expect(to.at.x - from.at.x).toBeCloseTo((40 * viewBoxWidth) / frame.width, -0.5);

    // The editor's picture names both in its alt text.
    const alt = await item
      .locator('.shot-frame img, .shot-frame [role="img"]')
      .first()
      .evaluate((el) => el.getAttribute('alt') ?? el.getAttribute('aria-label'));
    expect(alt).toContain(
      'Marked on the screenshot: an arrow to the marked element; a callout "Check the total".',
    );

    // The HTML download: the SVG over the screenshot, the callout's words, and the alt text.
    const html = await downloadExport(editor, 'Download HTML');
    const li = html.text.slice(html.text.indexOf(`id="step-${n}"`));
    const figure = li.slice(0, li.indexOf('</figure>'));
    expect(figure).toMatch(/<svg class="ann" [^>]*viewBox="0 0 [\d.]+ [\d.]+"/);
    expect(figure).toMatch(/<text [^>]*>Check the total<\/text>/);
    expect(figure).toContain('<polygon');
    expect(figure).toContain(
      'Marked on the screenshot: an arrow to the marked element; a callout &quot;Check the total&quot;.',
    );

    // Opened as a file, the layer lies exactly over the picture, in the focused view and the full one.
    const [download] = await Promise.all([
      editor.waitForEvent('download', { timeout: 30_000 }),
      editor.getByRole('button', { name: 'Download HTML' }).click(),
    ]);
    const file = join(folder!, 'procedure.html');
    writeFileSync(file, readFileSync(await download.path()));
    const exported = await context.newPage();
    try {
      await exported.goto(pathToFileURL(file).href);
      const shot = exported.locator(`#step-${n} figure`);
      await expect
        .poll(() => shot.locator('img').evaluate((img) => (img as HTMLImageElement).naturalWidth))
        .toBeGreaterThan(0);
      /** How far the layer's box is from the picture's, CSS px: left, top, width, height. */
      const offBy = async () => {
        const img = (await shot.locator('img').boundingBox())!;
        const svg = (await shot.locator('svg.ann').boundingBox())!;
        return [svg.x - img.x, svg.y - img.y, svg.width - img.width, svg.height - img.height];
      };
      const aligned = (d: number[]) => d.every((x) => Math.abs(x) < 1.5);
      expect(aligned(await offBy()), JSON.stringify(await offBy())).toBe(true);
      await expect.poll(() => shot.locator('svg.ann text').first().textContent()).toBe('Check the total');
      if ((await shot.locator('details.full-toggle').count()) > 0) {
        await shot.locator('details.full-toggle summary').click();
        await expect.poll(async () => aligned(await offBy())).toBe(true);
      }
      expect(await exported.locator('script').count()).toBe(0);
    } finally {
      await exported.close();
    }
  });
});
