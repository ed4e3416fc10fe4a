/** A burst faster than the screenshot quota: every click must still become a step. */
import type { CaptureMode } from '../src/shared/model';
import type { LaunchedExtension } from '../tests/e2e/support/extension';
import { centerOf, press, recordOn } from './browser';
import { newestProcedure, openExtensionPage } from './extension-page';
import { sleep } from './stats';

export interface BurstResult {
  clicks: number;
  steps: number;
  withImage: Record<CaptureMode, number>;
  withoutImage: number;
  /** From the last click until every deferred screenshot was attached. */
  settledAfterMs: number;
}

export async function measureBurst(
  ext: LaunchedExtension,
  url: string,
  perSecond = 10,
  seconds = 5,
): Promise<BurstResult> {
  const reader = await openExtensionPage(ext.context, ext.extensionId);
  const { target } = await recordOn(ext, url);
  const points = await Promise.all(Array.from({ length: 10 }, (_, i) => centerOf(target, `#b${i}`)));
  const clicks = perSecond * seconds;
  const spacing = 1000 / perSecond;
  const start = Date.now();
  for (let i = 0; i < clicks; i++) {
    await sleep(Math.max(0, start + i * spacing - Date.now()));
    await press(target, points[i % points.length]!, 25);
  }
  const lastClick = Date.now();
  // Deferred screenshots arrive at the quota's pace: wait until none is still missing.
  let procedure = await newestProcedure(reader);
  const pending = () =>
    procedure.steps.filter((s) => s.type === 'click' && !s.image && s.problem?.code === 'screenshot-pending')
      .length;
  while (pending() > 0 && Date.now() - lastClick < 30_000) {
    await sleep(100);
    procedure = await newestProcedure(reader);
  }
  const settledAfterMs = Date.now() - lastClick;
  const clickSteps = procedure.steps.filter((s) => s.type === 'click');
  const withImage: Record<CaptureMode, number> = {
    own: 0,
    shared: 0,
    deferred: 0,
    manual: 0,
    standby: 0,
    earlier: 0,
  };
  for (const step of clickSteps) if (step.image) withImage[step.image.mode]++;
  return {
    clicks,
    steps: clickSteps.length,
    withImage,
    withoutImage: clickSteps.filter((s) => !s.image).length,
    settledAfterMs,
  };
}
