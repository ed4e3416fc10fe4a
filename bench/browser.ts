/** Launching the built extension for one benchmark, and driving the page like a mouse would. */
import type { BrowserContext, Page } from 'playwright-core';
import { type LaunchedExtension, launchExtension } from '../tests/e2e/support/extension';
import { openPopup, startRecording } from '../tests/e2e/support/popup';
import { sleep } from './stats';

export const VIEWPORT = { width: 1280, height: 800 };

/** HANDOFF_DIST lets a run use another build folder than dist/ (the e2e suite may be rebuilding it). */
export function launch(): Promise<LaunchedExtension> {
  return launchExtension({ dist: process.env.HANDOFF_DIST || 'dist', viewport: VIEWPORT });
}

/** Runs `body` with a fresh browser and profile, and always closes both. */
export async function withExtension<T>(body: (ext: LaunchedExtension) => Promise<T>): Promise<T> {
  const ext = await launch();
  try {
    return await body(ext);
  } finally {
    await ext.close();
  }
}

/** Opens `url`, starts recording it through the popup, and waits for the first ("Go to") step. */
export async function recordOn(
  ext: LaunchedExtension,
  url: string,
  target?: Page,
): Promise<{ target: Page; popup: Page }> {
  const page = target ?? (await ext.context.newPage());
  if (!target) await page.goto(url);
  const popup = await openPopup(ext.context, ext.extensionId);
  await startRecording(popup, page);
  await popup
    .getByRole('status')
    .getByText(/Recording · [1-9]/)
    .waitFor({ timeout: 10_000 });
  // Let the first step's screenshot leave the quota window.
  await sleep(1200);
  return { target: page, popup };
}

export interface Point {
  x: number;
  y: number;
}

export async function centerOf(page: Page, selector: string): Promise<Point> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not on screen.`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** A trusted press and release at a point: no Playwright actionability scripts run in the page. */
export async function press(page: Page, at: Point, holdMs: number): Promise<void> {
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  await sleep(holdMs);
  await page.mouse.up();
}

/** Chromium's product string, e.g. "HeadlessChrome/156.0.…" (a persistent context has no Browser object). */
export async function browserVersion(context: BrowserContext): Promise<string> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  try {
    const { product } = (await cdp.send('Browser.getVersion')) as { product: string };
    return product;
  } finally {
    await cdp.detach().catch(() => {});
  }
}
