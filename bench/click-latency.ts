/**
 * Click → step stored. The click time is the step's own `at`, which the content script takes from
 * the pointerdown event (performance.timeOrigin + event.timeStamp, in the page). The stored time is
 * Date.now() in an extension page when the background broadcasts `page.procedureChanged`, which it
 * does after the step's IndexedDB transaction has committed (and after updating the badge), so it
 * slightly overstates the time to storage.
 */
import type { LaunchedExtension } from '../tests/e2e/support/extension';
import { centerOf, press, recordOn } from './browser';
import {
  changeTimes,
  listenForChanges,
  newestProcedure,
  openExtensionPage,
  type StoredProcedure,
} from './extension-page';
import { sleep } from './stats';

export interface ClickLatency {
  clicks: number;
  latenciesMs: number[];
  /** Click → screenshot captured and redacted (image.capturedAt − at), for steps with their own shot. */
  shotMs: number[];
  ownScreenshots: number;
  /** Steps on a standby picture taken when the page settled (no capture at the click). */
  standbyScreenshots: number;
  procedure: StoredProcedure;
}

export async function measureClickLatency(
  ext: LaunchedExtension,
  url: string,
  clicks = 40,
  spacingMs = 650,
): Promise<ClickLatency> {
  const listener = await openExtensionPage(ext.context, ext.extensionId);
  await listenForChanges(listener);
  const { target } = await recordOn(ext, url);
  const points = await Promise.all(Array.from({ length: 10 }, (_, i) => centerOf(target, `#b${i}`)));
  for (let i = 0; i < clicks; i++) {
    const started = Date.now();
    await press(target, points[i % points.length]!, 60);
    await sleep(Math.max(0, spacingMs - (Date.now() - started)));
  }
  await sleep(1500);
  const procedure = await newestProcedure(listener);
  const times = await changeTimes(listener);
  const clickSteps = procedure.steps.filter((s) => s.type === 'click');
  const latenciesMs = clickSteps.map((step) => {
    const stored = times.find((t) => t >= step.at);
    return stored === undefined ? Number.NaN : stored - step.at;
  });
  return {
    clicks: clickSteps.length,
    latenciesMs,
    shotMs: clickSteps.flatMap((s) => (s.image?.mode === 'own' ? [s.image.capturedAt - s.at] : [])),
    ownScreenshots: clickSteps.filter((s) => s.image?.mode === 'own').length,
    standbyScreenshots: clickSteps.filter((s) => s.image?.mode === 'standby').length,
    procedure,
  };
}
