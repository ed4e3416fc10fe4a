/**
 * A frame from another site (a payment provider's card form) can see neither where it sits nor
 * the page around it. Its steps must still get a marker in the right place, and its card field
 * must be solid black both in its own steps' screenshots and in the page's.
 */
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Step } from '../../src/shared/model';
import { sentence } from '../../src/shared/text';
import { findSecrets, SECRETS } from './fixtures/secrets';
import { humanClick, humanType } from './support/clicks';
import { type LaunchedExtension, launchExtension } from './support/extension';
import { openPopup, startRecording, stopRecording } from './support/popup';
import { newestSteps } from './support/recorded';
import { isBlack, screenshotPixels } from './support/screenshot-pixels';
import { type FixtureServer, startServer } from './support/server';
import { dumpStorage } from './support/storage-dump';
import { waitForScreenshotsAttached, waitForStep, waitForStepCount } from './support/waits';

type Box = { x: number; y: number; width: number; height: number };

/**
 * Where an element inside the provider frame is in the top-level viewport. Playwright's
 * boundingBox ignores the iframe's border and padding (it is 14 px off here), so the page itself
 * is asked: the frame's content box in the top page plus the element's rect in the frame.
 */
async function boxInTopViewport(page: Page, frame: FrameLocator, element: Locator): Promise<Box> {
  const origin = JSON.parse(
    await page.evaluate(`(() => {
      const f = document.getElementById('provider');
      const r = f.getBoundingClientRect();
      const s = getComputedStyle(f);
      return JSON.stringify({ x: r.left + f.clientLeft + parseFloat(s.paddingLeft), y: r.top + f.clientTop + parseFloat(s.paddingTop) });
    })()`),
  ) as { x: number; y: number };
  await frame.locator('body').waitFor();
  const inner = JSON.parse(
    await element.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return JSON.stringify({ x: r.left, y: r.top, width: r.width, height: r.height });
    }),
  ) as Box;
  return { x: origin.x + inner.x, y: origin.y + inner.y, width: inner.width, height: inner.height };
}

describe('a cross-origin payment frame', () => {
  let ext: LaunchedExtension;
  let server: FixtureServer;
  let steps: Step[] = [];
  let storage = '';
  let checkBox: Box | null = null;
  let cardBox: Box | null = null;
  let popup: Page;

  beforeAll(async () => {
    server = await startServer();
    ext = await launchExtension();
    const page = await ext.context.newPage();
    await page.goto(server.url('marker/checkout.html'));
    const frame = page.frameLocator('#provider');
    await frame.getByLabel('Card number').waitFor();
    popup = await openPopup(ext.context, ext.extensionId);
    await startRecording(popup, page);
    await waitForStepCount(popup, 1);
    await humanType(frame.getByLabel('Card number'), SECRETS.card);
    await waitForStep(popup, 'Type the card details into "Card number"');
    checkBox = await boxInTopViewport(page, frame, frame.getByRole('button', { name: 'Check card' }));
    cardBox = await boxInTopViewport(page, frame, frame.getByLabel('Card number'));
    await humanClick(frame.getByRole('button', { name: 'Check card' }));
    await waitForStep(popup, 'Click "Check card"');
    await humanClick(page.getByRole('button', { name: 'Place order' }));
    await waitForStep(popup, 'Click "Place order"');
    await waitForScreenshotsAttached(popup);
    await stopRecording(popup, ext.context);
    steps = await newestSteps(popup);
    storage = (await dumpStorage(popup)).text;
  }, 60_000);

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('records the frame steps with their sentences', () => {
    expect(steps.map((step) => sentence(step))).toEqual([
      'Go to "Checkout · Acme Books"',
      'Type the card details into "Card number"',
      'Click "Check card"',
      'Click "Place order"',
    ]);
    expect(findSecrets(storage)).toEqual([]);
  });

  it('places the marker of a frame step on the element in the top-level page', () => {
    const check = steps[2]!;
    expect(check.problem).toBeUndefined();
    expect(check.marker?.hidden).not.toBe(true);
    expect(Math.abs(check.target!.rect.x - checkBox!.x)).toBeLessThan(2);
    expect(Math.abs(check.target!.rect.y - checkBox!.y)).toBeLessThan(2);
    expect(check.viewport?.width).toBe(1280);
  });

  it('covers the card field of the other site in every screenshot', async () => {
    const centre = { x: cardBox!.x + cardBox!.width / 2, y: cardBox!.y + cardBox!.height / 2 };
    const left = { x: cardBox!.x + 4, y: cardBox!.y + cardBox!.height / 2 };
    for (const step of steps.slice(1)) {
      const pixels = await screenshotPixels(popup, step, [centre, left]);
      expect({ step: sentence(step), black: pixels.every(isBlack) }).toEqual({
        step: sentence(step),
        black: true,
      });
    }
  });
});
