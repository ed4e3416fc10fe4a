/**
 * Handoff's start/stop shortcut pressed inside a recorded page never becomes a step (Firefox
 * hands the page the key press; Chromium may or may not, depending on how the key is sent).
 * Another Alt+Shift shortcut in the same page does become a step, so the absence means something.
 * The Firefox side is in tests/e2e/firefox.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { humanClick } from './support/clicks';
import { freshExtensionPerTest } from './support/fresh-extension';
import { openPopup, startRecording, stopRecording } from './support/popup';
import { badgeText, newestSteps } from './support/recorded';

describe('the start/stop shortcut in a recorded page', () => {
  const setup = freshExtensionPerTest();

  it('records Alt+Shift+T as a key step and Alt+Shift+R as nothing', async () => {
    const { context, extensionId } = setup.ext();
    const page = await context.newPage();
    await page.goto(setup.server().url('signin/'));
    const popup = await openPopup(context, extensionId);
    await startRecording(popup, page);

    await humanClick(page.getByRole('button', { name: 'Sign in' }));
    await page.keyboard.press('Alt+Shift+T');
    await page.keyboard.press('Alt+Shift+R');
    // A later action: once its step is stored, every key event before it has been handled.
    await humanClick(page.getByLabel('Keep me signed in', { exact: true }));
    await expect
      .poll(async () => (await newestSteps(popup)).some((s) => s.type === 'check'), { timeout: 10_000 })
      .toBe(true);

    const keys = (await newestSteps(popup)).flatMap((s) => (s.type === 'key' ? [s.keys.join('+')] : []));
    expect(keys).toEqual(['Alt+Shift+T']);
    // If the browser took the press as the command, the recording has stopped; else stop it here.
    if ((await badgeText(popup)) !== '') await stopRecording(popup, context);
  });
});
