/**
 * Counts pixels of one colour in images, decoded in one of the extension's own pages (Node has no
 * image decoder here): every image the extension stored, or PNG/JPEG bytes from elsewhere (a
 * Playwright screenshot, an exported file). Pages are driven with plain JS strings because tsx's
 * transform would add helpers that do not exist inside the browser.
 */
import type { Page } from 'playwright-core';
import type { Rgb } from './screenshot-pixels';

export interface ColourHits {
  /** Which image: a stored image id, or the name given. */
  name: string;
  width: number;
  height: number;
  /** Pixels within `tolerance` of the colour on every channel. */
  count: number;
  /** The first such pixel, in image pixels, to say where a failure is. */
  first?: { x: number; y: number };
}

/** The in-page counter: `(blob, colour, tolerance) → { width, height, count, first }`. */
const COUNT_IN_BLOB = `async (blob, colour, tolerance) => {
  const bitmap = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d');
  context.drawImage(bitmap, 0, 0);
  const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
  let count = 0;
  let first;
  for (let i = 0; i < data.length; i += 4) {
    if (
      Math.abs(data[i] - colour.r) <= tolerance &&
      Math.abs(data[i + 1] - colour.g) <= tolerance &&
      Math.abs(data[i + 2] - colour.b) <= tolerance
    ) {
      if (count === 0) first = { x: (i / 4) % bitmap.width, y: Math.floor(i / 4 / bitmap.width) };
      count++;
    }
  }
  const result = { width: bitmap.width, height: bitmap.height, count, first };
  bitmap.close();
  return result;
}`;

/** Every image in the extension's IndexedDB `images` store, each with its pixel count. */
export async function colourInStoredImages(
  extensionPage: Page,
  colour: Rgb,
  tolerance: number,
): Promise<ColourHits[]> {
  return extensionPage.evaluate(`(async () => {
    const count = ${COUNT_IN_BLOB};
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('handoff');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      const images = await new Promise((resolve, reject) => {
        const request = db.transaction('images').objectStore('images').getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const out = [];
      for (const image of images) {
        out.push({ name: image.id, ...(await count(image.blob, ${JSON.stringify(colour)}, ${tolerance})) });
      }
      return out;
    } finally {
      db.close();
    }
  })()`);
}

/** The same count for images given as bytes (PNG or JPEG), by name. */
export async function colourInImageBytes(
  extensionPage: Page,
  images: ReadonlyArray<{ name: string; bytes: Uint8Array }>,
  colour: Rgb,
  tolerance: number,
): Promise<ColourHits[]> {
  const payload = images.map(({ name, bytes }) => ({ name, base64: Buffer.from(bytes).toString('base64') }));
  return extensionPage.evaluate(`(async () => {
    const count = ${COUNT_IN_BLOB};
    const out = [];
    for (const { name, base64 } of ${JSON.stringify(payload)}) {
      const binary = atob(base64);
      const bytes = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
      out.push({ name, ...(await count(new Blob([bytes]), ${JSON.stringify(colour)}, ${tolerance})) });
    }
    return out;
  })()`);
}

/** Colours at points (image pixels) of a PNG/JPEG given as bytes. */
export async function pixelsAt(
  extensionPage: Page,
  bytes: Uint8Array,
  points: ReadonlyArray<{ x: number; y: number }>,
): Promise<Rgb[]> {
  return extensionPage.evaluate(`(async () => {
    const binary = atob(${JSON.stringify(Buffer.from(bytes).toString('base64'))});
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    const bitmap = await createImageBitmap(new Blob([bytes]));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    context.drawImage(bitmap, 0, 0);
    return ${JSON.stringify(points)}.map(({ x, y }) => {
      const [r, g, b] = context.getImageData(Math.round(x), Math.round(y), 1, 1).data;
      return { r, g, b };
    });
  })()`);
}
