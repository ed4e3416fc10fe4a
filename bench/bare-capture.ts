/**
 * The bare cost of `tabs.captureVisibleTab`, called from an extension page with the target tab in
 * front and nothing recording: the floor that a step captured at the click cannot go below.
 * Calls are 600 ms apart, within Chrome's two-a-second quota.
 */
import type { LaunchedExtension } from '../tests/e2e/support/extension';
import { openExtensionPage } from './extension-page';

export async function measureBareCapture(ext: LaunchedExtension, url: string, calls = 10): Promise<number[]> {
  const target = await ext.context.newPage();
  await target.goto(url);
  const page = await openExtensionPage(ext.context, ext.extensionId);
  await target.bringToFront();
  try {
    return (await page.evaluate(`(async () => {
      const out = [];
      for (let i = 0; i < ${calls}; i++) {
        const started = performance.now();
        await chrome.tabs.captureVisibleTab({ format: 'png' });
        out.push(performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 600));
      }
      return out;
    })()`)) as number[];
  } finally {
    await page.close();
    await target.close();
  }
}
