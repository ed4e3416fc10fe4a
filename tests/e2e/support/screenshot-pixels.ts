/**
 * Reads pixels of a stored screenshot, from one of the extension's own pages. Pages are driven
 * with plain JS strings because tsx's transform would add helpers that do not exist inside the
 * browser.
 */
import type { Page } from 'playwright-core';
import type { Step } from '../../../src/shared/model';

const OPEN_DB = `new Promise((resolve, reject) => {
  const request = indexedDB.open('handoff');
  request.onsuccess = () => resolve(request.result);
  request.onerror = () => reject(request.error);
})`;

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/**
 * Colours of a step's screenshot at points given in viewport CSS px: the screenshot spans the
 * viewport, so a point scales by image width over viewport width at any pixel ratio or zoom.
 */
export async function screenshotPixels(
  extensionPage: Page,
  step: Step,
  points: Array<{ x: number; y: number }>,
): Promise<Rgb[]> {
  if (!step.image || !step.viewport) throw new Error(`Step "${step.type}" has no screenshot or viewport.`);
  return extensionPage.evaluate(`(async () => {
    const db = await ${OPEN_DB};
    const image = await new Promise((resolve) => {
      const request = db.transaction('images').objectStore('images').get(${JSON.stringify(step.image.imageId)});
      request.onsuccess = () => resolve(request.result);
    });
    const bitmap = await createImageBitmap(image.blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    context.drawImage(bitmap, 0, 0);
    const scale = bitmap.width / ${step.viewport.width};
    return ${JSON.stringify(points)}.map(({ x, y }) => {
      const [r, g, b] = context.getImageData(Math.round(x * scale), Math.round(y * scale), 1, 1).data;
      return { r, g, b };
    });
  })()`);
}

export function isBlack({ r, g, b }: Rgb): boolean {
  return r < 16 && g < 16 && b < 16;
}
