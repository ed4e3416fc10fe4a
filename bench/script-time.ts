/**
 * Main-thread script time the content script adds per recorded click on a page of 10,000
 * elements: CDP Performance.getMetrics' ScriptDuration (all scripts run for the page's renderer
 * main thread, the recorder's isolated world included) around N clicks, not recording vs recording.
 */
import type { Page } from 'playwright-core';
import type { LaunchedExtension } from '../tests/e2e/support/extension';
import { centerOf, type Point, press, recordOn } from './browser';
import { sleep } from './stats';

export interface ScriptTime {
  clicks: number;
  elements: number;
  idleMs: number;
  recordingMs: number;
  perEventMs: number;
}

/** Blink counts script time only while the Performance domain is enabled: keep one session open. */
async function scriptClock(page: Page): Promise<{ seconds(): Promise<number>; close(): Promise<void> }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return {
    async seconds() {
      const { metrics } = (await cdp.send('Performance.getMetrics')) as {
        metrics: Array<{ name: string; value: number }>;
      };
      return metrics.find((m) => m.name === 'ScriptDuration')?.value ?? Number.NaN;
    },
    close: () => cdp.detach().catch(() => {}),
  };
}

type Clock = Awaited<ReturnType<typeof scriptClock>>;

async function clickRound(
  page: Page,
  clock: Clock,
  points: Point[],
  clicks: number,
  spacingMs: number,
): Promise<number> {
  const before = await clock.seconds();
  for (let i = 0; i < clicks; i++) {
    const started = Date.now();
    await press(page, points[i % points.length]!, 40);
    await sleep(Math.max(0, spacingMs - (Date.now() - started)));
  }
  await sleep(300);
  return ((await clock.seconds()) - before) * 1000;
}

export async function measureScriptTime(
  ext: LaunchedExtension,
  url: string,
  clicks = 30,
  spacingMs = 650,
): Promise<ScriptTime> {
  const page = await ext.context.newPage();
  await page.goto(url);
  const elements = await page.evaluate('document.body.querySelectorAll("*").length');
  const points = await Promise.all(Array.from({ length: 20 }, (_, i) => centerOf(page, `#r${i}`)));
  const clock = await scriptClock(page);
  try {
    // Warm-up clicks, so that first-use costs (focus handling, layout) fall outside both rounds.
    await clickRound(page, clock, points, 5, 200);
    const idleMs = await clickRound(page, clock, points, clicks, spacingMs);
    await recordOn(ext, url, page);
    await clickRound(page, clock, points, 5, spacingMs);
    const recordingMs = await clickRound(page, clock, points, clicks, spacingMs);
    return {
      clicks,
      elements: Number(elements),
      idleMs,
      recordingMs,
      perEventMs: (recordingMs - idleMs) / clicks,
    };
  } finally {
    await clock.close();
  }
}
