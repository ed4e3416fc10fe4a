/**
 * The marker must land on the clicked element in the screenshot at device pixel ratio 1 and 2,
 * after scrolling, and at 125% page zoom. The button is a solid colour, so the check is made on
 * the stored screenshot's pixels: inside the marker it is that colour, just outside it is not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markerBox } from '../../src/shared/geometry';
import type { Step } from '../../src/shared/model';
import { humanClick, personPause } from './support/clicks';
import { launchExtension } from './support/extension';
import { openPopup, startRecording, stopRecording } from './support/popup';
import { newestSteps } from './support/recorded';
import { type Rgb, screenshotPixels } from './support/screenshot-pixels';
import { type FixtureServer, startServer } from './support/server';
import { waitForScreenshotsAttached, waitForStep, waitForStepCount } from './support/waits';

/** A person's time between scrolling to a button and pressing it: over one quota window (1 s). */
const SCROLL_THEN_CLICK_MS = 1_000;

/** #c8102e, allowing for colour management and anti-aliasing. */
function isButtonRed({ r, g, b }: Rgb): boolean {
  return r > 170 && g < 60 && b < 80;
}

async function recordOneClick(server: FixtureServer, deviceScaleFactor: number, zoom: number): Promise<Step> {
  const ext = await launchExtension({ deviceScaleFactor });
  try {
    const page = await ext.context.newPage();
    await page.goto(server.url('marker/'));
    const popup = await openPopup(ext.context, ext.extensionId);
    if (zoom !== 1) {
      // Page zoom is the browser's, not the page's: set it as a person would, through the browser.
      await popup.evaluate(
        `chrome.tabs.query({ url: ${JSON.stringify(server.url('marker/'))} }).then(([tab]) => chrome.tabs.setZoom(tab.id, ${zoom}))`,
      );
      await page.waitForFunction(`Math.abs(window.devicePixelRatio - ${deviceScaleFactor * zoom}) < 0.01`);
    }
    await startRecording(popup, page);
    await waitForStepCount(popup, 1);
    const button = page.getByRole('button', { name: 'Close the year' });
    await button.scrollIntoViewIfNeeded();
    // A person finds the button after scrolling. The recorder relies on that pace: by then the
    // scrolled page has its standby picture; a click sooner, with the quota spent, would fall back
    // to the picture from before the scroll (background/store-step.ts).
    await personPause(page, SCROLL_THEN_CLICK_MS);
    await humanClick(button);
    await waitForStep(popup, (step) => step.type === 'click');
    await waitForScreenshotsAttached(popup);
    await stopRecording(popup, ext.context);
    const steps = await newestSteps(popup);
    const click = steps.find((s) => s.type === 'click');
    if (!click) throw new Error(`No click step among ${steps.map((s) => s.type).join(', ')}`);
    (click as Step & { pixels?: Rgb[] }).pixels = await pixelsAround(popup, click);
    return click;
  } finally {
    await ext.close();
  }
}

/** Four points 6 CSS px inside the corners (clear of the label), then four 12 px outside each edge. */
async function pixelsAround(popup: import('playwright-core').Page, step: Step): Promise<Rgb[]> {
  const r = step.target!.rect;
  const cx = r.x + r.width / 2;
  const cy = r.y + r.height / 2;
  return screenshotPixels(popup, step, [
    { x: r.x + 6, y: r.y + 6 },
    { x: r.x + r.width - 6, y: r.y + 6 },
    { x: r.x + 6, y: r.y + r.height - 6 },
    { x: r.x + r.width - 6, y: r.y + r.height - 6 },
    { x: r.x - 12, y: cy },
    { x: r.x + r.width + 12, y: cy },
    { x: cx, y: r.y - 12 },
    { x: cx, y: r.y + r.height + 12 },
  ]);
}

describe.each([
  { name: 'device pixel ratio 1', dpr: 1, zoom: 1 },
  { name: 'device pixel ratio 2', dpr: 2, zoom: 1 },
  { name: '125% page zoom', dpr: 1, zoom: 1.25 },
])('marker after scrolling at $name', ({ dpr, zoom }) => {
  let server: FixtureServer;
  let step: Step & { pixels?: Rgb[] };

  beforeAll(async () => {
    server = await startServer();
    step = await recordOneClick(server, dpr, zoom);
  }, 60_000);

  afterAll(async () => {
    await server?.close();
  });

  it('records the viewport as the page saw it', () => {
    expect(step.viewport?.devicePixelRatio).toBeCloseTo(dpr * zoom, 2);
    // The page was scrolled: the button sits in the viewport, not 1,100 px down the document.
    expect(step.target?.rect.y).toBeGreaterThan(0);
    expect(step.target?.rect.y).toBeLessThan(step.viewport!.height);
  });

  it('puts the marker on the element in the screenshot', () => {
    const inside = step.pixels!.slice(0, 4);
    const outside = step.pixels!.slice(4);
    expect(inside.map(isButtonRed)).toEqual([true, true, true, true]);
    expect(outside.map(isButtonRed)).toEqual([false, false, false, false]);
    const box = markerBox(step);
    expect(box).toBeDefined();
    // The percentages the editor and the export draw with agree with the pixels checked above.
    const r = step.target!.rect;
    expect(box!.left).toBeCloseTo(((r.x - 4) / step.viewport!.width) * 100, 1);
    expect(box!.top).toBeCloseTo(((r.y - 4) / step.viewport!.height) * 100, 1);
  });
});
