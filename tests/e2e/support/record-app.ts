/**
 * Records one task on a fixture app built from real component libraries (fixture-apps.ts): a
 * fresh browser and server, the app's page opened and ready, Start, the task, Stop, the steps.
 */
import type { Page } from 'playwright-core';
import type { Step } from '../../../src/shared/model';
import { type LaunchedExtension, launchExtension } from './extension';
import { buildFixtureApps } from './fixture-apps';
import { openPopup, startRecording, stopRecording } from './popup';
import { distUnderTest, newestSteps } from './recorded';
import { type FixtureServer, startServer } from './server';
import { waitForScreenshotsAttached, waitForStepCount } from './waits';

export interface RecordedApp {
  steps: Step[];
  /** Closes the browser and the server; safe to call when opening failed half-way. */
  close(): Promise<void>;
}

/**
 * `expectedSteps`, when given: Stop is pressed once that many steps are stored and every deferred
 * screenshot is attached, rather than whenever the task's last action returns.
 */
export async function recordOnApp(
  path: string,
  ready: (page: Page) => Promise<void>,
  task: (page: Page) => Promise<void>,
  expectedSteps?: number,
): Promise<RecordedApp> {
  let server: FixtureServer | undefined;
  let ext: LaunchedExtension | undefined;
  const close = async () => {
    await ext?.close();
    await server?.close();
  };
  try {
    server = await startServer(await buildFixtureApps());
    ext = await launchExtension({ dist: distUnderTest() });
    const page = await ext.context.newPage();
    await page.goto(server.url(path));
    await ready(page);
    const popup = await openPopup(ext.context, ext.extensionId);
    await startRecording(popup, page);
    await task(page);
    if (expectedSteps !== undefined) await waitForStepCount(popup, expectedSteps);
    await waitForScreenshotsAttached(popup);
    await stopRecording(popup, ext.context);
    return { steps: await newestSteps(popup), close };
  } catch (error) {
    await close();
    throw error;
  }
}
