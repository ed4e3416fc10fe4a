/**
 * Reads what the recorder stored, from one of the extension's own pages: the steps of the newest
 * procedure in order, and pixels of their screenshots. Pages are driven with plain JS strings
 * because tsx's transform would add helpers that do not exist inside the browser.
 */
import type { Page } from 'playwright-core';
import type { Step } from '../../../src/shared/model';

const OPEN_DB = `new Promise((resolve, reject) => {
  const request = indexedDB.open('handoff');
  request.onsuccess = () => resolve(request.result);
  request.onerror = () => reject(request.error);
})`;

/** Steps of the most recently created procedure, ordered as the editor shows them. */
export async function newestProcedureSteps(extensionPage: Page): Promise<Step[]> {
  return extensionPage.evaluate(`(async () => {
    const db = await ${OPEN_DB};
    const all = (store) => new Promise((resolve) => {
      const request = db.transaction(store).objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result);
    });
    const procedures = (await all('procedures')).sort((a, b) => b.createdAt - a.createdAt);
    const newest = procedures[0];
    if (!newest) return [];
    return (await all('steps')).filter((s) => s.procedureId === newest.id).sort((a, b) => a.position - b.position);
  })()`);
}

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
