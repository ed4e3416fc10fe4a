/**
 * Issue 10 §2 end to end: record a sign-in (email, password, Sign in) and check that the focused
 * view, in the editor and in the downloaded HTML, holds the marker and shows the password field
 * only as solid black; that each step and the whole procedure switch to full and back, undoably;
 * and that the Markdown zip carries a cropped image per focused step (sizes are printed). Run at
 * device pixel ratio 1 and 2: the editor and the exported page are drawn at that ratio.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FocusView, focusView } from '../../src/shared/focus';
import type { Rect, Step } from '../../src/shared/model';
import { humanClick, humanType } from './support/clicks';
import { type LaunchedExtension, launchExtension } from './support/extension';
import { openPopup, startRecording, stopRecording } from './support/popup';
import { distUnderTest, newestSteps } from './support/recorded';
import { isBlack, type Rgb } from './support/screenshot-pixels';
import { type FixtureServer, startServer } from './support/server';
import { waitForScreenshotsAttached, waitForStep } from './support/waits';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** `inner` lies within `outer`, allowing a pixel of rounding. */
function within(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x - 1 &&
    inner.y >= outer.y - 1 &&
    inner.x + inner.width <= outer.x + outer.width + 1 &&
    inner.y + inner.height <= outer.y + outer.height + 1
  );
}

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('Element has no box: it is not shown.');
  return box;
}

/** The stored image's pixel size, read from IndexedDB in an extension page. */
async function imageSize(extensionPage: Page, imageId: string): Promise<{ width: number; height: number }> {
  return extensionPage.evaluate(`new Promise((resolve, reject) => {
    const open = indexedDB.open('handoff');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const get = open.result.transaction('images').objectStore('images').get(${JSON.stringify(imageId)});
      get.onsuccess = () => { resolve({ width: get.result.width, height: get.result.height }); open.result.close(); };
    };
  })`);
}

/** Colours at points (CSS px of the element) of an element's on-screen pixels, decoded in `page`. */
async function shownPixels(page: Page, element: Locator, points: { x: number; y: number }[]): Promise<Rgb[]> {
  const png = (await element.screenshot()).toString('base64');
  return page.evaluate(`(async () => {
    const bytes = Uint8Array.from(atob(${JSON.stringify(png)}), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    context.drawImage(bitmap, 0, 0);
    const scale = bitmap.width / ${(await boxOf(element)).width};
    return ${JSON.stringify(points)}.map(({ x, y }) => {
      const [r, g, b] = context.getImageData(Math.round(x * scale), Math.round(y * scale), 1, 1).data;
      return { r, g, b };
    });
  })()`);
}

/**
 * Points inside the password field (inset from its edges) that fall inside the focused crop, in
 * CSS px of a frame of `frame` size showing that crop. The field's rect is in the page's CSS px.
 */
function secretPointsInFrame(
  field: Rect,
  step: Step,
  focus: FocusView,
  image: { width: number },
  frame: Box,
) {
  const scale = image.width / step.viewport!.width;
  const inset = 5;
  const xs = [field.x + inset, field.x + field.width / 2, field.x + field.width - inset];
  const ys = [field.y + inset, field.y + field.height / 2, field.y + field.height - inset];
  const c = focus.crop;
  // The frame's 1 px border: the picture fills the box inside it.
  const inner = { width: frame.width - 2, height: frame.height - 2 };
  return xs.flatMap((x) =>
    ys.flatMap((y) => {
      const ix = x * scale - c.x;
      const iy = y * scale - c.y;
      if (ix < 0 || iy < 0 || ix > c.width || iy > c.height) return [];
      return [{ x: 1 + (ix / c.width) * inner.width, y: 1 + (iy / c.height) * inner.height }];
    }),
  );
}

