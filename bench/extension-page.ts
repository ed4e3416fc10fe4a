/**
 * Code that runs inside one of the extension's own pages (it shares the extension's origin, so it
 * can open the `handoff` IndexedDB database and hear the background's broadcasts). Everything is
 * passed to `evaluate` as a plain string: tsx's transform would wrap functions in `__name` helpers
 * that do not exist in the page.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { Step } from '../src/shared/model';
import { extensionUrl, POPUP_PATH } from '../tests/e2e/support/popup';

/** The library page: an extension page that does almost nothing on its own. */
export const QUIET_PAGE = 'src/library/index.html';
/** The popup opens the database at once, so its schema exists before a benchmark writes to it. */
export const DATABASE_PAGE = POPUP_PATH;

export async function openExtensionPage(
  context: BrowserContext,
  extensionId: string,
  path = QUIET_PAGE,
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(extensionUrl(extensionId, path));
  if (path === DATABASE_PAGE) await page.getByRole('status').getByText('Not recording').waitFor();
  return page;
}

const OPEN_DB = `new Promise((resolve, reject) => {
  const request = indexedDB.open('handoff');
  request.onsuccess = () => resolve(request.result);
  request.onerror = () => reject(request.error);
})`;

/**
 * Records `Date.now()` each time the background broadcasts `page.procedureChanged`, which it does
 * right after a step's IndexedDB transaction has committed (and the badge was updated).
 */
export async function listenForChanges(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    window.__changes = [];
    chrome.runtime.onMessage.addListener((message) => {
      if (message && message.channel === 'handoff/1' && message.name === 'page.procedureChanged')
        window.__changes.push(Date.now());
    });
  })()`);
}

export function changeTimes(page: Page): Promise<number[]> {
  return page.evaluate('window.__changes.slice()');
}

export interface StoredProcedure {
  procedureId: string;
  steps: Step[];
  /** imageId → Blob size in bytes. */
  imageBytes: Record<string, number>;
  /** Bytes of the steps as JSON (what IndexedDB holds besides the images, roughly). */
  stepJsonBytes: number;
}

/** The newest procedure, its steps in order and the size of each of its images. */
export function newestProcedure(page: Page): Promise<StoredProcedure> {
  return page.evaluate(`(async () => {
    const db = await ${OPEN_DB};
    const all = (store) => new Promise((resolve, reject) => {
      const request = db.transaction(store).objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const procedures = (await all('procedures')).sort((a, b) => b.createdAt - a.createdAt);
    const newest = procedures[0];
    if (!newest) throw new Error('No procedure stored.');
    const steps = (await all('steps')).filter((s) => s.procedureId === newest.id).sort((a, b) => a.position - b.position);
    const imageBytes = {};
    for (const image of await all('images')) if (image.procedureId === newest.id) imageBytes[image.id] = image.blob.size;
    db.close();
    const stepJsonBytes = new TextEncoder().encode(JSON.stringify(steps)).length;
    return { procedureId: newest.id, steps, imageBytes, stepJsonBytes };
  })()`);
}

/**
 * Writes a procedure of `count` click steps straight into IndexedDB, each with its own copy of
 * the same real PNG screenshot, in the shapes of src/shared/model.ts. Recording a thousand steps
 * would take ten minutes at the screenshot quota; the editor cannot tell the difference.
 */
export function seedProcedure(
  page: Page,
  count: number,
  pngBase64: string,
  size: { width: number; height: number },
): Promise<string> {
  return page.evaluate(`(async () => {
    const count = ${count};
    const binary = atob(${JSON.stringify(pngBase64)});
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    const png = new Blob([bytes], { type: 'image/png' });
    const db = await ${OPEN_DB};
    const id = crypto.randomUUID();
    const now = Date.now();
    const url = 'http://127.0.0.1/bench/buttons.html';
    const steps = [];
    const images = [];
    for (let i = 0; i < count; i++) {
      const imageId = crypto.randomUUID();
      const name = 'Action ' + ((i % 10) + 1);
      images.push({ id: imageId, procedureId: id, blob: png, width: ${size.width}, height: ${size.height} });
      steps.push({
        id: crypto.randomUUID(), procedureId: id, type: 'click', position: now + i, at: now + i,
        url, pageTitle: 'Bench buttons',
        viewport: { width: ${size.width}, height: ${size.height}, devicePixelRatio: 1 },
        target: { role: 'button', name, tag: 'button', selectors: [['#b' + (i % 10)], ['aria/' + name + '[role="button"]']],
          rect: { x: 24 + (i % 5) * 176, y: 120 + Math.floor((i % 10) / 5) * 64, width: 160, height: 48 } },
        button: 'left', clickCount: 1,
        image: { imageId, mode: 'own', capturedAt: now + i },
      });
    }
    const procedure = {
      id, title: 'Bench procedure of ' + count + ' steps',
      intro: { purpose: '', prerequisites: '', result: '' },
      createdAt: now, updatedAt: now, stepCount: count,
      searchText: steps.map((s) => 'click "' + s.target.name.toLowerCase() + '"').join('\\n'),
      startUrl: url,
    };
    const tx = db.transaction(['procedures', 'steps', 'images'], 'readwrite');
    tx.objectStore('procedures').add(procedure);
    for (const image of images) tx.objectStore('images').add(image);
    for (const step of steps) tx.objectStore('steps').add(step);
    await new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); tx.onabort = () => reject(tx.error); });
    db.close();
    return id;
  })()`);
}
