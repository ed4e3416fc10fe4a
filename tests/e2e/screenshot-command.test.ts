/**
 * The screenshot shortcut ("take-screenshot") while recording: a "Look at …" step with a picture
 * of the page, its secret fields (one a password, one named a PIN, one in a frame) filled before
 * storage, and the planted value in no store. Chrome does not deliver a keyboard shortcut to a
 * headless browser, so the command is dispatched to the background's own listener through the
 * service worker (chrome.commands.onCommand.dispatch), once after the worker was stopped, as
 * Chrome stops it when idle.
 */
import type { Page, Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Step } from '../../src/shared/model';
import { sentence } from '../../src/shared/text';
import { SECRET_PAINT } from './fixtures/secrets';
import { colourInImageBytes, colourInStoredImages } from './support/colour-count';
import { stopServiceWorker, waitForServiceWorker } from './support/extension';
import { freshExtensionPerTest } from './support/fresh-extension';
import { openPopup, startRecording, stopRecording } from './support/popup';
import { newestSteps } from './support/recorded';
import { dumpStorage } from './support/storage-dump';
import { waitForScreenshotsAttached, waitForStepCount, waitUntil } from './support/waits';

/** The value tests/e2e/fixtures/shot/ fills into its secret fields. */
const PLANTED = 'Shot-SECRET-5531-pw';
/** Re-encoding and anti-aliasing shift colours a little; nothing else on the page is near magenta. */
const TOLERANCE = 40;

const press = (worker: Worker) =>
  worker.evaluate(`chrome.commands.onCommand.dispatch('take-screenshot')`) as Promise<void>;

const lookSteps = (steps: readonly Step[]) => steps.filter((s) => s.type === 'manual' && s.look);

/** Pixels of the secret paint in each stored image shown by a step of `steps`. */
async function paintIn(popup: Page, steps: readonly Step[]) {
  const shown = new Set(steps.flatMap((s) => (s.image ? [s.image.imageId] : [])));
  const hits = await colourInStoredImages(popup, SECRET_PAINT, TOLERANCE);
  return hits.filter((h) => shown.has(h.name));
}

describe('the screenshot shortcut', () => {
  const setup = freshExtensionPerTest();

  it('adds a "Look at …" step with a picture whose secrets are covered, also after a worker restart', async () => {
    const { context, extensionId } = setup.ext();
    const page = await context.newPage();
    await page.goto(setup.server().url('shot/report.html'));
    await page.frameLocator('iframe[title="Signing"]').getByLabel('Signing password').waitFor();
    const popup = await openPopup(context, extensionId);
    // The paint is really on screen (three fields), so its absence from the stored pictures means something.
    const onScreen = new Uint8Array(await page.screenshot());
    const [painted] = await colourInImageBytes(
      popup,
      [{ name: 'page', bytes: onScreen }],
      SECRET_PAINT,
      TOLERANCE,
    );
    expect(painted!.count).toBeGreaterThan(3 * 1000);

    await startRecording(popup, page);
    const first = await waitForStepCount(popup, 1);
    // The popup names the key (as the browser has it) while recording.
    await popup
      .getByText('While recording, Alt+Shift+S adds a step with a screenshot of the page.')
      .waitFor();

    // Pressed while recording, with nothing clicked on the page.
    await press(await waitForServiceWorker(context, extensionId));
    let steps = await waitUntil('a "Look at …" step', async () => {
      const now = await newestSteps(popup);
      return lookSteps(now).length === 1 ? now : undefined;
    });
    expect(steps).toHaveLength(first.length + 1);
    expect(sentence(lookSteps(steps)[0]!)).toBe('Look at "Quarterly report · Acme Books"');

    // A picture the quota deferred lands before the worker goes (a stopped worker drops it, as for any step).
    await waitForScreenshotsAttached(popup);
    // Chrome stops an idle worker; the shortcut must still find the recording in storage.session.
    await stopServiceWorker(context);
    await popup.reload(); // its status request wakes the worker
    await page.bringToFront();
    await press(await waitForServiceWorker(context, extensionId));
    steps = await waitUntil('a second "Look at …" step', async () => {
      const now = await newestSteps(popup);
      return lookSteps(now).length === 2 ? now : undefined;
    });

    steps = await waitForScreenshotsAttached(popup);
    const looks = lookSteps(steps);
    for (const look of looks) {
      expect(look.problem).toBeUndefined();
      expect(look.image?.imageId).toBeTruthy();
    }
    const hits = await paintIn(popup, looks);
    expect(hits).toHaveLength(new Set(looks.map((s) => s.image!.imageId)).size);
    for (const hit of hits) {
      expect(hit.width).toBeGreaterThan(0);
      expect(hit, `secret paint in ${hit.name}`).toMatchObject({ count: 0 });
    }

    const { text } = await dumpStorage(popup);
    expect(text).not.toContain(PLANTED);

    // Paused, the shortcut stores nothing: the next "Look at …" step is the press after Resume.
    await popup.getByRole('button', { name: 'Pause' }).click();
    await popup.getByRole('button', { name: 'Resume' }).waitFor();
    await press(await waitForServiceWorker(context, extensionId));
    await popup.getByRole('button', { name: 'Resume' }).click();
    await popup.getByRole('button', { name: 'Pause' }).waitFor();
    const resumedAt = Date.now();
    await page.bringToFront();
    await press(await waitForServiceWorker(context, extensionId));
    const third = await waitUntil(
      'a third "Look at …" step',
      async () => lookSteps(await newestSteps(popup))[2],
    );
    expect(third.at).toBeGreaterThanOrEqual(resumedAt);
    await stopRecording(popup, context);
  });
});