describe.each([1, 2])('focused view of a recorded sign-in at device pixel ratio %i', (dpr) => {
  let server: FixtureServer | undefined;
  let ext: LaunchedExtension | undefined;
  let downloads: string | undefined;

  beforeAll(async () => {
    server = await startServer();
    ext = await launchExtension({ dist: distUnderTest(), deviceScaleFactor: dpr });
    downloads = mkdtempSync(join(tmpdir(), 'handoff-focus-'));
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
    if (downloads) rmSync(downloads, { recursive: true, force: true });
  });

  it('focuses each action, hides the password in every view, and switches views undoably', async () => {
    const { context, extensionId } = ext!;
    const page = await context.newPage();
    await page.goto(server!.url('signin/'));
    const popup = await openPopup(context, extensionId);
    await startRecording(popup, page);

    await humanType(page.getByRole('textbox', { name: 'Email' }), 'ada@example.test');
    await humanType(page.getByLabel('Password'), 'hunter2-secret');
    await humanClick(page.getByRole('button', { name: 'Sign in' }));
    await page.waitForURL(/\/invoice\//);
    // The click is stored, its picture attached, before Stop: the checks below read both.
    await waitForStep(popup, (s) => s.type === 'click' && s.target.name === 'Sign in');
    await waitForScreenshotsAttached(popup);

    const editor = await stopRecording(popup, context);
    const steps = await newestSteps(popup);
    // The email typed before it is secret too (personal data, issue 16): find the password by kind.
    const password = steps.find((s) => s.type === 'type' && s.secret && s.secretKind === 'password');
    const signIn = steps.findIndex((s) => s.type === 'click' && s.target.name === 'Sign in');
    expect(password, `steps: ${steps.map((s) => s.type).join(', ')}`).toBeDefined();
    expect(signIn).toBeGreaterThanOrEqual(0);
    const step = steps[signIn]!;
    expect(step.viewport?.devicePixelRatio).toBe(dpr);
    expect(step.image, 'the Sign in click has a screenshot').toBeDefined();
    // The recorder saw the form around the button.
    expect(step.target?.context).toBeDefined();
    const size = await imageSize(popup, step.image!.imageId);
    // Under Playwright's emulated scale factor captureVisibleTab still returns CSS-sized pixels, so
    // the crop follows the image's own scale (image width over viewport width), not the ratio.
    expect([step.viewport!.width, step.viewport!.width * dpr]).toContain(size.width);
    const focus = focusView(step, size);
    expect(focus, 'the Sign in click has a focused view').toBeDefined();
    const field = password!.target!.rect;
    const n = signIn + 1;

    // The editor: the step shows its focused view, with the marker inside it.
    const item = editor
      .getByRole('listitem')
      .filter({ has: editor.getByRole('textbox', { name: `Step ${n} sentence` }) });
    await item.scrollIntoViewIfNeeded();
    const toggle = editor.getByRole('button', { name: `Full screenshot of step ${n}` });
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    const frame = item.locator('.shot-frame');
    await expect
      .poll(() => item.locator('img').evaluate((img) => (img as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(0);
    const frameBox = await boxOf(frame);
    expect(frameBox.width / frameBox.height).toBeCloseTo(focus!.crop.width / focus!.crop.height, 1);
    expect(within(await boxOf(frame.locator('.marker')), frameBox)).toBe(true);
    const points = secretPointsInFrame(field, step, focus!, size, frameBox);
    expect(points.length, 'the password field lies in the focused crop').toBeGreaterThan(0);
    const shown = await shownPixels(editor, frame, points);
    expect(shown.map(isBlack), JSON.stringify(shown)).toEqual(points.map(() => true));

    // Every action step with a screenshot is focused, its marker inside; wherever the password
    // field shows in a focused view (the typing step's own view is centred on it), it is black.
    for (const [i, other] of steps.entries()) {
      if (!other.image || other.type === 'navigate') continue;
      const otherItem = editor
        .getByRole('listitem')
        .filter({ has: editor.getByRole('textbox', { name: `Step ${i + 1} sentence` }) });
      await otherItem.scrollIntoViewIfNeeded();
      const otherSize = await imageSize(popup, other.image.imageId);
      const otherFocus = focusView(other, otherSize);
      expect(otherFocus, `step ${i + 1} is focused`).toBeDefined();
      await expect
        .poll(() =>
          editor
            .getByRole('button', { name: `Full screenshot of step ${i + 1}` })
            .getAttribute('aria-pressed'),
        )
        .toBe('false');
      const otherFrame = otherItem.locator('.shot-frame');
      await expect
        .poll(() => otherItem.locator('img').evaluate((img) => (img as HTMLImageElement).naturalWidth))
        .toBeGreaterThan(0);
      const otherBox = await boxOf(otherFrame);
      if (other.marker?.hidden !== true)
        expect(within(await boxOf(otherFrame.locator('.marker')), otherBox)).toBe(true);
      const otherPoints = secretPointsInFrame(field, other, otherFocus!, otherSize, otherBox);
      if (other === password) expect(otherPoints.length, 'the password step shows its field').toBe(9);
      const otherPixels = await shownPixels(editor, otherFrame, otherPoints);
      expect(otherPixels.map(isBlack), `step ${i + 1}: ${JSON.stringify(otherPixels)}`).toEqual(
        otherPoints.map(() => true),
      );
    }

    // One step to full and back with Undo.
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    const fullBox = await boxOf(frame);
    expect(fullBox.width / fullBox.height).toBeCloseTo(step.viewport!.width / step.viewport!.height, 1);
    expect(within(await boxOf(frame.locator('.marker')), fullBox)).toBe(true);
    await expect.poll(async () => (await newestSteps(popup))[signIn]?.view).toBe('full');
    await editor.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    await expect.poll(async () => (await newestSteps(popup))[signIn]?.view).toBeUndefined();

    // The whole procedure to full, and back with Undo.
    await editor.getByRole('button', { name: 'Show every screenshot full' }).click();
    const toggles = editor.getByRole('button', { name: /^Full screenshot of step \d+$/ });
    await expect
      .poll(async () =>
        (await toggles.evaluateAll((b) => b.map((e) => e.getAttribute('aria-pressed')))).every(
          (p) => p === 'true',
        ),
      )
      .toBe(true);
    await editor.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');

    // The HTML export: the same focused view, the marker inside it, the password black.
    const [download] = await Promise.all([
      editor.waitForEvent('download', { timeout: 15_000 }),
      editor.getByRole('button', { name: 'Download HTML' }).click(),
    ]);
    const file = join(downloads!, 'procedure.html');
    await download.saveAs(file);
    const html = readFileSync(file, 'utf8');
    expect(html).not.toContain('hunter2-secret');
    const opened = await context.newPage();
    await opened.goto(pathToFileURL(file).href);
    const li = opened.locator(`#step-${n}`);
    const exported = li.locator('.frame');
    await expect
      .poll(() => li.locator('img').evaluate((img) => (img as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(0);
    // One image per step, cropped by CSS: the file holds each screenshot once.
    expect(await li.locator('img').count()).toBe(1);
    const exportedBox = await boxOf(exported);
    expect(exportedBox.width / exportedBox.height).toBeCloseTo(focus!.crop.width / focus!.crop.height, 1);
    expect(within(await boxOf(li.locator('.marker')), exportedBox)).toBe(true);
    const exportedPoints = secretPointsInFrame(field, step, focus!, size, exportedBox);
    const exportedPixels = await shownPixels(popup, exported, exportedPoints);
    expect(exportedPixels.map(isBlack), JSON.stringify(exportedPixels)).toEqual(
      exportedPoints.map(() => true),
    );

    // "Full screenshot" opens the whole picture without script, and closes back to the crop.
    // The details element is a group named by its summary.
    const fullView = li.getByRole('group').filter({ hasText: 'Full screenshot' });
    const summary = fullView.getByText('Full screenshot', { exact: true });
    await summary.click();
    await expect.poll(() => fullView.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const openedBox = await boxOf(exported);
    expect(openedBox.width / openedBox.height).toBeCloseTo(size.width / size.height, 1);
    expect(within(await boxOf(li.locator('.marker')), openedBox)).toBe(true);
    await summary.click();
    await expect.poll(() => fullView.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect((await boxOf(exported)).width / (await boxOf(exported)).height).toBeCloseTo(
      focus!.crop.width / focus!.crop.height,
      1,
    );
    await opened.close();

    // The Markdown zip: a cropped image per focused step, each linked; sizes for the report.
    const [md] = await Promise.all([
      editor.waitForEvent('download', { timeout: 15_000 }),
      editor.getByRole('button', { name: 'Download Markdown' }).click(),
    ]);
    const zipFile = join(downloads!, 'procedure.zip');
    await md.saveAs(zipFile);
    const entries = unzipSync(readFileSync(zipFile));
    const focused = Object.keys(entries).filter((name) => name.includes('-focus.'));
    const focusedSteps = steps.flatMap((s, i) => (s.image && s.type !== 'navigate' ? [i + 1] : []));
    expect(focused.length).toBeGreaterThan(0);
    expect(focused).toContain(`images/step-${String(n).padStart(3, '0')}-focus.png`);
    const text = new TextDecoder().decode(entries['procedure.md']);
    for (const name of focused) expect(text).toContain(`](${name})`);
    const sizes = focused.map((name) => entries[name]!.length);
    const full = Object.keys(entries)
      .filter((name) => name.startsWith('images/') && !name.includes('-focus.'))
      .map((name) => entries[name]!.length);
    console.log(
      `DPR ${dpr}: focused screenshot bytes per step: ${sizes.join(', ')} (median ${median(sizes)}; ` +
        `${focused.length} focused of ${focusedSteps.length} action steps with a screenshot); ` +
        `full screenshots: ${full.join(', ')} (median ${median(full)})`,
    );
  }, 90_000);
});

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
