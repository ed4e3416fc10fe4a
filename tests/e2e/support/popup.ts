/**
 * Drives the toolbar popup. Playwright cannot click the toolbar, so the popup page is opened as a
 * tab; the popup records "the active tab", so the target is brought to the front around each press.
 */
import type { BrowserContext, Page } from 'playwright-core';

export const POPUP_PATH = 'src/popup/index.html';
export const EDITOR_PATH = 'src/editor/index.html';

export function extensionUrl(extensionId: string, path: string): string {
  return `chrome-extension://${extensionId}/${path}`;
}

export async function openPopup(context: BrowserContext, extensionId: string): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(extensionUrl(extensionId, POPUP_PATH));
  return popup;
}

/**
 * Presses Start recording for `target`. With the popup tab in front, tabs.query({active: true})
 * would return the popup itself; with the target in front it returns the target, and Playwright
 * can still click the popup tab behind it (checked in NOTES.md).
 */
export async function startRecording(popup: Page, target: Page): Promise<void> {
  await target.bringToFront();
  const start = popup.getByRole('button', { name: 'Start recording' });
  try {
    await start.click({ timeout: 15_000 });
  } catch (error) {
    // Say why the popup kept Start disabled: which tab it thought was in front, and its reason.
    const why = await popup
      .locator('#why-blocked')
      .textContent({ timeout: 1_000 })
      .catch(() => null);
    const tabs = popup
      .context()
      .pages()
      .map((p) => p.url());
    throw new Error(
      `Start recording stayed unavailable (${why ?? 'no reason shown'}); tabs: ${tabs.join(', ')}`,
      {
        cause: error,
      },
    );
  }
  // The popup offers Stop once the background has answered; before that clicks may be missed.
  await popup.getByRole('button', { name: 'Stop recording' }).waitFor({ state: 'visible' });
  // captureVisibleTab photographs whichever tab is showing, so the target must stay in front.
  await target.bringToFront();
}

/** Presses Stop recording and returns the editor tab that opens on the new procedure. */
export async function stopRecording(popup: Page, context: BrowserContext): Promise<Page> {
  const editorUrl = /\/src\/editor\/index\.html\?(.*&)?id=[^&]+/;
  const opened = context.waitForEvent('page', {
    predicate: (page) => page !== popup,
    timeout: 15_000,
  });
  await popup.getByRole('button', { name: 'Stop recording' }).click();
  const editor = await opened;
  // A tab made by tabs.create can surface as about:blank before it commits its URL.
  await editor.waitForURL(editorUrl, { timeout: 15_000 });
  await editor.waitForLoadState('domcontentloaded');
  return editor;
}
